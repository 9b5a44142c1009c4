# د باوري مسافر غړیتوبونه (/trusted-traveler) او د نوم لیکنې مرکې (/enrollment/interviews).
ttp-title = باوري مسافر
ttp-intro = ستاسو د SENTRI، NEXUS، Global Entry یا FAST غړیتوب: حالت، د پای نېټه، د نوي کولو وخت او ستاسو د نوم لیکنې مرکه.
ttp-none = تاسو تر اوسه هېڅ غړیتوب نه دی تړلی.
ttp-linked = ستاسو غړیتوب له دې حساب سره وتړل شو.
ttp-link-title = غړیتوب وتړئ
ttp-link-intro = پروګرام، خپل PASSID او د زېږېدو نېټه هماغسې ولیکئ لکه څنګه چې CBP سره دي.
field-passid = PASSID
ttp-passid-hint = ۹ عددونه، ستاسو په کارت یا د تایید په لیک کې.
ttp-link-submit = وتړئ
ttp-link-not-found = په دې معلوماتو هېڅ غړیتوب ونه موندل شو. هغه څه وګورئ چې مو لیکلي.
ttp-privacy = هره هڅه ثبتېږي. له ډېرو هڅو وروسته باید د بیا هڅې مخکې انتظار وکړئ.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = حالت
ttp-status-pending_review = تر کتنې لاندې
ttp-status-conditionally_approved = په شرط تایید شوی
ttp-status-active = فعال
ttp-status-expired = پای ته رسېدلی
ttp-status-revoked = لغوه شوی
ttp-status-denied = رد شوی
ttp-expires = د پای نېټه
ttp-days-left = { $days ->
    [one] { $days } ورځ پاتې ده
   *[other] { $days } ورځې پاتې دي
}
ttp-renewal = نوي کول
ttp-renewal-opens = له { $date } څخه یې نوي کولی شئ.
ttp-renewal-open-now = له { $date } راهیسې پرانیستی: اوس یې نوي کولی شئ.
ttp-next = بل ګام
ttp-next-wait = اوس هېڅ نه: CBP ستاسو غوښتنه ګوري.
ttp-next-book-interview = د نوم لیکنې مرکه مو بُک کړئ.
ttp-next-nothing = هېڅ نه: ستاسو غړیتوب فعال دی.
ttp-next-renew = د پای ته رسېدو مخکې یې د CBP د باوري مسافر پروګرامونو په وېبپاڼه کې نوی کړئ.
ttp-next-apply-again = د CBP د باوري مسافر پروګرامونو په وېبپاڼه کې بیا غوښتنه وکړئ.
ttp-next-contact-cbp = که فکر کوئ دا تېروتنه ده، د CBP د باوري مسافر پروګرامونو له اومبډزمن سره اړیکه ونیسئ.
ttp-interview-booked = مرکه: { $center }، { $date } په { $time }.
ttp-interview-book = مرکه بُک کړئ
ttp-interview-rebook = مرکه بدله کړئ
ttp-interview-cancel = مرکه لغوه کړئ
ttp-book-title = د نوم لیکنې مرکه بُک کړئ
ttp-book-center = د نوم لیکنې مرکز
ttp-book-date = ورځ
ttp-book-show = وښایاست
ttp-book-slots = وختونه
ttp-book-times-in = وختونه د مرکز محلي وخت دی ({ $zone }).
ttp-book-closed = دا مرکز تړلی دی.
ttp-book-no-slots = په دې ورځ مرکې نشته. بله ورځ وټاکئ.
ttp-slot-free = { $count ->
    [one] { $count } ځای پاتې دی
   *[other] { $count } ځایونه پاتې دي
}
ttp-slot-book = { $time } بُک کړئ
ttp-slot-unavailable = شتون نه لري
ttp-back = زما غړیتوبونو ته ستنېدل
ttp-desk-title = د نوم لیکنې مرکې
ttp-desk-none = په دې ورځ مرکې نشته.
ttp-desk-caption = د ورځې مرکې
ttp-desk-time = وخت
ttp-desk-outcome = پایله
ttp-desk-record = ثبت کړئ
ttp-outcome-approved = تایید شو
ttp-outcome-denied = رد شو
ttp-outcome-no_show = رانغی
ttp-interview-status-booked = بُک شوې
ttp-interview-status-cancelled = لغوه شوې
ttp-interview-status-approved = تایید شوې
ttp-interview-status-denied = رد شوې
ttp-interview-status-no_show = رانغی
nav-ttp = باوري مسافر
notification-ttp-renewal-subject = د باوري مسافر غړیتوب د نوي کولو وخت دی
notification-ttp-renewal-body = ستاسو د باوري مسافر غړیتوب ژر پای ته رسېږي او اوس نوی کېدای شي. د نېټې لیدو لپاره ننوځئ: { $url }/trusted-traveler
retention-kind-ttp-interviews = د باوري مسافر مرکې، د خپلې ورځې وروسته
