stats-title = آمار باز
stats-nav = آمار
stats-intro = چند نفر وقت ملاقات خواستند، انتخاب شدند، تأیید کردند، به گذرگاه مرزی آمدند، نیامدند یا لغو کردند، روز به روز، شمرده شده از آنچه Garita ثبت کرده است. هر روز پس از پایانش منتشر می‌شود و دیگر تغییر نمی‌کند.
stats-licence = می‌توانید این ارقام را با ذکر Garita به عنوان منبع آزادانه دوباره به کار ببرید. مجوز:
stats-hidden-note = برای محافظت از افراد، هر رقمی که کمتر از { $threshold } نفر را نشان دهد پنهان می‌شود و برخی ارقام دیگر هم پنهان می‌شوند تا رقم پنهان با تفریق به دست نیاید.
stats-from = از
stats-to = تا
stats-show = نمایش
stats-period = از { $from } تا { $to }
stats-download-csv = دریافت ارقام (CSV)
stats-download-json = ارقام به صورت JSON
stats-none = هنوز برای این روزها رقمی منتشر نشده است.
stats-chart-requests = افرادی که وقت ملاقات خواستند
stats-chart-selected = افرادی که در قرعه انتخاب شدند
stats-chart-confirmed = افرادی که وقتشان تأیید شد
stats-chart-checked-in = افرادی که در گذرگاه ثبت ورود شدند
stats-chart-no-shows = افرادی که نیامدند
stats-chart-cancellations = افرادی که رد یا لغو کردند
stats-chart-desc = { $days ->
    [one] یک روز
   *[other] { $days } روز
}، همهٔ گذرگاه‌ها. { $people ->
    [one] یک نفر
   *[other] { $people } نفر
} در روزهای نشان‌داده‌شده. { $hidden ->
    [0] هیچ روزی پنهان نیست.
    [one] یک روز پنهان است.
   *[other] { $hidden } روز پنهان است.
}
stats-chart-caption = یک ستون برای هر روز، همهٔ گذرگاه‌ها با هم. نشانهٔ نارنجی یعنی رقم پنهان است.
stats-table-show = نمایش ارقام در جدول
stats-day = روز
stats-people = افراد
stats-groups = گروه‌ها
stats-hidden = پنهان
stats-states-title = درخواست‌ها بر اساس ایالت، هفتهٔ { $week }
stats-state = ایالت
stats-port = گذرگاه برای زمان‌های انتظار
stats-nationalities-title = درخواست‌ها بر اساس تابعیت سرپرست گروه، هفتهٔ { $week }
stats-nationality = تابعیت
stats-nationality-unknown = نامعلوم
stats-wait-title = میانهٔ انتظار در { $port }: { $lane }
stats-wait-desc = { $days ->
    [one] یک روز
   *[other] { $days } روز
}. { $empty ->
    [0] هر روز گزارش هست.
    [one] یک روز بدون گزارش.
   *[other] { $empty } روز بدون گزارش.
}
stats-wait-caption = یک ستون برای هر روز: مقدار میانی زمان‌های انتظاری که مأموران آن روز برای این مسیر گزارش کردند. نبود ستون یعنی آن روز گزارشی نبود.
stats-wait-median = میانهٔ انتظار
stats-wait-reports = گزارش‌ها
stats-wait-none = بدون گزارش
