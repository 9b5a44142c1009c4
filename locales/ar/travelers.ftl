group-title = مجموعتي
group-intro = أولًا، يرجى إضافة نفسك. ثم إضافة كل شخص يسافر معك. { $max ->
    [zero] لا يمكن إضافة أشخاص إلى المجموعة.
    [one] يمكن أن تضم المجموعة شخصًا واحدًا فقط.
    [two] يمكن أن تضم المجموعة شخصين على الأكثر.
    [few] يمكن أن تضم المجموعة { $max } أشخاص على الأكثر.
    [many] يمكن أن تضم المجموعة { $max } شخصًا على الأكثر.
   *[other] يمكن أن تضم المجموعة { $max } شخص على الأكثر.
    }
group-empty = لا يوجد أحد في مجموعتك بعد. يرجى البدء بإضافة نفسك.
group-add-self = إضافة نفسي
group-add-member = إضافة شخص
group-full = { $max ->
    [zero] مجموعتك ممتلئة.
    [one] مجموعتك ممتلئة (شخص واحد).
    [two] مجموعتك ممتلئة (شخصان).
    [few] مجموعتك ممتلئة ({ $max } أشخاص).
    [many] مجموعتك ممتلئة ({ $max } شخصًا).
   *[other] مجموعتك ممتلئة ({ $max } شخص).
    }
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
member-change-confirm-title = تغيير مجموعتك يُنهي موعدك
member-change-confirm-yes = نعم، غيّر مجموعتي وأخسر الموعد
member-remove-title = هل تريد حذف { $name } من مجموعتك؟
member-remove-loses = ستُحذف بيانات { $name } وصورته. لا يمكن التراجع عن ذلك.
member-remove-yes = نعم، احذف
member-remove-no = لا، عودة
