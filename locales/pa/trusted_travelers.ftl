# ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ ਮੈਂਬਰਸ਼ਿਪਾਂ (/trusted-traveler) ਅਤੇ ਦਾਖਲਾ ਇੰਟਰਵਿਊ (/enrollment/interviews)।
ttp-title = ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ
ttp-intro = ਤੁਹਾਡੀ SENTRI, NEXUS, Global Entry ਜਾਂ FAST ਮੈਂਬਰਸ਼ਿਪ: ਇਸਦੀ ਸਥਿਤੀ, ਕਦੋਂ ਖਤਮ ਹੁੰਦੀ ਹੈ, ਕਦੋਂ ਨਵਿਆਉਣੀ ਹੈ, ਅਤੇ ਤੁਹਾਡਾ ਦਾਖਲਾ ਇੰਟਰਵਿਊ।
ttp-none = ਤੁਸੀਂ ਅਜੇ ਕੋਈ ਮੈਂਬਰਸ਼ਿਪ ਨਹੀਂ ਜੋੜੀ।
ttp-linked = ਤੁਹਾਡੀ ਮੈਂਬਰਸ਼ਿਪ ਇਸ ਖਾਤੇ ਨਾਲ ਜੁੜ ਗਈ ਹੈ।
ttp-link-title = ਮੈਂਬਰਸ਼ਿਪ ਜੋੜੋ
ttp-link-intro = ਪ੍ਰੋਗਰਾਮ, ਆਪਣਾ PASSID ਅਤੇ ਜਨਮ ਮਿਤੀ ਬਿਲਕੁਲ ਉਵੇਂ ਲਿਖੋ ਜਿਵੇਂ CBP ਕੋਲ ਹਨ।
field-passid = PASSID
ttp-passid-hint = 9 ਅੰਕ, ਤੁਹਾਡੇ ਕਾਰਡ ਜਾਂ ਮਨਜ਼ੂਰੀ ਪੱਤਰ ਉੱਤੇ।
ttp-link-submit = ਜੋੜੋ
ttp-link-not-found = ਇਹਨਾਂ ਵੇਰਵਿਆਂ ਨਾਲ ਕੋਈ ਮੈਂਬਰਸ਼ਿਪ ਨਹੀਂ ਮਿਲੀ। ਜੋ ਲਿਖਿਆ ਹੈ ਉਸਨੂੰ ਜਾਂਚੋ।
ttp-privacy = ਹਰ ਕੋਸ਼ਿਸ਼ ਦਰਜ ਹੁੰਦੀ ਹੈ। ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ ਤੋਂ ਬਾਅਦ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਤੋਂ ਪਹਿਲਾਂ ਉਡੀਕ ਕਰਨੀ ਪਵੇਗੀ।
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = ਸਥਿਤੀ
ttp-status-pending_review = ਸਮੀਖਿਆ ਅਧੀਨ
ttp-status-conditionally_approved = ਸ਼ਰਤੀਆ ਮਨਜ਼ੂਰ
ttp-status-active = ਸਰਗਰਮ
ttp-status-expired = ਮਿਆਦ ਖਤਮ
ttp-status-revoked = ਰੱਦ ਕੀਤੀ
ttp-status-denied = ਨਾਮਨਜ਼ੂਰ
ttp-expires = ਮਿਆਦ ਖਤਮ
ttp-days-left = { $days ->
    [one] { $days } ਦਿਨ ਬਾਕੀ
   *[other] { $days } ਦਿਨ ਬਾਕੀ
}
ttp-renewal = ਨਵੀਨੀਕਰਨ
ttp-renewal-opens = ਤੁਸੀਂ { $date } ਤੋਂ ਨਵਿਆ ਸਕਦੇ ਹੋ।
ttp-renewal-open-now = { $date } ਤੋਂ ਖੁੱਲ੍ਹਾ: ਤੁਸੀਂ ਹੁਣ ਨਵਿਆ ਸਕਦੇ ਹੋ।
ttp-next = ਅੱਗੇ ਕੀ ਕਰਨਾ ਹੈ
ttp-next-wait = ਹਾਲੇ ਕੁਝ ਨਹੀਂ: CBP ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਦੀ ਸਮੀਖਿਆ ਕਰ ਰਿਹਾ ਹੈ।
ttp-next-book-interview = ਆਪਣਾ ਦਾਖਲਾ ਇੰਟਰਵਿਊ ਬੁੱਕ ਕਰੋ।
ttp-next-nothing = ਕੁਝ ਨਹੀਂ: ਤੁਹਾਡੀ ਮੈਂਬਰਸ਼ਿਪ ਸਰਗਰਮ ਹੈ।
ttp-next-renew = ਮਿਆਦ ਖਤਮ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ CBP ਦੀ ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ ਪ੍ਰੋਗਰਾਮ ਵੈੱਬਸਾਈਟ ਉੱਤੇ ਨਵਿਆਓ।
ttp-next-apply-again = CBP ਦੀ ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ ਪ੍ਰੋਗਰਾਮ ਵੈੱਬਸਾਈਟ ਉੱਤੇ ਮੁੜ ਅਰਜ਼ੀ ਦਿਓ।
ttp-next-contact-cbp = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਗਲਤੀ ਹੈ, ਤਾਂ CBP ਦੇ ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ ਲੋਕਪਾਲ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
ttp-interview-booked = ਇੰਟਰਵਿਊ: { $center }, { $date } ਨੂੰ { $time } ਵਜੇ।
ttp-interview-book = ਇੰਟਰਵਿਊ ਬੁੱਕ ਕਰੋ
ttp-interview-rebook = ਇੰਟਰਵਿਊ ਬਦਲੋ
ttp-interview-cancel = ਇੰਟਰਵਿਊ ਰੱਦ ਕਰੋ
ttp-book-title = ਦਾਖਲਾ ਇੰਟਰਵਿਊ ਬੁੱਕ ਕਰੋ
ttp-book-center = ਦਾਖਲਾ ਕੇਂਦਰ
ttp-book-date = ਦਿਨ
ttp-book-show = ਦਿਖਾਓ
ttp-book-slots = ਸਮੇਂ
ttp-book-times-in = ਸਮੇਂ ਕੇਂਦਰ ਦੇ ਸਥਾਨਕ ਸਮੇਂ ਵਿੱਚ ਹਨ ({ $zone })।
ttp-book-closed = ਇਹ ਕੇਂਦਰ ਬੰਦ ਹੈ।
ttp-book-no-slots = ਇਸ ਦਿਨ ਕੋਈ ਇੰਟਰਵਿਊ ਨਹੀਂ। ਕੋਈ ਹੋਰ ਦਿਨ ਚੁਣੋ।
ttp-slot-free = { $count ->
    [one] { $count } ਥਾਂ ਬਾਕੀ
   *[other] { $count } ਥਾਵਾਂ ਬਾਕੀ
}
ttp-slot-book = { $time } ਬੁੱਕ ਕਰੋ
ttp-slot-unavailable = ਉਪਲਬਧ ਨਹੀਂ
ttp-back = ਮੇਰੀਆਂ ਮੈਂਬਰਸ਼ਿਪਾਂ ਉੱਤੇ ਵਾਪਸ
ttp-desk-title = ਦਾਖਲਾ ਇੰਟਰਵਿਊ
ttp-desk-none = ਇਸ ਦਿਨ ਕੋਈ ਇੰਟਰਵਿਊ ਨਹੀਂ।
ttp-desk-caption = ਦਿਨ ਦੇ ਇੰਟਰਵਿਊ
ttp-desk-time = ਸਮਾਂ
ttp-desk-outcome = ਨਤੀਜਾ
ttp-desk-record = ਦਰਜ ਕਰੋ
ttp-outcome-approved = ਮਨਜ਼ੂਰ
ttp-outcome-denied = ਨਾਮਨਜ਼ੂਰ
ttp-outcome-no_show = ਨਹੀਂ ਆਏ
ttp-interview-status-booked = ਬੁੱਕ
ttp-interview-status-cancelled = ਰੱਦ
ttp-interview-status-approved = ਮਨਜ਼ੂਰ
ttp-interview-status-denied = ਨਾਮਨਜ਼ੂਰ
ttp-interview-status-no_show = ਨਹੀਂ ਆਏ
nav-ttp = ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ
notification-ttp-renewal-subject = ਆਪਣੀ ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ ਮੈਂਬਰਸ਼ਿਪ ਨਵਿਆਉਣ ਦਾ ਸਮਾਂ
notification-ttp-renewal-body = ਤੁਹਾਡੀ ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ ਮੈਂਬਰਸ਼ਿਪ ਜਲਦੀ ਖਤਮ ਹੋ ਰਹੀ ਹੈ ਅਤੇ ਹੁਣ ਨਵਿਆਈ ਜਾ ਸਕਦੀ ਹੈ। ਮਿਤੀ ਵੇਖਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ: { $url }/trusted-traveler
retention-kind-ttp-interviews = ਭਰੋਸੇਮੰਦ ਯਾਤਰੀ ਇੰਟਰਵਿਊ, ਉਹਨਾਂ ਦੇ ਦਿਨ ਤੋਂ ਬਾਅਦ
