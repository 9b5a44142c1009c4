my-data-title = داده‌های من
my-data-reauth-intro = برای دیدن یا پاک کردن داده‌هایتان، رمز را دوباره وارد کنید. این صفحه‌ها ۱۰ دقیقه باز می‌مانند.
my-data-password = رمز
my-data-code = کد برنامهٔ احراز هویت شما
my-data-continue = ادامه
my-data-intro = این همهٔ چیزی است که Garita از حساب شما دارد. می‌توانید آن را در یک فایل دانلود کنید.
my-data-download = دانلود داده‌هایم (JSON)
my-data-account = حساب
my-data-email = ایمیل
my-data-created = ساخته‌شده در
my-data-members = افراد گروه شما
my-data-has-photo = عکس نگه داشته شده
my-data-none = هیچ.
my-data-appointments = نوبت‌ها
my-data-notifications-count = { $count ->
    [one] { $count } پیام برای شما فرستاده شده.
   *[other] { $count } پیام برای شما فرستاده شده.
}
my-data-views = چه کسی داده‌های شما را دید
my-data-views-intro = هر بار که کسی داده‌های شما را باز کرد یا تغییر داد. نقش، گذرگاه و زمان را نشان می‌دهیم، هرگز نام آن شخص را.
my-data-col-time = زمان
my-data-col-role = نقش
my-data-col-port = گذرگاه
my-data-col-action = کار
my-data-role-traveler = شما
my-data-role-officer = مأمور
my-data-role-admin = مدیریت
my-data-role-anonymous = سامانه
my-data-delete-title = پاک کردن حسابم
my-data-delete-link = پاک کردن حساب و داده‌هایم
my-data-delete-intro = اگر حسابتان را پاک کنید، این‌ها برای همیشه از دست می‌روند:
my-data-delete-members = { $count ->
    [one] { $count } نفر از گروه شما، با عکسش.
   *[other] { $count } نفر از گروه شما، با عکس‌هایشان.
}
my-data-delete-appointment = نوبت شما. کدهایش دیگر کار نمی‌کنند و جاها به دیگران می‌رسد.
my-data-delete-request = درخواست شما. زمان انتظارتان از دست می‌رود.
my-data-delete-sessions = از همهٔ دستگاه‌ها خارج می‌شوید.
my-data-delete-kept = فقط ثبتی نگه می‌داریم که حسابی پاک شد، با شماره‌اش، نه با نام شما.
my-data-delete-confirm = می‌فهمم. حسابم را پاک کن.
my-data-delete-button = پاک کردن برای همیشه
my-data-keep = حسابم بماند
my-data-deleted-title = حساب پاک شد
my-data-deleted-text = حساب و داده‌های شما پاک شد. از حساب خارج شدید.
my-data-action-viewed = داده‌های شما را دید
my-data-action-exported = داده‌های شما را بارگیری کرد
my-data-action-message = برایتان پیام فرستاد
my-data-action-port = ثبت در گذرگاه
my-data-action-changed = داده‌های شما را تغییر داد
