# İkinci faktör: paroladan sonra bir kimlik doğrulama uygulamasından kod.
second-factor-title = İki adımlı giriş
second-factor-about = Parolanızdan sonra Garita, telefonunuzdaki bir kimlik doğrulama uygulamasından 6 haneli bir kod ister; böylece çalınmış bir parola tek başına hesabınızı açamaz.
second-factor-code-title = Kodunuzu girin
second-factor-code-intro = Kimlik doğrulama uygulamanızı açın ve Garita için gösterdiği 6 haneli kodu yazın.
second-factor-code-label = Kod
second-factor-code-hint = Uygulamadaki 6 rakam ya da kurtarma kodlarınızdan biri.
second-factor-code-digits = Uygulamanın gösterdiği 6 rakam.
second-factor-code-submit = Giriş yap
second-factor-setup-title = Kimlik doğrulama uygulamanızı kurun
second-factor-setup-required = Rolünüz iki adımlı giriş gerektiriyor. Devam etmek için şimdi kurun.
second-factor-setup-scan = Bu kodu bir kimlik doğrulama uygulamasıyla tarayın (örneğin FreeOTP, Aegis veya Google Authenticator).
second-factor-setup-manual = Tarayamıyorsanız bu anahtarı elle ekleyin:
second-factor-setup-uri = Uygulamanın olduğu telefonda ayrıca
second-factor-setup-uri-link = bu bağlantıyı uygulamada açabilirsiniz
second-factor-qr-label = Garita'yı bir kimlik doğrulama uygulamasına ekleyen QR kod
second-factor-setup-confirm = Uygulamanın şimdi gösterdiği kodu yazın
second-factor-setup-submit = Onayla
second-factor-recovery-title = Kurtarma kodlarınız
second-factor-recovery-intro = Telefonunuzu kaybederseniz bu kodların her biri, uygulamanın kodu yerine bir kez çalışır. Şimdi not edin ya da yazdırın: bir daha gösterilmeyecekler.
second-factor-continue = Devam et
second-factor-status-on = İki adımlı giriş açık.
second-factor-status-off = İki adımlı giriş kapalı.
second-factor-recovery-left = { $count ->
    [one] { $count } kurtarma kodu kaldı.
   *[other] { $count } kurtarma kodu kaldı.
}
second-factor-required-role = Rolünüz bunu gerektirdiği için kapatılamaz. Telefonunuzu ve kurtarma kodlarınızı kaybederseniz bir yönetici sıfırlayabilir.
second-factor-turn-on = İki adımlı girişi aç
second-factor-turn-off-title = İki adımlı girişi kapat
second-factor-turn-off-submit = Kapat
second-factor-admin-title = İkinci faktörü sıfırla
second-factor-admin-intro = Bir kişi telefonunu ve kurtarma kodlarını kaybettiyse ve kim olduğunu doğruladıysanız, ikinci faktörünü sıfırlayın. Kişiye e-postayla bildirilir ve bir sonraki girişinde yenisini kurar.
second-factor-admin-email = Hesabın e-posta adresi
second-factor-admin-submit = İkinci faktörü sıfırla
second-factor-admin-done = İkinci faktör sıfırlandı ve kişiye e-postayla bildirildi.
second-factor-admin-none = Bu adrese sahip hiçbir hesabın ikinci faktörü yok.
second-factor-pending-expired = Parolanız ile kodunuz arasında çok fazla zaman geçti. Lütfen yeniden giriş yapın.
