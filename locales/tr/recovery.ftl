# Hesaba geri dönmek: e-posta adresini doğrulamak, unutulan şifreyi sıfırlamak, şifreyi veya
# adresi değiştirmek. Yanıtlar bir adresin hesabı olup olmadığını asla söylemez.

field-current-password = Mevcut şifre
field-new-password = Yeni şifre
field-new-email = Yeni e-posta adresi

recovery-check-email-title = E-postanızı kontrol edin
recovery-check-email-text = Verdiğiniz adrese bir mesaj gönderdik. Adresi doğrulamak için içindeki bağlantıyı açın. Adresin zaten bir hesabı varsa mesaj ne yapmanız gerektiğini söyler.
recovery-to-login = Girişe git
recovery-to-group = Grubunuza gidin
recovery-to-home = Ana sayfaya git

recovery-verify-title = E-posta adresinizi doğrulayın
recovery-verify-text = Bu e-posta adresinin size ait olduğunu doğrulamak için düğmeye basın.
recovery-verify-submit = Adresimi doğrula
recovery-verified-title = Adres doğrulandı
recovery-verified-text = Teşekkürler. E-posta adresiniz doğrulandı: artık randevu isteyebilirsiniz.
recovery-verify-needed-title = E-posta adresinizi doğrulayın
recovery-verify-needed-text = E-postanıza bir bağlantı gönderdik. Adresi doğrulamak için açın. Bu arada grubunuzu doldurabilirsiniz.
recovery-verify-needed-request = Randevu istemeden önce e-posta adresinizi doğrulayın.
recovery-verify-already = E-posta adresiniz doğrulandı.
recovery-verify-resend = Bağlantıyı yeniden gönder
recovery-verify-resent = Yeni bir bağlantı gönderdik. Spam klasörü dahil e-postanızı kontrol edin.

recovery-link-invalid-title = Bu bağlantı artık çalışmıyor
recovery-link-invalid-text = Bağlantının süresi doldu veya zaten kullanıldı. Şifre sıfırlama bağlantıları bir saat boyunca ve yalnızca bir kez çalışır.
recovery-reset-ask-again = Yeni bağlantı iste

recovery-forgot = Şifrenizi mi unuttunuz?
recovery-reset-title = Şifreyi sıfırla
recovery-reset-intro = Hesabınızın e-posta adresini yazın. Yeni bir şifre seçmeniz için bir bağlantı göndereceğiz.
recovery-reset-submit = Bana bağlantı gönder
recovery-reset-sent-title = E-postanızı kontrol edin
recovery-reset-sent-text = Bu adresin bir hesabı varsa, yeni şifre seçmesi için bir bağlantı gönderdik. Bağlantı bir saat boyunca ve yalnızca bir kez çalışır.
recovery-reset-done-title = Şifre değiştirildi
recovery-reset-done-text = Yeni şifreniz kaydedildi ve tüm cihazlarda oturum kapatıldı. Yeni şifrenizle giriş yapın.

recovery-password-title = Şifrenizi değiştirin
recovery-password-too-short = Şifreniz { $min } karakterden kısa. Lütfen şimdi daha uzun bir şifre seçin.
recovery-password-done = Şifreniz değiştirildi. Diğer cihazlarda oturum kapatıldı.
recovery-password-submit = Yeni şifreyi kaydet
recovery-wrong-password = Bu sizin mevcut şifreniz değil.

recovery-email-title = E-posta adresinizi değiştirin
recovery-email-intro = Yeni adrese bir bağlantı göndereceğiz. Değişiklik, bağlantıyı açtığınızda yapılır. Eski adrese haber verilir.
recovery-email-submit = Bağlantıyı gönder
recovery-email-sent = Yeni adrese bir bağlantı gönderdik. Değişikliği tamamlamak için açın.
recovery-email-confirm-title = Yeni e-posta adresinizi doğrulayın
recovery-email-confirm-text = Bu adresi Garita hesabınız için kullanmak üzere düğmeye basın.
recovery-email-confirm-submit = Bu adresi kullan
recovery-email-changed-title = E-posta adresi değiştirildi
recovery-email-changed-text = Hesabınız artık yeni adresi kullanıyor. Değişikliği eski adrese bildirdik.
