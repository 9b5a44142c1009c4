# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = ਕੀ ਇਹ ਵਿਅਕਤੀ ਦਰਜ ਹੈ?
rosters-check-intro = ਆਪਣੇ ਸੰਗਠਨ ਦੀ ਪ੍ਰੋਗਰਾਮ ਸੂਚੀ ਵਿੱਚ ਕਿਸੇ ਵਿਅਕਤੀ ਬਾਰੇ ਪੁੱਛੋ: ਸੂਚੀ ਨੰਬਰ ਅਤੇ ਜਨਮ ਮਿਤੀ ਨਾਲ, ਜਾਂ ਪੂਰੇ ਨਾਮ ਅਤੇ ਜਨਮ ਮਿਤੀ ਨਾਲ।
rosters-roster-id = ਸੂਚੀ ਨੰਬਰ
rosters-roster-id-hint = ਜਿਵੇਂ ਸੂਚੀ ਵਿੱਚ ਹੈ, ਜਿਵੇਂ MPP-0001।
rosters-full-name = ਪੂਰਾ ਨਾਮ
rosters-full-name-hint = ਸਿਰਫ਼ ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਸੂਚੀ ਨੰਬਰ ਨਹੀਂ ਹੈ।
rosters-check-submit = ਜਾਂਚੋ
rosters-yes = ਦਰਜ ਹੈ
rosters-no = ਤੁਹਾਡੀ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ
rosters-status = ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਸਥਿਤੀ:
rosters-check-privacy = ਜਵਾਬ ਸਿਰਫ਼ ਹਾਂ ਜਾਂ ਨਹੀਂ ਅਤੇ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਸਥਿਤੀ ਹੈ, ਹੋਰ ਕੁਝ ਨਹੀਂ। ਹਰ ਜਾਂਚ ਤੁਹਾਡੇ ਨਾਮ ਨਾਲ ਦਰਜ ਹੁੰਦੀ ਹੈ।
rosters-status-enrolled = ਦਰਜ
rosters-status-pending = ਬਾਕੀ
rosters-status-completed = ਪੂਰਾ ਹੋਇਆ
rosters-status-withdrawn = ਹਟਾਇਆ ਗਿਆ
rosters-claim-title = ਕਿਸੇ ਪ੍ਰੋਗਰਾਮ ਦੀ ਸੂਚੀ ਵਿੱਚ ਆਪਣੀ ਥਾਂ ਲਓ
rosters-claim-intro = ਜੇ ਕਿਸੇ ਸੰਗਠਨ ਨੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਦਰਜ ਕੀਤਾ ਹੈ, ਤਾਂ ਇਸਨੂੰ ਆਪਣੇ ਖਾਤੇ ਨਾਲ ਜੋੜਨ ਲਈ ਆਪਣਾ ਸੂਚੀ ਨੰਬਰ ਅਤੇ ਜਨਮ ਮਿਤੀ ਦਰਜ ਕਰੋ।
rosters-claim-submit = ਦਾਅਵਾ ਕਰੋ
rosters-claimed = ਤੁਹਾਡੇ ਖਾਤੇ ਨਾਲ ਜੋੜਿਆ ਗਿਆ: ਸੂਚੀ ਨੰਬਰ { $roster_id }, ਸਥਿਤੀ { $status }।
rosters-not-found = ਨਹੀਂ ਮਿਲਿਆ। ਸੂਚੀ ਨੰਬਰ ਅਤੇ ਜਨਮ ਮਿਤੀ ਜਾਂਚੋ।
retention-kind-roster-people = ਕਿਸੇ ਸੰਸਥਾ ਦੀ ਪ੍ਰੋਗਰਾਮ ਸੂਚੀ ਦੇ ਲੋਕ, ਉਹਨਾਂ ਨੂੰ ਸ਼ਾਮਲ ਕਰਨ ਵਾਲੇ ਆਖਰੀ ਆਯਾਤ ਤੋਂ ਇੱਕ ਸਾਲ ਬਾਅਦ
retention-kind-roster-places = ਪ੍ਰੋਗਰਾਮ ਸੂਚੀ ਦੇ ਲੋਕਾਂ ਲਈ ਰਾਖਵੀਆਂ ਥਾਵਾਂ, ਸਮੇਂ ਦੇ ਦਿਨ ਤੋਂ ਬਾਅਦ

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = ਪ੍ਰੋਗਰਾਮ ਸੂਚੀ ਕੋਟੇ
rosters-quotas-intro = ਕਿਸੇ ਪੋਰਟ 'ਤੇ ਹਰ ਸਮਾਂ-ਸਲਾਟ ਦੀਆਂ ਥਾਵਾਂ ਦਾ ਉਹ ਹਿੱਸਾ ਜੋ ਕਿਸੇ ਪ੍ਰੋਗਰਾਮ ਸੂਚੀ ਦੇ ਲੋਕਾਂ ਲਈ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਸਲਾਟ ਦੇ ਦਿਨ ਤੋਂ ਕਿੰਨੇ ਦਿਨ ਪਹਿਲਾਂ ਰੱਖੀਆਂ ਅਣਵਰਤੀਆਂ ਥਾਵਾਂ ਰੋਜ਼ਾਨਾ ਲਾਟਰੀ ਵਿੱਚ ਚਲੀਆਂ ਜਾਂਦੀਆਂ ਹਨ। 0 % ਕਿਸੇ ਪੋਰਟ ਦਾ ਕੋਟਾ ਖ਼ਤਮ ਕਰਦਾ ਹੈ; ਪਹਿਲਾਂ ਤੋਂ ਰੱਖੀਆਂ ਥਾਵਾਂ ਰੱਖੀਆਂ ਹੀ ਰਹਿੰਦੀਆਂ ਹਨ।
rosters-quotas-saved = { $port } ਦਾ ਕੋਟਾ ਸੰਭਾਲਿਆ ਗਿਆ।
rosters-quotas-caption = ਪੋਰਟ ਅਤੇ ਉਹਨਾਂ ਦਾ ਸੂਚੀ ਕੋਟਾ
rosters-quotas-port = ਪੋਰਟ
rosters-quotas-percent = ਰੱਖਿਆ ਹਿੱਸਾ
rosters-quotas-release = ਅਣਵਰਤੀਆਂ ਥਾਵਾਂ ਰੋਜ਼ਾਨਾ ਲਾਟਰੀ ਵਿੱਚ ਜਾਂਦੀਆਂ ਹਨ
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] { $days } ਦਿਨ ਪਹਿਲਾਂ
   *[other] { $days } ਦਿਨ ਪਹਿਲਾਂ
}
rosters-quotas-none = ਕੋਈ ਕੋਟਾ ਨਹੀਂ
rosters-quotas-set = ਕਿਸੇ ਪੋਰਟ ਦਾ ਕੋਟਾ ਤੈਅ ਕਰੋ
rosters-quotas-percent-hint = 0 ਤੋਂ 100 ਤੱਕ ਪੂਰਨ ਸੰਖਿਆ। 0 ਕੋਟਾ ਖ਼ਤਮ ਕਰਦਾ ਹੈ।
rosters-quotas-release-hint = 0 ਤੋਂ 60 ਤੱਕ ਪੂਰਨ ਸੰਖਿਆ।
rosters-quotas-save = ਸੰਭਾਲੋ
field-port-id = ਪੋਰਟ
field-percent = ਰੱਖਿਆ ਹਿੱਸਾ (%)
field-release-days-before = ਸਲਾਟ ਦੇ ਦਿਨ ਤੋਂ ਪਹਿਲਾਂ ਦੇ ਦਿਨ

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = { $date } ਦੀ ਸੂਚੀ ਲਾਟਰੀ
rosters-draw-intro = ਜਿਨ੍ਹਾਂ ਦਿਨਾਂ ਵਿੱਚ ਕਿਸੇ ਪ੍ਰੋਗਰਾਮ ਸੂਚੀ ਦੇ ਲੋਕਾਂ ਲਈ ਥਾਵਾਂ ਰੱਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ, ਇੱਕ ਵੱਖਰੀ ਲਾਟਰੀ ਉਹਨਾਂ ਨੂੰ ਪਹਿਲਾਂ ਉਹਨਾਂ ਲੋਕਾਂ ਦੀਆਂ ਖੁੱਲ੍ਹੀਆਂ ਬੇਨਤੀਆਂ ਵਿੱਚ ਵੰਡਦੀ ਹੈ ਜਿਨ੍ਹਾਂ ਨੇ ਸੂਚੀ ਵਿੱਚ ਆਪਣੀ ਥਾਂ ਦਾ ਦਾਅਵਾ ਕੀਤਾ ਹੈ। ਇਸਦਾ ਬੀਜ ਉਸੇ ਦਿਨ ਦੀ ਰੋਜ਼ਾਨਾ ਲਾਟਰੀ ਦੇ ਬੀਜ ਤੋਂ ਕੱਢਿਆ ਜਾਂਦਾ ਹੈ, ਜਿਸਦੀ ਵਚਨਬੱਧਤਾ ਬੇਨਤੀਆਂ ਬੰਦ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਈ ਸੀ, ਇਸ ਲਈ ਇਸਨੂੰ ਬਾਅਦ ਵਿੱਚ ਚੁਣਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ ਸੀ। ਜੋ ਥਾਵਾਂ ਇਹ ਨਹੀਂ ਵੰਡਦੀ, ਉਹ ਛੱਡੇ ਜਾਣ ਤੱਕ ਰੱਖੀਆਂ ਰਹਿੰਦੀਆਂ ਹਨ, ਫਿਰ ਰੋਜ਼ਾਨਾ ਲਾਟਰੀ ਵਿੱਚ ਜਾਂਦੀਆਂ ਹਨ।
rosters-draw-places = ਸੂਚੀ ਦੇ ਲੋਕਾਂ ਲਈ ਰੱਖੀਆਂ ਥਾਵਾਂ
rosters-draw-daily = ਉਸ ਦਿਨ ਦੀ ਰੋਜ਼ਾਨਾ ਲਾਟਰੀ
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = ਪ੍ਰੋਗਰਾਮ ਦੀ ਸੰਸਥਾ ਨੇ ਇਸ ਵਿਅਕਤੀ ਨੂੰ ਜੋ ਸੂਚੀ ਨੰਬਰ ਅਤੇ ਜਨਮ ਮਿਤੀ ਦਿੱਤੀ ਹੈ, ਉਹ ਦਰਜ ਕਰੋ, ਤਾਂ ਜੋ ਉਸਦੀ ਥਾਂ ਇਸ ਸਮੂਹ ਨਾਲ ਜੁੜ ਜਾਵੇ।
rosters-back-to-group = ਸਮੂਹ ਤੇ ਵਾਪਸ ਜਾਓ
rosters-helper-claimed = ਇਸ ਸਮੂਹ ਨਾਲ ਜੋੜਿਆ ਗਿਆ: ਸੂਚੀ ਨੰਬਰ { $roster_id }, ਸਥਿਤੀ { $status }।
