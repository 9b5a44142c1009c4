group-title = Mening guruhim
group-intro = Avval oʻzingizni qoʻshing. Keyin siz bilan birga yoʻl yurayotgan har bir odamni qoʻshing. { $max ->
    [one] Bitta guruhda koʻpi bilan { $max } kishi boʻlishi mumkin.
   *[other] Bitta guruhda koʻpi bilan { $max } kishi boʻlishi mumkin.
    }
group-empty = Guruhingizda hali hech kim yoʻq. Oʻzingizni qoʻshishdan boshlang.
group-add-self = Oʻzimni qoʻshish
group-add-member = Odam qoʻshish
group-full = { $max ->
    [one] Guruhingiz toʻldi ({ $max } kishi).
   *[other] Guruhingiz toʻldi ({ $max } kishi).
    }
group-holder = Akkaunt egasi
group-count = { $count ->
    [one] { $count } kishi
   *[other] { $count } kishi
}
member-born = Tugʻilgan sana: { $date }
member-citizenship = Fuqarolik: { $country }
member-edit = Tahrirlash
member-remove = Olib tashlash
member-new-title = Odam qoʻshish
member-self-title = Siz haqingizda
member-edit-title = Maʼlumotlarni tahrirlash
field-full-name = Toʻliq ism, hujjatlaringizdagidek
field-date-of-birth = Tugʻilgan sana
field-date-of-birth-hint = Yil-oy-kun. Masalan: 1990-05-21.
field-citizenship = Fuqaroligi boʻlgan davlat
field-language = Bu odam eng yaxshi gapiradigan til
field-document-type = Yoʻl hujjati (agar boʻlsa)
field-document-none = Hujjat yoʻq
document-type-passport = Pasport
document-type-national-id = Shaxsiy guvohnoma (ID karta)
document-type-birth-certificate = Tugʻilganlik haqida guvohnoma
document-type-other = Boshqa hujjat
field-document-number = Hujjat raqami
field-contact = Telefon yoki elektron pochta (agar boʻlsa)
field-contact-hint = Davlat kodi bilan telefon raqami. Masalan: +52 664 123 4567.
member-save = Saqlash
member-back = Guruhimga qaytish
member-change-confirm-title = Guruhni o‘zgartirish navbatingizni tugatadi
member-change-confirm-yes = Ha, guruhimni o‘zgartirib, navbatdan voz kechaman
member-remove-title = { $name } guruhingizdan olib tashlansinmi?
member-remove-loses = { $name } ma’lumotlari va surati o‘chiriladi. Buni qaytarib bo‘lmaydi.
member-remove-yes = Ha, olib tashlash
member-remove-no = Yo‘q, orqaga
