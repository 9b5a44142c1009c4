group-title = Mening guruhim
group-intro = Avval oʻzingizni qoʻshing. Keyin siz bilan birga yoʻl yurayotgan har bir odamni qoʻshing. Bitta guruhda koʻpi bilan { $max } kishi boʻlishi mumkin.
group-empty = Guruhingizda hali hech kim yoʻq. Oʻzingizni qoʻshishdan boshlang.
group-add-self = Oʻzimni qoʻshish
group-add-member = Odam qoʻshish
group-full = Guruhingiz toʻldi ({ $max } kishi).
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
