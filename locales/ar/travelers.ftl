group-title = مجموعتي
group-intro = أولًا، يرجى إضافة نفسك. ثم إضافة كل شخص يسافر معك. يمكن أن تضم المجموعة { $max } أشخاص على الأكثر.
group-empty = لا يوجد أحد في مجموعتك بعد. يرجى البدء بإضافة نفسك.
group-add-self = إضافة نفسي
group-add-member = إضافة شخص
group-full = مجموعتك ممتلئة ({ $max } أشخاص).
group-holder = صاحب الحساب
group-count = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
member-born = تاريخ الميلاد: { $date }
member-citizenship = الجنسية: { $country }
member-edit = تعديل
member-remove = حذف
member-new-title = إضافة شخص
member-self-title = معلوماتك
member-edit-title = تعديل المعلومات
field-full-name = الاسم الكامل، كما هو في وثائقك
field-date-of-birth = تاريخ الميلاد
field-date-of-birth-hint = السنة-الشهر-اليوم. مثال: 1990-05-21.
field-citizenship = بلد الجنسية
field-language = اللغة التي يتكلمها هذا الشخص أفضل من غيرها
field-document-type = وثيقة السفر (إن وجدت)
field-document-none = لا توجد وثيقة
document-type-passport = جواز سفر
document-type-national-id = بطاقة هوية وطنية
document-type-birth-certificate = شهادة ميلاد
document-type-other = وثيقة أخرى
field-document-number = رقم الوثيقة
field-contact = الهاتف أو البريد الإلكتروني (إن وجد)
field-contact-hint = رقم الهاتف مع رمز البلد. مثال: +52 664 123 4567.
member-save = حفظ
member-back = الرجوع إلى مجموعتي
