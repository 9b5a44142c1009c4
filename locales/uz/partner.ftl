# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = Uchrashuvni tekshirish
partner-intro = Ruxsatnoma kodini va shaxsning tugʻilgan sanasini kiriting. Javob — ha yoki yoʻq, boshqa hech narsa emas.
partner-code = Ruxsatnoma kodi
partner-code-hint = QR kod ostida qanday yozilgan boʻlsa, shunday. Boʻsh joylar va chiziqchalar hisobga olinmaydi.
field-code = Ruxsatnoma kodi
partner-submit = Tekshirish
partner-yes = HA
partner-yes-detail = Bu shaxsning uchrashuvi haqiqiy.
partner-no = YOʻQ
partner-no-detail = Bu kod va tugʻilgan sana uchun haqiqiy uchrashuv yoʻq. Sababi aytilmaydi: yozganingizni tekshiring yoki ruxsatnomani koʻrsatishni soʻrang.
partner-next = Boshqa shaxsni tekshirish
partner-privacy = Har bir tekshiruv hisobingiz va tashkilotingiz bilan birga qayd etiladi.
nav-partner = Uchrashuvni tekshirish
