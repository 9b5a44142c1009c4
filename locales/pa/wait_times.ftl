# Garita — ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)
wait-times-title = ਬਾਰਡਰ 'ਤੇ ਉਡੀਕ ਦਾ ਸਮਾਂ
wait-times-intro = ਹਰ ਬਾਰਡਰ ਚੌਕੀ 'ਤੇ ਕਿੰਨੀ ਉਡੀਕ ਕਰਨੀ ਪੈ ਸਕਦੀ ਹੈ, ਉੱਥੋਂ ਦੇ ਅਫ਼ਸਰਾਂ ਦੇ ਦੱਸੇ ਅਨੁਸਾਰ। ਸਮਾਂ ਹਰ ਬਾਰਡਰ ਚੌਕੀ ਦੇ ਆਪਣੇ ਸਥਾਨਕ ਸਮੇਂ ਵਿੱਚ ਹੈ।
wait-times-none = ਇਸ ਬਾਰਡਰ ਚੌਕੀ ਦੀ ਅਜੇ ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ ਹੈ।
wait-times-not-reported = ਅਜੇ ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ: { $lanes }।
wait-times-port-link = ਪੂਰੀ ਜਾਣਕਾਰੀ ਅਤੇ ਪਿਛਲੇ 7 ਦਿਨ
wait-times-feed = ਇਹ ਅੰਕੜੇ JSON ਵਿੱਚ (ਡਿਵੈਲਪਰਾਂ ਲਈ)
wait-times-history-json = ਪਿਛਲੇ 7 ਦਿਨ JSON ਵਿੱਚ (ਡਿਵੈਲਪਰਾਂ ਲਈ)
wait-times-back = ਸਾਰੀਆਂ ਬਾਰਡਰ ਚੌਕੀਆਂ

wait-times-col-lane = ਲੇਨ
wait-times-col-status = ਸਥਿਤੀ
wait-times-col-lanes-open = ਖੁੱਲ੍ਹੀਆਂ ਲੇਨਾਂ
wait-times-col-wait = ਉਡੀਕ
wait-times-col-usual = ਇਸ ਸਮੇਂ ਆਮ ਤੌਰ 'ਤੇ
wait-times-col-updated = ਅੱਪਡੇਟ

wait-times-group-passenger = ਸਵਾਰੀ ਗੱਡੀਆਂ
wait-times-group-pedestrian = ਪੈਦਲ ਲੋਕ
wait-times-group-commercial = ਵਪਾਰਕ ਗੱਡੀਆਂ
wait-times-lane-passenger-standard = ਆਮ
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = ਆਮ
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = ਆਮ
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = ਖੁੱਲ੍ਹਾ
wait-times-status-lanes-reduced = ਘੱਟ ਲੇਨਾਂ ਖੁੱਲ੍ਹੀਆਂ
wait-times-status-closed = ਬੰਦ

wait-times-minutes = { $minutes } ਮਿੰਟ
wait-times-hours = { $hours } ਘੰਟੇ
wait-times-hours-minutes = { $hours } ਘੰਟੇ { $minutes } ਮਿੰਟ
wait-times-ago-now = ਹੁਣੇ-ਹੁਣੇ
wait-times-ago-minutes = { $count } ਮਿੰਟ ਪਹਿਲਾਂ
wait-times-ago-hours = { $count } ਘੰਟੇ ਪਹਿਲਾਂ
wait-times-ago-days = { $count ->
    [one] { $count } ਦਿਨ ਪਹਿਲਾਂ
   *[other] { $count } ਦਿਨ ਪਹਿਲਾਂ
}
wait-times-updated = ਅੱਪਡੇਟ: { $ago }, { $time } ਵਜੇ
wait-times-stale = ਪਿਛਲਾ ਅੱਪਡੇਟ: { $ago }, { $time } ਵਜੇ — ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਜਾਣਕਾਰੀ ਪੁਰਾਣੀ ਹੋਵੇ

