# Parole dasturlari bo‘yicha safar ruxsatnomasi (/ata, /ata/case, /ata/adjudication, /ata/check).
# Bu faylning lug‘ati:
#   parole = parole (AQShga vaqtincha kirish uchun insonparvarlik ruxsati; viza emas)
#   advance travel authorization (ATA) = oldindan safar ruxsatnomasi (AQShga uchish uchun)
#   supporter = kafil (AQShda I-134A shaklini topshirgan shaxs)
ata-title = Parole uchun safar ruxsatnomasi
ata-intro = Parole dasturlari uchun: AQShdagi kafil USCISga I-134A shaklini topshiradi. Agar sizni taklif qilishsa, maʼlumotlaringizni shu yerda tasdiqlaysiz va CBP sizga AQShga uchish uchun oldindan safar ruxsatnomasi berish-bermaslikni hal qiladi.
ata-programmes = Dasturlar
ata-programme-open = Ochiq: ishlarni qabul qiladi.
ata-programme-closed = Yopiq: yangi hech narsa qabul qilmaydi.
ata-nationalities = Fuqarolik
ata-monthly-cap = Oyiga taklifnomalar
ata-opens = Ochilgan sana
ata-closes = Yopilgan sana
ata-selections = Oylik tanlov
ata-selections-intro = Har oy, chegara doirasida, tasdiqlangan ishlar tanlanadi: yarmi eng eskilaridan, yarmi qurʼa bilan. Majburiyat oldindan, toʻliq bayonnoma keyin eʼlon qilinadi, har kim tekshira olishi uchun.
ata-selections-none = Hali tanlov boʻlmagan.
ata-programme = Dastur
ata-month = Oy
ata-commitment = Majburiyat
ata-selected = Tanlangan / roʻyxatda
ata-record = bayonnoma
ata-not-run = hali oʻtkazilmagan
ata-invitation-title = Sizning taklifnomangiz
ata-programme-closed-detail = Bu dastur yopiq. Yangi qadamlar va ishlar qabul qilinmaydi.
ata-invitation-accept-intro = Bu havola faqat siz uchun va bir marta ishlaydi. Ishni hisobingizga bogʻlash uchun uni qabul qiling, keyin qadamlarni bajaring.
ata-invitation-accept = Taklifnomani qabul qilish
ata-invitation-sign-in = Avval kiring yoki hisob yarating, soʻng bu havolani yana oching.
ata-sign-in = Kirish
ata-register = Hisob yaratish
ata-case-title = Mening safar ruxsatnomam
ata-case-number = Ish
ata-status-pending = Kafilingizning shakli hali tasdiqlanmagan.
ata-status-confirmed = Ishingiz oylik tanlovni kutmoqda.
ata-status-invited = Sizni taklif qilishdi: quyidagi qadamlarni bajaring.
ata-status-submitted = Barcha qadamlar bajarildi. CBP xodimi qaror qiladi. Javob shu yerda chiqadi.
ata-status-granted = Safar ruxsatnomasi berildi.
ata-status-refused = Safar ruxsatnomasi rad etildi.
ata-status-expired = Safar ruxsatnomangiz muddati tugadi.
ata-granted-until = Siz { $date } gacha AQShga ucha olasiz.
ata-next-fly = AQSh ichidagi aeroportga uching (quruqlikdagi chegaraga emas).
ata-next-passport = Shu yerda koʻrsatgan pasportingizni olib yuring. Aviakompaniya uni tekshiradi.
ata-next-expires = { $date } dan keyin bu ruxsatnoma amal qilmaydi.
ata-refused-title = Sababi
ata-steps-left = Qolgan qadamlar
ata-step-biographic = Maʼlumotlaringizni tasdiqlang
ata-step-passport = Pasport
ata-step-attestations = Bayonotlar
ata-step-photo = Jonli surat
ata-step-done = bajarildi
ata-biographic-hint = Pasportdagidek yozing. Agar biror narsa kafil shaklidan farq qilsa, uni xodim koʻrib chiqadi; shu sababli rad etilmaydi.
ata-field-family-name = Familiya
ata-field-given-names = Ism
ata-field-date-of-birth = Tugʻilgan sana
ata-save = Saqlash
ata-passport-number = Pasport raqami
ata-passport-country = Pasportni bergan davlat
ata-country-hint = Ikki harf, masalan HT, CU, VE, NI, UA.
ata-passport-expires = Pasportning amal qilish muddati
ata-passport-expires-hint = { $days ->
    [one] U yana kamida { $days } kun amal qilishi kerak.
   *[other] U yana kamida { $days } kun amal qilishi kerak.
}
ata-attestation-vaccinations = AQShga safar uchun talab qilinadigan emlashlarim bor yoki uchishdan oldin boʻladi.
ata-attestation-truthful = Yozganlarimning hammasi toʻgʻri va toʻliq.
ata-photo-label = Yuzingizning hozir olingan surati
ata-photo-hint = Yaxshi yorugʻlikda, shapka va koʻzoynaksiz kameraga qarang. Suratni odam koʻradi; hech qanday mashina uni rad etmaydi.
ata-photo-alt = Benefitsiarning jonli surati
ata-no-case = Sizda hali ish yoʻq. Taklifnoma xatidagi havolani oching.
ata-queue-title = Qaror kutayotgan ishlar
ata-nationality = Fuqarolik
ata-filter = Saralash
ata-queue-empty = Kutayotgan ish yoʻq.
ata-submitted = Yuborilgan
ata-mismatches = Ishdan farqlar
ata-review-title = Ish
ata-supporter = Kafil
ata-decision = Qaror
ata-grant = Safar ruxsatnomasini berish
ata-reason = Rad etish sababi
ata-refuse = Rad etish
ata-back-to-queue = Ishlarga qaytish
ata-reason-identity-not-confirmed = Ishdagi shaxs siz ekaningizni tasdiqlay olmadik.
ata-reason-passport-not-valid = Pasport bu safar uchun yaroqli emas.
ata-reason-security-vetting = Xavfsizlik tekshiruvlari bunga yoʻl qoʻymadi.
ata-reason-supporter-not-confirmed = Kafilingizning shakli tasdiqlanmadi.
ata-reason-not-eligible = Siz bu dastur shartlariga mos kelmaysiz.
ata-check-title = Safar ruxsatnomasini tekshirish
ata-check-intro = Yoʻlovchining pasporti va tugʻilgan sanasini kiriting. Javob faqat ha (oxirgi kun bilan) yoki yoʻq.
ata-check-submit = Tekshirish
ata-check-authorized = { $date } gacha ruxsat berilgan
ata-check-not-authorized = Ruxsat berilmagan

# Retention (privacy page)
retention-kind-ata-cases = Parol bo'yicha sayohat ruxsatnomalari: rad etilgan ishlar qarordan keyin, muddati o'tgan ruxsatnomalar oxirgi amal qilgan kunidan keyin (tanlanmagan ishlar dastur ochiq ekan saqlanadi)
retention-kind-ata-invitations = Sayohat ruxsatnomasi uchun taklif havolalari, ishlatilgandan yoki muddati o'tgandan keyin

# Invitation e-mail / notification-ata-invitation
notification-ata-invitation-subject = Sizni safar ruxsatnomasini soʻrashga taklif qilamiz
notification-ata-invitation-body = Kafilingizning shakli tasdiqlandi va ishingiz davom etish uchun tanlandi. Oʻz qismingizni bajarish uchun bu havolani oching (maʼlumotlaringiz, pasport, bayonotlar va jonli surat): { $link }
    Havola faqat siz uchun, bir marta va { $until } gacha ishlaydi. Avval kiring yoki hisob yarating. Agar bu xabarni kutmagan boʻlsangiz, eʼtibor bermasangiz ham boʻladi.
notification-kind-ata-invitation = Safar ruxsatnomasiga taklif
