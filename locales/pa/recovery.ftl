# ਖਾਤੇ ਵਿੱਚ ਵਾਪਸ ਆਉਣਾ: ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ, ਭੁੱਲਿਆ ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰਨਾ, ਪਾਸਵਰਡ ਜਾਂ ਪਤਾ ਬਦਲਣਾ।
# ਜਵਾਬ ਕਦੇ ਨਹੀਂ ਦੱਸਦੇ ਕਿ ਕਿਸੇ ਪਤੇ ਦਾ ਖਾਤਾ ਹੈ ਜਾਂ ਨਹੀਂ।

field-current-password = ਮੌਜੂਦਾ ਪਾਸਵਰਡ
field-new-password = ਨਵਾਂ ਪਾਸਵਰਡ
field-new-email = ਨਵਾਂ ਈਮੇਲ ਪਤਾ

recovery-check-email-title = ਆਪਣੀ ਈਮੇਲ ਵੇਖੋ
recovery-check-email-text = ਅਸੀਂ ਤੁਹਾਡੇ ਦਿੱਤੇ ਪਤੇ ’ਤੇ ਇੱਕ ਸੁਨੇਹਾ ਭੇਜਿਆ ਹੈ। ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਲਈ ਉਸ ਵਿਚਲਾ ਲਿੰਕ ਖੋਲ੍ਹੋ। ਜੇ ਇਸ ਪਤੇ ਦਾ ਪਹਿਲਾਂ ਹੀ ਖਾਤਾ ਹੈ, ਤਾਂ ਸੁਨੇਹਾ ਦੱਸਦਾ ਹੈ ਕਿ ਕੀ ਕਰਨਾ ਹੈ।
recovery-to-login = ਸਾਈਨ ਇਨ ’ਤੇ ਜਾਓ
recovery-to-group = ਆਪਣੇ ਸਮੂਹ ’ਤੇ ਜਾਓ
recovery-to-home = ਮੁੱਖ ਪੰਨੇ ’ਤੇ ਜਾਓ

recovery-verify-title = ਆਪਣੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
recovery-verify-text = ਇਹ ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਬਟਨ ਦਬਾਓ ਕਿ ਇਹ ਈਮੇਲ ਪਤਾ ਤੁਹਾਡਾ ਹੈ।
recovery-verify-submit = ਮੇਰੇ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
recovery-verified-title = ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਗਈ
recovery-verified-text = ਧੰਨਵਾਦ। ਤੁਹਾਡੀ ਈਮੇਲ ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਗਈ ਹੈ: ਹੁਣ ਤੁਸੀਂ ਅਪਾਇੰਟਮੈਂਟ ਮੰਗ ਸਕਦੇ ਹੋ।
recovery-verify-needed-title = ਆਪਣੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
recovery-verify-needed-text = ਅਸੀਂ ਤੁਹਾਡੀ ਈਮੇਲ ’ਤੇ ਇੱਕ ਲਿੰਕ ਭੇਜਿਆ ਹੈ। ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਲਈ ਉਸਨੂੰ ਖੋਲ੍ਹੋ। ਉਦੋਂ ਤੱਕ ਤੁਸੀਂ ਆਪਣਾ ਸਮੂਹ ਭਰ ਸਕਦੇ ਹੋ।
recovery-verify-needed-request = ਅਪਾਇੰਟਮੈਂਟ ਮੰਗਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ।
recovery-verify-already = ਤੁਹਾਡੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਚੁੱਕੀ ਹੈ।
recovery-verify-resend = ਲਿੰਕ ਦੁਬਾਰਾ ਭੇਜੋ
recovery-verify-resent = ਅਸੀਂ ਨਵਾਂ ਲਿੰਕ ਭੇਜਿਆ ਹੈ। ਆਪਣੀ ਈਮੇਲ ਵੇਖੋ, ਸਪੈਮ ਫੋਲਡਰ ਵੀ।

recovery-link-invalid-title = ਇਹ ਲਿੰਕ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦਾ
recovery-link-invalid-text = ਲਿੰਕ ਦੀ ਮਿਆਦ ਖਤਮ ਹੋ ਗਈ ਹੈ ਜਾਂ ਇਹ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਦੇ ਲਿੰਕ ਇੱਕ ਘੰਟੇ ਤੱਕ ਅਤੇ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦੇ ਹਨ।
recovery-reset-ask-again = ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ

