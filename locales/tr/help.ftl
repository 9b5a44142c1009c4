help-title = Yardım
help-intro = Garita, ABD kara sınır kapılarında randevu verir. Ücretsizdir. İşte her adım, basit sözlerle.
help-steps-title = Adım adım
help-step-account = E-posta adresiniz ve bir şifreyle hesap açın.
help-step-members = Kendinizi ve sizinle seyahat eden her kişiyi ekleyin. Her kişinin yüzünün yakın zamanda çekilmiş bir fotoğrafı gerekir: telefonla çekin ya da galeriden seçin.
help-step-request = Meksika'nın kuzeyinde veya ortasındayken randevu isteyin. Ulaşabileceğiniz sınır kapılarını seçin. Konumunuzu bir kez paylaşın ya da şehrinizi yazın.
help-step-draw = Her gün bir kura yerleri dağıtır. Seçilmezseniz başvurunuz ertesi günün kurasında kalır.
help-step-confirm = Seçilirseniz bir teklif alırsınız. Gösterilen saatten önce onaylayın; yoksa yerler başka kişilere gider.
help-step-pass = Onayladıktan sonra her kişi randevu kodunu ve bir QR kodu alır. Bunları telefonda saklayın veya yazdırın.
help-draw-title = Kura nasıl işler
help-draw-text = Kura, açık başvuruların hepsi arasında yapılan bir çekilişir. Beklediğiniz her gün şansınızı artırır. Özel ihtiyaçlarla ilgili sorulara verilen cevaplar da artırır. Kimse daha iyi bir şans satın alamaz.
help-draw-check = Garita her kuradan önce mühürlü bir sayı yayımlar; sonra tohum değerini ve listeyi. Sonucun değiştirilmediğini herkes kontrol edebilir.
help-bring-title = Sınır kapısına ne götürmeli
help-bring-passes = Her kişinin randevu kodu ve QR kodu (telefonda veya basılı).
help-bring-documents = Her kişinin sahip olduğu kimlik belgeleri, örneğin pasaport veya doğum belgesi.
help-bring-everyone = Randevudaki herkes. Buluşma noktasına randevu kodundaki saatten 30 dakika önce gelin.
help-port-title = Sınır kapısında ne olur
help-port-text = Bir görevli her kişinin kodunu tarar ve kim olduğunu kontrol eder. Görevli soru sorabilir ve sizi ikinci bir kontrole gönderebilir. Sonra görevli karar verir.
help-not-permission = Randevu, Amerika Birleşik Devletleri’ne girme izni değildir. Sınır kapısında kararı bir görevli verir.
help-privacy-link = Gizlilik: neyi ve ne kadar süre saklıyoruz
help-contact-link = İletişim ve yardım
privacy-title = Gizlilik
privacy-intro = Bu sayfa, Garita’nın sizinle ilgili neyi sakladığını, kimin görebileceğini ve ne zaman silindiğini anlatır.
privacy-what-title = Neyi saklıyoruz
privacy-what-text = E-posta adresiniz ve şifrenizin bir özeti (hash). Grubunuzdaki her kişi için: ad, doğum tarihi, vatandaşlık, dil, verirseniz bir belge ve canlı bir fotoğraf. Başvurunuz, randevunuz ve kodları. Adlar, belgeler, fotoğraflar ve e-posta adresleri şifrelenmiş olarak saklanır.
privacy-who-title = Kim görebilir
privacy-who-text = Siz. Randevunuzun olduğu sınır kapısındaki görevliler her kişiyi kontrol etmek için grubunuzu görür. Bir görevli grubunuzun verilerini her açtığında bu kaydedilir. Bu kayıtları Verilerim bölümünde görebilirsiniz.
privacy-retention-title = Her tür veriyi ne kadar saklıyoruz
privacy-col-kind = Veri
privacy-col-kept = Saklama süresi
privacy-col-deleted-by = Kim siler
privacy-rights-title = Verilerinizi görün veya silin
privacy-rights-text = Garita’nın hesabınızla ilgili sakladığı her şeyi istediğiniz zaman indirebilir ve hesabı silebilirsiniz.
privacy-my-data-link = Verilerim’e git
retention-keep-while-account = Hesabınız var olduğu sürece
retention-keep-minutes = { $n ->
    [one] { $n } dakika
   *[other] { $n } dakika
}
retention-keep-hours = { $n ->
    [one] en fazla { $n } saat
   *[other] en fazla { $n } saat
}
retention-keep-days = { $n ->
    [one] { $n } gün
   *[other] { $n } gün
}
retention-keep-always = Her zaman (ad yok, yalnızca numaralar)
retention-by-you = Siz, Verilerim bölümünde
retention-by-job = Süre dolunca kendiliğinden silinir
retention-by-nothing = Hiç silinmez, böylece kayıt değiştirilemez
retention-kind-account = Hesap (e-posta, şifre özeti, dil)
retention-kind-members = Grubunuzdaki kişiler ve fotoğrafları
retention-kind-requests = Başvurular, kapandıktan sonra
retention-kind-appointments = Randevular ve kodları, randevu gününden sonra
retention-kind-check-ins = Sınır kapısına varış kayıtları, randevu gününden sonra
retention-kind-sessions = Oturumlar
retention-kind-reauthentications = Verilerim için şifre kontrolü
retention-kind-sign-in-steps = Parolanız ile kodunuz arasındaki adımlar
retention-kind-account-links = Size e-postayla gönderdiğimiz bağlantılar (doğrulama, sıfırlama, yeni adres)
retention-kind-idempotency = Bir formun iki kez gönderilmesini önleyen kayıtlar
retention-kind-notification-bodies = Size gönderilen mesajların metni
retention-kind-notifications = Gönderilen mesajların listesi (tür, saat, durum)
retention-kind-wait-times = Görevlilerin bekleme süresi bildirimleri
retention-kind-audit = Verileri kimin gördüğü veya değiştirdiğinin kaydı (numaralar, rol, kapı, saat)
contact-title = İletişim
contact-write = Bu hizmeti yürütenlere ulaşmak için şu adrese yazın:
contact-none = Bu hizmeti yürütenler henüz bir iletişim adresi yayımlamadı.
contact-site = Garita’nın sizinle ilgili sakladıklarını görmek veya silmek için giriş yapın ve Verilerim’i açın.
contact-port = Sınır kapısında girişinizle ilgili sorulara yalnızca görevliler cevap verebilir.
contact-legal = Garita hukuki tavsiye veremez. Tavsiye için güvendiğiniz bir avukata veya hukuki yardım kuruluşuna başvurun.
contact-never-pay = Garita ücretsizdir. Kimse size randevu veya daha iyi bir şans satamaz. Biri sizden para isterse ödemeyin.
