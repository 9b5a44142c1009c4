my-data-title = ਮੇਰਾ ਡਾਟਾ
my-data-reauth-intro = ਆਪਣਾ ਡਾਟਾ ਦੇਖਣ ਜਾਂ ਮਿਟਾਉਣ ਲਈ, ਪਾਸਵਰਡ ਦੁਬਾਰਾ ਪਾਓ। ਇਹ ਪੰਨੇ 10 ਮਿੰਟ ਖੁੱਲ੍ਹੇ ਰਹਿਣਗੇ।
my-data-password = ਪਾਸਵਰਡ
my-data-code = ਤੁਹਾਡੀ ਪ੍ਰਮਾਣੀਕਰਨ ਐਪ ਦਾ ਕੋਡ
my-data-continue = ਜਾਰੀ ਰੱਖੋ
my-data-intro = Garita ਤੁਹਾਡੇ ਅਕਾਊਂਟ ਬਾਰੇ ਜੋ ਕੁਝ ਰੱਖਦਾ ਹੈ, ਉਹ ਸਭ ਇਹ ਹੈ। ਤੁਸੀਂ ਇਸਨੂੰ ਇੱਕ ਫ਼ਾਈਲ ਵਿੱਚ ਡਾਊਨਲੋਡ ਕਰ ਸਕਦੇ ਹੋ।
my-data-download = ਮੇਰਾ ਡਾਟਾ ਡਾਊਨਲੋਡ ਕਰੋ (JSON)
my-data-account = ਅਕਾਊਂਟ
my-data-email = ਈਮੇਲ
my-data-created = ਬਣਾਇਆ ਗਿਆ
my-data-members = ਤੁਹਾਡੇ ਗਰੁੱਪ ਦੇ ਲੋਕ
my-data-has-photo = ਫੋਟੋ ਰੱਖੀ ਹੈ
my-data-none = ਕੁਝ ਨਹੀਂ।
my-data-appointments = ਅਪਾਇੰਟਮੈਂਟ
my-data-notifications-count = { $count ->
    [one] ਤੁਹਾਨੂੰ { $count } ਸੁਨੇਹਾ ਭੇਜਿਆ ਗਿਆ।
   *[other] ਤੁਹਾਨੂੰ { $count } ਸੁਨੇਹੇ ਭੇਜੇ ਗਏ।
}
my-data-views = ਤੁਹਾਡਾ ਡਾਟਾ ਕਿਸਨੇ ਦੇਖਿਆ
my-data-views-intro = ਹਰ ਵਾਰ ਜਦੋਂ ਕਿਸੇ ਨੇ ਤੁਹਾਡਾ ਡਾਟਾ ਖੋਲ੍ਹਿਆ ਜਾਂ ਬਦਲਿਆ। ਅਸੀਂ ਭੂਮਿਕਾ, ਬਾਰਡਰ ਚੌਕੀ ਅਤੇ ਸਮਾਂ ਦਿਖਾਉਂਦੇ ਹਾਂ, ਵਿਅਕਤੀ ਦਾ ਨਾਂ ਕਦੇ ਨਹੀਂ।
my-data-col-time = ਸਮਾਂ
my-data-col-role = ਭੂਮਿਕਾ
my-data-col-port = ਬਾਰਡਰ ਚੌਕੀ
my-data-col-action = ਕੰਮ
my-data-role-traveler = ਤੁਸੀਂ
my-data-role-officer = ਅਧਿਕਾਰੀ
my-data-role-admin = ਪ੍ਰਸ਼ਾਸਨ
my-data-role-anonymous = ਸਿਸਟਮ
my-data-delete-title = ਮੇਰਾ ਅਕਾਊਂਟ ਮਿਟਾਓ
my-data-delete-link = ਮੇਰਾ ਅਕਾਊਂਟ ਅਤੇ ਡਾਟਾ ਮਿਟਾਓ
my-data-delete-intro = ਜੇ ਤੁਸੀਂ ਆਪਣਾ ਅਕਾਊਂਟ ਮਿਟਾਉਂਦੇ ਹੋ, ਤਾਂ ਇਹ ਹਮੇਸ਼ਾ ਲਈ ਚਲਾ ਜਾਵੇਗਾ:
my-data-delete-members = { $count ->
    [one] ਤੁਹਾਡੇ ਗਰੁੱਪ ਦਾ { $count } ਵਿਅਕਤੀ, ਫੋਟੋ ਸਮੇਤ।
   *[other] ਤੁਹਾਡੇ ਗਰੁੱਪ ਦੇ { $count } ਲੋਕ, ਉਨ੍ਹਾਂ ਦੀਆਂ ਫੋਟੋਆਂ ਸਮੇਤ।
}
my-data-delete-appointment = ਤੁਹਾਡੀ ਅਪਾਇੰਟਮੈਂਟ। ਉਸਦੇ ਪਾਸ ਕੰਮ ਕਰਨਾ ਬੰਦ ਕਰ ਦੇਣਗੇ ਅਤੇ ਥਾਵਾਂ ਹੋਰ ਲੋਕਾਂ ਨੂੰ ਮਿਲਣਗੀਆਂ।
my-data-delete-request = ਤੁਹਾਡੀ ਅਰਜ਼ੀ। ਤੁਹਾਡਾ ਉਡੀਕ ਦਾ ਸਮਾਂ ਚਲਾ ਜਾਵੇਗਾ।
my-data-delete-sessions = ਤੁਸੀਂ ਹਰ ਡਿਵਾਈਸ ਤੋਂ ਲੌਗ ਆਉਟ ਹੋ ਜਾਓਗੇ।
my-data-delete-kept = ਅਸੀਂ ਸਿਰਫ਼ ਇਹ ਰਿਕਾਰਡ ਰੱਖਦੇ ਹਾਂ ਕਿ ਇੱਕ ਅਕਾਊਂਟ ਮਿਟਾਇਆ ਗਿਆ, ਉਸਦੇ ਨੰਬਰ ਨਾਲ, ਤੁਹਾਡੇ ਨਾਂ ਨਾਲ ਨਹੀਂ।
my-data-delete-confirm = ਮੈਂ ਸਮਝਦਾ/ਸਮਝਦੀ ਹਾਂ। ਮੇਰਾ ਅਕਾਊਂਟ ਮਿਟਾਓ।
my-data-delete-button = ਹਮੇਸ਼ਾ ਲਈ ਮਿਟਾਓ
my-data-keep = ਮੇਰਾ ਅਕਾਊਂਟ ਰੱਖੋ
my-data-deleted-title = ਅਕਾਊਂਟ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ
my-data-deleted-text = ਤੁਹਾਡਾ ਅਕਾਊਂਟ ਅਤੇ ਡਾਟਾ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ। ਤੁਸੀਂ ਲੌਗ ਆਉਟ ਹੋ ਗਏ ਹੋ।
my-data-action-viewed = ਤੁਹਾਡਾ ਡੇਟਾ ਵੇਖਿਆ
my-data-action-exported = ਤੁਹਾਡਾ ਡੇਟਾ ਡਾਊਨਲੋਡ ਕੀਤਾ
my-data-action-message = ਤੁਹਾਨੂੰ ਸੁਨੇਹਾ ਭੇਜਿਆ
my-data-action-port = ਪੋਰਟ 'ਤੇ ਦਰਜ ਕੀਤਾ
my-data-action-changed = ਤੁਹਾਡਾ ਡੇਟਾ ਬਦਲਿਆ
