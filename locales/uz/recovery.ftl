# Akkauntga qaytish: elektron pochtani tasdiqlash, unutilgan parolni tiklash, parol yoki
# manzilni almashtirish. Javoblar manzilning akkaunti bor-yoʻqligini hech qachon aytmaydi.

field-current-password = Hozirgi parol
field-new-password = Yangi parol
field-new-email = Yangi elektron pochta manzili

recovery-check-email-title = Pochtangizni tekshiring
recovery-check-email-text = Koʻrsatilgan manzilga xabar yubordik. Manzilni tasdiqlash uchun undagi havolani oching. Agar manzilning akkaunti boʻlsa, xabarda nima qilish kerakligi yozilgan.
recovery-to-login = Kirishga oʻtish
recovery-to-group = Guruhingizga oʻtish
recovery-to-home = Bosh sahifaga oʻtish

recovery-verify-title = Elektron pochtangizni tasdiqlang
recovery-verify-text = Bu elektron pochta manzili sizniki ekanini tasdiqlash uchun tugmani bosing.
recovery-verify-submit = Manzilimni tasdiqlash
recovery-verified-title = Manzil tasdiqlandi
recovery-verified-text = Rahmat. Elektron pochtangiz tasdiqlandi: endi navbat soʻrashingiz mumkin.
recovery-verify-needed-title = Elektron pochtangizni tasdiqlang
recovery-verify-needed-text = Pochtangizga havola yubordik. Manzilni tasdiqlash uchun uni oching. Shu orada guruhingizni toʻldirishingiz mumkin.
recovery-verify-needed-request = Navbat soʻrashdan oldin elektron pochtangizni tasdiqlang.
recovery-verify-already = Elektron pochtangiz tasdiqlangan.
recovery-verify-resend = Havolani qayta yuborish
recovery-verify-resent = Yangi havola yubordik. Pochtangizni, jumladan spam jildini ham tekshiring.

recovery-link-invalid-title = Bu havola endi ishlamaydi
recovery-link-invalid-text = Havolaning muddati tugagan yoki u allaqachon ishlatilgan. Parolni tiklash havolasi bir soat davomida va faqat bir marta ishlaydi.
recovery-reset-ask-again = Yangi havola soʻrash

recovery-forgot = Parolni unutdingizmi?
recovery-reset-title = Parolni tiklash
recovery-reset-intro = Akkauntingizning elektron pochta manzilini yozing. Yangi parol tanlash uchun havola yuboramiz.
recovery-reset-submit = Menga havola yuboring
recovery-reset-sent-title = Pochtangizni tekshiring
recovery-reset-sent-text = Agar bu manzilning akkaunti boʻlsa, unga yangi parol tanlash uchun havola yubordik. Havola bir soat davomida va faqat bir marta ishlaydi.
recovery-reset-done-title = Parol almashtirildi
recovery-reset-done-text = Yangi parolingiz saqlandi va barcha qurilmalardan chiqildi. Yangi parol bilan kiring.

recovery-password-title = Parolni almashtirish
recovery-password-too-short = { $min ->
    [one] Parolingiz { $min } ta belgidan qisqa. Iltimos, hozir uzunroq parol tanlang.
   *[other] Parolingiz { $min } ta belgidan qisqa. Iltimos, hozir uzunroq parol tanlang.
}
recovery-password-done = Parolingiz almashtirildi. Boshqa qurilmalardan chiqildi.
recovery-password-submit = Yangi parolni saqlash
recovery-wrong-password = Bu sizning hozirgi parolingiz emas.

recovery-email-title = Elektron pochtani almashtirish
recovery-email-intro = Yangi manzilga havola yuboramiz. Uni ochganingizda almashtirish amalga oshadi. Eski manzilga xabar beriladi.
recovery-email-submit = Havolani yuborish
recovery-email-sent = Yangi manzilga havola yubordik. Almashtirishni tugatish uchun uni oching.
recovery-email-confirm-title = Yangi elektron pochtangizni tasdiqlang
recovery-email-confirm-text = Bu manzilni Garita akkauntingiz uchun ishlatish uchun tugmani bosing.
recovery-email-confirm-submit = Shu manzilni ishlatish
recovery-email-changed-title = Elektron pochta almashtirildi
recovery-email-changed-text = Akkauntingiz endi yangi manzildan foydalanadi. Eski manzilga almashtirish haqida xabar berdik.
