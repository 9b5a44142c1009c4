nav-appointment = موعدي
appointment-title = موعدي
appointment-need-group = أولًا، يرجى إضافة نفسك والأشخاص المسافرين معك.
appointment-need-photos = { $count ->
    [zero] كل الأشخاص في مجموعتك لهم صور.
    [one] شخص واحد في مجموعتك ليس له صورة بعد. يرجى إضافة صورته قبل طلب موعد.
    [two] شخصان في مجموعتك ليس لهما صورة بعد. يرجى إضافة صورتيهما قبل طلب موعد.
    [few] { $count } أشخاص في مجموعتك ليس لهم صور بعد. يرجى إضافة صورهم قبل طلب موعد.
    [many] { $count } شخصًا في مجموعتك ليس لهم صور بعد. يرجى إضافة صورهم قبل طلب موعد.
   *[other] { $count } شخص في مجموعتك ليس لهم صور بعد. يرجى إضافة صورهم قبل طلب موعد.
}
appointment-none = لا يوجد عندك طلب موعد بعد.
appointment-request = طلب موعد
appointment-request-again = الطلب مرة أخرى
appointment-closed = انتهى طلبك الأخير. يمكنك الطلب مرة أخرى.
appointment-waiting = وصلنا طلبك. القرعة القادمة في { $time }.
appointment-carry-over = لا حاجة إلى عمل أي شيء آخر. إذا لم يتم اختيارك، يبقى طلبك في قرعة اليوم التالي. كلما طال انتظارك، زادت فرصتك.
appointment-not-selected = لم يتم اختيارك في قرعة { $date }. يبقى طلبك في القرعة القادمة.
appointment-change-request = تغيير طلبي
appointment-offered-title = تم اختيارك!
appointment-confirmed-title = موعدك مؤكد
appointment-port = المعبر الحدودي
appointment-when = التاريخ والوقت
appointment-people = الأشخاص
appointment-confirm-by = يرجى التأكيد قبل { $deadline }. إذا لم يتم التأكيد في الوقت المحدد، يذهب المكان إلى شخص آخر.
appointment-confirm = تأكيد موعدي
appointment-decline = لا أستطيع الذهاب
appointment-cancel = إلغاء موعدي
appointment-open-pass = فتح رموز موعدي
appointment-bring-title = ما يجب إحضاره
appointment-bring-pass = رمز QR للموعد الخاص بكل شخص (على الهاتف أو مطبوعًا).
appointment-bring-group = كل الأشخاص في مجموعتك. يجب أن يحضر كل شخص.
appointment-bring-documents = أي وثائق هوية أو وثائق سفر عندك.
appointment-bring-early = يرجى الوصول قبل الموعد بـ 30 دقيقة.
request-title = طلب موعد
request-intro = طلب واحد يشمل كل مجموعتك. يمكنك تغييره حتى موعد القرعة.
request-ports-legend = المعابر الحدودية التي يمكنك الذهاب إليها
request-ports-hint = يرجى اختيار معبر واحد على الأقل، ووضع المعبر المفضل عندك في المكان الأول.
request-port-choice = الاختيار { $n }
request-port-none = لا يوجد اختيار آخر
request-questions-legend = أسئلة عن وضعك (اختيارية)
request-questions-hint = يرجى الإجابة فقط إذا كان الجواب صحيحًا. الجواب "نعم" يعطيك فرصة أكبر في القرعة. لا يُرفض أحد بسبب إجاباته.
vulnerability-medical = شخص في المجموعة عنده مرض خطير أو يحتاج إلى رعاية طبية.
vulnerability-pregnant = امرأة في المجموعة حامل.
vulnerability-disability = شخص في المجموعة عنده إعاقة.
vulnerability-threat = شخص في المجموعة في خطر في المكان الذي أنتم فيه الآن.
vulnerability-unaccompanied-child = طفل في المجموعة يسافر بدون والديه.
vulnerability-elderly = شخص في المجموعة عمره 65 سنة أو أكثر.
request-location-legend = أين أنت الآن
request-location-hint = يجب أن يكون موقعك في شمال المكسيك أو وسطها. نحفظ فقط اسم الولاية التي أنت فيها، لا مكانك بالضبط.
request-locate = استعمال موقعي
request-locating = جارٍ البحث عن موقعك…
request-located = تم العثور على الموقع.
request-locate-failed = لم نستطع العثور على موقعك. يرجى السماح بالموقع في هاتفك، أو كتابته في الأسفل.
request-latitude = خط العرض
request-longitude = خط الطول
request-accuracy = الدقة بالأمتار
request-accuracy-hint = مدى دقة الموقع. يمكن ترك الخانة فارغة إذا كانت الدقة غير معروفة.
request-submit = إرسال طلبي
photo-missing = لا توجد صورة بعد.
photo-label = صورة هذا الشخص
photo-hint = يرجى التقاط الصورة الآن، والوجه نحو الكاميرا، في ضوء جيد. الموظف في المعبر الحدودي سيقارن الصورة بالشخص. لا يوجد كمبيوتر يقرر.
photo-upload = حفظ الصورة
pass-title = رموز موعدي
pass-intro = كل شخص يُظهر رمز QR الخاص به للموعد في المعبر الحدودي. الرمز يصلح فقط للشخص المكتوب اسمه بجانبه.
pass-print-hint = يمكنك طباعة هذه الصفحة أو إظهارها على هاتفك. بعد فتحها مرة واحدة، تفتح أيضًا بدون إنترنت.
pass-qr-label = رمز QR لموعد { $name }
pass-photo-alt = صورة { $name }
pass-code = رمز الموعد
pass-back = الرجوع إلى موعدي
pass-device-title = على هذا الهاتف
pass-kept-until = يُحفظ رمز الموعد هذا على هذا الجهاز ليفتح بدون إنترنت حتى نهاية يوم موعدك ({ $date }). يُحذف عند تسجيل الخروج.
pass-forget = لا تحفظه على هذا الهاتف
pass-not-kept = رمز الموعد هذا غير محفوظ على هذا الهاتف: يفتح فقط مع الإنترنت.
pass-keep = احفظه على هذا الهاتف
draw-title = قرعة { $date }
draw-intro = كل يوم، توزع القرعة الأماكن الفارغة. قبل القرعة ننشر تعهدًا: بصمة لرقم سري عشوائي. بعد القرعة ننشر الرقم نفسه وكل البيانات، حتى يستطيع أي شخص أن يتأكد أن القرعة اتبعت القواعد.
draw-commitment = التعهد (SHA-256 لليوم والبذرة)
draw-seed = البذرة
draw-participants = الطلبات في القرعة
draw-selected = المجموعات التي تم اختيارها
draw-pending = لم تُجرَ هذه القرعة بعد.
draw-download = تنزيل كل بيانات القرعة (JSON)
draw-verify-how = للتأكد بنفسك، يرجى حفظ البيانات في ملف وتشغيل هذا الأمر:
draw-verify-command = garita verify-draw draw-{ $file }.json
confirm-what-is-lost = ما ستخسره
confirm-decline-title = هل تريد رفض هذا الموعد؟
confirm-decline-yes = نعم، أرفضه
confirm-cancel-title = هل تريد إلغاء موعدك؟
confirm-cancel-yes = نعم، ألغِ موعدي
confirm-keep-appointment = لا، أبقِ موعدي
loss-appointment = موعدك يوم { $date } الساعة { $time } في { $port }.
loss-places = { $count ->
    [zero] لا تذهب أي أماكن إلى أشخاص آخرين.
    [one] يذهب مكانه إلى شخص آخر ولا يمكن استرجاعه.
    [two] يذهب مكاناه إلى أشخاص آخرين ولا يمكن استرجاعهما.
    [few] تذهب أماكنه الـ{ $count } إلى أشخاص آخرين ولا يمكن استرجاعها.
    [many] تذهب أماكنه الـ{ $count } إلى أشخاص آخرين ولا يمكن استرجاعها.
   *[other] تذهب أماكنه الـ{ $count } إلى أشخاص آخرين ولا يمكن استرجاعها.
}
loss-passes = تتوقف رموز هذا الموعد عن العمل فورًا.
loss-void-why = تُصدر رموز الموعد للأشخاص الموجودين في المجموعة، لذلك فإن إضافة شخص أو تعديله أو حذفه بعد الاختيار تُنهي الموعد.
loss-keeps-waiting = يبقى طلبك في القرعة القادمة ({ $time }) ويحتفظ بمدة انتظاره: فرصتك لا تقل.
loss-waiting-restarts = ينتهي طلبك. إذا طلبت من جديد، تبدأ مدة انتظارك من ذلك اليوم.
pass-valid-as-of = تم التحقق في { $time }: كان الموعد لا يزال صالحًا في ذلك الوقت.
pass-stale = آخر تحقق من هذه النسخة كان قبل أكثر من 6 ساعات. اتصل بالإنترنت للتحقق من أنها ما زالت صالحة.
pass-invalid = رمز الموعد هذا لم يعد صالحًا: أُلغي الموعد أو تغيّر. لا تذهب به إلى المنفذ. اتصل بالإنترنت لمعرفة ما حدث.
