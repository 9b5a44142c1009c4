# ਦੂਜਾ ਕਦਮ: ਪਾਸਵਰਡ ਤੋਂ ਬਾਅਦ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਤੋਂ ਇੱਕ ਕੋਡ।
second-factor-title = ਦੋ-ਕਦਮੀ ਸਾਈਨ-ਇਨ
second-factor-about = ਪਾਸਵਰਡ ਤੋਂ ਬਾਅਦ Garita ਤੁਹਾਡੇ ਫ਼ੋਨ ਦੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਤੋਂ 6 ਅੰਕਾਂ ਦਾ ਕੋਡ ਮੰਗਦਾ ਹੈ, ਤਾਂ ਜੋ ਸਿਰਫ਼ ਚੋਰੀ ਹੋਇਆ ਪਾਸਵਰਡ ਤੁਹਾਡਾ ਖਾਤਾ ਨਾ ਖੋਲ੍ਹ ਸਕੇ।
second-factor-code-title = ਆਪਣਾ ਕੋਡ ਪਾਓ
second-factor-code-intro = ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਖੋਲ੍ਹੋ ਅਤੇ Garita ਲਈ ਦਿਖਾਇਆ 6 ਅੰਕਾਂ ਦਾ ਕੋਡ ਲਿਖੋ।
second-factor-code-label = ਕੋਡ
second-factor-code-hint = ਐਪ ਦੇ 6 ਅੰਕ, ਜਾਂ ਤੁਹਾਡੇ ਰਿਕਵਰੀ ਕੋਡਾਂ ਵਿੱਚੋਂ ਇੱਕ।
second-factor-code-digits = ਐਪ ਵਿੱਚ ਦਿਖਦੇ 6 ਅੰਕ।
second-factor-code-submit = ਸਾਈਨ ਇਨ ਕਰੋ
second-factor-setup-title = ਆਪਣੀ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਸੈੱਟ ਕਰੋ
second-factor-setup-required = ਤੁਹਾਡੀ ਭੂਮਿਕਾ ਲਈ ਦੋ-ਕਦਮੀ ਸਾਈਨ-ਇਨ ਲਾਜ਼ਮੀ ਹੈ। ਅੱਗੇ ਵਧਣ ਲਈ ਇਸਨੂੰ ਹੁਣੇ ਸੈੱਟ ਕਰੋ।
second-factor-setup-scan = ਇਸ ਕੋਡ ਨੂੰ ਕਿਸੇ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਨਾਲ ਸਕੈਨ ਕਰੋ (ਜਿਵੇਂ FreeOTP, Aegis ਜਾਂ Google Authenticator)।
second-factor-setup-manual = ਜੇ ਸਕੈਨ ਨਾ ਹੋ ਸਕੇ, ਤਾਂ ਇਹ ਕੁੰਜੀ ਹੱਥ ਨਾਲ ਜੋੜੋ:
second-factor-setup-uri = ਜਿਸ ਫ਼ੋਨ ਵਿੱਚ ਐਪ ਹੈ, ਉਸ ਵਿੱਚ ਤੁਸੀਂ ਇਹ ਵੀ ਕਰ ਸਕਦੇ ਹੋ:
second-factor-setup-uri-link = ਇਹ ਲਿੰਕ ਐਪ ਵਿੱਚ ਖੋਲ੍ਹੋ
second-factor-qr-label = QR ਕੋਡ ਜੋ Garita ਨੂੰ ਔਥੈਂਟੀਕੇਟਰ ਐਪ ਵਿੱਚ ਜੋੜਦਾ ਹੈ
second-factor-setup-confirm = ਐਪ ਵਿੱਚ ਹੁਣ ਦਿਖਦਾ ਕੋਡ ਲਿਖੋ
second-factor-setup-submit = ਪੁਸ਼ਟੀ ਕਰੋ
second-factor-recovery-title = ਤੁਹਾਡੇ ਰਿਕਵਰੀ ਕੋਡ
second-factor-recovery-intro = ਜੇ ਤੁਹਾਡਾ ਫ਼ੋਨ ਗੁੰਮ ਹੋ ਜਾਵੇ, ਤਾਂ ਇਹਨਾਂ ਵਿੱਚੋਂ ਹਰ ਕੋਡ ਐਪ ਦੇ ਕੋਡ ਦੀ ਥਾਂ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ। ਇਹਨਾਂ ਨੂੰ ਹੁਣੇ ਲਿਖ ਲਓ ਜਾਂ ਪ੍ਰਿੰਟ ਕਰ ਲਓ: ਇਹ ਦੁਬਾਰਾ ਨਹੀਂ ਦਿਖਾਏ ਜਾਣਗੇ।
second-factor-continue = ਅੱਗੇ ਵਧੋ
second-factor-status-on = ਦੋ-ਕਦਮੀ ਸਾਈਨ-ਇਨ ਚਾਲੂ ਹੈ।
second-factor-status-off = ਦੋ-ਕਦਮੀ ਸਾਈਨ-ਇਨ ਬੰਦ ਹੈ।
second-factor-recovery-left = { $count ->
    [one] { $count } ਰਿਕਵਰੀ ਕੋਡ ਬਾਕੀ ਹੈ।
   *[other] { $count } ਰਿਕਵਰੀ ਕੋਡ ਬਾਕੀ ਹਨ।
}
second-factor-required-role = ਤੁਹਾਡੀ ਭੂਮਿਕਾ ਲਈ ਇਹ ਲਾਜ਼ਮੀ ਹੈ, ਇਸ ਲਈ ਇਸਨੂੰ ਬੰਦ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ। ਜੇ ਤੁਹਾਡਾ ਫ਼ੋਨ ਅਤੇ ਰਿਕਵਰੀ ਕੋਡ ਗੁੰਮ ਹੋ ਜਾਣ, ਤਾਂ ਕੋਈ ਐਡਮਿਨ ਇਸਨੂੰ ਰੀਸੈੱਟ ਕਰ ਸਕਦਾ ਹੈ।
second-factor-turn-on = ਦੋ-ਕਦਮੀ ਸਾਈਨ-ਇਨ ਚਾਲੂ ਕਰੋ
second-factor-turn-off-title = ਦੋ-ਕਦਮੀ ਸਾਈਨ-ਇਨ ਬੰਦ ਕਰੋ
second-factor-turn-off-submit = ਬੰਦ ਕਰੋ
second-factor-admin-title = ਦੂਜਾ ਕਦਮ ਰੀਸੈੱਟ ਕਰੋ
second-factor-admin-intro = ਜਦੋਂ ਕਿਸੇ ਵਿਅਕਤੀ ਦਾ ਫ਼ੋਨ ਅਤੇ ਰਿਕਵਰੀ ਕੋਡ ਗੁੰਮ ਹੋ ਗਏ ਹੋਣ, ਅਤੇ ਤੁਸੀਂ ਜਾਂਚ ਲਿਆ ਹੋਵੇ ਕਿ ਉਹ ਕੌਣ ਹੈ, ਤਾਂ ਉਸਦਾ ਦੂਜਾ ਕਦਮ ਰੀਸੈੱਟ ਕਰੋ। ਉਸਨੂੰ ਈਮੇਲ ਰਾਹੀਂ ਦੱਸਿਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਅਗਲੇ ਸਾਈਨ-ਇਨ ਤੇ ਉਹ ਨਵਾਂ ਸੈੱਟ ਕਰਦਾ ਹੈ।
second-factor-admin-email = ਖਾਤੇ ਦਾ ਈਮੇਲ ਪਤਾ
second-factor-admin-submit = ਦੂਜਾ ਕਦਮ ਰੀਸੈੱਟ ਕਰੋ
second-factor-admin-done = ਦੂਜਾ ਕਦਮ ਰੀਸੈੱਟ ਹੋ ਗਿਆ ਅਤੇ ਵਿਅਕਤੀ ਨੂੰ ਈਮੇਲ ਰਾਹੀਂ ਦੱਸ ਦਿੱਤਾ ਗਿਆ।
second-factor-admin-none = ਇਸ ਪਤੇ ਵਾਲੇ ਕਿਸੇ ਖਾਤੇ ਵਿੱਚ ਦੂਜਾ ਕਦਮ ਨਹੀਂ ਹੈ।
second-factor-pending-expired = ਤੁਹਾਡੇ ਪਾਸਵਰਡ ਅਤੇ ਕੋਡ ਵਿਚਕਾਰ ਬਹੁਤ ਸਮਾਂ ਲੱਗ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰੋ।
