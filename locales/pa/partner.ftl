# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = ਮੁਲਾਕਾਤ ਦੀ ਜਾਂਚ ਕਰੋ
partner-intro = ਪਾਸ ਕੋਡ ਅਤੇ ਵਿਅਕਤੀ ਦੀ ਜਨਮ ਮਿਤੀ ਲਿਖੋ। ਜਵਾਬ ਹਾਂ ਜਾਂ ਨਹੀਂ ਹੈ, ਹੋਰ ਕੁਝ ਨਹੀਂ।
partner-code = ਪਾਸ ਕੋਡ
partner-code-hint = ਜਿਵੇਂ QR ਕੋਡ ਦੇ ਹੇਠਾਂ ਛਪਿਆ ਹੈ। ਖਾਲੀ ਥਾਂਵਾਂ ਅਤੇ ਡੈਸ਼ ਨਹੀਂ ਗਿਣੇ ਜਾਂਦੇ।
field-code = ਪਾਸ ਕੋਡ
partner-submit = ਜਾਂਚ ਕਰੋ
partner-yes = ਹਾਂ
partner-yes-detail = ਇਸ ਵਿਅਕਤੀ ਦੀ ਮੁਲਾਕਾਤ ਜਾਇਜ਼ ਹੈ।
partner-no = ਨਹੀਂ
partner-no-detail = ਇਸ ਕੋਡ ਅਤੇ ਇਸ ਜਨਮ ਮਿਤੀ ਲਈ ਕੋਈ ਜਾਇਜ਼ ਮੁਲਾਕਾਤ ਨਹੀਂ ਹੈ। ਕਾਰਨ ਨਹੀਂ ਦੱਸਿਆ ਜਾਂਦਾ: ਜੋ ਲਿਖਿਆ ਹੈ ਉਸਨੂੰ ਜਾਂਚੋ, ਜਾਂ ਪਾਸ ਦਿਖਾਉਣ ਲਈ ਕਹੋ।
partner-next = ਕਿਸੇ ਹੋਰ ਵਿਅਕਤੀ ਦੀ ਜਾਂਚ ਕਰੋ
partner-privacy = ਹਰ ਜਾਂਚ ਤੁਹਾਡੇ ਖਾਤੇ ਅਤੇ ਤੁਹਾਡੀ ਸੰਸਥਾ ਨਾਲ ਦਰਜ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
nav-partner = ਮੁਲਾਕਾਤ ਦੀ ਜਾਂਚ ਕਰੋ