wait-times-port-title = { $port } 'ਤੇ ਉਡੀਕ ਦਾ ਸਮਾਂ
wait-times-port-intro = ਸਮਾਂ ਬਾਰਡਰ ਚੌਕੀ ਦੇ ਸਥਾਨਕ ਸਮੇਂ ਵਿੱਚ ਹੈ ({ $zone })।
wait-times-now-heading = ਸਭ ਤੋਂ ਨਵੀਆਂ ਰਿਪੋਰਟਾਂ
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } ਰਿਪੋਰਟ
   *[other] { $count } ਰਿਪੋਰਟਾਂ
})
wait-times-usual-none = ਕਾਫ਼ੀ ਰਿਪੋਰਟਾਂ ਨਹੀਂ ਹਨ
wait-times-usual-note = “ਇਸ ਸਮੇਂ ਆਮ ਤੌਰ 'ਤੇ” ਦਾ ਮਤਲਬ ਹੈ: ਪਿਛਲੇ { $days } ਦਿਨਾਂ ਵਿੱਚ ਇਸ ਲੇਨ ਲਈ { $from } ਤੋਂ { $to } ਵਿਚਕਾਰ (ਬਾਰਡਰ ਚੌਕੀ ਦਾ ਸਮਾਂ) ਦੱਸੀ ਗਈ ਉਡੀਕ ਦਾ ਵਿਚਕਾਰਲਾ ਮੁੱਲ (ਮੀਡੀਅਨ)। ਇਹ ਤਾਂ ਹੀ ਦਿਖਦਾ ਹੈ ਜਦੋਂ ਅਜਿਹੀਆਂ ਘੱਟੋ-ਘੱਟ { $count } ਰਿਪੋਰਟਾਂ ਹੋਣ: ਅੱਧੀਆਂ ਉਡੀਕਾਂ ਇਸ ਤੋਂ ਛੋਟੀਆਂ ਸਨ, ਅੱਧੀਆਂ ਇਸ ਤੋਂ ਲੰਮੀਆਂ।

wait-times-week-heading = ਪਿਛਲੇ 7 ਦਿਨ
wait-times-week-intro = ਦੱਸੀ ਗਈ ਉਡੀਕ, ਮਿੰਟਾਂ ਵਿੱਚ, ਹਰ ਘੰਟੇ ਦੀ ਔਸਤ, ਬਾਰਡਰ ਚੌਕੀ ਦੇ ਸਥਾਨਕ ਸਮੇਂ ਵਿੱਚ। ਲਾਈਨ ਵਿੱਚ ਟੁੱਟੀ ਥਾਂ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ ਸੀ ਜਾਂ ਲੇਨ ਬੰਦ ਸੀ।
wait-times-chart-title = { $group }: ਪਿਛਲੇ 7 ਦਿਨਾਂ ਵਿੱਚ ਉਡੀਕ
wait-times-chart-desc = { $group } ਦੀ ਹਰ ਲੇਨ ਦੀ ਦੱਸੀ ਗਈ ਉਡੀਕ (ਮਿੰਟਾਂ ਵਿੱਚ) ਦਾ ਲਾਈਨ ਚਾਰਟ, ਹਰ ਘੰਟੇ ਅਨੁਸਾਰ, { $from } ਤੋਂ { $to } ਤੱਕ (ਬਾਰਡਰ ਚੌਕੀ ਦਾ ਸਮਾਂ)। ਸਭ ਤੋਂ ਵੱਧ: { $max }। ਇਹੀ ਅੰਕੜੇ, ਦਿਨ-ਬ-ਦਿਨ, ਚਾਰਟ ਤੋਂ ਬਾਅਦ ਵਾਲੀ ਟੇਬਲ ਵਿੱਚ ਹਨ।
wait-times-chart-max = { $wait } ({ $lane }, { $day }, { $time } ਵਜੇ)
wait-times-chart-max-none = ਕੋਈ ਉਡੀਕ ਨਹੀਂ ਦੱਸੀ ਗਈ, ਸਿਰਫ਼ ਬੰਦ ਲੇਨਾਂ
wait-times-chart-empty = ਪਿਛਲੇ 7 ਦਿਨਾਂ ਵਿੱਚ ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ।
wait-times-axis-wait = ਉਡੀਕ (ਮਿੰਟ)
wait-times-axis-day = ਦਿਨ (ਬਾਰਡਰ ਚੌਕੀ ਦਾ ਸਮਾਂ)
wait-times-legend = ਲੇਨਾਂ
wait-times-weekday = { $weekday ->
    [1] ਸੋਮ
    [2] ਮੰਗਲ
    [3] ਬੁੱਧ
    [4] ਵੀਰ
    [5] ਸ਼ੁੱਕਰ
    [6] ਸ਼ਨੀ
   *[7] ਐਤ
} { $day }
wait-times-table-show = ਇਹ ਅੰਕੜੇ ਟੇਬਲ ਵਿੱਚ ਦਿਖਾਓ
wait-times-table-caption = { $group }: ਹਰ ਦਿਨ ਦੀ ਉਡੀਕ ਦਾ ਮੀਡੀਅਨ, ਮਿੰਟਾਂ ਵਿੱਚ (ਸਭ ਤੋਂ ਵੱਧ ਬਰੈਕਟ ਵਿੱਚ)
wait-times-table-day = ਦਿਨ
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ

