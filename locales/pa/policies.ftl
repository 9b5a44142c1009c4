# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = ਹਰ ਦਿਨ ਦੇ ਡਰਾਅ ਦੇ ਨਿਯਮ
policies-intro = ਇਹ ਸੇਵਾ ਚਲਾਉਣ ਵਾਲੀ ਏਜੰਸੀ ਨਿਯਮ ਤੈਅ ਕਰਦੀ ਹੈ: ਬੇਨਤੀਆਂ ਕਦੋਂ ਲਈਆਂ ਜਾਂਦੀਆਂ ਹਨ, ਥਾਵਾਂ ਕਿਵੇਂ ਵੰਡੀਆਂ ਜਾਂਦੀਆਂ ਹਨ ਅਤੇ ਕਿੱਥੋਂ ਬੇਨਤੀ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ। ਨਿਯਮਾਂ ਦਾ ਹਰ ਸਮੂਹ ਕਿਸੇ ਦਿਨ ਤੋਂ ਲਾਗੂ ਹੁੰਦਾ ਹੈ; ਇਹ ਪੂਰਾ ਰਿਕਾਰਡ ਹੈ।
policies-caption = ਨਿਯਮ ਅਤੇ ਉਹ ਦਿਨ ਜਿਸ ਤੋਂ ਹਰ ਇੱਕ ਲਾਗੂ ਹੋਇਆ
policies-from = ਇਸ ਡਰਾਅ ਤੋਂ
policies-name = ਨਾਮ
policies-rules = ਨਿਯਮ
policies-digest = ਡਾਈਜੈਸਟ (SHA-256)
policies-in-force = ਲਾਗੂ
policies-used-from = ਪਹਿਲੀ ਵਾਰ ਇਸ ਡਰਾਅ ਵਿੱਚ ਵਰਤਿਆ
policies-text = ਪੂਰਾ ਪਾਠ
policies-admin-title = ਨੀਤੀਆਂ
policies-admin-intro = ਕਿਸੇ ਦਿਨ ਤੋਂ ਨਵੇਂ ਨਿਯਮ ਤੈਅ ਕਰੋ। ਜਿਸ ਦਿਨ ਦਾ ਡਰਾਅ ਹੋ ਚੁੱਕਾ ਹੈ, ਉਸ ਦੇ ਨਿਯਮ ਉਹੀ ਰਹਿੰਦੇ ਹਨ। ਪਾਠ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਹੋਵੇ ਤਾਂ ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾਂਦਾ।
policies-not-saved = ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ; ਲਾਗੂ ਨਿਯਮ ਬਣੇ ਰਹਿਣਗੇ।
policies-schedule = ਇਹ ਨਿਯਮ ਤੈਅ ਕਰੋ
policies-date-required = ਉਹ ਪਹਿਲਾ ਦਿਨ ਲਿਖੋ ਜਿਸ ਤੋਂ ਨਿਯਮ ਲਾਗੂ ਹੋਣਗੇ।
policies-rule-weighted = ਭਾਰਿਤ ਡਰਾਅ (ਉਡੀਕ ਦੇ ਦਿਨ ਗਿਣੇ ਜਾਂਦੇ ਹਨ)
policies-rule-oldest-share-then-random = ਇੱਕ ਹਿੱਸਾ ਸਭ ਤੋਂ ਪੁਰਾਣੀਆਂ ਰਜਿਸਟ੍ਰੇਸ਼ਨਾਂ ਨੂੰ, ਬਾਕੀ ਬੇਤਰਤੀਬ
policies-carry-over = ਬੇਨਤੀਆਂ ਅਗਲੇ ਡਰਾਅ ਵਿੱਚ ਰਹਿੰਦੀਆਂ ਹਨ
policies-no-carry-over = ਹਰ ਦਿਨ ਮੁੜ ਬੇਨਤੀ ਕਰੋ
policies-region-latitude = ਅਕਸ਼ਾਂਸ਼ { $latitude }° ਦੇ ਉੱਤਰ ਵਿੱਚ
policies-region-states = ਸ਼ਾਮਲ ਰਾਜ: { $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = ਅਮਰੀਕਾ ਵਿੱਚ ਮੰਜ਼ਿਲ ਦਾ ਪਤਾ
policies-us-address-hint = ਸਮੂਹ ਅਮਰੀਕਾ ਵਿੱਚ ਕਿੱਥੇ ਜਾਵੇਗਾ: ਸਮੂਹ ਦੇ ਸਾਰੇ ਲੋਕਾਂ ਲਈ ਇੱਕੋ ਪਤਾ, ਜਿਵੇਂ ਲਾਗੂ ਨਿਯਮ ਮੰਗਦੇ ਹਨ।
field-us-state = ਰਾਜ
field-us-zip = ZIP ਡਾਕ ਕੋਡ (5 ਅੰਕ)
field-us-street = ਗਲੀ ਅਤੇ ਨੰਬਰ
# The region of the rules in force, as rules and a map.
policies-region-title = ਤੁਸੀਂ ਕਿੱਥੋਂ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ
policies-region-included = ਇਹ ਪੂਰੇ ਰਾਜ: { $states }
policies-region-north-of = ਅਕਸ਼ਾਂਸ਼ { $latitude }° ਉੱਤਰ ਉੱਤੇ ਜਾਂ ਉਸ ਦੇ ਉੱਤਰ ਵਿੱਚ ਕਿਤੇ ਵੀ
policies-region-excluded = ਇਨ੍ਹਾਂ ਰਾਜਾਂ ਨੂੰ ਛੱਡ ਕੇ: { $states }
policies-region-exception-holder = ਜਿਸ ਸਮੂਹ ਦਾ ਮੁਖੀ { $countries } ਦਾ ਨਾਗਰਿਕ ਹੈ, ਉਹ ਮੈਕਸੀਕੋ ਵਿੱਚ ਕਿਤੋਂ ਵੀ ਬੇਨਤੀ ਕਰ ਸਕਦਾ ਹੈ
policies-region-exception-all = ਜਿਸ ਸਮੂਹ ਦੇ ਸਾਰੇ ਮੈਂਬਰ { $countries } ਦੇ ਨਾਗਰਿਕ ਹਨ, ਉਹ ਮੈਕਸੀਕੋ ਵਿੱਚ ਕਿਤੋਂ ਵੀ ਬੇਨਤੀ ਕਰ ਸਕਦਾ ਹੈ
policies-region-map-label = ਮੈਕਸੀਕੋ ਦਾ ਨਕਸ਼ਾ: ਜਿਨ੍ਹਾਂ ਰਾਜਾਂ ਤੋਂ ਬੇਨਤੀ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ ਉਹ ਭਰੇ ਹੋਏ ਹਨ; ਲਕੀਰ ਅਕਸ਼ਾਂਸ਼ ਦੀ ਹੱਦ ਹੈ। ਸੂਚੀ ਇਹੀ ਗੱਲ ਸ਼ਬਦਾਂ ਵਿੱਚ ਕਹਿੰਦੀ ਹੈ।
policies-region-map-caption = ਭਰਿਆ: ਯੋਗ। ਹਲਕਾ ਭਰਿਆ: ਲਕੀਰ ਦੇ ਉੱਤਰ ਵਿੱਚ ਯੋਗ।
# Confirming under rules that check the location again.
policies-recheck-title = ਜਿੱਥੇ ਤੁਸੀਂ ਹੋ ਉੱਥੋਂ ਪੁਸ਼ਟੀ ਕਰੋ
policies-recheck-intro = ਲਾਗੂ ਨਿਯਮ ਪੁਸ਼ਟੀ ਤੋਂ ਪਹਿਲਾਂ ਮੁੜ ਜਾਂਚਦੇ ਹਨ ਕਿ ਤੁਸੀਂ ਖੇਤਰ ਵਿੱਚ ਹੋ। ਆਪਣਾ ਟਿਕਾਣਾ ਇੱਕ ਵਾਰ ਸਾਂਝਾ ਕਰੋ, ਜਾਂ ਆਪਣੇ ਸ਼ਹਿਰ ਦਾ ਨਾਮ ਲਿਖੋ।
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = ਲਿਖਤ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ: { $detail }
policies-problem-window-order = ਬੇਨਤੀਆਂ ਦਾ ਸਮਾਂ ਖੁੱਲ੍ਹਣ ਤੋਂ ਪਹਿਲਾਂ ਬੰਦ ਹੋ ਜਾਂਦਾ ਹੈ
policies-problem-window-too-long = ਬੇਨਤੀਆਂ ਦਾ ਸਮਾਂ 24 ਘੰਟਿਆਂ ਤੋਂ ਲੰਮਾ ਹੈ
policies-problem-allocation-before-close = ਡਰਾਅ ਬੇਨਤੀਆਂ ਦਾ ਸਮਾਂ ਬੰਦ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਹੁੰਦਾ ਹੈ
policies-problem-out-of-range = ਮੁੱਲ { $lowest } ਅਤੇ { $highest } ਦੇ ਵਿਚਕਾਰ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
policies-problem-unknown-state = { $value } ਕੋਈ ਜਾਣਿਆ ਰਾਜ ਕੋਡ ਨਹੀਂ ਹੈ (MX.BN ਵਰਗਾ ਕੋਡ ਲਿਖੋ)
policies-problem-unknown-country = { $value } ਕੋਈ ਜਾਣਿਆ ਦੇਸ਼ ਕੋਡ ਨਹੀਂ ਹੈ (MX ਵਰਗਾ ਕੋਡ ਲਿਖੋ)
policies-problem-empty-region = ਖੇਤਰ ਵਿੱਚ ਕੋਈ ਥਾਂ ਨਹੀਂ ਹੈ
policies-problem-invalid-id = { $value } ਠੀਕ ਨਾਮ ਨਹੀਂ ਹੈ (ਛੋਟੇ ਅੱਖਰ, ਅੰਕ ਅਤੇ ਡੈਸ਼)
policies-problem-repeated = { $value } ਦੋ ਵਾਰ ਲਿਖਿਆ ਹੈ
