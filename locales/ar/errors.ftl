errors-summary-title = يرجى تصحيح هذه المشكلات:
error-required = هذه الخانة مطلوبة.
error-too-short = { $limit ->
    [zero] يجب كتابة حرف واحد على الأقل.
    [one] يجب كتابة حرف واحد على الأقل.
    [two] يجب كتابة حرفين على الأقل.
    [few] يجب كتابة { $limit } أحرف على الأقل.
    [many] يجب كتابة { $limit } حرفًا على الأقل.
   *[other] يجب كتابة { $limit } حرف على الأقل.
    }
error-too-long = { $limit ->
    [zero] يجب ترك هذا الحقل فارغًا.
    [one] يجب ألا يزيد النص على حرف واحد.
    [two] يجب ألا يزيد النص على حرفين.
    [few] يجب ألا يزيد النص على { $limit } أحرف.
    [many] يجب ألا يزيد النص على { $limit } حرفًا.
   *[other] يجب ألا يزيد النص على { $limit } حرف.
    }
error-invalid-email = هذا ليس بريدًا إلكترونيًا. مثال: name@example.com
error-common-password = كلمة المرور هذه سهلة التخمين. يرجى اختيار كلمة أخرى. الجملة القصيرة تصلح جيدًا.
error-invalid-date = يرجى كتابة التاريخ هكذا: السنة-الشهر-اليوم. مثال: 1990-05-21.
error-date-in-future = هذا التاريخ في المستقبل.
error-date-too-old = هذا التاريخ قديم جدًا.
error-unknown-country = يرجى اختيار بلد من القائمة.
error-unknown-language = يرجى اختيار لغة من القائمة.
error-unknown-document-type = يرجى اختيار نوع الوثيقة من القائمة.
error-invalid-document-number = يرجى استعمال الحروف والأرقام والشرطات (-) فقط.
error-invalid-phone = يرجى كتابة رقم هاتف مع رمز البلد (مثال: +52 664 123 4567) أو بريد إلكتروني.
error-invalid-characters = هنا رموز غير مسموح بها.
error-reference = رقم المرجع: { $reference }
error-back-home = الذهاب إلى الصفحة الرئيسية
error-log-in = تسجيل الدخول
error-validation-title = بعض المعلومات غير صحيحة
error-validation = بعض المعلومات غير صحيحة. يرجى قراءة المشكلات المذكورة والمحاولة مرة أخرى.
error-malformed-json-title = لم نفهم الطلب
error-malformed-json = محتوى الطلب ليس JSON صحيحًا لهذا الطلب.
error-malformed-form-title = لم نفهم الاستمارة
error-malformed-form = لم نستطع قراءة الاستمارة. يرجى المحاولة مرة أخرى.
error-login-required-title = يرجى تسجيل الدخول
error-login-required = يجب تسجيل الدخول لرؤية هذه الصفحة.
error-session-expired-title = انتهت جلستك
error-session-expired = لم تُستعمل الصفحة منذ مدة، فأغلقنا جلستك لحماية معلوماتك. يرجى تسجيل الدخول مرة أخرى.
error-bad-credentials-title = لم يتم تسجيل الدخول
error-bad-credentials = البريد الإلكتروني أو كلمة المرور غير صحيح. يرجى المحاولة مرة أخرى.
error-forbidden-title = غير مسموح
error-forbidden = لا يستطيع حسابك القيام بهذا.
error-csrf-title = انتهت صلاحية الاستمارة
error-csrf = هذه الاستمارة قديمة جدًا أو لم تُرسل من Garita. يرجى الرجوع، وإعادة تحميل الصفحة، والمحاولة مرة أخرى.
error-not-found-title = غير موجود
error-not-found = لم نجد هذه الصفحة أو هذا السجل.
error-email-taken-title = البريد الإلكتروني مسجل من قبل
error-email-taken = يوجد حساب بهذا البريد الإلكتروني. يرجى تسجيل الدخول بدلًا من ذلك.
error-group-full-title = المجموعة ممتلئة
error-group-full = في مجموعتك 11 شخصًا. يرجى حذف شخص قبل إضافة شخص آخر.
error-idempotency-key-reused-title = مفتاح الإرسال مستعمل
error-idempotency-key-reused = مفتاح الإرسال هذا استُعمل من قبل لمعلومات مختلفة.
error-idempotency-key-invalid-title = مفتاح الإرسال غير صحيح
error-idempotency-key-invalid = يجب أن يكون المفتاح Idempotency-Key من 8 إلى 100 حرف قابل للطباعة.
error-too-many-requests-title = محاولات كثيرة جدًا
error-too-many-requests = محاولات كثيرة جدًا. يرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.
error-payload-too-large-title = كبير جدًا
error-payload-too-large = ما أرسلته كبير جدًا.
error-unsupported-media-type-title = صيغة غير صحيحة
error-unsupported-media-type = يرجى إرسال هذا الطلب بصيغة JSON (Content-Type: application/json) أو كاستمارة.
error-internal-title = حدث خطأ
error-internal = حدث خطأ عندنا. معلوماتك في أمان. يرجى المحاولة مرة أخرى بعد قليل.
error-unknown-port = يرجى اختيار المعابر الحدودية من القائمة.
error-duplicate-port = يرجى اختيار كل معبر حدودي مرة واحدة فقط.
error-unknown-question = إحدى الإجابات لا تتبع أي سؤال.
error-unknown-choice = اختر أحد الخيارات المعروضة.
error-location-missing = نحتاج إلى موقعك. يرجى الضغط على "استعمال موقعي" أو كتابة الموقع.
error-location-invalid = هذا الموقع غير صحيح. خط العرض من -90 إلى 90، وخط الطول من -180 إلى 180.
error-location-imprecise = موقعك غير دقيق بما يكفي (أكثر من 5 كم). يرجى الخروج إلى مكان مفتوح أو تشغيل GPS، ثم المحاولة مرة أخرى.
error-photo-missing = كل شخص في مجموعتك يحتاج إلى صورة. يرجى إضافة الصور الناقصة في "مجموعتي".
error-outside-region-title = أنت خارج المنطقة
error-outside-region = لا يمكن طلب المواعيد إلا من شمال المكسيك أو وسطها، ويبدو أن موقعك خارج هذه المنطقة. إذا كنت الآن في شمال المكسيك أو وسطها: شغّل الموقع الدقيق (GPS) في هاتفك، واخرج إلى مكان مفتوح وحاول مرة أخرى، أو اكتب مكانك في الحقول أدناه.
error-outside-region-excluded-state-title = أنت خارج المنطقة
error-outside-region-excluded-state = لا يمكن طلب المواعيد إلا من شمال المكسيك أو وسطها، ويبدو أن موقعك في ولاية { $state }، وهي خارج هذه المنطقة. إذا كنت الآن في شمال المكسيك أو وسطها: شغّل الموقع الدقيق (GPS) في هاتفك، واخرج إلى مكان مفتوح وحاول مرة أخرى، أو اكتب مكانك في الحقول أدناه.
error-outside-mexico-title = أنت في الولايات المتحدة
error-outside-mexico = هذا الموقع في الولايات المتحدة، وليس في المكسيك. تُقبل الطلبات من المكسيك فقط: إذا كنت في المكسيك، ابتعد قليلًا عن الحدود وحاول مرة أخرى، أو اكتب موقعك في الأسفل.
error-photo-empty-title = لا توجد صورة
error-photo-empty = لم تُرسل أي صورة. يرجى اختيار صورة أو التقاط صورة.
error-photo-too-large-title = الصورة كبيرة جدًا
error-photo-too-large = الصورة كبيرة جدًا (أكثر من 8 ميغابايت). يرجى التقاط صورة جديدة.
error-photo-not-an-image-title = هذه ليست صورة
error-photo-not-an-image = هذا الملف ليس صورة. يرجى استعمال صورة JPEG أو PNG.
error-photo-too-many-pixels-title = الصورة كبيرة جدًا
error-photo-too-many-pixels = في الصورة عدد كبير جدًا من البكسلات. يرجى التقاط صورة جديدة بالكاميرا العادية.
error-photo-too-small-title = الصورة صغيرة جدًا
error-photo-too-small = الصورة صغيرة جدًا ولا يظهر فيها الوجه. يرجى التقاط صورة جديدة.
error-photo-corrupt-title = الصورة تالفة
error-photo-corrupt = الصورة تالفة أو ناقصة. يرجى التقاطها مرة أخرى.
error-request-selected-title = عندك موعد من قبل
error-request-selected = عندك موعد معروض عليك أو مؤكد. يرجى إلغاؤه قبل الطلب مرة أخرى.
error-appointment-already-confirmed-title = مؤكد من قبل
error-appointment-already-confirmed = هذا الموعد مؤكد من قبل.
error-confirm-deadline-passed-title = فات وقت التأكيد
error-confirm-deadline-passed = انتهت مهلة تأكيد هذا الموعد. يمكنك الطلب مرة أخرى.
error-appointment-not-offered-title = لا يمكن التأكيد
error-appointment-not-offered = لم يعد ممكنًا تأكيد هذا الموعد.
error-appointment-not-live-title = انتهى الموعد
error-appointment-not-live = هذا الموعد لم يعد صالحًا.
error-draw-window-open-title = الوقت مبكر جدًا
error-draw-window-open = ما زال تقديم الطلبات لهذه القرعة مفتوحًا.
error-overloaded-title = مشغول الآن
error-overloaded = Garita مشغول جدًا الآن. لم يضع أي شيء. يرجى المحاولة مرة أخرى بعد قليل.
error-malformed-request-title = لم يُفهم الطلب
error-malformed-request = تعذّرت قراءة قيمة في عنوان هذا الطلب. تحقّق من المسار ومعاملاته.
error-sms-off-title = الرسائل النصية غير متاحة
error-sms-off = هذه الخدمة لا ترسل رسائل نصية (SMS). تصل الرسائل بالبريد الإلكتروني.
error-sms-code-wrong-title = رمز خاطئ
error-sms-code-wrong = الرمز خاطئ أو انتهت صلاحيته، أو كانت المحاولات كثيرة جدًا. اطلب رمزًا جديدًا.
error-cancel-confirmation-required-title = التأكيد مطلوب
error-cancel-confirmation-required = لم يتغير شيء. الإلغاء يعني خسارة الموعد يوم { $date } الساعة { $time } في { $port } وأماكنه؛ ستتوقف رموز الموعد عن العمل وتبدأ مدة انتظار المجموعة من جديد. أرسل confirm: true للإلغاء.
error-not-a-no-show-title = ليس عدم حضور
error-not-a-no-show = هذه المجموعة غير مسجّلة كغائبة.
error-no-show-undo-too-late-title = فات الأوان
error-no-show-undo-too-late = لا يمكن التراجع عن عدم الحضور إلا في يوم الموعد.
error-second-factor-required-title = الرمز مطلوب
error-second-factor-required = يسجّل هذا الحساب الدخول برمز من تطبيق مصادقة: أرسله في الحقل "code". الموظفون الذين لم يُعدّوه بعد يفعلون ذلك عند تسجيل الدخول على الموقع.
error-second-factor-code-wrong-title = رمز خاطئ
error-second-factor-code-wrong = الرمز خاطئ أو استُخدم من قبل. انتظر حتى يعرض التطبيق رمزًا جديدًا ثم حاول مرة أخرى.
error-second-factor-enrolled-title = مُعدّ من قبل
error-second-factor-enrolled = لهذا الحساب تسجيل دخول بخطوتين من قبل.
error-second-factor-not-begun-title = لا شيء لتأكيده
error-second-factor-not-begun = ابدأ أولًا إعداد تسجيل الدخول بخطوتين.
error-reauthentication-required-title = أدخل كلمة المرور مرة أخرى
error-reauthentication-required = من أجل أمانك، أدخل كلمة المرور مرة أخرى (ورمزك إن كنت تستخدم رمزًا) قبل رؤية بياناتك أو حذفها.
error-email-not-verified-title = أكّد بريدك الإلكتروني أولًا
error-email-not-verified = افتح الرابط الذي أرسلناه إلى بريدك قبل طلب موعد. يمكنك طلب رابط جديد من حسابك.
error-recovery-link-invalid-title = هذا الرابط لم يعد يعمل
error-recovery-link-invalid = انتهت صلاحية الرابط أو استُخدم من قبل. اطلب رابطًا جديدًا.
error-photo-staged-expired-title = الصورة لم تعد في الانتظار
error-photo-staged-expired = انتظرت الصورة التي اخترتها وقتًا طويلًا. اخترها مرة أخرى في صفحة مجموعتك.
error-invalid-hours = اكتب المواعيد أيامًا وساعات، مثلًا: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed.
error-closing-before-opening = في أحد الأيام وقت الإغلاق قبل وقت الفتح. تحقق من الوقتين.
error-request-window-closed-title = لا تُقبل الطلبات الآن
error-request-window-closed = بحسب القواعد السارية، تُقبل الطلبات فقط خلال الفترة اليومية. تفتح الفترة التالية في { $time } ({ $offset }). عُد حينها.
error-region-south-of-latitude-title = خارج المنطقة المسموح بها
error-region-south-of-latitude = بحسب القواعد السارية، تُقبل الطلبات فقط من شمال خط العرض { $latitude }°. يمكنك التقديم من مكان يقع شماله. قواعد كل يوم موجودة في صفحة القواعد.
error-group-too-large-title = المجموعة كبيرة جدًا
error-group-too-large = { $max ->
    [zero] بحسب القواعد السارية لا تُقبل أي مجموعة.
    [one] بحسب القواعد السارية لا تضم المجموعة أكثر من شخص واحد. احذف أعضاء حتى تناسب المجموعة الحد، ثم قدِّم من جديد.
    [two] بحسب القواعد السارية لا تضم المجموعة أكثر من شخصين. احذف أعضاء حتى تناسب المجموعة الحد، ثم قدِّم من جديد.
    [few] بحسب القواعد السارية لا تضم المجموعة أكثر من { $max } أشخاص. احذف أعضاء حتى تناسب المجموعة الحد، ثم قدِّم من جديد.
    [many] بحسب القواعد السارية لا تضم المجموعة أكثر من { $max } شخصًا. احذف أعضاء حتى تناسب المجموعة الحد، ثم قدِّم من جديد.
   *[other] بحسب القواعد السارية لا تضم المجموعة أكثر من { $max } شخص. احذف أعضاء حتى تناسب المجموعة الحد، ثم قدِّم من جديد.
}
error-policy-invalid-title = السياسة غير صالحة
error-policy-invalid = في الحقل { $field } مشكلة: { $problem }
error-policy-day-drawn-title = أُجريت قرعة ذلك اليوم بالفعل
error-policy-day-drawn = أُجريت قرعة { $date } بالفعل وفق قواعدها. لا يمكن أن تبدأ القواعد الجديدة إلا بعدها.
error-grant-scope-mismatch-title = هذا النطاق لا يناسب الدور
error-grant-scope-mismatch = يُمنح هذا الدور على نوع آخر من النطاقات: مكان للضباط والمختصين، وبرنامج لمن يبتّون في الطلبات، ومنظمة لأعضائها، والمنصة للمسؤولين.
error-unknown-scope-title = لا يوجد مكان أو برنامج أو منظمة بهذا الاسم
error-unknown-scope = اختر مكانًا أو برنامجًا أو منظمة من القائمة.
error-organisation-not-approved-title = لم تتم الموافقة على منظمتك بعد
error-organisation-not-approved = يجب أن يوافق أحد المسؤولين على منظمتك قبل أن يتمكن أفرادها من العمل باسمها. ستصلك رسالة بريد إلكتروني عند اتخاذ القرار.
error-partner-agency-only-title = للوكالات الشريكة فقط
error-partner-agency-only = التحقق من المواعيد مخصص لموظفي وكالة شريكة معتمدة. منظمتك من نوع آخر.
error-api-key-revoked-title = أُلغي هذا المفتاح
error-api-key-revoked = ألغى أحد مديري المؤسسة هذا المفتاح، فلم يعد يعمل. اطلب منهم مفتاحًا جديدًا.
error-api-key-expired-title = انتهت صلاحية هذا المفتاح
error-api-key-expired = تجاوز هذا المفتاح تاريخ انتهاء صلاحيته ولم يعد يعمل. يمكن لأحد مديري المؤسسة إنشاء مفتاح جديد.
error-api-key-permission-title = لا يُسمح لهذا المفتاح بذلك
error-api-key-permission = لا يملك المفتاح الإذن الذي يتطلبه هذا. يعمل المفتاح لمؤسسته فقط، بالأذونات التي اختيرت عند إنشائه، ولا يعمل أبدًا نيابة عن المسافرين أو الضباط أو المديرين.
error-invalid-filer-code = رمز المُصرِّح لدى CBP مكوّن من 3 أحرف أو أرقام، مثل A1B.
error-invalid-airline-code = رمز IATA لشركة الطيران مكوّن من حرفين أو رقمين، ولا يكون رقمين معًا، مثل AM أو Y4.
error-invalid-carrier-code = أدخل رمز SCAC (من 2 إلى 4 أحرف، مثل ABCD) أو رقم USDOT (حتى 8 أرقام).
error-organisation-decision-not-applicable-title = هذا القرار لا ينطبق
error-organisation-decision-not-applicable = تغيّرت حالة المنظمة، أو أن هذا القرار لا ينطبق عليها الآن. أعد تحميل القائمة.
error-organisation-manager-not-verified-title = لم يتحقق المدير من عنوانه
error-organisation-manager-not-verified = لم يتحقق أي مدير لهذه المنظمة من بريده الإلكتروني بعد. يمكن الموافقة عليها بعد ذلك.
error-organisation-last-manager-title = يبقى المدير الأخير
error-organisation-last-manager = تحتاج المنظمة إلى مدير واحد على الأقل. اجعل شخصًا آخر مديرًا أولًا.
error-last-admin-title = يبقى مسؤول النظام الأخير
error-last-admin = تحتاج المنصة إلى مسؤول نظام واحد على الأقل. امنح هذا الدور لشخص آخر أولًا.
error-invitation-invalid-title = هذه الدعوة لا تعمل
error-invitation-invalid = الرابط غير مكتمل أو أن الدعوة سُحبت. اطلب دعوة جديدة ممن دعاك.
error-invitation-expired-title = انتهت صلاحية هذه الدعوة
error-invitation-expired = تعمل الدعوات لمدة 7 أيام. اطلب دعوة جديدة ممن دعاك.
error-invitation-used-title = استُخدمت هذه الدعوة من قبل
error-invitation-used = كل دعوة تعمل مرة واحدة. إن كنت أنت من استخدمها فسجّل الدخول.
error-invitation-other-address-title = أُرسلت هذه الدعوة إلى عنوان آخر
error-invitation-other-address = أنت مسجّل الدخول بحساب عنوان بريد إلكتروني آخر. سجّل الخروج، وافتح الرابط مجددًا، وسجّل الدخول بحساب العنوان الذي أُرسلت إليه.
error-invitation-traveler-account-title = لا يمكن لحساب مسافر قبول هذا
error-invitation-traveler-account = هذا العنوان تابع لحساب مسافر، ولا يمكنه العمل باسم منظمة أو موظفًا. اطلب أن تُدعى على عنوان آخر.
error-invitation-sign-in-first-title = سجّل الدخول للقبول
error-invitation-sign-in-first = لهذا العنوان حساب بالفعل. سجّل الدخول به، ثم افتح الرابط مجددًا.
error-location-missing-title = نحتاج إلى موقعك
