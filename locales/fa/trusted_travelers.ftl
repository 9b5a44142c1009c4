# عضویت مسافر مورد اعتماد (/trusted-traveler) و مصاحبه‌های ثبت‌نام (/enrollment/interviews).
ttp-title = مسافر مورد اعتماد
ttp-intro = عضویت SENTRI، NEXUS، Global Entry یا FAST شما: وضعیت، تاریخ پایان، زمان تمدید و مصاحبهٔ ثبت‌نام.
ttp-none = هنوز هیچ عضویتی را پیوند نداده‌اید.
ttp-linked = عضویت شما به این حساب پیوند داده شد.
ttp-link-title = پیوند دادن عضویت
ttp-link-intro = برنامه، شمارهٔ PASSID و تاریخ تولد خود را دقیقاً همان‌طور که نزد CBP ثبت است بنویسید.
field-passid = PASSID
ttp-passid-hint = ۹ رقم، روی کارت یا نامهٔ تأیید شما.
ttp-link-submit = پیوند
ttp-link-not-found = عضویتی با این مشخصات پیدا نشد. آنچه نوشتید را بررسی کنید.
ttp-privacy = هر تلاش ثبت می‌شود. پس از تلاش‌های زیاد باید پیش از تلاش دوباره صبر کنید.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = وضعیت
ttp-status-pending_review = در حال بررسی
ttp-status-conditionally_approved = تأیید مشروط
ttp-status-active = فعال
ttp-status-expired = منقضی‌شده
ttp-status-revoked = لغوشده
ttp-status-denied = ردشده
ttp-expires = تاریخ پایان
ttp-days-left = { $days ->
    [one] { $days } روز مانده
   *[other] { $days } روز مانده
}
ttp-renewal = تمدید
ttp-renewal-opens = از { $date } می‌توانید تمدید کنید.
ttp-renewal-open-now = از { $date } باز است: اکنون می‌توانید تمدید کنید.
ttp-next = قدم بعدی
ttp-next-wait = فعلاً هیچ: CBP در حال بررسی درخواست شماست.
ttp-next-book-interview = مصاحبهٔ ثبت‌نام خود را رزرو کنید.
ttp-next-nothing = هیچ: عضویت شما فعال است.
ttp-next-renew = پیش از پایان، آن را در وب‌سایت برنامه‌های مسافر مورد اعتماد CBP تمدید کنید.
ttp-next-apply-again = دوباره در وب‌سایت برنامه‌های مسافر مورد اعتماد CBP درخواست دهید.
ttp-next-contact-cbp = اگر فکر می‌کنید اشتباهی رخ داده، با بازرس برنامه‌های مسافر مورد اعتماد CBP تماس بگیرید.
ttp-interview-booked = مصاحبه: { $center }، { $date } ساعت { $time }.
ttp-interview-book = رزرو مصاحبه
ttp-interview-rebook = تغییر مصاحبه
ttp-interview-cancel = لغو مصاحبه
ttp-book-title = رزرو مصاحبهٔ ثبت‌نام
ttp-book-center = مرکز ثبت‌نام
ttp-book-date = روز
ttp-book-show = نمایش
ttp-book-slots = زمان‌ها
ttp-book-times-in = زمان‌ها به وقت محلی مرکز است ({ $zone }).
ttp-book-closed = این مرکز بسته است.
ttp-book-no-slots = در این روز مصاحبه‌ای نیست. روز دیگری انتخاب کنید.
ttp-slot-free = { $count ->
    [one] { $count } جا مانده
   *[other] { $count } جا مانده
}
ttp-slot-book = رزرو { $time }
ttp-slot-unavailable = در دسترس نیست
ttp-back = بازگشت به عضویت‌های من
ttp-desk-title = مصاحبه‌های ثبت‌نام
ttp-desk-none = در این روز مصاحبه‌ای نیست.
ttp-desk-caption = مصاحبه‌های روز
ttp-desk-time = ساعت
ttp-desk-outcome = نتیجه
ttp-desk-record = ثبت
ttp-outcome-approved = تأیید شد
ttp-outcome-denied = رد شد
ttp-outcome-no_show = نیامد
ttp-interview-status-booked = رزروشده
ttp-interview-status-cancelled = لغوشده
ttp-interview-status-approved = تأییدشده
ttp-interview-status-denied = ردشده
ttp-interview-status-no_show = نیامد
nav-ttp = مسافر مورد اعتماد
notification-ttp-renewal-subject = زمان تمدید عضویت مسافر مورد اعتماد شماست
notification-ttp-renewal-body = عضویت مسافر مورد اعتماد شما به‌زودی پایان می‌یابد و اکنون قابل تمدید است. برای دیدن تاریخ وارد شوید: { $url }/trusted-traveler
retention-kind-ttp-interviews = مصاحبه‌های مسافر مورد اعتماد، پس از روزشان
