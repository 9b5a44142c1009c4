my-data-title = Verilerim
my-data-reauth-intro = Verilerinizi görmek veya silmek için şifrenizi tekrar girin. Bu sayfalar 10 dakika açık kalır.
my-data-password = Şifre
my-data-code = Doğrulama uygulamanızdaki kod
my-data-continue = Devam
my-data-intro = Garita’nın hesabınızla ilgili sakladığı her şey bu. Bir dosya olarak indirebilirsiniz.
my-data-download = Verilerimi indir (JSON)
my-data-account = Hesap
my-data-email = E-posta
my-data-created = Açılış
my-data-members = Grubunuzdaki kişiler
my-data-has-photo = fotoğraf saklanıyor
my-data-none = Hiçbir şey.
my-data-appointments = Randevular
my-data-notifications-count = { $count ->
    [one] Size { $count } mesaj gönderildi.
   *[other] Size { $count } mesaj gönderildi.
}
my-data-views = Verilerinizi kim gördü
my-data-views-intro = Birinin verilerinizi her açtığı veya değiştirdiği an. Rolü, sınır kapısını ve saati gösteririz, kişinin adını asla göstermeyiz.
my-data-col-time = Saat
my-data-col-role = Rol
my-data-col-port = Sınır kapısı
my-data-col-action = İşlem
my-data-role-traveler = Siz
my-data-role-officer = Görevli
my-data-role-admin = Yönetici
my-data-role-anonymous = Sistem
my-data-delete-title = Hesabımı sil
my-data-delete-link = Hesabımı ve verilerimi sil
my-data-delete-intro = Hesabınızı silerseniz bunlar kalıcı olarak kaybolur:
my-data-delete-members = { $count ->
    [one] Grubunuzdaki { $count } kişi, fotoğrafıyla.
   *[other] Grubunuzdaki { $count } kişi, fotoğraflarıyla.
}
my-data-delete-appointment = Randevunuz. Kodları çalışmaz olur ve yerler başka kişilere gider.
my-data-delete-request = Başvurunuz. Bekleme süreniz kaybolur.
my-data-delete-sessions = Tüm cihazlarda oturumunuz kapanır.
my-data-delete-kept = Yalnızca bir hesabın silindiğine dair bir kaydı, adınızla değil numarasıyla saklarız.
my-data-delete-confirm = Anlıyorum. Hesabımı sil.
my-data-delete-button = Kalıcı olarak sil
my-data-keep = Hesabımı koru
my-data-deleted-title = Hesap silindi
my-data-deleted-text = Hesabınız ve verileriniz silindi. Oturumunuz kapandı.
my-data-action-viewed = Verilerinize baktı
my-data-action-exported = Verilerinizi indirdi
my-data-action-message = Size mesaj gönderdi
my-data-action-port = Sınır kapısında kayıt
my-data-action-changed = Verilerinizi değiştirdi
