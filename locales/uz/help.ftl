help-title = Yordam
help-intro = Garita AQShning quruqlikdagi chegara punktlariga navbat beradi. Bu bepul. Quyida har bir qadam oddiy soʻzlar bilan.
help-steps-title = Qadamma-qadam
help-step-account = Elektron pochta va parol bilan akkaunt oching.
help-step-members = O‘zingizni va siz bilan sayohat qiladigan har bir kishini qo‘shing. Har bir kishi uchun yuzining yaqinda olingan surati kerak: telefonda oling yoki galereyadan tanlang.
help-step-request = Meksikaning shimoli yoki markazida bo‘lganingizda navbat so‘rang. Yetib bora oladigan o‘tish punktlarini tanlang. Joylashuvingizni bir marta ulashing yoki shahringiz nomini yozing.
help-step-draw = Har kuni qurʼa joylarni taqsimlaydi. Agar sizni tanlashmasa, arizangiz keyingi kungi qurʼada qoladi.
help-step-confirm = Sizni tanlashsa, taklif olasiz. Uni koʻrsatilgan vaqtdan oldin tasdiqlang, aks holda joylar boshqalarga beriladi.
help-step-pass = Tasdiqlaganingizdan keyin har bir kishi navbat kodi va QR kod oladi. Ularni telefonda saqlang yoki chop eting.
help-draw-title = Qurʼa qanday oʻtadi
help-draw-text = Qurʼa — barcha ochiq arizalar orasidagi lotereya. Kutgan har bir kuningiz imkoniyatingizni oshiradi. Maxsus ehtiyojlar haqidagi savollarga javoblar ham uni oshiradi. Hech kim yaxshiroq imkoniyat sotib ola olmaydi.
help-draw-check = Har bir qurʼadan oldin Garita muhrlangan raqamni eʼlon qiladi; keyin esa boshlangʻich qiymat va roʻyxatni. Har kim natija oʻzgartirilmaganini tekshira oladi.
help-bring-title = Chegara punktiga nima olib borish kerak
help-bring-passes = Har bir kishining navbat kodi va QR kodi (telefonda yoki chop etilgan).
help-bring-documents = Har bir kishida bor shaxsni tasdiqlovchi hujjatlar, masalan pasport yoki tugʻilganlik haqidagi guvohnoma.
help-bring-everyone = Navbatdagi barcha kishilar. Uchrashuv joyiga navbat kodidagi vaqtdan 30 daqiqa oldin keling.
help-port-title = Chegara punktida nima boʻladi
help-port-text = Xodim har bir kishining kodini skanerlaydi va kimligini tekshiradi. Xodim savollar berishi va sizni qoʻshimcha tekshiruvga yuborishi mumkin. Keyin qarorni xodim qabul qiladi.
help-not-permission = Navbat AQShga kirish uchun ruxsat emas. Chegara punktida qarorni xodim qabul qiladi.
help-privacy-link = Maxfiylik: nimani va qancha vaqt saqlaymiz
help-contact-link = Aloqa va yordam
privacy-title = Maxfiylik
privacy-intro = Bu sahifada Garita siz haqingizda nimani saqlashi, uni kim koʻra olishi va qachon oʻchirilishi aytilgan.
privacy-what-title = Nimani saqlaymiz
privacy-what-text = Elektron pochtangiz va parolingiz xeshi. Guruhingizdagi har bir kishi haqida: ism, tugʻilgan sana, fuqarolik, til, agar bersangiz hujjat, va jonli surat. Arizangiz, navbatingiz va uning kodlari. Ismlar, hujjatlar, suratlar va pochta manzillari shifrlangan holda saqlanadi.
privacy-who-title = Kim koʻra oladi
privacy-who-text = Siz. Navbatingiz boʻlgan chegara punkti xodimlari har bir kishini tekshirish uchun guruhingizni koʻradi. Xodim guruhingiz maʼlumotlarini har safar ochganda, bu yozib qoʻyiladi. Bu yozuvlarni «Mening maʼlumotlarim» boʻlimida koʻrasiz.
privacy-retention-title = Har bir turdagi maʼlumotni qancha saqlaymiz
privacy-col-kind = Maʼlumot
privacy-col-kept = Saqlash muddati
privacy-col-deleted-by = Kim oʻchiradi
privacy-rights-title = Maʼlumotlaringizni koʻrish yoki oʻchirish
privacy-rights-text = Garita akkauntingiz haqida saqlagan hamma narsani istalgan vaqtda yuklab olishingiz va akkauntni oʻchirishingiz mumkin.
privacy-my-data-link = «Mening maʼlumotlarim»ga oʻtish
retention-keep-while-account = Akkauntingiz mavjud ekan
retention-keep-minutes = { $n ->
    [one] { $n } daqiqa
   *[other] { $n } daqiqa
}
retention-keep-hours = { $n ->
    [one] koʻpi bilan { $n } soat
   *[other] koʻpi bilan { $n } soat
}
retention-keep-days = { $n ->
    [one] { $n } kun
   *[other] { $n } kun
}
retention-keep-always = Doim (ismlarsiz, faqat raqamlar)
retention-by-you = Siz, «Mening maʼlumotlarim»da
retention-by-job = Muddat tugagach avtomatik oʻchiriladi
retention-by-nothing = Hech qachon oʻchirilmaydi, yozuvni oʻzgartirib boʻlmasligi uchun
retention-kind-account = Akkaunt (pochta, parol xeshi, til)
retention-kind-members = Guruhingizdagi kishilar va ularning suratlari
retention-kind-requests = Arizalar, yopilgandan keyin
retention-kind-appointments = Navbatlar va ularning kodlari, navbat kunidan keyin
retention-kind-check-ins = Chegara punktiga kelish yozuvlari, navbat kunidan keyin
retention-kind-sessions = Kirish seanslari
retention-kind-reauthentications = «Mening maʼlumotlarim» uchun parol tekshiruvi
retention-kind-sign-in-steps = Parol va kod orasidagi bosqichlar
retention-kind-account-links = Sizga elektron pochta orqali yuborilgan havolalar (tasdiqlash, tiklash, yangi manzil)
retention-kind-idempotency = Shaklni ikki marta yuborishning oldini oluvchi yozuvlar
retention-kind-notification-bodies = Sizga yuborilgan xabarlar matni
retention-kind-notifications = Yuborilgan xabarlar roʻyxati (turi, vaqti, holati)
retention-kind-wait-times = Xodimlarning kutish vaqti haqidagi xabarlari
retention-kind-audit = Maʼlumotni kim koʻrgani yoki oʻzgartirgani yozuvi (raqamlar, rol, punkt, vaqt)
contact-title = Aloqa
contact-write = Ushbu xizmatni boshqaruvchilar bilan bog‘lanish uchun yozing:
contact-none = Ushbu xizmatni boshqaruvchilar hali aloqa manzilini e’lon qilmagan.
contact-site = Garita siz haqingizda saqlaganini koʻrish yoki oʻchirish uchun akkauntga kiring va «Mening maʼlumotlarim»ni oching.
contact-port = Chegara punktida kirishingiz haqidagi savollarga faqat xodimlar javob bera oladi.
contact-legal = Garita huquqiy maslahat bera olmaydi. Maslahat uchun ishonchli advokat yoki huquqiy yordam tashkilotiga murojaat qiling.
contact-never-pay = Garita bepul. Hech kim sizga navbat yoki yaxshiroq imkoniyat sota olmaydi. Kimdir pul soʻrasa, toʻlamang.
