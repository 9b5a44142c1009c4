# Locations (/locations).
nav-locations = مکان‌ها
locations-title = گذرگاه‌ها، فرودگاه‌ها و مکان‌های دیگر
locations-intro = همهٔ گذرگاه‌های ورودی زمینی آمریکا در مرز مکزیک و کانادا، فرودگاه‌های بین‌المللی، مراکز بار و مراکز ثبت‌نام برنامه‌های مسافر مورد اعتماد. ساعت‌ها به وقت محلی هر مکان است.
locations-filter-kind = نوع مکان
locations-filter-function = برای چه کاری
locations-filter-state = ایالت آمریکا
locations-filter-any = همه
locations-filter-apply = نمایش
locations-found = { $count ->
    [one] { $count } مکان
   *[other] { $count } مکان
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = گذرگاه‌های ورودی زمینی
locations-kind-airport = فرودگاه‌های بین‌المللی
locations-kind-cargo-facility = مراکز بار
locations-kind-enrollment-center = مراکز ثبت‌نام مسافر مورد اعتماد
locations-function-appointments = نوبت‌ها
locations-function-provisional-i94 = I-94 موقت
locations-function-bus-arrivals = رسیدن اتوبوس‌ها
locations-function-cargo-inspection = بازرسی بار
locations-function-air-passenger-inspection = بازرسی مسافران هوایی
locations-function-trusted-traveler-enrollment = ثبت‌نام مسافر مورد اعتماد
locations-port-code = گذرگاه CBP
locations-iata-code = کد فرودگاه
locations-status-open = باز
locations-status-closed = بسته
locations-hours-in-zone = ساعت کار ({ $zone })
locations-day-mon = دوشنبه
locations-day-tue = سه‌شنبه
locations-day-wed = چهارشنبه
locations-day-thu = پنجشنبه
locations-day-fri = جمعه
locations-day-sat = شنبه
locations-day-sun = یکشنبه
locations-day-span = { $first } تا { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = از { $opens } تا { $closes }
locations-open-all-day = شبانه‌روزی باز
locations-closed = بسته
locations-closed-all-week = همهٔ روزها بسته
locations-capacity = { $count ->
    [one] { $count } بازرسی در ساعت
   *[other] { $count } بازرسی در ساعت
}
locations-saved = ذخیره شد.
locations-field-kind = نوع
locations-field-code = کد
locations-field-state = ایالت
locations-field-zone = منطقهٔ زمانی
locations-field-functions = برای چه کاری
locations-field-status = وضعیت
locations-field-capacity = ظرفیت
locations-not-stated = مشخص نشده
locations-hours-not-stated = ساعت کار اینجا منتشر نمی‌شود. پیش از رفتن از خود مکان بپرسید.
locations-updated = اداره در { $when } آن را تغییر داد.
locations-edit = تغییر ساعت کار، ظرفیت یا وضعیت
locations-back = همهٔ مکان‌ها
locations-edit-title = تغییر { $name }
locations-edit-intro = آنچه اداره برای این مکان تعیین می‌کند را تغییر دهید. اگر خانه‌ای نادرست باشد، چیزی ذخیره نمی‌شود.
field-hours = ساعت کار
locations-hours-hint = به وقت محلی، روزها به انگلیسی، ساعت ۲۴ساعته. نمونه: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. روزهایی که نوشته نشوند بسته‌اند. اگر مشخص نیست، خالی بگذارید.
field-capacity-per-hour = بازرسی در ساعت
locations-capacity-hint = یک عدد صحیح از ۱ تا ۱۰۰۰۰. اگر مشخص نیست، خالی بگذارید.
field-is-open = وضعیت
locations-save = ذخیره
locations-back-to-location = بازگشت به مکان
