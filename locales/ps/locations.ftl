# Locations (/locations).
nav-locations = ځایونه
locations-title = پولې، هوايي ډګرونه او نور ځایونه
locations-intro = د مکسیکو او کاناډا پر پولو د امریکا ټولې ځمکنۍ د ننوتلو دروازې، نړیوال هوايي ډګرونه، د بار مرکزونه او د باوري مسافر د نوم لیکنې مرکزونه. وختونه د هر ځای په محلي وخت دي.
locations-filter-kind = د ځای ډول
locations-filter-function = د څه لپاره
locations-filter-state = د امریکا ایالت
locations-filter-any = ټول
locations-filter-apply = ښکاره کړه
locations-found = { $count ->
    [one] { $count } ځای
   *[other] { $count } ځایونه
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = ځمکنۍ د ننوتلو دروازې
locations-kind-airport = نړیوال هوايي ډګرونه
locations-kind-cargo-facility = د بار مرکزونه
locations-kind-enrollment-center = د باوري مسافر د نوم لیکنې مرکزونه
locations-function-appointments = ملاقاتونه
locations-function-provisional-i94 = لنډمهاله I-94
locations-function-bus-arrivals = د بسونو رارسېدل
locations-function-cargo-inspection = د بار تلاشي
locations-function-air-passenger-inspection = د هوايي مسافرو تلاشي
locations-function-trusted-traveler-enrollment = د باوري مسافر نوم لیکنه
locations-port-code = CBP دروازه
locations-iata-code = د هوايي ډګر کوډ
locations-status-open = پرانیستی
locations-status-closed = تړلی
locations-hours-in-zone = د کار وختونه ({ $zone })
locations-day-mon = دوشنبه
locations-day-tue = سه شنبه
locations-day-wed = چهارشنبه
locations-day-thu = پنجشنبه
locations-day-fri = جمعه
locations-day-sat = شنبه
locations-day-sun = یکشنبه
locations-day-span = له { $first } تر { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = له { $opens } تر { $closes }
locations-open-all-day = شپه او ورځ پرانیستی
locations-closed = تړلی
locations-closed-all-week = هره ورځ تړلی
locations-capacity = { $count ->
    [one] په ساعت کې { $count } تلاشي
   *[other] په ساعت کې { $count } تلاشۍ
}
locations-saved = خوندي شو.
locations-field-kind = ډول
locations-field-code = کوډ
locations-field-state = ایالت
locations-field-zone = د وخت سیمه
locations-field-functions = د څه لپاره
locations-field-status = حالت
locations-field-capacity = ظرفیت
locations-not-stated = نه دی ویل شوی
locations-hours-not-stated = د کار وختونه دلته نه خپرېږي. د تګ نه مخکې له هماغه ځای وپوښتئ.
locations-updated = ادارې په { $when } بدل کړ.
locations-edit = وختونه، ظرفیت یا حالت بدل کړئ
locations-back = ټول ځایونه
locations-edit-title = { $name } بدل کړئ
locations-edit-intro = هغه څه بدل کړئ چې اداره یې د دې ځای لپاره ټاکي. که یوه خانه غلطه وي، هېڅ نه خوندي کېږي.
field-hours = د کار وختونه
locations-hours-hint = محلي وخت، ورځې په انګلیسي، ۲۴ ساعته ساعت. بېلګه: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. هغه ورځې چې نه وي لیکل شوې تړلې دي. که معلوم نه وي، خالي یې پرېږدئ.
field-capacity-per-hour = په ساعت کې تلاشۍ
locations-capacity-hint = له ۱ تر ۱۰۰۰۰ پورې بشپړ عدد. که معلوم نه وي، خالي یې پرېږدئ.
field-is-open = حالت
locations-save = خوندي کړئ
locations-back-to-location = ځای ته بېرته