recovery-forgot = ਪਾਸਵਰਡ ਭੁੱਲ ਗਏ?
recovery-reset-title = ਪਾਸਵਰਡ ਰੀਸੈੱਟ ਕਰੋ
recovery-reset-intro = ਆਪਣੇ ਖਾਤੇ ਦਾ ਈਮੇਲ ਪਤਾ ਲਿਖੋ। ਅਸੀਂ ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣਨ ਲਈ ਤੁਹਾਨੂੰ ਇੱਕ ਲਿੰਕ ਭੇਜਾਂਗੇ।
recovery-reset-submit = ਮੈਨੂੰ ਲਿੰਕ ਭੇਜੋ
recovery-reset-sent-title = ਆਪਣੀ ਈਮੇਲ ਵੇਖੋ
recovery-reset-sent-text = ਜੇ ਇਸ ਪਤੇ ਦਾ ਖਾਤਾ ਹੈ, ਤਾਂ ਅਸੀਂ ਉਸ ’ਤੇ ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣਨ ਦਾ ਲਿੰਕ ਭੇਜਿਆ ਹੈ। ਲਿੰਕ ਇੱਕ ਘੰਟੇ ਤੱਕ ਅਤੇ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ।
recovery-reset-done-title = ਪਾਸਵਰਡ ਬਦਲ ਗਿਆ
recovery-reset-done-text = ਤੁਹਾਡਾ ਨਵਾਂ ਪਾਸਵਰਡ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ ਅਤੇ ਸਾਰੇ ਡਿਵਾਈਸਾਂ ਤੋਂ ਸਾਈਨ ਆਉਟ ਹੋ ਗਿਆ ਹੈ। ਨਵੇਂ ਪਾਸਵਰਡ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ।

recovery-password-title = ਆਪਣਾ ਪਾਸਵਰਡ ਬਦਲੋ
recovery-password-too-short = ਤੁਹਾਡਾ ਪਾਸਵਰਡ { $min } ਅੱਖਰਾਂ ਤੋਂ ਛੋਟਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਹੁਣੇ ਇੱਕ ਲੰਮਾ ਪਾਸਵਰਡ ਚੁਣੋ।
recovery-password-done = ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਬਦਲ ਗਿਆ। ਹੋਰ ਡਿਵਾਈਸਾਂ ਤੋਂ ਸਾਈਨ ਆਉਟ ਹੋ ਗਿਆ ਹੈ।
recovery-password-submit = ਨਵਾਂ ਪਾਸਵਰਡ ਸੰਭਾਲੋ
recovery-wrong-password = ਇਹ ਤੁਹਾਡਾ ਮੌਜੂਦਾ ਪਾਸਵਰਡ ਨਹੀਂ ਹੈ।

recovery-email-title = ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਬਦਲੋ
recovery-email-intro = ਅਸੀਂ ਨਵੇਂ ਪਤੇ ’ਤੇ ਇੱਕ ਲਿੰਕ ਭੇਜਾਂਗੇ। ਬਦਲਾਅ ਉਦੋਂ ਹੋਵੇਗਾ ਜਦੋਂ ਤੁਸੀਂ ਉਸਨੂੰ ਖੋਲ੍ਹੋਗੇ। ਪੁਰਾਣੇ ਪਤੇ ਨੂੰ ਸੂਚਨਾ ਦਿੱਤੀ ਜਾਵੇਗੀ।
recovery-email-submit = ਲਿੰਕ ਭੇਜੋ
recovery-email-sent = ਅਸੀਂ ਨਵੇਂ ਪਤੇ ’ਤੇ ਇੱਕ ਲਿੰਕ ਭੇਜਿਆ ਹੈ। ਬਦਲਾਅ ਪੂਰਾ ਕਰਨ ਲਈ ਉਸਨੂੰ ਖੋਲ੍ਹੋ।
recovery-email-confirm-title = ਆਪਣੇ ਨਵੇਂ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
recovery-email-confirm-text = ਆਪਣੇ Garita ਖਾਤੇ ਲਈ ਇਹ ਪਤਾ ਵਰਤਣ ਲਈ ਬਟਨ ਦਬਾਓ।
recovery-email-confirm-submit = ਇਹ ਪਤਾ ਵਰਤੋ
recovery-email-changed-title = ਈਮੇਲ ਪਤਾ ਬਦਲ ਗਿਆ
recovery-email-changed-text = ਹੁਣ ਤੁਹਾਡਾ ਖਾਤਾ ਨਵਾਂ ਪਤਾ ਵਰਤਦਾ ਹੈ। ਅਸੀਂ ਪੁਰਾਣੇ ਪਤੇ ਨੂੰ ਬਦਲਾਅ ਦੀ ਸੂਚਨਾ ਦਿੱਤੀ ਹੈ।
