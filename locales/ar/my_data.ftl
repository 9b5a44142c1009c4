my-data-title = بياناتي
my-data-reauth-intro = لرؤية بياناتك أو حذفها، أدخل كلمة المرور مرة أخرى. تبقى هذه الصفحات مفتوحة 10 دقائق.
my-data-password = كلمة المرور
my-data-code = الرمز من تطبيق المصادقة
my-data-continue = متابعة
my-data-intro = هذا كل ما يحفظه Garita عن حسابك. يمكنك تنزيله في ملف.
my-data-download = تنزيل بياناتي (JSON)
my-data-account = الحساب
my-data-email = البريد الإلكتروني
my-data-created = تاريخ الإنشاء
my-data-members = الأشخاص في مجموعتك
my-data-has-photo = الصورة محفوظة
my-data-none = لا شيء.
my-data-appointments = المواعيد
my-data-notifications-count = { $count ->
    [zero] لم تُرسل إليك أي رسالة.
    [one] أُرسلت إليك رسالة واحدة.
    [two] أُرسلت إليك رسالتان.
    [few] أُرسلت إليك { $count } رسائل.
    [many] أُرسلت إليك { $count } رسالة.
   *[other] أُرسلت إليك { $count } رسالة.
}
my-data-views = من رأى بياناتك
my-data-views-intro = كل مرة فتح فيها أحد بياناتك أو غيّرها. نعرض الدور والمعبر والوقت، ولا نعرض اسم الشخص أبدًا.
my-data-col-time = الوقت
my-data-col-role = الدور
my-data-col-port = المعبر
my-data-col-action = الإجراء
my-data-role-traveler = أنت
my-data-role-officer = ضابط
my-data-role-admin = الإدارة
my-data-role-anonymous = النظام
my-data-delete-title = حذف حسابي
my-data-delete-link = حذف حسابي وبياناتي
my-data-delete-intro = إذا حذفت حسابك، يضيع هذا إلى الأبد:
my-data-delete-members = { $count ->
    [zero] لا أحد في مجموعتك.
    [one] شخص واحد في مجموعتك، مع صورته.
    [two] شخصان في مجموعتك، مع صورتيهما.
    [few] { $count } أشخاص في مجموعتك، مع صورهم.
    [many] { $count } شخصًا في مجموعتك، مع صورهم.
   *[other] { $count } شخص في مجموعتك، مع صورهم.
}
my-data-delete-appointment = موعدك. تتوقف رموزه عن العمل وتذهب الأماكن إلى أشخاص آخرين.
my-data-delete-request = طلبك. يضيع وقت انتظارك.
my-data-delete-sessions = يُسجَّل خروجك من كل الأجهزة.
my-data-delete-kept = نحفظ فقط سجلًا بأن حسابًا حُذف، برقمه لا باسمك.
my-data-delete-confirm = أفهم ذلك. احذف حسابي.
my-data-delete-button = احذف نهائيًا
my-data-keep = أبقِ حسابي
my-data-deleted-title = حُذف الحساب
my-data-deleted-text = حُذف حسابك وبياناتك. تم تسجيل خروجك.
my-data-action-viewed = اطّلع على بياناتك
my-data-action-exported = نزّل بياناتك
my-data-action-message = أرسل إليك رسالة
my-data-action-port = تسجيل في المعبر
my-data-action-changed = غيّر بياناتك
