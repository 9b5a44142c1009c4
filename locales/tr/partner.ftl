# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = Randevu doğrula
partner-intro = Geçiş kodunu ve kişinin doğum tarihini yazın. Yanıt evet ya da hayırdır, başka bir şey değil.
partner-code = Geçiş kodu
partner-code-hint = QR kodunun altında yazdığı gibi. Boşluklar ve tireler sayılmaz.
field-code = Geçiş kodu
partner-submit = Doğrula
partner-yes = EVET
partner-yes-detail = Bu kişinin randevusu geçerli.
partner-no = HAYIR
partner-no-detail = Bu kod ve bu doğum tarihi için geçerli bir randevu yok. Nedeni söylenmez: yazdığınızı kontrol edin ya da geçişi görmek isteyin.
partner-next = Başka bir kişiyi doğrula
partner-privacy = Her doğrulama hesabınız ve kuruluşunuzla birlikte kaydedilir.
nav-partner = Randevu doğrula
