group-title = Grubum
group-intro = Önce kendinizi ekleyin. Sonra sizinle yolculuk eden her kişiyi ekleyin. Bir grupta en çok { $max } kişi olabilir.
group-empty = Grubunuzda henüz kimse yok. Önce kendinizi ekleyin.
group-add-self = Kendimi ekle
group-add-member = Kişi ekle
group-full = Grubunuz dolu ({ $max } kişi).
group-holder = Hesap sahibi
group-count = { $count ->
    [one] { $count } kişi
   *[other] { $count } kişi
}
member-born = Doğum tarihi: { $date }
member-citizenship = Vatandaşlık: { $country }
member-edit = Düzenle
member-remove = Çıkar
member-new-title = Kişi ekle
member-self-title = Sizin bilgileriniz
member-edit-title = Bilgileri düzenle
field-full-name = Tam ad (belgelerinizde yazdığı gibi)
field-date-of-birth = Doğum tarihi
field-date-of-birth-hint = Yıl-ay-gün. Örnek: 1990-05-21.
field-citizenship = Vatandaşı olduğu ülke
field-language = Bu kişinin en iyi konuştuğu dil
field-document-type = Yolculuk belgesi (varsa)
field-document-none = Belge yok
document-type-passport = Pasaport
document-type-national-id = Kimlik kartı
document-type-birth-certificate = Doğum belgesi
document-type-other = Başka bir belge
field-document-number = Belge numarası
field-contact = Telefon veya e-posta (varsa)
field-contact-hint = Ülke koduyla birlikte telefon. Örnek: +52 664 123 4567.
member-save = Kaydet
member-back = Grubuma dön
