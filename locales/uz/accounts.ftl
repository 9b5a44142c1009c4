register-title = Akkaunt ochish
register-intro = Sizga elektron pochta manzili va parol kerak. Maʼlumotlaringizni sizdan boshqa hech kim koʻra olmaydi.
field-email = Elektron pochta manzili
field-password = Parol
field-password-hint = { $min ->
    [one] Kamida { $min } ta belgi.
   *[other] Kamida { $min } ta belgi.
    } Oson eslab qoladigan qisqa gap yaxshi boʻladi.
register-submit = Akkaunt ochish
register-have-account = Akkauntingiz bormi? Kiring.
login-title = Kirish
login-submit = Kirish
login-no-account = Hali akkauntingiz yoʻqmi? Yangisini oching.
logout-submit = Chiqish
