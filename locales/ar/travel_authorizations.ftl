# تصريح السفر لبرامج الإفراج الإنساني المشروط (parole) (/ata، /ata/case، /ata/adjudication، /ata/check).
# مسرد هذا الملف:
#   parole = الإذن الإنساني المؤقت (parole): إذن مؤقت بدخول الولايات المتحدة، وليس تأشيرة
#   advance travel authorization (ATA) = تصريح السفر المسبق (للسفر جوًا إلى الولايات المتحدة)
#   supporter = الكفيل (من قدّم النموذج I-134A في الولايات المتحدة)
ata-title = تصريح السفر ضمن الإذن الإنساني المؤقت (parole)
ata-intro = لبرامج الإذن الإنساني المؤقت (parole): يقدّم كفيل في الولايات المتحدة النموذج I-134A إلى USCIS. إذا وصلتك دعوة، تؤكد بياناتك هنا وتقرر CBP إن كانت ستمنحك تصريح سفر مسبقًا للسفر جوًا إلى الولايات المتحدة.
ata-programmes = البرامج
ata-programme-open = مفتوح: يستقبل الملفات.
ata-programme-closed = مغلق: لا يستقبل أي شيء جديد.
ata-nationalities = الجنسيات
ata-monthly-cap = الدعوات في الشهر
ata-opens = فُتح في
ata-closes = أُغلق في
ata-selections = الاختيار الشهري
ata-selections-intro = كل شهر، وفي حدود السقف، تُختار ملفات مؤكدة: النصف من الأقدم والنصف بالقرعة. يُنشر الالتزام قبلها والسجل الكامل بعدها، ليتحقق منه أي شخص.
ata-selections-none = لا يوجد اختيار بعد.
ata-programme = البرنامج
ata-month = الشهر
ata-commitment = الالتزام
ata-selected = المختارون / في القائمة
ata-record = السجل
ata-not-run = لم يُجرَ بعد
ata-invitation-title = دعوتك
ata-programme-closed-detail = هذا البرنامج مغلق. لا يستقبل خطوات ولا ملفات جديدة.
ata-invitation-accept-intro = هذا الرابط لك وحدك ويعمل مرة واحدة. اقبله لربط الملف بحسابك، ثم أكمل الخطوات.
ata-invitation-accept = قبول الدعوة
ata-invitation-sign-in = سجّل الدخول أو أنشئ حسابًا أولًا، ثم افتح هذا الرابط مرة أخرى.
ata-sign-in = تسجيل الدخول
ata-register = إنشاء حساب
ata-case-title = تصريح سفري
ata-case-number = الملف
ata-status-pending = لم يُؤكَّد نموذج كفيلك بعد.
ata-status-confirmed = ملفك ينتظر الاختيار الشهري.
ata-status-invited = وصلتك دعوة: أكمل الخطوات أدناه.
ata-status-submitted = اكتملت كل الخطوات. سيقرر موظف في CBP. سيظهر الرد هنا.
ata-status-granted = مُنح تصريح السفر.
ata-status-refused = رُفض تصريح السفر.
ata-status-expired = انتهت صلاحية تصريح سفرك.
ata-granted-until = يمكنك السفر جوًا إلى الولايات المتحدة حتى { $date }.
ata-next-fly = سافر إلى مطار داخل الولايات المتحدة (لا إلى معبر حدودي بري).
ata-next-passport = احمل جواز السفر الذي أدخلته هنا. ستتحقق منه شركة الطيران.
ata-next-expires = بعد { $date } لا يعود هذا التصريح صالحًا.
ata-refused-title = السبب
ata-steps-left = الخطوات المتبقية
ata-step-biographic = أكّد بياناتك
ata-step-passport = جواز السفر
ata-step-attestations = الإقرارات
ata-step-photo = صورة حية
ata-step-done = تمت
ata-biographic-hint = اكتبها كما في جواز سفرك. إن اختلف شيء عن نموذج كفيلك فسيراجعه موظف؛ ولا يُرفض طلبك بسبب ذلك.
ata-field-family-name = اسم العائلة
ata-field-given-names = الاسم الأول
ata-field-date-of-birth = تاريخ الميلاد
ata-save = حفظ
ata-passport-number = رقم جواز السفر
ata-passport-country = البلد الذي أصدر جواز السفر
ata-country-hint = حرفان، مثل HT أو CU أو VE أو NI أو UA.
ata-passport-expires = تاريخ انتهاء جواز السفر
ata-passport-expires-hint = { $days ->
    [zero] يجب أن يبقى صالحًا.
    [one] يجب أن يبقى صالحًا يومًا واحدًا على الأقل.
    [two] يجب أن يبقى صالحًا يومين على الأقل.
    [few] يجب أن يبقى صالحًا { $days } أيام على الأقل.
    [many] يجب أن يبقى صالحًا { $days } يومًا على الأقل.
   *[other] يجب أن يبقى صالحًا { $days } يوم على الأقل.
}
ata-attestation-vaccinations = لديّ اللقاحات المطلوبة للسفر إلى الولايات المتحدة، أو سأحصل عليها قبل السفر.
ata-attestation-truthful = كل ما كتبته صحيح وكامل.
ata-photo-label = صورة لوجهك تُلتقط الآن
ata-photo-hint = انظر إلى الكاميرا في ضوء جيد، بلا قبعة ولا نظارة. يراها شخص؛ ولا ترفضها أي آلة.
ata-photo-alt = الصورة الحية للمستفيد
ata-no-case = ليس لديك ملف بعد. افتح الرابط في رسالة الدعوة.
ata-queue-title = ملفات تنتظر القرار
ata-nationality = الجنسية
ata-filter = تصفية
ata-queue-empty = لا توجد ملفات تنتظر.
ata-submitted = أُرسل في
ata-mismatches = اختلافات عن الملف
ata-review-title = الملف
ata-supporter = الكفيل
ata-decision = القرار
ata-grant = منح تصريح السفر
ata-reason = سبب الرفض
ata-refuse = رفض
ata-back-to-queue = العودة إلى الملفات
ata-reason-identity-not-confirmed = لم نتمكن من التأكد من أنك الشخص المذكور في الملف.
ata-reason-passport-not-valid = جواز السفر غير صالح لهذه الرحلة.
ata-reason-security-vetting = لم تسمح بذلك الفحوص الأمنية.
ata-reason-supporter-not-confirmed = لم يُؤكَّد نموذج كفيلك.
ata-reason-not-eligible = لا تستوفي شروط هذا البرنامج.
ata-check-title = التحقق من تصريح سفر
ata-check-intro = أدخل جواز سفر المسافر وتاريخ ميلاده. الجواب نعم (مع آخر يوم) أو لا فقط.
ata-check-submit = تحقّق
ata-check-authorized = مصرّح له حتى { $date }
ata-check-not-authorized = غير مصرّح له

# Retention (privacy page)
retention-kind-ata-cases = تصاريح السفر ضمن برامج الإفراج المشروط (parole): الحالات المرفوضة بعد القرار، والتصاريح المنتهية بعد آخر يوم صلاحية لها (تُحفظ الحالات غير المختارة ما دام البرنامج مفتوحًا)
retention-kind-ata-invitations = روابط الدعوة إلى تصريح السفر، بعد استخدامها أو انتهاء صلاحيتها

# Invitation e-mail / notification-ata-invitation
notification-ata-invitation-subject = أنت مدعو لطلب تصريح السفر الخاص بك
notification-ata-invitation-body = تم تأكيد استمارة كفيلك واختير ملفك للمتابعة. افتح هذا الرابط لإكمال الجزء الخاص بك (بياناتك وجواز السفر والإقرارات وصورة حية): { $link }
    الرابط لك وحدك، ويعمل مرة واحدة وحتى { $until }. سجّل الدخول أو أنشئ حسابًا أولًا. إذا لم تكن تتوقع هذه الرسالة فيمكنك تجاهلها.
notification-kind-ata-invitation = دعوة إلى تصريح السفر