wait-times-console-title = ਉਡੀਕ ਦਾ ਸਮਾਂ ਅੱਪਡੇਟ ਕਰੋ: { $port }
wait-times-console-choose-port = ਉਡੀਕ ਦਾ ਸਮਾਂ ਅੱਪਡੇਟ ਕਰੋ: ਇੱਕ ਬਾਰਡਰ ਚੌਕੀ ਚੁਣੋ
wait-times-console-intro = ਸਿਰਫ਼ ਉਹ ਲੇਨਾਂ ਭਰੋ ਜਿਨ੍ਹਾਂ ਦੀ ਰਿਪੋਰਟ ਤੁਸੀਂ ਹੁਣ ਦੇ ਰਹੇ ਹੋ। ਜਿਹੜੀਆਂ ਲੇਨਾਂ “ਅੱਪਡੇਟ ਨਾ ਕਰੋ” 'ਤੇ ਛੱਡੀਆਂ ਹਨ, ਉਨ੍ਹਾਂ ਦੀ ਪਿਛਲੀ ਰਿਪੋਰਟ ਬਣੀ ਰਹਿੰਦੀ ਹੈ। ਸਾਰੀਆਂ ਲੇਨਾਂ ਇਕੱਠੀਆਂ ਸੇਵ ਹੁੰਦੀਆਂ ਹਨ, ਜਾਂ ਕੁਝ ਗਲਤ ਹੋਵੇ ਤਾਂ ਕੋਈ ਵੀ ਨਹੀਂ।
wait-times-console-save = ਉਡੀਕ ਦਾ ਸਮਾਂ ਸੇਵ ਕਰੋ
wait-times-console-saved = ਸੇਵ ਹੋ ਗਿਆ। ਜਨਤਕ ਪੰਨੇ 'ਤੇ ਨਵੇਂ ਅੰਕੜੇ ਦਿਖ ਰਹੇ ਹਨ।
wait-times-console-nothing = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਲੇਨ ਭਰੋ, ਫਿਰ ਸੇਵ ਕਰੋ।
wait-times-console-public = ਇਸ ਬਾਰਡਰ ਚੌਕੀ ਦਾ ਜਨਤਕ ਪੰਨਾ ਦੇਖੋ
wait-times-field-status = ਸਥਿਤੀ
wait-times-field-status-skip = ਅੱਪਡੇਟ ਨਾ ਕਰੋ
wait-times-field-lanes-open = ਖੁੱਲ੍ਹੀਆਂ ਲੇਨਾਂ
wait-times-field-lanes-open-hint = ਖੁੱਲ੍ਹੀਆਂ ਲੇਨਾਂ: 1 ਤੋਂ 100 ਤੱਕ ਦੀ ਪੂਰੀ ਗਿਣਤੀ। ਬੰਦ ਲੇਨ ਲਈ ਖਾਲੀ ਛੱਡੋ।
wait-times-field-delay = ਉਡੀਕ, ਮਿੰਟਾਂ ਵਿੱਚ
wait-times-field-delay-hint = ਉਡੀਕ: 0 ਤੋਂ 1440 ਤੱਕ ਪੂਰੇ ਮਿੰਟ (24 ਘੰਟੇ)। ਬੰਦ ਲੇਨ ਲਈ ਖਾਲੀ ਛੱਡੋ।
wait-times-current = ਪਿਛਲੀ ਰਿਪੋਰਟ: { $status }, { $lanes ->
    [one] { $lanes } ਲੇਨ ਖੁੱਲ੍ਹੀ
   *[other] { $lanes } ਲੇਨਾਂ ਖੁੱਲ੍ਹੀਆਂ
}, ਉਡੀਕ { $wait }। { $updated }।
wait-times-current-closed = ਪਿਛਲੀ ਰਿਪੋਰਟ: ਬੰਦ। { $updated }।
wait-times-error-in = { $lane }, { $field }: { $message }
wait-times-current-none = ਅਜੇ ਕੋਈ ਰਿਪੋਰਟ ਨਹੀਂ।

error-unknown-lane = ਇਹ ਕੋਈ ਲੇਨ ਦੀ ਕਿਸਮ ਨਹੀਂ ਹੈ। ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਇੱਕ ਵਰਤੋ: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = ਹਰ ਲੇਨ ਦੀ ਰਿਪੋਰਟ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਦਿਓ।
error-unknown-status = ਸੂਚੀ ਵਿੱਚੋਂ ਇੱਕ ਸਥਿਤੀ ਚੁਣੋ: ਖੁੱਲ੍ਹਾ, ਘੱਟ ਲੇਨਾਂ ਖੁੱਲ੍ਹੀਆਂ (lanes-reduced) ਜਾਂ ਬੰਦ।
error-not-a-number = ਇੱਕ ਪੂਰੀ ਗਿਣਤੀ ਲਿਖੋ, ਜਿਵੇਂ 25।
error-number-too-small = ਇਹ ਗਿਣਤੀ { $limit } ਤੋਂ ਘੱਟ ਨਹੀਂ ਹੋ ਸਕਦੀ।
error-number-too-large = ਇਹ ਗਿਣਤੀ { $limit } ਤੋਂ ਵੱਧ ਨਹੀਂ ਹੋ ਸਕਦੀ। ਇਸ ਨੂੰ ਜਾਂਚੋ।
