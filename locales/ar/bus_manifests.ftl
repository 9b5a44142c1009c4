# قوائم ركاب الحافلات المسبقة: صفحات شركة الحافلات، «حافلات اليوم» في المنفذ، مشكلات الملف.
nav-bus-manifests = قوائم ركاب الحافلات
bus-manifest-title = قوائم ركاب الحافلات
bus-manifest-intro = أخبر المنفذ بمن في كل حافلة قبل وصولها: كل راكب والسائق والطاقم. أرسل ملفًا، أو اكتب بيانات حافلة صغيرة، أو استخدم واجهة API.
bus-manifest-upload-title = رفع قائمة (CSV)
bus-manifest-new-title = كتابة قائمة صغيرة
bus-manifest-template = تنزيل نموذج CSV
bus-manifest-trips = رحلاتك
bus-manifest-counts-only = ترى عدد الأشخاص الذين سجّلهم المنفذ، ولا ترى أبدًا ما تقرر بشأن أي شخص.
bus-manifest-no-trips = لا توجد رحلات بعد.
bus-manifest-status = الحالة
bus-manifest-status-expected = متوقعة
bus-manifest-status-arrived = وصلت
bus-manifest-status-processed = تمت معالجتها
bus-manifest-count-manifested = في القائمة
bus-manifest-count-arrived = شوهدوا في المنفذ
bus-manifest-count-missing = لم يكونوا على متن الحافلة
bus-manifest-count-added = أُضيفوا في المنفذ
bus-manifest-counts = الأعداد
bus-manifest-trip-title = الرحلة
bus-manifest-saved = حُفظت القائمة. يمكنك تصحيحها حتى وصول الحافلة.
bus-manifest-correct = رفع تصحيح (نسخة جديدة)
bus-manifest-correcting = يحل هذا الملف محل قائمة الرحلة كنسخة جديدة؛ وتبقى النسخة السابقة محفوظة.
bus-manifest-versions = النسخ
bus-manifest-version = النسخة
bus-manifest-version-at = أُرسلت
bus-manifest-version-source = الطريقة
bus-manifest-source-form = نموذج
bus-manifest-source-csv = ملف CSV
bus-manifest-source-api = API
bus-manifest-back = العودة إلى رحلاتك
bus-manifest-trip = الرحلة
bus-manifest-column-trip-number = رقم الرحلة
bus-manifest-column-origin-city = الانطلاق من (المدينة)
bus-manifest-column-port = منفذ الوصول
bus-manifest-column-arrival-at = الوصول
bus-manifest-column-plate = لوحة الحافلة
bus-manifest-column-plate-country = بلد اللوحة
bus-manifest-choose-port = اختر المنفذ
bus-manifest-arrival-hint = التاريخ والوقت في المنفذ، مثل 2026-12-02 14:30.
bus-manifest-country-hint = رمز البلد من حرفين، مثل MX أو US.
bus-manifest-column-role = الدور (passenger، driver، crew)
bus-manifest-column-family-name = اسم العائلة
bus-manifest-column-given-names = الأسماء الأولى
bus-manifest-column-date-of-birth = تاريخ الميلاد
bus-manifest-column-sex = الجنس (F، M، X)
bus-manifest-column-citizenship = الجنسية
bus-manifest-column-residence-country = بلد الإقامة
bus-manifest-column-document-type = وثيقة السفر
bus-manifest-column-document-number = رقم الوثيقة
bus-manifest-column-document-country = البلد المُصدِر
bus-manifest-column-document-expiry = انتهاء صلاحية الوثيقة
bus-manifest-column-us-address = العنوان في الولايات المتحدة
bus-manifest-upload-intro = سطر واحد لكل شخص، مع رأس النموذج. التواريخ بصيغة YYYY-MM-DD. لا يُحفظ ملف فيه مشكلة؛ ويذكر التقرير الصف والعمود.
bus-manifest-file = ملف CSV
bus-manifest-file-hint = حتى 10000 شخص، 4 ميغابايت.
bus-manifest-encoding = ترميز الملف
bus-manifest-encoding-utf8 = UTF-8 (مع BOM أو بدونه)
bus-manifest-encoding-windows-1252 = Windows-1252 (إكسل قديم)
bus-manifest-accept-valid = قبول الصفوف الصحيحة
bus-manifest-accept-valid-hint = حفظ الصفوف التي لا مشكلة فيها وترك الباقي. أرسل الأشخاص الناقصين في تصحيح.
bus-manifest-upload-submit = تحقّق وأرسل
bus-manifest-new-intro = لحافلة صغيرة: خانة لكل شخص. تُتجاهل الخانات الفارغة.
bus-manifest-person-n = الشخص { $position }
bus-manifest-values-hint = الدور: passenger (راكب) أو driver (سائق) أو crew (طاقم). الجنس: F أو M أو X. البلدان بحرفين (MX). التواريخ بصيغة YYYY-MM-DD. وثيقة السفر: passport، passport-card، permanent-resident-card، border-crossing-card، trusted-traveler-card، enhanced-drivers-license، refugee-travel-document، reentry-permit، military-id، merchant-mariner-document، facilitation-document.
bus-manifest-new-submit = تحقّق وأرسل
bus-manifest-report-title = لم تُحفظ القائمة
bus-manifest-report-line = الصف { $row }، { $column }: { $message }
bus-manifest-report-trip = { $column }: { $message }
bus-manifest-report-more = { $count ->
    [zero] …ولا مشكلات أخرى.
    [one] …ومشكلة أخرى.
    [two] …ومشكلتان أخريان.
    [few] …و{ $count } مشكلات أخرى.
    [many] …و{ $count } مشكلة أخرى.
   *[other] …و{ $count } مشكلة أخرى.
}
bus-manifest-problem-date-not-iso = اكتب التاريخ بصيغة YYYY-MM-DD (مثل 2026-03-04). لا يُقبل تاريخ مثل 03/04/2026 لأنه يمكن قراءته بطريقتين.
bus-manifest-problem-document-expired = تنتهي صلاحية الوثيقة قبل يوم الوصول.
bus-manifest-problem-duplicate-traveler = الوثيقة نفسها كما في الصف { $first }.
bus-manifest-problem-row-width = في هذا الصف { $found } خلايا؛ وفي الرأس { $expected }.
bus-manifest-invalid = { $count ->
    [zero] لا مشكلات في القائمة.
    [one] في القائمة مشكلة واحدة. لم يُحفظ شيء.
    [two] في القائمة مشكلتان. لم يُحفظ شيء.
    [few] في القائمة { $count } مشكلات. لم يُحفظ شيء.
    [many] في القائمة { $count } مشكلة. لم يُحفظ شيء.
   *[other] في القائمة { $count } مشكلة. لم يُحفظ شيء.
}
bus-manifest-invalid-title = مشكلات في القائمة
bus-manifest-empty = لا يوجد أحد في القائمة.
bus-manifest-empty-title = قائمة فارغة
bus-manifest-too-many = { $limit ->
    [zero] لا يمكن أن تضم القائمة أحدًا.
    [one] يمكن أن تضم القائمة شخصًا واحدًا على الأكثر.
    [two] يمكن أن تضم القائمة شخصين على الأكثر.
    [few] يمكن أن تضم القائمة { $limit } أشخاص على الأكثر.
    [many] يمكن أن تضم القائمة { $limit } شخصًا على الأكثر.
   *[other] يمكن أن تضم القائمة { $limit } شخص على الأكثر.
}
bus-manifest-too-many-title = عدد كبير جدًا من الأشخاص
bus-manifest-not-utf8 = الملف ليس بترميز UTF-8 (السطر { $line }). احفظه بصيغة «CSV UTF-8» أو اختر Windows-1252.
bus-manifest-not-utf8-title = ترميز خاطئ
bus-manifest-malformed = تعذّرت قراءة الملف بصيغة CSV (السطر { $line }): راجع علامات الاقتباس.
bus-manifest-malformed-title = ليس ملف CSV
bus-manifest-no-file = اختر ملفًا لرفعه.
bus-manifest-no-file-title = لا يوجد ملف
bus-manifest-header-empty = الملف فارغ: يجب أن يكون السطر الأول رأس النموذج.
bus-manifest-header-empty-title = ملف فارغ
bus-manifest-header-missing = لا يحتوي الرأس على العمود «{ $column }». استخدم رأس النموذج.
bus-manifest-header-missing-title = رأس خاطئ
bus-manifest-header-unknown = في الرأس عمود غير موجود في النموذج: «{ $column }».
bus-manifest-header-unknown-title = رأس خاطئ
bus-manifest-header-repeated = العمود «{ $column }» مكرر في الرأس.
bus-manifest-header-repeated-title = رأس خاطئ
bus-manifest-console-title = حافلات اليوم
bus-manifest-console-list = الحافلات المتوقعة حسب وقت الوصول
bus-manifest-console-empty = لا يُتوقع وصول أي حافلة اليوم.
bus-manifest-carrier = شركة الحافلات
bus-manifest-changes-title = ما الذي تغيّر منذ النسخة { $version }
bus-manifest-changes-none = لم يتغير شيء.
bus-manifest-change-added = أُضيف
bus-manifest-change-removed = أُزيل
bus-manifest-change-changed = تغيّر
bus-manifest-people = على متن الحافلة
bus-manifest-person = الشخص
bus-manifest-document = الوثيقة
bus-manifest-record = تسجيل
bus-manifest-role-passenger = راكب
bus-manifest-role-driver = سائق
bus-manifest-role-crew = طاقم
bus-manifest-added-here = أُضيف في المنفذ
bus-manifest-person-expected = متوقع
bus-manifest-person-processed = تمت معالجته
bus-manifest-person-not-on-board = لم يكن على متن الحافلة
bus-manifest-outcome = القرار
bus-manifest-outcome-admitted = سُمح بالدخول
bus-manifest-outcome-secondary = أُحيل إلى التفتيش الثانوي
bus-manifest-outcome-refused = رُفض الدخول
bus-manifest-mark-processed = تمت معالجته
bus-manifest-mark-not-on-board = لم يكن على متن الحافلة
bus-manifest-add-title = إضافة شخص غير موجود في القائمة
bus-manifest-add-submit = إضافة وتسجيل
bus-manifest-close-title = إغلاق الرحلة
bus-manifest-close-hint = كل من لم يُسجَّل يُعدّ غير موجود على متن الحافلة. وتُحفظ الأعداد.
bus-manifest-close = إغلاق الرحلة
bus-manifest-closed = هذه الرحلة مغلقة.
bus-manifest-export = تنزيل القائمة (CSV)
bus-manifest-document-passport = جواز سفر
bus-manifest-document-passport-card = بطاقة جواز السفر
bus-manifest-document-permanent-resident-card = بطاقة الإقامة الدائمة
bus-manifest-document-border-crossing-card = بطاقة عبور الحدود
bus-manifest-document-trusted-traveler-card = بطاقة المسافر الموثوق (NEXUS، SENTRI، FAST)
bus-manifest-document-enhanced-drivers-license = رخصة قيادة مُعزَّزة
bus-manifest-document-refugee-travel-document = وثيقة سفر لاجئ
bus-manifest-document-reentry-permit = تصريح إعادة الدخول
bus-manifest-document-military-id = بطاقة هوية عسكرية
bus-manifest-document-merchant-mariner-document = وثيقة بحّار تجاري
retention-kind-bus-manifests = قوائم ركاب الحافلات، بعد يوم الوصول
bus-manifest-organisation-link = أرسل قوائم ركاب حافلاتك وتابعها
bus-manifest-document-facilitation-document = وثيقة تسهيل (APIS F)
bus-manifest-problem-secondary-document = التأشيرة (رمز APIS ‏V) وثيقة ثانوية فقط: اذكر جواز السفر الذي توجد فيه.
bus-manifest-values-apis = تُقبل أيضًا رموز وثائق APIS لدى CBP: ‏P جواز سفر، C أو A بطاقة إقامة دائمة، M هوية عسكرية، T تصريح عودة، IN ‏NEXUS، IS ‏SENTRI، F وثيقة تسهيل.
