stats-title = ਖੁੱਲ੍ਹੇ ਅੰਕੜੇ
stats-nav = ਅੰਕੜੇ
stats-intro = ਕਿੰਨੇ ਲੋਕਾਂ ਨੇ ਮੁਲਾਕਾਤ ਮੰਗੀ, ਚੁਣੇ ਗਏ, ਪੁਸ਼ਟੀ ਕੀਤੀ, ਸਰਹੱਦੀ ਚੌਕੀ 'ਤੇ ਆਏ, ਨਹੀਂ ਆਏ ਜਾਂ ਰੱਦ ਕੀਤਾ — ਦਿਨ-ਬ-ਦਿਨ, Garita ਨੇ ਜੋ ਦਰਜ ਕੀਤਾ ਉਸ ਤੋਂ ਗਿਣੇ ਗਏ। ਹਰ ਦਿਨ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ ਪ੍ਰਕਾਸ਼ਿਤ ਹੁੰਦਾ ਹੈ ਅਤੇ ਫਿਰ ਕਦੇ ਨਹੀਂ ਬਦਲਦਾ।
stats-licence = ਤੁਸੀਂ Garita ਨੂੰ ਸਰੋਤ ਦੱਸ ਕੇ ਇਹ ਅੰਕੜੇ ਖੁੱਲ੍ਹ ਕੇ ਦੁਬਾਰਾ ਵਰਤ ਸਕਦੇ ਹੋ। ਲਾਇਸੈਂਸ:
stats-hidden-note = ਲੋਕਾਂ ਦੀ ਰਾਖੀ ਲਈ, { $threshold } ਤੋਂ ਘੱਟ ਲੋਕਾਂ ਵਾਲਾ ਹਰ ਅੰਕੜਾ ਲੁਕਾਇਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਕੁਝ ਹੋਰ ਵੀ, ਤਾਂ ਜੋ ਘਟਾ ਕੇ ਲੁਕਿਆ ਅੰਕੜਾ ਕੱਢਿਆ ਨਾ ਜਾ ਸਕੇ।
stats-from = ਤੋਂ
stats-to = ਤੱਕ
stats-show = ਵਿਖਾਓ
stats-period = { $from } ਤੋਂ { $to } ਤੱਕ
stats-download-csv = ਅੰਕੜੇ ਡਾਊਨਲੋਡ ਕਰੋ (CSV)
stats-download-json = ਅੰਕੜੇ JSON ਵਿੱਚ
stats-none = ਇਨ੍ਹਾਂ ਦਿਨਾਂ ਲਈ ਅਜੇ ਕੋਈ ਅੰਕੜੇ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੋਏ।
stats-chart-requests = ਮੁਲਾਕਾਤ ਮੰਗਣ ਵਾਲੇ ਲੋਕ
stats-chart-selected = ਡਰਾਅ ਵਿੱਚ ਚੁਣੇ ਗਏ ਲੋਕ
stats-chart-confirmed = ਜਿਨ੍ਹਾਂ ਦੀ ਮੁਲਾਕਾਤ ਪੱਕੀ ਹੋਈ
stats-chart-checked-in = ਸਰਹੱਦੀ ਚੌਕੀ 'ਤੇ ਦਰਜ ਹੋਏ ਲੋਕ
stats-chart-no-shows = ਜੋ ਲੋਕ ਨਹੀਂ ਆਏ
stats-chart-cancellations = ਜਿਨ੍ਹਾਂ ਨੇ ਇਨਕਾਰ ਕੀਤਾ ਜਾਂ ਰੱਦ ਕੀਤਾ
stats-chart-desc = { $days ->
    [one] { $days } ਦਿਨ
   *[other] { $days } ਦਿਨ
}, ਸਾਰੀਆਂ ਚੌਕੀਆਂ। ਵਿਖਾਏ ਦਿਨਾਂ ਵਿੱਚ { $people ->
    [one] { $people } ਵਿਅਕਤੀ
   *[other] { $people } ਲੋਕ
}। { $hidden ->
    [0] ਕੋਈ ਦਿਨ ਲੁਕਿਆ ਨਹੀਂ।
    [one] { $hidden } ਦਿਨ ਲੁਕਿਆ ਹੈ।
   *[other] { $hidden } ਦਿਨ ਲੁਕੇ ਹਨ।
}
stats-chart-caption = ਹਰ ਦਿਨ ਲਈ ਇੱਕ ਪੱਟੀ, ਸਾਰੀਆਂ ਚੌਕੀਆਂ ਇਕੱਠੀਆਂ। ਸੰਤਰੀ ਨਿਸ਼ਾਨ ਦਾ ਅਰਥ ਹੈ ਕਿ ਅੰਕੜਾ ਲੁਕਿਆ ਹੈ।
stats-table-show = ਅੰਕੜੇ ਸਾਰਣੀ ਵਿੱਚ ਵਿਖਾਓ
stats-day = ਦਿਨ
stats-people = ਲੋਕ
stats-groups = ਸਮੂਹ
stats-hidden = ਲੁਕਿਆ
stats-states-title = ਰਾਜ ਅਨੁਸਾਰ ਬੇਨਤੀਆਂ, { $week } ਦਾ ਹਫ਼ਤਾ
stats-state = ਰਾਜ
stats-port = ਉਡੀਕ ਸਮਿਆਂ ਲਈ ਚੌਕੀ
stats-nationalities-title = ਸਮੂਹ ਦੇ ਮੁਖੀ ਦੀ ਨਾਗਰਿਕਤਾ ਅਨੁਸਾਰ ਬੇਨਤੀਆਂ, { $week } ਦਾ ਹਫ਼ਤਾ
stats-nationality = ਨਾਗਰਿਕਤਾ
stats-nationality-unknown = ਪਤਾ ਨਹੀਂ
stats-wait-title = { $port } ਵਿਖੇ ਵਿਚਕਾਰਲੀ ਉਡੀਕ: { $lane }
stats-wait-desc = { $days ->
    [one] { $days } ਦਿਨ
   *[other] { $days } ਦਿਨ
}। { $empty ->
    [0] ਹਰ ਦਿਨ ਦੀ ਰਿਪੋਰਟ ਹੈ।
    [one] { $empty } ਦਿਨ ਬਿਨਾਂ ਰਿਪੋਰਟ।
   *[other] { $empty } ਦਿਨ ਬਿਨਾਂ ਰਿਪੋਰਟ।
}
stats-wait-caption = ਹਰ ਦਿਨ ਲਈ ਇੱਕ ਪੱਟੀ: ਉਸ ਦਿਨ ਇਸ ਲੇਨ ਉੱਤੇ ਅਫ਼ਸਰਾਂ ਵੱਲੋਂ ਦੱਸੇ ਉਡੀਕ ਸਮਿਆਂ ਦਾ ਵਿਚਕਾਰਲਾ ਮੁੱਲ। ਪੱਟੀ ਨਹੀਂ ਤਾਂ ਉਸ ਦਿਨ ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ ਸੀ।
stats-wait-median = ਵਿਚਕਾਰਲੀ ਉਡੀਕ
stats-wait-reports = ਰਿਪੋਰਟਾਂ
stats-wait-none = ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ
