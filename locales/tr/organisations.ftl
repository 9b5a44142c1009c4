# Kuruluşlar, çalışanları ve davetler; kuruluşlar ve personel için yönetici sayfaları.
nav-organisation = Kuruluşum
nav-organisations = Kuruluşlar
nav-staff = Personel

role-officer = Memur
role-agriculture-specialist = Tarım uzmanı
role-adjudicator = Başvuru değerlendiricisi
role-enrollment-officer = Kayıt memuru
role-organisation-manager = Yönetici
role-organisation-member = Üye
role-admin = Sistem yöneticisi

organisation-kind-partner-agency = Ortak kurum
organisation-kind-customs-broker = Gümrük müşaviri
organisation-kind-carrier = Taşıyıcı
organisation-kind-bus-line = Otobüs firması
organisation-kind-airline = Havayolu
organisation-kind-aid-organisation = Barınak, hukuki yardım veya uluslararası kuruluş
organisation-kind-government-agency = Devlet kurumu

organisation-status-label = Durum
organisation-status-pending = Onay bekliyor
organisation-status-approved = Onaylandı
organisation-status-suspended = Askıya alındı
organisation-status-rejected = Reddedildi

organisation-decision-approve = Onayla
organisation-decision-reject = Reddet
organisation-decision-suspend = Askıya al

programme-appointments = Giriş noktalarında randevular
programme-parole-travel = Parole kapsamında seyahat izinleri
programme-provisional-i94 = Geçici I-94
programme-trusted-traveler = Trusted Traveler programları

field-legal-name = Resmî unvan
field-legal-name-hint = Makamlara kayıtlı olduğu şekliyle.
field-kind = Kuruluş türü
field-country = Ülke
field-identifier = Tanımlayıcı
field-identifier-hint = Gümrük müşavirleri: CBP beyan sahibi kodu (3 harf veya rakam). Havayolları: IATA kodu (2 karakter). Taşıyıcılar ve otobüs firmaları: SCAC (2 ila 4 harf) veya USDOT numarası. Diğerleri: varsa bir sicil numarası.
field-role = Rol
field-manager-email = Yöneticinin e-posta adresi
field-location = Yer
field-location-hint = Memurlar, tarım uzmanları ve kayıt memurları için.
field-programme = Program
field-programme-hint = Başvuru değerlendiricileri için.
field-scope = Yer veya program

organisations-register-title = Kuruluş kaydet
organisations-register-intro = Ortak kurumlar, gümrük müşavirleri, taşıyıcılar, otobüs firmaları, havayolları, barınaklar ve devlet kurumları bir yönetici onayladıktan sonra Garita'da işlem yapabilir.
organisations-register-you = Siz, ilk yönetici
organisations-register-you-intro = Kuruluşun çalışanlarını siz yöneteceksiniz. Adresinizi doğrulamak için bir bağlantı göndeririz; ilk girişinizde ikinci bir adım (bir doğrulama uygulaması) kurarsınız.
organisations-register-submit = Kuruluşu kaydet

organisation-waiting = Kuruluşunuz adına işlem yapabilmeniz için bir yöneticinin onu onaylaması gerekir. Karar verildiğinde bir e-posta alacaksınız.
organisation-stopped = Kuruluşunuz şu anda Garita'da işlem yapamaz. Bunun bir hata olduğunu düşünüyorsanız yöneticilerle iletişime geçin.
organisation-people = Çalışanlar
organisation-since = Başlangıç
organisation-actions = İşlemler
organisation-make-member = Üye yap
organisation-make-manager = Yönetici yap
organisation-remove = Çıkar
organisation-invitations = Davetler
organisation-no-invitations = Henüz davet yok.
organisation-invitation-status = Durum
organisation-expires = Sona erer
organisation-revoke = Geri çek
organisation-invite = Birini davet et
organisation-invite-intro = Bu adrese bir bağlantı göndeririz. Bir kez, 7 gün boyunca ve yalnızca o adresin hesabı için çalışır.
organisation-invite-submit = Daveti gönder
organisation-api-keys = API anahtarları
organisation-api-keys-intro = Kendi sistemleriniz bir anahtarla kuruluş adına işlem yapabilir.
organisation-api-keys-link = API anahtarlarını yönet

invitation-status-pending = Bekliyor
invitation-status-accepted = Kabul edildi
invitation-status-expired = Süresi doldu
invitation-status-revoked = Geri çekildi

invitation-title = Davet
invitation-to-organisation = Şu kuruluş adına işlem yapmaya davet edildiniz:
invitation-to-staff = Garita'da CBP personeli olarak çalışmaya davet edildiniz.
invitation-accept = Daveti kabul et
invitation-sign-in = Bu adresin zaten bir hesabı var. Kabul etmek için bu hesapla giriş yapın.
invitation-new-account = Hesabınızı oluşturmak için bir parola seçin. İlk girişinizde ikinci bir adım (bir doğrulama uygulaması) kurarsınız.
invitation-password-hint = En az 15 karakter.

organisations-admin-title = Kuruluşlar
organisations-all = Tümü
organisations-none = Burada kuruluş yok.
organisations-registered = Kayıt tarihi
organisations-create = Kuruluş oluştur
organisations-create-intro = Oluşturduğunuz kuruluş hemen onaylanır; yöneticisi e-postayla bir davet alır.
organisations-create-submit = Oluştur ve yöneticiyi davet et

staff-title = CBP personeli
staff-grants = Roller
staff-scope-platform = tüm platform
staff-remove-grant = Kaldır
staff-invite = Bir kişiyi davet et
staff-invite-intro = Bir rol ve geçerli olduğu yeri seçin: memurlar, uzmanlar ve kayıt memurları için bir yer, başvuru değerlendiricileri için bir program. Bağlantı bir kez, 7 gün boyunca çalışır.
staff-invite-submit = Daveti gönder

notification-invitation-subject = Garita'da { $organisation } adına işlem yapma daveti
notification-invitation-body = Garita'da { $organisation } adına işlem yapmaya davet edildiniz. Kabul etmek için bu bağlantıyı 7 gün içinde açın: { $link } Bu daveti beklemiyorsanız görmezden gelebilirsiniz.
notification-staff-invitation-subject = Garita'da CBP personeli olarak çalışma daveti
notification-staff-invitation-body = Garita'da CBP personeli olarak çalışmaya davet edildiniz. Kabul etmek için bu bağlantıyı 7 gün içinde açın: { $link } Bu daveti beklemiyorsanız görmezden gelebilirsiniz.
notification-organisation-approved-subject = { $organisation } onaylandı
notification-organisation-approved-body = Bir yönetici { $organisation } kuruluşunu onayladı. Çalışanları artık Garita'da onun adına işlem yapabilir: { $url }
notification-organisation-rejected-subject = { $organisation } onaylanmadı
notification-organisation-rejected-body = Bir yönetici { $organisation } kaydını onaylamadı. Bunun bir hata olduğunu düşünüyorsanız yöneticilerle iletişime geçin.
notification-organisation-suspended-subject = { $organisation } askıya alındı
notification-organisation-suspended-body = Bir yönetici { $organisation } kuruluşunu askıya aldı. Yeniden onaylanana kadar çalışanları ve anahtarları onun adına işlem yapamaz.
notification-kind-invitation = Davet
notification-kind-staff-invitation = Personel daveti
notification-kind-organisation-approved = Kuruluş onaylandı
notification-kind-organisation-rejected = Kuruluş onaylanmadı
notification-kind-organisation-suspended = Kuruluş askıya alındı
