# Garita — فارسی (برای خوانندگان فارسی و دری)
wait-times-title = زمان انتظار در مرز
wait-times-intro = در هر گذرگاه مرزی چقدر باید منتظر بمانید، طبق گزارش مأموران همان‌جا. ساعت‌ها به وقت محلی هر گذرگاه مرزی است.
wait-times-none = هنوز گزارشی برای این گذرگاه مرزی نیست.
wait-times-not-reported = هنوز گزارشی نیست: { $lanes }.
wait-times-port-link = جزئیات و 7 روز گذشته
wait-times-feed = این ارقام به صورت JSON (برای برنامه‌نویسان)
wait-times-history-json = 7 روز گذشته به صورت JSON (برای برنامه‌نویسان)
wait-times-back = همهٔ گذرگاه‌های مرزی

wait-times-col-lane = مسیر
wait-times-col-status = وضعیت
wait-times-col-lanes-open = مسیرهای باز
wait-times-col-wait = انتظار
wait-times-col-usual = معمولاً در این ساعت
wait-times-col-updated = به‌روز شده

wait-times-group-passenger = ماشین‌های سواری
wait-times-group-pedestrian = عابران پیاده
wait-times-group-commercial = ماشین‌های باری و تجاری
wait-times-lane-passenger-standard = عادی
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = عادی
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = عادی
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = باز
wait-times-status-lanes-reduced = مسیرهای باز کمتر
wait-times-status-closed = بسته

wait-times-minutes = { $minutes } دقیقه
wait-times-hours = { $hours } ساعت
wait-times-hours-minutes = { $hours } ساعت و { $minutes } دقیقه
wait-times-ago-now = همین حالا
wait-times-ago-minutes = { $count } دقیقه پیش
wait-times-ago-hours = { $count } ساعت پیش
wait-times-ago-days = { $count ->
    [one] { $count } روز پیش
   *[other] { $count } روز پیش
}
wait-times-updated = به‌روز شده { $ago }، ساعت { $time }
wait-times-stale = آخرین به‌روزرسانی { $ago }، ساعت { $time } — شاید دیگر درست نباشد

wait-times-port-title = زمان انتظار در { $port }
wait-times-port-intro = ساعت‌ها به وقت محلی گذرگاه مرزی است ({ $zone }).
wait-times-now-heading = آخرین گزارش‌ها
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } گزارش
   *[other] { $count } گزارش
})
wait-times-usual-none = گزارش کافی نیست
wait-times-usual-note = «معمولاً در این ساعت» میانهٔ زمان‌های انتظاری است که در { $days } روز گذشته برای این مسیر بین ساعت { $from } و { $to } (به وقت گذرگاه مرزی) گزارش شده است. فقط وقتی نشان داده می‌شود که دست‌کم { $count } گزارش این‌چنینی باشد: نیمی از این انتظارها کوتاه‌تر بوده و نیمی بلندتر.

wait-times-week-heading = 7 روز گذشته
wait-times-week-intro = انتظار گزارش‌شده به دقیقه، میانگین هر ساعت، به وقت محلی گذرگاه مرزی. جای خالی در یک خط یعنی گزارشی نبوده یا مسیر بسته بوده است.
wait-times-chart-title = { $group }: انتظار در 7 روز گذشته
wait-times-chart-desc = نمودار خطی انتظار گزارش‌شده، به دقیقه، برای هر مسیر ({ $group })، ساعت به ساعت، از { $from } تا { $to } (به وقت گذرگاه مرزی). بیشترین: { $max }. همین ارقام، روز به روز، در جدول بعد از نمودار آمده است.
wait-times-chart-max = { $wait } ({ $lane }، { $day } ساعت { $time })
wait-times-chart-max-none = هیچ انتظاری گزارش نشده، فقط مسیرهای بسته
wait-times-chart-empty = در 7 روز گذشته گزارشی نیست.
wait-times-axis-wait = انتظار (دقیقه)
wait-times-axis-day = روز (به وقت گذرگاه مرزی)
wait-times-legend = مسیرها
wait-times-weekday = { $weekday ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
} { $day }
wait-times-table-show = نشان دادن این ارقام در جدول
wait-times-table-caption = { $group }: میانهٔ انتظار هر روز به دقیقه (بیشترین در پرانتز)
wait-times-table-day = روز
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = گزارشی نیست

wait-times-console-title = به‌روزرسانی زمان انتظار: { $port }
wait-times-console-choose-port = به‌روزرسانی زمان انتظار: یک گذرگاه مرزی انتخاب کنید
wait-times-console-intro = فقط مسیرهایی را پر کنید که الان گزارش می‌دهید. مسیرهایی که روی «به‌روز نشود» بمانند، گزارش قبلی خود را نگه می‌دارند. همهٔ مسیرها با هم ذخیره می‌شوند، یا اگر چیزی اشتباه باشد هیچ‌کدام.
wait-times-console-save = ذخیرهٔ زمان انتظار
wait-times-console-saved = ذخیره شد. صفحهٔ عمومی ارقام جدید را نشان می‌دهد.
wait-times-console-nothing = دست‌کم یک مسیر را پر کنید، بعد ذخیره کنید.
wait-times-console-public = دیدن صفحهٔ عمومی این گذرگاه مرزی
wait-times-field-status = وضعیت
wait-times-field-status-skip = به‌روز نشود
wait-times-field-lanes-open = مسیرهای باز
wait-times-field-lanes-open-hint = مسیرهای باز: یک عدد صحیح از 1 تا 100. برای مسیر بسته خالی بگذارید.
wait-times-field-delay = انتظار به دقیقه
wait-times-field-delay-hint = انتظار: تعداد دقیقه به عدد صحیح، از 0 تا 1440 (24 ساعت). برای مسیر بسته خالی بگذارید.
wait-times-current = آخرین گزارش: { $status }، { $lanes ->
    [one] { $lanes } مسیر باز
   *[other] { $lanes } مسیر باز
}، انتظار { $wait }. { $updated }.
wait-times-current-closed = آخرین گزارش: بسته. { $updated }.
wait-times-error-in = { $lane }، { $field }: { $message }
wait-times-current-none = هنوز گزارشی نیست.

error-unknown-lane = این یک نوع مسیر نیست. یکی از این‌ها را به کار ببرید: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = هر مسیر را فقط یک بار گزارش کنید.
error-unknown-status = یک وضعیت از فهرست انتخاب کنید: باز، مسیرهای باز کمتر (lanes-reduced) یا بسته.
error-not-a-number = یک عدد صحیح بنویسید، مثلاً 25.
error-number-too-small = این عدد نمی‌تواند کمتر از { $limit } باشد.
error-number-too-large = این عدد نمی‌تواند بیشتر از { $limit } باشد. آن را بررسی کنید.
