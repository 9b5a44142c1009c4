# Locations (/locations).
nav-locations = ਥਾਵਾਂ
locations-title = ਸਰਹੱਦੀ ਚੌਕੀਆਂ, ਹਵਾਈ ਅੱਡੇ ਅਤੇ ਹੋਰ ਥਾਵਾਂ
locations-intro = ਮੈਕਸੀਕੋ ਅਤੇ ਕੈਨੇਡਾ ਦੀਆਂ ਸਰਹੱਦਾਂ ’ਤੇ ਅਮਰੀਕਾ ਦੀਆਂ ਸਾਰੀਆਂ ਜ਼ਮੀਨੀ ਦਾਖ਼ਲਾ ਚੌਕੀਆਂ, ਅੰਤਰਰਾਸ਼ਟਰੀ ਹਵਾਈ ਅੱਡੇ, ਮਾਲ ਸਹੂਲਤਾਂ ਅਤੇ ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ ਦਾਖ਼ਲਾ ਕੇਂਦਰ। ਸਮਾਂ ਹਰ ਥਾਂ ਦੇ ਸਥਾਨਕ ਸਮੇਂ ਵਿੱਚ ਹੈ।
locations-filter-kind = ਥਾਂ ਦੀ ਕਿਸਮ
locations-filter-function = ਕਿਸ ਕੰਮ ਲਈ
locations-filter-state = ਅਮਰੀਕੀ ਰਾਜ
locations-filter-any = ਸਾਰੇ
locations-filter-apply = ਦਿਖਾਓ
locations-found = { $count ->
    [one] { $count } ਥਾਂ
   *[other] { $count } ਥਾਵਾਂ
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = ਜ਼ਮੀਨੀ ਦਾਖ਼ਲਾ ਚੌਕੀਆਂ
locations-kind-airport = ਅੰਤਰਰਾਸ਼ਟਰੀ ਹਵਾਈ ਅੱਡੇ
locations-kind-cargo-facility = ਮਾਲ ਸਹੂਲਤਾਂ
locations-kind-enrollment-center = ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ ਦਾਖ਼ਲਾ ਕੇਂਦਰ
locations-function-appointments = ਮੁਲਾਕਾਤਾਂ
locations-function-provisional-i94 = ਆਰਜ਼ੀ I-94
locations-function-bus-arrivals = ਬੱਸ ਰਾਹੀਂ ਆਮਦ
locations-function-cargo-inspection = ਮਾਲ ਦੀ ਜਾਂਚ
locations-function-air-passenger-inspection = ਹਵਾਈ ਯਾਤਰੀਆਂ ਦੀ ਜਾਂਚ
locations-function-trusted-traveler-enrollment = ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ ਦਾਖ਼ਲਾ
locations-port-code = CBP ਪੋਰਟ
locations-iata-code = ਹਵਾਈ ਅੱਡਾ ਕੋਡ
locations-status-open = ਖੁੱਲ੍ਹਾ
locations-status-closed = ਬੰਦ
locations-hours-in-zone = ਸਮਾਂ ({ $zone })
locations-day-mon = ਸੋਮਵਾਰ
locations-day-tue = ਮੰਗਲਵਾਰ
locations-day-wed = ਬੁੱਧਵਾਰ
locations-day-thu = ਵੀਰਵਾਰ
locations-day-fri = ਸ਼ੁੱਕਰਵਾਰ
locations-day-sat = ਸ਼ਨਿੱਚਰਵਾਰ
locations-day-sun = ਐਤਵਾਰ
locations-day-span = { $first } ਤੋਂ { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = { $opens } ਤੋਂ { $closes }
locations-open-all-day = 24 ਘੰਟੇ ਖੁੱਲ੍ਹਾ
locations-closed = ਬੰਦ
locations-closed-all-week = ਹਰ ਦਿਨ ਬੰਦ
locations-capacity = { $count ->
    [one] ਪ੍ਰਤੀ ਘੰਟਾ { $count } ਜਾਂਚ
   *[other] ਪ੍ਰਤੀ ਘੰਟਾ { $count } ਜਾਂਚਾਂ
}
locations-saved = ਸੰਭਾਲਿਆ ਗਿਆ।
locations-field-kind = ਕਿਸਮ
locations-field-code = ਕੋਡ
locations-field-state = ਰਾਜ
locations-field-zone = ਸਮਾਂ ਖੇਤਰ
locations-field-functions = ਕਿਸ ਕੰਮ ਲਈ
locations-field-status = ਹਾਲਤ
locations-field-capacity = ਸਮਰੱਥਾ
locations-not-stated = ਨਹੀਂ ਦੱਸਿਆ
locations-hours-not-stated = ਸਮਾਂ ਇੱਥੇ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੈ। ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਉਸ ਥਾਂ ਤੋਂ ਪੁੱਛ ਲਓ।
locations-updated = ਏਜੰਸੀ ਨੇ { $when } ਨੂੰ ਬਦਲਿਆ।
locations-edit = ਸਮਾਂ, ਸਮਰੱਥਾ ਜਾਂ ਹਾਲਤ ਬਦਲੋ
locations-back = ਸਾਰੀਆਂ ਥਾਵਾਂ
locations-edit-title = { $name } ਬਦਲੋ
locations-edit-intro = ਇਸ ਥਾਂ ਲਈ ਏਜੰਸੀ ਜੋ ਤੈਅ ਕਰਦੀ ਹੈ ਉਹ ਬਦਲੋ। ਜੇ ਕੋਈ ਖਾਨਾ ਗ਼ਲਤ ਹੋਵੇ ਤਾਂ ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾਂਦਾ।
field-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
locations-hours-hint = ਸਥਾਨਕ ਸਮਾਂ, ਦਿਨ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ, 24 ਘੰਟੇ ਦੀ ਘੜੀ। ਮਿਸਾਲ: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. ਜੋ ਦਿਨ ਨਹੀਂ ਲਿਖੇ ਉਹ ਬੰਦ ਹਨ। ਪਤਾ ਨਾ ਹੋਵੇ ਤਾਂ ਖ਼ਾਲੀ ਛੱਡੋ।
field-capacity-per-hour = ਪ੍ਰਤੀ ਘੰਟਾ ਜਾਂਚਾਂ
locations-capacity-hint = 1 ਤੋਂ 10000 ਤੱਕ ਪੂਰਨ ਸੰਖਿਆ। ਪਤਾ ਨਾ ਹੋਵੇ ਤਾਂ ਖ਼ਾਲੀ ਛੱਡੋ।
field-is-open = ਹਾਲਤ
locations-save = ਸੰਭਾਲੋ
locations-back-to-location = ਥਾਂ ’ਤੇ ਵਾਪਸ
