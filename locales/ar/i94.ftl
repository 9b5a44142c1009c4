# نموذج I-94 المؤقت (برًا): صفحات المسافر وتبويب I-94 للموظف.
nav-i94 = نماذج I-94 الخاصة بي
i94-mine-title = نماذج I-94 الخاصة بي
i94-intro = يمكن للزوار الذين يعبرون برًا (بتأشيرة أو ببطاقة عبور الحدود أو بالإعفاء من التأشيرة) طلب نموذج I-94 المؤقت قبل الوصول بسبعة أيام على الأكثر، ودفع الرسوم، ثم إتمام الإجراء في أي منفذ بري بمقابلة قصيرة وأخذ البصمات.
i94-none-yet = ليس لديك أي طلب I-94 بعد.
i94-submission-heading = المنفذ المتوقع: { $port }
i94-arrival-on = الوصول المتوقع: { $date }
i94-status-draft = لم يُرسل بعد
i94-status-awaiting_payment = بانتظار الدفع
i94-status-paid = مدفوع
i94-status-expired = منتهي الصلاحية (لم يُقدَّم في الوقت المحدد؛ لا تُسترد الرسوم)
i94-applicant-pending = بانتظار الموظف
i94-applicant-admitted = مقبول الدخول
i94-applicant-refused = مرفوض
i94-applicant-withdrawn = مسحوب
i94-applicant-expired = منتهي الصلاحية
i94-valid-until = صالح في أي منفذ بري حتى { $when }
i94-lapses-on = إن لم يُدفع ينتهي في { $when }
i94-admitted-detail = الفئة { $class }، يمكن البقاء حتى { $date }.
i94-days-left = { $days ->
    [zero] لم يبقَ أي يوم.
    [one] بقي يوم واحد.
    [two] بقي يومان.
    [few] بقيت { $days } أيام.
    [many] بقي { $days } يومًا.
   *[other] بقي { $days } يوم.
}
i94-number = رقم I-94: { $number }
i94-continue = متابعة الطلب
i94-open-receipt = عرض الإيصال
i94-history-title = سجل السفر
i94-history-none = لا توجد حالات دخول مسجلة في Garita بعد.
i94-history-name = الاسم
i94-history-class = الفئة
i94-history-port = المنفذ
i94-history-date = التاريخ
i94-apply-title = طلب نموذج I-94 جديد
i94-apply-intro = اختر المنفذ البري الذي تنوي استخدامه ويوم وصولك المتوقع (اليوم أو خلال الأيام السبعة القادمة). ثم أضف كل شخص مسافر.
i94-fee-per-person = الرسوم { $amount } دولار أمريكي عن كل شخص.
i94-field-port = المنفذ البري المتوقع
i94-field-port-hint = للعلم فقط: نموذج I-94 صالح في أي منفذ بري.
i94-field-arrival = تاريخ الوصول المتوقع
i94-field-arrival-hint = اليوم أو خلال الأيام السبعة القادمة.
i94-start = بدء الطلب
i94-submission-title = طلب I-94
i94-any-land-port = يمكنك تقديمه في أي منفذ دخول بري.
i94-card-confirming = ننتظر تأكيد الدفع بالبطاقة. ستظهر في هذه الصفحة كلمة «مدفوع» عند وصوله.
i94-continue-to-card = الانتقال إلى صفحة الدفع بالبطاقة
i94-applicants-count = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
i94-no-applicants = لم يُضَف أحد بعد.
i94-application-number = رقم الطلب
i94-state = الحالة
i94-remove = إزالة
i94-add-title = إضافة شخص
i94-from-group = الملء من بيانات مجموعتك:
i94-or-trip-only = أو أضف شخصًا لهذه الرحلة فقط:
i94-field-family-name = اسم العائلة
i94-field-given-names = الأسماء الأولى
i94-field-given-names-hint = كما في جواز السفر. اتركه فارغًا إن لم يكن في الجواز.
i94-field-sex = الجنس (كما في جواز السفر)
i94-sex-F = أنثى
i94-sex-M = ذكر
i94-sex-X = غير محدد (X)
i94-passport-legend = جواز السفر
i94-field-passport-number = رقم جواز السفر
i94-field-passport-country = البلد الذي أصدر الجواز
i94-field-passport-expiry = تاريخ انتهاء جواز السفر
i94-visa-legend = تأشيرة أو بطاقة عبور الحدود أو إعفاء من التأشيرة
i94-field-document-kind = الوثيقة
i94-kind-visa = تأشيرة أمريكية
i94-kind-bcc = بطاقة عبور الحدود
i94-kind-visa_waiver = الإعفاء من التأشيرة (ESTA)
i94-field-visa-number = رقم التأشيرة أو البطاقة
i94-field-visa-number-hint = غير مطلوب مع الإعفاء من التأشيرة.
i94-field-visa-class = الفئة
i94-field-visa-expiry = تاريخ انتهاء التأشيرة أو البطاقة
i94-field-petition = رقم إيصال العريضة
i94-field-petition-hint = فقط للفئات التي تتطلب عريضة (H وL وO وP وQ وR): 3 أحرف و10 أرقام.
i94-field-sevis = رقم SEVIS
i94-field-sevis-hint = فقط للطلاب وزوار التبادل (F وM وJ): الحرف N و10 أرقام.
i94-field-us-address = العنوان أو الوجهة في الولايات المتحدة
i94-field-us-address-hint = مكان إقامتك أو المدينة التي تقصدها.
i94-field-purpose = غرض الرحلة
i94-purpose-tourism = السياحة
i94-purpose-business = الأعمال
i94-purpose-family = زيارة العائلة
i94-purpose-study = الدراسة
i94-purpose-work = العمل
i94-purpose-medical = العلاج
i94-purpose-transit = العبور
i94-purpose-other = غير ذلك
i94-add-person = إضافة هذا الشخص
i94-submit-title = الإرسال والدفع
i94-amount = { $count ->
    [zero] { $count } × { $fee } = { $amount } دولار أمريكي، في دفعة واحدة.
    [one] شخص واحد × { $fee } = { $amount } دولار أمريكي، في دفعة واحدة.
    [two] شخصان × { $fee } = { $amount } دولار أمريكي، في دفعة واحدة.
    [few] { $count } أشخاص × { $fee } = { $amount } دولار أمريكي، في دفعة واحدة.
    [many] { $count } شخصًا × { $fee } = { $amount } دولار أمريكي، في دفعة واحدة.
   *[other] { $count } شخص × { $fee } = { $amount } دولار أمريكي، في دفعة واحدة.
}
i94-no-refund = لا تُسترد الرسوم بعد دفعها، حتى لو انتهت صلاحية I-94 دون استخدام.
i94-submit = إرسال الطلب
i94-need-applicant = أضف شخصًا واحدًا على الأقل قبل الإرسال.
i94-pay-title = دفع الرسوم
i94-pay-at-port = يمكنك الدفع في المنفذ: أعطِ الموظف رقم طلبك ليسجّل الإيصال.
i94-pay-card = الدفع بالبطاقة الآن
i94-paid-detail = مدفوع: { $amount } دولار أمريكي (الإيصال { $reference }).
i94-print-hint = اطبع هذه الصفحة أو احفظها في هاتفك: فيها أرقام طلباتك.
i94-back = العودة إلى نماذج I-94 الخاصة بي
i94-console-title = نماذج I-94 المؤقتة
i94-console-intro = ابحث عن طلب قُدِّم لأي منفذ بري؛ أنت تعمل في { $port }.
i94-results = { $count ->
    [zero] لم يُعثر على أي طلب
    [one] عُثر على طلب واحد
    [two] عُثر على طلبين
    [few] عُثر على { $count } طلبات
    [many] عُثر على { $count } طلبًا
   *[other] عُثر على { $count } طلب
}
i94-results-capped = هناك أشخاص آخرون مطابقون؛ ضيّق البحث.
i94-open = فتح
i94-search-number = برقم الطلب
i94-search-passport = بجواز السفر
i94-country-code-hint = حرفان، مثل MX.
i94-field-mrz = المنطقة المقروءة آليًا (السطران في أسفل جواز السفر)
i94-field-mrz-hint = اكتب السطرين أو الصقهما؛ يجري التحقق من أرقام التحقق.
i94-search-name = بالاسم وتاريخ الميلاد
i94-search = بحث
i94-back-console = العودة إلى لوحة التحكم
i94-record-payment = تسجيل الدفع في المنفذ
i94-field-receipt = رقم الإيصال
i94-decision = القرار
i94-decision-admitted = قبول الدخول
i94-decision-refused = رفض
i94-decision-withdrawn = مسحوب
i94-field-class-of-admission = فئة الدخول
i94-field-admit-until = مقبول حتى
i94-field-fingerprints = أُخذت البصمات
i94-record-decision = تسجيل القرار
retention-kind-i94 = طلبات I-94 المؤقت والمدفوعات وحالات الدخول (سجل سفرك)
i94-mrz-title = قراءة سطري جواز السفر
i94-mrz-read = تحديث جواز السفر من هذين السطرين
# The traveler's "fill in from the passport's two lines" and the administrators' per-port visibility.
i94-zone-title = الملء من سطري جواز السفر
i94-zone-hint = اكتب أو الصق السطرين في أسفل صفحة الصورة في جواز السفر؛ يُتحقق من أرقام التدقيق. ثم راجع الاستمارة وأكمل الباقي.
i94-zone-fill = املأ الاستمارة
i94-zone-read = مُلئت بيانات جواز السفر من سطريه. راجعها ثم أكمل باقي الاستمارة.
i94-ports-title = طلبات I-94 التي يراها كل منفذ بري
i94-ports-intro = يصلح نموذج I-94 المؤقت في أي منفذ بري، لذلك يجد موظفو كل منفذ بري افتراضيًا جميع الطلبات. يمكن ضبط منفذ ليرى فقط الطلبات المقدمة له.
i94-ports-caption = المنافذ البرية التي تستقبل نماذج I-94 المؤقتة
i94-ports-port = المنفذ البري
i94-ports-sees = ما يراه موظفوه
i94-ports-sees-at = ما يراه موظفو { $port }
i94-ports-any_land_port = جميع الطلبات (أي منفذ بري)
i94-ports-own_port = الطلبات المقدمة لهذا المنفذ فقط
i94-ports-save = حفظ
i94-ports-saved = حُفظ لـ { $port }.
i94-console-own-port = ضُبط منفذك ليرى فقط الطلبات المقدمة له.
