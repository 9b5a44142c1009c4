# العامل الثاني: رمز من تطبيق مصادقة بعد كلمة المرور.
second-factor-title = تسجيل الدخول بخطوتين
second-factor-about = بعد كلمة المرور، يطلب غاريتا رمزًا من 6 أرقام من تطبيق مصادقة على هاتفك، حتى لا تكفي كلمة مرور مسروقة وحدها لفتح حسابك.
second-factor-code-title = أدخل الرمز
second-factor-code-intro = افتح تطبيق المصادقة واكتب الرمز المكوّن من 6 أرقام الذي يعرضه لغاريتا.
second-factor-code-label = الرمز
second-factor-code-hint = 6 أرقام من التطبيق، أو أحد رموز الاسترداد الخاصة بك.
second-factor-code-digits = الأرقام الستة التي يعرضها التطبيق.
second-factor-code-submit = تسجيل الدخول
second-factor-setup-title = إعداد تطبيق المصادقة
second-factor-setup-required = دورك يتطلب تسجيل الدخول بخطوتين. أعدّه الآن للمتابعة.
second-factor-setup-scan = امسح هذا الرمز بتطبيق مصادقة (مثل FreeOTP أو Aegis أو Google Authenticator).
second-factor-setup-manual = إذا تعذّر المسح، أضف هذا المفتاح يدويًا:
second-factor-setup-uri = على الهاتف الذي عليه التطبيق، يمكنك أيضًا
second-factor-setup-uri-link = فتح هذا الرابط في التطبيق
second-factor-qr-label = رمز QR يضيف غاريتا إلى تطبيق مصادقة
second-factor-setup-confirm = اكتب الرمز الذي يعرضه التطبيق الآن
second-factor-setup-submit = تأكيد
second-factor-recovery-title = رموز الاسترداد الخاصة بك
second-factor-recovery-intro = إذا فقدت هاتفك، يعمل كل رمز من هذه الرموز مرة واحدة بدلًا من رمز التطبيق. اكتبها أو اطبعها الآن: لن تُعرض مرة أخرى.
second-factor-continue = متابعة
second-factor-status-on = تسجيل الدخول بخطوتين مفعّل.
second-factor-status-off = تسجيل الدخول بخطوتين غير مفعّل.
second-factor-recovery-left = { $count ->
    [zero] لم يبق أي رمز استرداد.
    [one] بقي رمز استرداد واحد.
    [two] بقي رمزا استرداد.
    [few] بقيت { $count } رموز استرداد.
    [many] بقي { $count } رمزًا للاسترداد.
   *[other] بقي { $count } رمز استرداد.
}
second-factor-required-role = دورك يتطلبه، لذلك لا يمكن إيقافه. إذا فقدت هاتفك ورموز الاسترداد، يمكن لمسؤول إعادة تعيينه.
second-factor-turn-on = تفعيل تسجيل الدخول بخطوتين
second-factor-turn-off-title = إيقاف تسجيل الدخول بخطوتين
second-factor-turn-off-submit = إيقاف
second-factor-admin-title = إعادة تعيين عامل ثانٍ
second-factor-admin-intro = عندما يفقد شخص هاتفه ورموز الاسترداد، وبعد أن تتحقق من هويته، أعد تعيين عامله الثاني. يُبلَّغ بالبريد الإلكتروني ويُعدّ عاملًا جديدًا عند تسجيل دخوله التالي.
second-factor-admin-email = البريد الإلكتروني للحساب
second-factor-admin-submit = إعادة تعيين العامل الثاني
second-factor-admin-done = أُعيد تعيين العامل الثاني وأُبلغ الشخص بالبريد الإلكتروني.
second-factor-admin-none = لا يوجد حساب بهذا العنوان له عامل ثانٍ.
second-factor-pending-expired = مرّ وقت طويل جدًا بين كلمة المرور والرمز. يرجى تسجيل الدخول مرة أخرى.
