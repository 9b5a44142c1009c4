# Tashkilotlar, ularning xodimlari va taklifnomalar; tashkilotlar va xodimlar uchun administrator sahifalari.
nav-organisation = Mening tashkilotim
nav-organisations = Tashkilotlar
nav-staff = Xodimlar

role-officer = Ofitser
role-agriculture-specialist = Qishloq xo‘jaligi mutaxassisi
role-adjudicator = Arizalarni ko‘rib chiquvchi
role-enrollment-officer = Ro‘yxatga olish ofitseri
role-organisation-manager = Rahbar
role-organisation-member = A’zo
role-admin = Administrator

organisation-kind-partner-agency = Hamkor idora
organisation-kind-customs-broker = Bojxona brokeri
organisation-kind-carrier = Tashuvchi
organisation-kind-bus-line = Avtobus kompaniyasi
organisation-kind-airline = Aviakompaniya
organisation-kind-aid-organisation = Boshpana, yuridik yordam yoki xalqaro tashkilot
organisation-kind-government-agency = Davlat idorasi

organisation-status-label = Holat
organisation-status-pending = Tasdiqlanishini kutmoqda
organisation-status-approved = Tasdiqlangan
organisation-status-suspended = To‘xtatilgan
organisation-status-rejected = Rad etilgan

organisation-decision-approve = Tasdiqlash
organisation-decision-reject = Rad etish
organisation-decision-suspend = To‘xtatish

programme-appointments = Kirish punktlaridagi uchrashuvlar
programme-parole-travel = Parole bo‘yicha sayohat ruxsatnomalari
programme-provisional-i94 = Vaqtinchalik I-94
programme-trusted-traveler = Trusted Traveler dasturlari

field-legal-name = Rasmiy nomi
field-legal-name-hint = Hokimiyatda ro‘yxatdan o‘tgani kabi.
field-kind = Tashkilot turi
field-country = Mamlakat
field-identifier = Identifikator
field-identifier-hint = Bojxona brokerlari: CBP deklarant kodi (3 ta harf yoki raqam). Aviakompaniyalar: IATA kodi (2 ta belgi). Tashuvchilar va avtobus kompaniyalari: SCAC (2 dan 4 tagacha harf) yoki USDOT raqami. Boshqalar: ro‘yxat raqami, agar bo‘lsa.
field-role = Rol
field-manager-email = Rahbarning elektron pochta manzili
field-location = Joy
field-location-hint = Ofitserlar, qishloq xo‘jaligi mutaxassislari va ro‘yxatga olish ofitserlari uchun.
field-programme = Dastur
field-programme-hint = Arizalarni ko‘rib chiquvchilar uchun.
field-scope = Joy yoki dastur

organisations-register-title = Tashkilotni ro‘yxatdan o‘tkazish
organisations-register-intro = Hamkor idoralar, bojxona brokerlari, tashuvchilar, avtobus kompaniyalari, aviakompaniyalar, boshpanalar va davlat idoralari administrator tasdiqlagach Garita’da ishlay oladi.
organisations-register-you = Siz — birinchi rahbar
organisations-register-you-intro = Siz tashkilot xodimlarini boshqarasiz. Manzilingizni tasdiqlash uchun havola yuboramiz; birinchi kirishda ikkinchi qadamni (autentifikator ilovasi) sozlaysiz.
organisations-register-submit = Tashkilotni ro‘yxatdan o‘tkazish

organisation-waiting = Tashkilotingiz nomidan ishlashdan oldin uni administrator tasdiqlashi kerak. Qaror qabul qilinganda sizga xat keladi.
organisation-stopped = Tashkilotingiz hozircha Garita’da ishlay olmaydi. Xato deb hisoblasangiz, administratorlarga murojaat qiling.
organisation-people = Xodimlar
organisation-since = Qachondan
organisation-actions = Amallar
organisation-make-member = A’zo qilish
organisation-make-manager = Rahbar qilish
organisation-remove = Olib tashlash
organisation-invitations = Taklifnomalar
organisation-no-invitations = Hozircha taklifnoma yo‘q.
organisation-invitation-status = Holat
organisation-expires = Muddati tugaydi
organisation-revoke = Bekor qilish
organisation-invite = Kimnidir taklif qilish
organisation-invite-intro = Bu manzilga havola yuboramiz. U bir marta, 7 kun davomida va faqat shu manzil hisobi uchun ishlaydi.
organisation-invite-submit = Taklifnomani yuborish
organisation-api-keys = API kalitlari
organisation-api-keys-intro = O‘z tizimlaringiz kalit bilan tashkilot nomidan ishlashi mumkin.
organisation-api-keys-link = API kalitlarini boshqarish

