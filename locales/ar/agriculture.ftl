# الفحص الزراعي: طلبات الشحنات، الأخصائيون، الرسائل، طلبات المطار.
agriculture-cargo-title = الفحص الزراعي للشحنات
agriculture-cargo-intro = اطلب فحص شحنة سريعة التلف من الأخصائيين الزراعيين في الميناء. يحددون الموعد معك وقد يطلبون مزيدًا من المعلومات في الرسائل.
agriculture-new = طلب فحص جديد
agriculture-none = لا يوجد شيء هنا بعد.
agriculture-commodity = البضاعة
agriculture-commodity-words = ما هي البضاعة
agriculture-facility = مرفق الشحن
agriculture-window = الفترة المطلوبة
agriculture-window-hint = بالتوقيت المحلي للمرفق، ضمن ساعات عمله، في يوم واحد.
agriculture-status = الحالة
agriculture-unread-heading = رسائل جديدة
agriculture-unread = { $count ->
    [zero] لا رسائل جديدة
    [one] رسالة جديدة واحدة
    [two] رسالتان جديدتان
    [few] { $count } رسائل جديدة
    [many] { $count } رسالة جديدة
   *[other] { $count } رسالة جديدة
}
field-window-start = من
field-window-end = إلى
field-hs-chapter = فصل النظام المنسق
field-hs-subheading = البند الفرعي في النظام المنسق
field-container-number = رقم الحاوية
field-entry-number = رقم الإدخال أو البيان
field-temperature = متطلبات درجة الحرارة
agriculture-subheading-hint = اختياري: ستة أرقام، مثل 080450.
agriculture-origin = بلد المنشأ
agriculture-country-hint = حرفان، مثل MX.
agriculture-quantity = الكمية
agriculture-unit = الوحدة
agriculture-temperature-hint = مثلًا: من 2 إلى 4 درجات مئوية، مقطورة مبردة.
agriculture-conveyance = وسيلة النقل
agriculture-conveyance-hint = اكتب رقم الحاوية، أو لوحة الشاحنة مع بلدها وولايتها.
agriculture-plate = لوحة الشاحنة
agriculture-plate-country = بلد اللوحة
agriculture-plate-state = ولاية اللوحة
agriculture-plate-state-hint = مثل TX، أو FED للوحة اتحادية مكسيكية.
agriculture-contact = جهة الاتصال
agriculture-contact-hint = اسم ورقم هاتف أو بريد إلكتروني.
agriculture-send = إرسال
agriculture-request-title = طلب فحص
agriculture-times-in-zone = كل الأوقات بحسب { $zone }.
agriculture-organisation = المنظمة
agriculture-proposed = الموعد المقترح
agriculture-scheduled = الموعد المحدد
agriculture-outcome = النتيجة
agriculture-outcome-released = أُفرج عنها
agriculture-outcome-held = محتجزة
agriculture-outcome-refused-entry = رُفض دخولها
agriculture-note = ملاحظة
agriculture-next = ما يمكنك فعله الآن
agriculture-time = الوقت
agriculture-action-propose-time = اقتراح موعد
agriculture-action-request-information = طلب معلومات
agriculture-action-accept = قبول الموعد المقترح
agriculture-action-decline = رفض الموعد المقترح
agriculture-action-schedule = تحديد الموعد
agriculture-action-inspect = تسجيل الفحص
agriculture-action-cancel = إلغاء الطلب
agriculture-status-requested = مطلوب
agriculture-status-time-proposed = اقتُرح موعد
agriculture-status-information-requested = طُلبت معلومات
agriculture-status-scheduled = حُدد الموعد
agriculture-status-inspected = تم الفحص
agriculture-status-cancelled = أُلغي
agriculture-reassign = إحالة إلى أخصائي آخر
agriculture-thread = الرسائل
agriculture-thread-empty = لا توجد رسائل بعد.
agriculture-from-specialist = أخصائي زراعي
agriculture-from-organisation = المنظمة
agriculture-download = تنزيل المرفق
agriculture-message = الرسالة
agriculture-attach = مرفق (اختياري)
agriculture-attach-hint = صورة (JPEG أو PNG) أو ملف PDF، حتى 5 ميغابايت.
agriculture-send-message = إرسال الرسالة
agriculture-specialist-title = الفحص الزراعي
agriculture-day = اليوم
agriculture-closed = مغلق في هذا اليوم.
agriculture-hour = الساعة
agriculture-booked = محجوز
agriculture-inspections = الفحوص
agriculture-queue = الطلبات المنتظرة
agriculture-airport-title = الفحص الزراعي في المطار
agriculture-airport-intro = قبل السفر، أخبر الأخصائيين الزراعيين في مطار الوصول بما تحمله من طعام أو نباتات أو حيوانات أو أغراض من مزرعة. يجيبون عن كل صنف.
agriculture-airport-yours = طلباتك
agriculture-airport-new = طلب جديد
agriculture-airport = مطار الوصول
agriculture-airport-hint = رمزه من ثلاثة أحرف، مثل IAH.
agriculture-flight = رقم الرحلة
agriculture-flight-date = تاريخ الوصول
agriculture-item = الصنف { $number }
agriculture-items = { $count ->
    [zero] لا أصناف
    [one] صنف واحد
    [two] صنفان
    [few] { $count } أصناف
    [many] { $count } صنفًا
   *[other] { $count } صنف
}
agriculture-category = ما هو
agriculture-description = الوصف
agriculture-guidance = قبل السفر
agriculture-source = (المصدر)
agriculture-read-guidance = اقرأ الإرشادات أولًا
agriculture-answer = الإجابة
agriculture-send-answers = إرسال الإجابات
agriculture-airport-status-submitted = بانتظار الإجابة
agriculture-airport-status-answered = تمت الإجابة
agriculture-category-biological-materials = مواد بيولوجية
agriculture-category-farm-visit = زيارة مزرعة: أحذية، ملابس
agriculture-category-fruit-vegetables = فواكه وخضروات
agriculture-category-meat-dairy = لحوم ومنتجات ألبان
agriculture-category-seeds-plants = بذور ونباتات
agriculture-category-pet = حيوان أليف
agriculture-category-service-animal = حيوان خدمة أو دعم
agriculture-category-bird = طائر
agriculture-category-hunting-trophy = تذكار صيد
agriculture-answer-allowed = مسموح
agriculture-answer-inspection-at-arrival = فحص عند الوصول
agriculture-answer-needs-permit = يحتاج إلى تصريح
agriculture-answer-prohibited = ممنوع
agriculture-declare-everything = صرّح بكل شيء؛ الموظف عند الوصول هو من يقرر.
agriculture-guidance-biological-permit = قد تحتاج العينات البيولوجية إلى تصريح من وزارة الزراعة الأمريكية وتصريح من مراكز مكافحة الأمراض قبل السفر.
agriculture-guidance-farm-declare = أخبرهم إن زرت مزرعة أو كنت قرب مواشٍ: قد تُفحص أحذيتك وملابسك.
agriculture-guidance-fruit-declare = قد يُسمح بالفواكه والخضروات بحسب منشئها، لكن يجب التصريح بها وفحصها وأن تكون خالية من الآفات.
agriculture-guidance-fruit-all-declare = على كل مسافر أن يصرّح بالفواكه والخضروات واللحوم والبذور والمنتجات الحيوانية والحيوانات الحية.
agriculture-guidance-meat-restricted = معظم اللحوم الطازجة والمجففة والمعلبة من بلدان كثيرة غير مسموح بها.
agriculture-guidance-dairy-hard-cheese = الجبن الصلب مسموح به عادة.
agriculture-guidance-plants-permit = قد تحتاج النباتات والبذور المعدة للزراعة إلى تصريح أو شهادة صحة نباتية.
agriculture-guidance-pet-rules = يجب أن تستوفي الكلاب والقطط قواعد صحية عند الدخول؛ وقد تحتاج الكلاب إلى شهادة تطعيم ضد داء الكلب.
agriculture-guidance-service-animal-rules = تخضع حيوانات الخدمة لقواعد الدخول نفسها التي تخضع لها الحيوانات الأليفة.
agriculture-guidance-bird-rules = لا تدخل الطيور الأليفة إلا بشروط وزارة الزراعة الأمريكية ومراكز مكافحة الأمراض، وأحيانًا مع حجر صحي.
agriculture-guidance-trophy-rules = قد تحتاج تذكارات الصيد إلى وثائق من هيئة الأسماك والحياة البرية، وقد تفحصها وزارة الزراعة الأمريكية.
notification-agriculture-update-subject = تغيّر طلب فحص زراعي
notification-agriculture-update-body = هناك جديد في طلب فحص زراعي. سجّل الدخول لتراه: { $link }
notification-kind-agriculture-update = فحص زراعي
retention-kind-agriculture-inspections = طلبات الفحص الزراعي ورسائلها، بعد إغلاقها أو بعد يوم الرحلة
agriculture-item-photos = صور الغرض
agriculture-item-photo-alt = صورة الغرض
agriculture-item-photo-add = أضف صورة (JPEG أو PNG، 3 صور على الأكثر لكل غرض)
agriculture-item-photo-send = أرفق الصورة
agriculture-item-add = إضافة غرض آخر
agriculture-item-remove = إزالة هذا الغرض
