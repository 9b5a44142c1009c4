api-keys-title = مفاتيح واجهة البرمجة
api-keys-intro = تتيح المفاتيح لأنظمة مؤسستك الخاصة استخدام واجهة برمجة غاريتا. لكل مفتاح الأذونات التي تختارها فقط، ويعمل حتى تنتهي صلاحيته أو يُلغى، ولا يُعرض إلا مرة واحدة عند إنشائه.
api-keys-none = لا توجد لدى مؤسستك مفاتيح بعد.
api-keys-caption = مفاتيح مؤسستك
api-keys-name = الاسم
api-keys-name-hint = الغرض من المفتاح، لتميّز المفاتيح بعضها من بعض. مثال: نظام الإرسال.
api-keys-prefix = بداية المفتاح
api-keys-permissions = الأذونات
api-keys-permissions-hint = اختر فقط ما يحتاجه النظام.
api-keys-permission-organisation-read = قراءة سجل مؤسستك
api-keys-permission-manifests-write = تقديم قوائم الركاب
api-keys-permission-cargo-write = التصريح عن البضائع
api-keys-permission-authorizations-read = التحقق من تصاريح السفر
api-keys-permission-appointments-validate = التحقق من صحة المواعيد
api-keys-created = تاريخ الإنشاء
api-keys-expires = تنتهي صلاحيته في
api-keys-last-used = آخر استخدام
api-keys-never-used = لم يُستخدم قط
api-keys-state = الحالة
api-keys-state-active = فعّال
api-keys-state-expired = منتهي الصلاحية
api-keys-state-revoked = ملغى
api-keys-revoke = إلغاء
api-keys-new = إنشاء مفتاح
api-keys-lifetime = مدة العمل
api-keys-days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
api-keys-create = إنشاء المفتاح
api-keys-created-title = مفتاحك الجديد
api-keys-shown-once = انسخ هذا المفتاح الآن واحفظه في مكان آمن. لا يُعرض إلا هذه المرة: لا تحتفظ غاريتا إلا ببصمة منه ولا يمكنها عرضه مرة أخرى. إن فقدته فألغِه وأنشئ مفتاحًا آخر.
api-keys-the-key = المفتاح
api-keys-how-to-use = يرسله نظامك مع كل طلب في ترويسة Authorization: كلمة Bearer، ثم مسافة، ثم المفتاح.
api-keys-back = العودة إلى المفاتيح
api-keys-revoke-title = هل تريد إلغاء هذا المفتاح؟
api-keys-revoke-explain = يتوقف المفتاح عن العمل فورًا: يُرفض الطلب التالي الذي يُرسل به. لا يمكن التراجع عن ذلك؛ والنظام الذي ما زال يحتاج إلى الوصول سيحتاج إلى مفتاح جديد.
api-keys-revoke-yes = إلغاء المفتاح
api-keys-revoke-no = الإبقاء على المفتاح
field-permissions = الأذونات
field-expires-in-days = مدة العمل
