group-title = گروه من
group-intro = اول خودتان را اضافه کنید. بعد هر کسی را که با شما سفر می‌کند اضافه کنید. یک گروه حداکثر { $max } نفر می‌تواند داشته باشد.
group-empty = هنوز کسی در گروه شما نیست. اول خودتان را اضافه کنید.
group-add-self = اضافه کردن خودم
group-add-member = اضافه کردن یک نفر
group-full = گروه شما پر است ({ $max } نفر).
group-holder = صاحب حساب
group-count = { $count ->
    [one] { $count } نفر
   *[other] { $count } نفر
}
member-born = تاریخ تولد: { $date }
member-citizenship = تابعیت: { $country }
member-edit = تغییر
member-remove = حذف
member-new-title = اضافه کردن یک نفر
member-self-title = دربارهٔ شما
member-edit-title = تغییر معلومات
field-full-name = نام کامل، همان طور که در مدارک شما نوشته شده
field-date-of-birth = تاریخ تولد
field-date-of-birth-hint = سال-ماه-روز به تقویم میلادی. مثال: 1990-05-21.
field-citizenship = کشور تابعیت
field-language = زبانی که این شخص از همه بهتر صحبت می‌کند
field-document-type = مدرک سفر (اگر دارد)
field-document-none = مدرک ندارد
document-type-passport = پاسپورت
document-type-national-id = کارت ملی (تذکره)
document-type-birth-certificate = سند تولد (شناسنامه)
document-type-other = مدرک دیگر
field-document-number = شمارهٔ مدرک
field-contact = شمارهٔ تلفن یا ایمیل (اگر دارد)
field-contact-hint = شمارهٔ تلفن با کد کشور. مثال: +52 664 123 4567.
member-save = ذخیره
member-back = برگشت به گروه من
