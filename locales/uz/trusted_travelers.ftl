# Ishonchli sayohatchi a'zoligi (/trusted-traveler) va ro'yxatga olish suhbatlari (/enrollment/interviews).
ttp-title = Ishonchli sayohatchi
ttp-intro = SENTRI, NEXUS, Global Entry yoki FAST a'zoligingiz: holati, qachon tugashi, qachon yangilash va ro'yxatga olish suhbatingiz.
ttp-none = Siz hali hech qanday a'zolikni bog'lamagansiz.
ttp-linked = A'zoligingiz shu hisobga bog'landi.
ttp-link-title = A'zolikni bog'lash
ttp-link-intro = Dasturni, PASSID raqamingizni va tug'ilgan sanangizni CBPdagi kabi aniq kiriting.
field-passid = PASSID
ttp-passid-hint = 9 ta raqam, kartangizda yoki tasdiqlash xatingizda.
ttp-link-submit = Bog'lash
ttp-link-not-found = Bu ma'lumotlar bilan a'zolik topilmadi. Kiritganingizni tekshiring.
ttp-privacy = Har bir urinish qayd etiladi. Juda ko'p urinishdan keyin qayta urinishdan oldin kutish kerak.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = Holati
ttp-status-pending_review = Ko'rib chiqilmoqda
ttp-status-conditionally_approved = Shartli tasdiqlangan
ttp-status-active = Faol
ttp-status-expired = Muddati tugagan
ttp-status-revoked = Bekor qilingan
ttp-status-denied = Rad etilgan
ttp-expires = Tugash sanasi
ttp-days-left = { $days ->
    [one] { $days } kun qoldi
   *[other] { $days } kun qoldi
}
ttp-renewal = Yangilash
ttp-renewal-opens = { $date } dan boshlab yangilashingiz mumkin.
ttp-renewal-open-now = { $date } dan beri ochiq: hozir yangilashingiz mumkin.
ttp-next = Keyin nima qilish kerak
ttp-next-wait = Hozircha hech narsa: CBP arizangizni ko'rib chiqmoqda.
ttp-next-book-interview = Ro'yxatga olish suhbatiga yoziling.
ttp-next-nothing = Hech narsa: a'zoligingiz faol.
ttp-next-renew = Muddati tugashidan oldin CBPning Ishonchli sayohatchi dasturlari saytida yangilang.
ttp-next-apply-again = CBPning Ishonchli sayohatchi dasturlari saytida qayta ariza bering.
ttp-next-contact-cbp = Agar bu xato deb hisoblasangiz, CBPning Ishonchli sayohatchi ombudsmaniga murojaat qiling.
ttp-interview-booked = Suhbat: { $center }, { $date }, soat { $time }.
ttp-interview-book = Suhbatga yozilish
ttp-interview-rebook = Suhbatni o'zgartirish
ttp-interview-cancel = Suhbatni bekor qilish
ttp-book-title = Ro'yxatga olish suhbatiga yozilish
ttp-book-center = Ro'yxatga olish markazi
ttp-book-date = Kun
ttp-book-show = Ko'rsatish
ttp-book-slots = Vaqtlar
ttp-book-times-in = Vaqtlar markazning mahalliy vaqtida ({ $zone }).
ttp-book-closed = Bu markaz yopiq.
ttp-book-no-slots = Bu kuni suhbatlar yo'q. Boshqa kunni tanlang.
ttp-slot-free = { $count ->
    [one] { $count } ta joy qoldi
   *[other] { $count } ta joy qoldi
}
ttp-slot-book = { $time } ga yozilish
ttp-slot-unavailable = Mavjud emas
ttp-back = A'zoliklarimga qaytish
ttp-desk-title = Ro'yxatga olish suhbatlari
ttp-desk-none = Bu kuni suhbatlar yo'q.
ttp-desk-caption = Kunning suhbatlari
ttp-desk-time = Vaqt
ttp-desk-outcome = Natija
ttp-desk-record = Qayd etish
ttp-outcome-approved = Tasdiqlandi
ttp-outcome-denied = Rad etildi
ttp-outcome-no_show = Kelmadi
ttp-interview-status-booked = Yozilgan
ttp-interview-status-cancelled = Bekor qilingan
ttp-interview-status-approved = Tasdiqlangan
ttp-interview-status-denied = Rad etilgan
ttp-interview-status-no_show = Kelmadi
nav-ttp = Ishonchli sayohatchi
notification-ttp-renewal-subject = Ishonchli sayohatchi a'zoligingizni yangilash vaqti keldi
notification-ttp-renewal-body = A'zoligingiz muddati tez orada tugaydi va uni hozir yangilash mumkin. Sanani ko'rish uchun kiring: { $url }/trusted-traveler
retention-kind-ttp-interviews = Ishonchli sayohatchi suhbatlari, o'z kunidan keyin
