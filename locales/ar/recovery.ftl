# العودة إلى الحساب: تأكيد البريد الإلكتروني، وإعادة تعيين كلمة مرور منسية، وتغيير كلمة المرور
# أو العنوان. لا تكشف الإجابات أبدًا إن كان للعنوان حساب.

field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-new-email = عنوان البريد الإلكتروني الجديد

recovery-check-email-title = تحقّق من بريدك الإلكتروني
recovery-check-email-text = أرسلنا رسالة إلى العنوان الذي كتبته. افتح الرابط الذي فيها لتأكيد العنوان. إن كان للعنوان حساب من قبل، فالرسالة تشرح ما يجب فعله.
recovery-to-login = الذهاب إلى تسجيل الدخول
recovery-to-group = الذهاب إلى مجموعتك
recovery-to-home = الذهاب إلى الصفحة الرئيسية

recovery-verify-title = أكّد بريدك الإلكتروني
recovery-verify-text = اضغط الزر لتأكيد أن عنوان البريد هذا لك.
recovery-verify-submit = تأكيد عنواني
recovery-verified-title = تم تأكيد العنوان
recovery-verified-text = شكرًا. تم تأكيد بريدك الإلكتروني: يمكنك الآن طلب موعد.
recovery-verify-needed-title = أكّد بريدك الإلكتروني
recovery-verify-needed-text = أرسلنا رابطًا إلى بريدك. افتحه لتأكيد العنوان. يمكنك في الأثناء ملء بيانات مجموعتك.
recovery-verify-needed-request = قبل طلب موعد، أكّد بريدك الإلكتروني.
recovery-verify-already = تم تأكيد بريدك الإلكتروني.
recovery-verify-resend = إرسال الرابط مرة أخرى
recovery-verify-resent = أرسلنا رابطًا جديدًا. تحقّق من بريدك، ومن مجلد الرسائل غير المرغوب فيها أيضًا.

recovery-link-invalid-title = هذا الرابط لم يعد يعمل
recovery-link-invalid-text = انتهت صلاحية الرابط أو استُخدم من قبل. روابط إعادة تعيين كلمة المرور تعمل ساعة واحدة ومرة واحدة فقط.
recovery-reset-ask-again = طلب رابط جديد

recovery-forgot = نسيت كلمة المرور؟
recovery-reset-title = إعادة تعيين كلمة المرور
recovery-reset-intro = اكتب البريد الإلكتروني لحسابك. سنرسل لك رابطًا لاختيار كلمة مرور جديدة.
recovery-reset-submit = أرسلوا لي رابطًا
recovery-reset-sent-title = تحقّق من بريدك الإلكتروني
recovery-reset-sent-text = إن كان لهذا العنوان حساب، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يعمل الرابط ساعة واحدة ومرة واحدة فقط.
recovery-reset-done-title = تم تغيير كلمة المرور
recovery-reset-done-text = حُفظت كلمة المرور الجديدة وتم تسجيل الخروج من كل الأجهزة. سجّل الدخول بكلمة المرور الجديدة.

recovery-password-title = تغيير كلمة المرور
recovery-password-too-short = { $min ->
    [zero] كلمة مرورك أقصر من { $min } حرف. من فضلك اختر الآن كلمة مرور أطول.
    [one] كلمة مرورك أقصر من حرف واحد. من فضلك اختر الآن كلمة مرور أطول.
    [two] كلمة مرورك أقصر من حرفين. من فضلك اختر الآن كلمة مرور أطول.
    [few] كلمة مرورك أقصر من { $min } أحرف. من فضلك اختر الآن كلمة مرور أطول.
    [many] كلمة مرورك أقصر من { $min } حرفًا. من فضلك اختر الآن كلمة مرور أطول.
   *[other] كلمة مرورك أقصر من { $min } حرف. من فضلك اختر الآن كلمة مرور أطول.
}
recovery-password-done = تم تغيير كلمة المرور. وتم تسجيل الخروج من الأجهزة الأخرى.
recovery-password-submit = حفظ كلمة المرور الجديدة
recovery-wrong-password = هذه ليست كلمة مرورك الحالية.

recovery-email-title = تغيير البريد الإلكتروني
recovery-email-intro = سنرسل رابطًا إلى العنوان الجديد. يتم التغيير عندما تفتحه. وسنُعلم العنوان القديم.
recovery-email-submit = إرسال الرابط
recovery-email-sent = أرسلنا رابطًا إلى العنوان الجديد. افتحه لإكمال التغيير.
recovery-email-confirm-title = أكّد بريدك الإلكتروني الجديد
recovery-email-confirm-text = اضغط الزر لاستخدام هذا العنوان لحسابك في Garita.
recovery-email-confirm-submit = استخدام هذا العنوان
recovery-email-changed-title = تم تغيير البريد الإلكتروني
recovery-email-changed-text = حسابك يستخدم الآن العنوان الجديد. أعلمنا العنوان القديم بالتغيير.