invitation-status-pending = Kutilmoqda
invitation-status-accepted = Qabul qilingan
invitation-status-expired = Muddati o‘tgan
invitation-status-revoked = Bekor qilingan

invitation-title = Taklifnoma
invitation-to-organisation = Sizni quyidagi tashkilot nomidan ishlashga taklif qilishmoqda:
invitation-to-staff = Sizni Garita’da CBP xodimi sifatida ishlashga taklif qilishmoqda.
invitation-accept = Taklifni qabul qilish
invitation-sign-in = Bu manzilda allaqachon hisob bor. Qabul qilish uchun u bilan kiring.
invitation-new-account = Hisob yaratish uchun parol tanlang. Birinchi kirishda ikkinchi qadamni (autentifikator ilovasi) sozlaysiz.
invitation-password-hint = Kamida 15 ta belgi.

organisations-admin-title = Tashkilotlar
organisations-all = Hammasi
organisations-none = Bu yerda tashkilot yo‘q.
organisations-registered = Ro‘yxatdan o‘tgan
organisations-create = Tashkilot yaratish
organisations-create-intro = Siz yaratgan tashkilot darhol tasdiqlanadi; uning rahbari elektron pochta orqali taklifnoma oladi.
organisations-create-submit = Yaratish va rahbarni taklif qilish

staff-title = CBP xodimlari
staff-grants = Rollar
staff-scope-platform = butun platforma
staff-remove-grant = Olib tashlash
staff-invite = Odamni taklif qilish
staff-invite-intro = Rolni va u qayerda amal qilishini tanlang: ofitserlar, mutaxassislar va ro‘yxatga olish ofitserlari uchun joy, arizalarni ko‘rib chiquvchilar uchun dastur. Havola bir marta, 7 kun davomida ishlaydi.
staff-invite-submit = Taklifnomani yuborish

notification-invitation-subject = Garita’da { $organisation } nomidan ishlash taklifi
notification-invitation-body = Sizni Garita’da { $organisation } nomidan ishlashga taklif qilishmoqda. Qabul qilish uchun bu havolani 7 kun ichida oching: { $link } Agar bu taklifni kutmagan bo‘lsangiz, e’tibor bermasangiz ham bo‘ladi.
notification-staff-invitation-subject = Garita’da CBP xodimi sifatida ishlash taklifi
notification-staff-invitation-body = Sizni Garita’da CBP xodimi sifatida ishlashga taklif qilishmoqda. Qabul qilish uchun bu havolani 7 kun ichida oching: { $link } Agar bu taklifni kutmagan bo‘lsangiz, e’tibor bermasangiz ham bo‘ladi.
notification-organisation-approved-subject = { $organisation } tasdiqlandi
notification-organisation-approved-body = Administrator { $organisation } tashkilotini tasdiqladi. Endi uning xodimlari Garita’da uning nomidan ishlay oladi: { $url }
notification-organisation-rejected-subject = { $organisation } tasdiqlanmadi
notification-organisation-rejected-body = Administrator { $organisation } ro‘yxatdan o‘tishini tasdiqlamadi. Xato deb hisoblasangiz, administratorlarga murojaat qiling.
notification-organisation-suspended-subject = { $organisation } to‘xtatildi
notification-organisation-suspended-body = Administrator { $organisation } faoliyatini to‘xtatdi. Qayta tasdiqlanmaguncha uning xodimlari va kalitlari uning nomidan ishlay olmaydi.
notification-kind-invitation = Taklifnoma
notification-kind-staff-invitation = Xodim taklifnomasi
notification-kind-organisation-approved = Tashkilot tasdiqlandi
notification-kind-organisation-rejected = Tashkilot tasdiqlanmadi
notification-kind-organisation-suspended = Tashkilot to‘xtatildi
