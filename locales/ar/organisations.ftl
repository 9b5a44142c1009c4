# المنظمات وأفرادها والدعوات؛ صفحات المسؤولين للمنظمات والموظفين.
nav-organisation = منظمتي
nav-organisations = المنظمات
nav-staff = الموظفون

role-officer = ضابط
role-agriculture-specialist = أخصائي زراعي
role-adjudicator = مسؤول البت في الطلبات
role-enrollment-officer = ضابط التسجيل
role-organisation-manager = مدير
role-organisation-member = عضو
role-admin = مسؤول النظام

organisation-kind-partner-agency = جهة شريكة
organisation-kind-customs-broker = مخلّص جمركي
organisation-kind-carrier = شركة نقل
organisation-kind-bus-line = خط حافلات
organisation-kind-airline = شركة طيران
organisation-kind-aid-organisation = مأوى أو مساعدة قانونية أو منظمة دولية
organisation-kind-government-agency = جهة حكومية

organisation-status-label = الحالة
organisation-status-pending = بانتظار الموافقة
organisation-status-approved = تمت الموافقة
organisation-status-suspended = موقوفة
organisation-status-rejected = مرفوضة

organisation-decision-approve = موافقة
organisation-decision-reject = رفض
organisation-decision-suspend = إيقاف

programme-appointments = المواعيد في منافذ الدخول
programme-parole-travel = تصاريح السفر بموجب الإفراج المشروط (parole)
programme-provisional-i94 = نموذج I-94 المؤقت
programme-trusted-traveler = برامج المسافر الموثوق

field-legal-name = الاسم القانوني
field-legal-name-hint = كما هو مسجّل لدى السلطات.
field-kind = نوع المنظمة
field-country = البلد
field-identifier = المعرّف
field-identifier-hint = المخلّصون الجمركيون: رمز المُصرِّح لدى CBP (3 أحرف أو أرقام). شركات الطيران: رمز IATA (حرفان أو رقمان). شركات النقل وخطوط الحافلات: رمز SCAC (من 2 إلى 4 أحرف) أو رقم USDOT. غيرها: رقم تسجيل إن وُجد.
field-role = الدور
field-manager-email = البريد الإلكتروني للمدير
field-location = المكان
field-location-hint = للضباط والأخصائيين الزراعيين وضباط التسجيل.
field-programme = البرنامج
field-programme-hint = لمسؤولي البت في الطلبات.
field-scope = المكان أو البرنامج

organisations-register-title = تسجيل منظمة
organisations-register-intro = يمكن للجهات الشريكة والمخلّصين الجمركيين وشركات النقل وخطوط الحافلات وشركات الطيران والملاجئ والجهات الحكومية العمل على Garita بعد موافقة أحد المسؤولين.
organisations-register-you = أنت، المدير الأول
organisations-register-you-intro = ستدير أفراد المنظمة. نرسل رابطًا للتحقق من عنوانك؛ وعند أول تسجيل دخول تُعِدّ خطوة ثانية (تطبيق مصادقة).
organisations-register-submit = تسجيل المنظمة

organisation-waiting = يجب أن يوافق أحد المسؤولين على منظمتك قبل أن تتمكن من العمل باسمها. ستتلقى رسالة بريد إلكتروني عند اتخاذ القرار.
organisation-stopped = لا يمكن لمنظمتك العمل على Garita حاليًا. تواصل مع المسؤولين إذا كنت تظن أن هذا خطأ.
organisation-people = الأفراد
organisation-since = منذ
organisation-actions = الإجراءات
organisation-make-member = جعله عضوًا
organisation-make-manager = جعله مديرًا
organisation-remove = إزالة
organisation-invitations = الدعوات
organisation-no-invitations = لا توجد دعوات بعد.
organisation-invitation-status = الحالة
organisation-expires = تنتهي في
organisation-revoke = سحب
organisation-invite = دعوة شخص
organisation-invite-intro = نرسل رابطًا إلى هذا العنوان. يعمل مرة واحدة، لمدة 7 أيام، ولحساب هذا العنوان فقط.
organisation-invite-submit = إرسال الدعوة
organisation-api-keys = مفاتيح API
organisation-api-keys-intro = يمكن لأنظمتك الخاصة العمل باسم المنظمة باستخدام مفتاح.
organisation-api-keys-link = إدارة مفاتيح API

invitation-status-pending = بالانتظار
invitation-status-accepted = مقبولة
invitation-status-expired = منتهية
invitation-status-revoked = مسحوبة

invitation-title = دعوة
invitation-to-organisation = أنت مدعو للعمل باسم
invitation-to-staff = أنت مدعو للعمل موظفًا في CBP على Garita.
invitation-accept = قبول الدعوة
invitation-sign-in = لهذا العنوان حساب بالفعل. سجّل الدخول به لقبول الدعوة.
invitation-new-account = اختر كلمة مرور لإنشاء حسابك. عند أول تسجيل دخول تُعِدّ خطوة ثانية (تطبيق مصادقة).
invitation-password-hint = 15 حرفًا على الأقل.

organisations-admin-title = المنظمات
organisations-all = الكل
organisations-none = لا توجد منظمات هنا.
organisations-registered = تاريخ التسجيل
organisations-create = إنشاء منظمة
organisations-create-intro = المنظمة التي تنشئها تُعتمد فورًا؛ ويتلقى مديرها دعوة بالبريد الإلكتروني.
organisations-create-submit = إنشاء ودعوة المدير

staff-title = موظفو CBP
staff-grants = الأدوار
staff-scope-platform = المنصة كلها
staff-remove-grant = إزالة
staff-invite = دعوة شخص
staff-invite-intro = اختر دورًا ومكان سريانه: مكانًا للضباط والأخصائيين وضباط التسجيل، وبرنامجًا لمسؤولي البت في الطلبات. يعمل الرابط مرة واحدة لمدة 7 أيام.
staff-invite-submit = إرسال الدعوة

notification-invitation-subject = دعوة للعمل باسم { $organisation } على Garita
notification-invitation-body = أنت مدعو للعمل باسم { $organisation } على Garita. افتح هذا الرابط خلال 7 أيام للقبول: { $link } إذا لم تكن تتوقع هذه الدعوة فيمكنك تجاهلها.
notification-staff-invitation-subject = دعوة للعمل موظفًا في CBP على Garita
notification-staff-invitation-body = أنت مدعو للعمل موظفًا في CBP على Garita. افتح هذا الرابط خلال 7 أيام للقبول: { $link } إذا لم تكن تتوقع هذه الدعوة فيمكنك تجاهلها.
notification-organisation-approved-subject = تمت الموافقة على { $organisation }
notification-organisation-approved-body = وافق أحد المسؤولين على { $organisation }. يمكن لأفرادها الآن العمل باسمها على Garita: { $url }
notification-organisation-rejected-subject = لم تتم الموافقة على { $organisation }
notification-organisation-rejected-body = لم يوافق أحد المسؤولين على تسجيل { $organisation }. تواصل مع المسؤولين إذا كنت تظن أن هذا خطأ.
notification-organisation-suspended-subject = تم إيقاف { $organisation }
notification-organisation-suspended-body = أوقف أحد المسؤولين { $organisation }. لا يمكن لأفرادها ومفاتيحها العمل باسمها حتى تتم الموافقة عليها من جديد.
notification-kind-invitation = دعوة
notification-kind-staff-invitation = دعوة موظف
notification-kind-organisation-approved = تمت الموافقة على المنظمة
notification-kind-organisation-rejected = لم تتم الموافقة على المنظمة
notification-kind-organisation-suspended = تم إيقاف المنظمة
