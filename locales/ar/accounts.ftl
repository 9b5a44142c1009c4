register-title = إنشاء حساب
register-intro = يلزمك بريد إلكتروني وكلمة مرور. لا يستطيع أحد غيرك رؤية معلوماتك.
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-password-hint = { $min ->
    [zero] لا حد أدنى للأحرف.
    [one] حرف واحد على الأقل.
    [two] حرفان على الأقل.
    [few] { $min } أحرف على الأقل.
    [many] { $min } حرفًا على الأقل.
   *[other] { $min } حرف على الأقل.
    } جملة قصيرة سهلة التذكر تصلح جيدًا.
register-submit = إنشاء الحساب
register-have-account = عندك حساب؟ يمكنك تسجيل الدخول.
login-title = تسجيل الدخول
login-submit = دخول
login-no-account = ليس عندك حساب؟ يمكنك إنشاء حساب.
logout-submit = تسجيل الخروج
