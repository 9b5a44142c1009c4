my-data-title = Mening maʼlumotlarim
my-data-reauth-intro = Maʼlumotlaringizni koʻrish yoki oʻchirish uchun parolni yana kiriting. Bu sahifalar 10 daqiqa ochiq turadi.
my-data-password = Parol
my-data-code = Autentifikator ilovangizdagi kod
my-data-continue = Davom etish
my-data-intro = Garita akkauntingiz haqida saqlagan hamma narsa shu. Uni fayl qilib yuklab olishingiz mumkin.
my-data-download = Maʼlumotlarimni yuklab olish (JSON)
my-data-account = Akkaunt
my-data-email = Elektron pochta
my-data-created = Ochilgan
my-data-members = Guruhingizdagi kishilar
my-data-has-photo = surat saqlangan
my-data-none = Hech narsa.
my-data-appointments = Navbatlar
my-data-notifications-count = { $count ->
    [one] Sizga { $count } ta xabar yuborilgan.
   *[other] Sizga { $count } ta xabar yuborilgan.
}
my-data-views = Maʼlumotlaringizni kim koʻrgan
my-data-views-intro = Kimdir maʼlumotlaringizni har safar ochgani yoki oʻzgartirgani. Biz rol, chegara punkti va vaqtni koʻrsatamiz, odamning ismini hech qachon koʻrsatmaymiz.
my-data-col-time = Vaqt
my-data-col-role = Rol
my-data-col-port = Chegara punkti
my-data-col-action = Harakat
my-data-role-traveler = Siz
my-data-role-officer = Xodim
my-data-role-admin = Administrator
my-data-role-anonymous = Tizim
my-data-delete-title = Akkauntimni oʻchirish
my-data-delete-link = Akkauntim va maʼlumotlarimni oʻchirish
my-data-delete-intro = Akkauntni oʻchirsangiz, quyidagilar butunlay yoʻqoladi:
my-data-delete-members = { $count ->
    [one] Guruhingizdagi { $count } kishi, surati bilan.
   *[other] Guruhingizdagi { $count } kishi, suratlari bilan.
}
my-data-delete-appointment = Navbatingiz. Uning kodlari ishlamay qoladi, joylar boshqalarga beriladi.
my-data-delete-request = Arizangiz. Kutgan vaqtingiz yoʻqoladi.
my-data-delete-sessions = Barcha qurilmalarda akkauntdan chiqasiz.
my-data-delete-kept = Biz faqat akkaunt oʻchirilgani haqidagi yozuvni uning raqami bilan saqlaymiz, ismingiz bilan emas.
my-data-delete-confirm = Tushunaman. Akkauntimni oʻchiring.
my-data-delete-button = Butunlay oʻchirish
my-data-keep = Akkauntimni qoldirish
my-data-deleted-title = Akkaunt oʻchirildi
my-data-deleted-text = Akkauntingiz va maʼlumotlaringiz oʻchirildi. Siz akkauntdan chiqdingiz.
my-data-action-viewed = Ma’lumotlaringizni ko‘rdi
my-data-action-exported = Ma’lumotlaringizni yuklab oldi
my-data-action-message = Sizga xabar yubordi
my-data-action-port = O‘tish punktida qayd etildi
my-data-action-changed = Ma’lumotlaringizni o‘zgartirdi
