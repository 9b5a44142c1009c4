# Garita — العربية
nav-console = لوحة المعبر الحدودي
nav-audit = سجل التدقيق
console-title = مواعيد اليوم
console-code = رمز الموعد
console-code-hint = يرجى كتابة الرمز الموجود تحت رمز QR، أو مسح رمز QR.
console-check-in = تسجيل الوصول
console-counts = اليوم حتى الآن
console-status = الحالة
console-status-expected = منتظَر
console-status-arrived = تم الوصول
console-status-verified = تم التحقق من الهوية
console-status-processed = تمت المعالجة
console-status-referred = تمت الإحالة
console-status-no-show = لم يحضر
console-search = البحث بالاسم أو برمز الموعد
console-search-submit = بحث
console-list = المواعيد حسب الفترة الزمنية
console-empty = لا توجد مواعيد لعرضها.
console-slot = الفترة الزمنية
console-people = الأشخاص
console-open = فتح
console-check-in-title = تسجيل الوصول
console-person-decides = يرجى مقارنة كل شخص بصورته بنفسك. لا يحدد Garita الهوية تلقائيًا أبدًا.
console-attested = ما صرّحت به المجموعة
console-identity = الهوية
console-identity-confirmed = تم تأكيد الهوية
console-identity-not-confirmed = لم يتم تأكيد الهوية
console-identity-referred = إحالة إلى التفتيش الثانوي
console-outcome = النتيجة
console-outcome-pending = لم يُحسم بعد
console-outcome-paroled-nta = منح Parole (إذن مؤقت بالبقاء لأسباب إنسانية) مع إشعار بالمثول (Notice to Appear)
console-outcome-processed-other = تمت المعالجة (غير ذلك)
console-outcome-referred-secondary = إحالة إلى التفتيش الثانوي
console-outcome-withdrew = انسحاب
console-record = حفظ
console-back = الرجوع إلى قائمة اليوم
capacity-title = السعة
capacity-intro = يرجى تحديد عدد الأشخاص الذين تستقبلهم كل فترة زمنية في اليوم. عند خفض السعة إلى أقل من الأماكن المعطاة من قبل، تُنقل تلك المجموعات إلى أقرب فترة زمنية متاحة في معبر حدودي تقبله. وإن لم يكن ذلك ممكنًا، يتم إبلاغها وتحصل على أولوية في القرعة التالية.
capacity-date = اليوم
capacity-show = عرض
capacity-taken = الأماكن المعطاة
capacity-places = السعة
capacity-save = حفظ السعة
capacity-report = تم الحفظ. { $moved ->
    [zero] لم تُنقل أي مجموعة.
    [one] نُقلت مجموعة واحدة.
    [two] نُقلت مجموعتان.
    [few] نُقلت { $moved } مجموعات.
    [many] نُقلت { $moved } مجموعةً.
   *[other] نُقلت { $moved } مجموعة.
    } { $notified ->
    [zero] لم يتم إبلاغ أي مجموعة.
    [one] تم إبلاغ مجموعة واحدة وحصلت على أولوية.
    [two] تم إبلاغ مجموعتين وحصلتا على أولوية.
    [few] تم إبلاغ { $notified } مجموعات وحصلت على أولوية.
    [many] تم إبلاغ { $notified } مجموعةً وحصلت على أولوية.
   *[other] تم إبلاغ { $notified } مجموعة وحصلت على أولوية.
    }
audit-title = سجل التدقيق
audit-intro = كل اطلاع على البيانات الشخصية وكل تغيير، بالترتيب. كل إدخال مربوط بالإدخال الذي قبله مثل السلسلة، لذلك يمكن كشف أي تغيير.
audit-export = تصدير الكل (JSON Lines)
audit-caption = أحدث الإدخالات
audit-when = متى (بالثواني، UTC)
audit-who = مَن
audit-action = الإجراء
audit-subject = الملف
audit-from = المصدر
notice-moved = غيّر المعبر الحدودي سعته، لذلك تم نقل موعدك. يرجى مراجعة التاريخ والوقت الجديدين في الأسفل.
notice-capacity-cut = اضطر المعبر الحدودي إلى إلغاء موعدك. نحن آسفون. سيكون طلبك الأول في القرعة التالية.
notice-no-show = لم يتم الحضور إلى موعدك.
notice-blocked-until = يمكنك طلب موعد جديد ابتداءً من { $date }.
error-pass-unknown-title = رمز موعد غير معروف
error-pass-unknown = لا يوجد موعد بهذا الرمز. يرجى التحقق من الرمز وكتابته مرة أخرى.
error-pass-other-port-title = رمز موعد في معبر حدودي آخر
error-pass-other-port = هذا الرمز لموعد في { $port }، وليس في هذا المعبر الحدودي.
error-pass-other-day-title = رمز موعد في يوم آخر
error-pass-other-day = هذا الرمز لموعد يوم { $date }، وليس لهذا اليوم.
error-pass-not-confirmed-title = غير مؤكد
error-pass-not-confirmed = لم يؤكد المسافر هذا الموعد أبدًا.
error-pass-cancelled-title = رمز موعد ملغى
error-pass-cancelled = تم إلغاء هذا الموعد أو انتهى. رمزه غير صالح.
error-pass-already-checked-in-title = تم تسجيل الوصول من قبل
error-pass-already-checked-in = تم تسجيل وصول هذه المجموعة من قبل.
error-pass-no-show-title = موعد فائت
error-pass-no-show = تم تسجيل هذا الموعد على أنه لم يحضره أحد. رمزه لم يعد صالحًا.
error-not-checked-in-title = لم يتم تسجيل الوصول
error-not-checked-in = يرجى تسجيل وصول المجموعة قبل تسجيل القرارات.
error-no-show-wait-title = يرجى الانتظار
error-no-show-wait = لم يتم الحضور إلى موعدك الأخير. يمكنك الطلب مرة أخرى ابتداءً من { $date }.
error-capacity-invalid = يرجى كتابة أعداد صحيحة، 0 أو أكثر، لكل فترة زمنية.
notice-declined = لقد رفضت موعدك يوم { $date } في { $port }. يبقى طلبك في القرعة القادمة ويحتفظ بمدة انتظاره.
notice-cancelled = لقد ألغيت موعدك يوم { $date } في { $port }. ذهبت أماكنه إلى أشخاص آخرين ولم تعد رموزه تعمل. إذا طلبت من جديد، تبدأ مدة انتظارك من جديد.
notice-voided = تغيّرت مجموعتك بعد اختيارك، لذلك أُلغي موعدك يوم { $date } في { $port } ولم تعد رموزه تعمل. يبقى طلبك في القرعة القادمة ويحتفظ بمدة انتظاره.
console-undo-no-show = وصل متأخرًا: التراجع عن عدم الحضور
console-undo-no-show-reason = السبب (يُحفظ في سجل التدقيق)
