# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = Har kungi qur'a qoidalari
policies-intro = Bu xizmatni boshqaradigan idora qoidalarni belgilaydi: arizalar qachon qabul qilinadi, joylar qanday taqsimlanadi va qayerdan ariza berish mumkin. Har bir qoidalar to'plami ma'lum kundan boshlab amal qiladi; bu to'liq tarix.
policies-caption = Qoidalar va har biri amal qila boshlagan kun
policies-from = Qur'adan boshlab:
policies-name = Nomi
policies-rules = Qoidalar
policies-digest = Xesh (SHA-256)
policies-in-force = amalda
policies-used-from = Birinchi marta qo'llangan qur'a:
policies-text = To'liq matn
policies-admin-title = Siyosatlar
policies-admin-intro = Yangi qoidalarni ma'lum kundan boshlab rejalashtiring. Qur'asi o'tkazilgan kun o'z qoidalarini saqlaydi. Matnda muammo bo'lsa, hech narsa saqlanmaydi.
policies-not-saved = Hech narsa saqlanmadi; amaldagi qoidalar qoladi.
policies-schedule = Bu qoidalarni rejalashtirish
policies-date-required = Qoidalar amal qiladigan birinchi kunni yozing.
policies-rule-weighted = vaznli qur'a (kutilgan kunlar hisobga olinadi)
policies-rule-oldest-share-then-random = bir qismi eng eski ro'yxatdan o'tganlarga, qolgani tasodifiy
policies-carry-over = arizalar keyingi qur'aga o'tadi
policies-no-carry-over = har kuni qayta ariza berish
policies-region-latitude = { $latitude }° kenglikdan shimolda
policies-region-states = { $count ->
    [one] { $count } ta shtat kiritilgan
   *[other] { $count } ta shtat kiritilgan
}

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = AQShdagi boradigan manzil
policies-us-address-hint = Guruh AQShda qayerga boradi: amaldagi qoidalar talab qilganidek, butun guruh uchun bitta manzil.
field-us-state = Shtat
field-us-zip = ZIP pochta indeksi (5 raqam)
field-us-street = Ko‘cha va uy raqami
# The region of the rules in force, as rules and a map.
policies-region-title = Qayerdan so‘rov yuborish mumkin
policies-region-included = Bu shtatlar to‘liq: { $states }
policies-region-north-of = { $latitude }° sh. k. kengligida yoki undan shimolda istalgan joy
policies-region-excluded = Bu shtatlardan tashqari: { $states }
policies-region-exception-holder = Guruh boshlig‘i { $countries } fuqarosi bo‘lsa, guruh Meksikaning istalgan joyidan so‘rov yuborishi mumkin
policies-region-exception-all = Guruhning barcha a’zolari { $countries } fuqarolari bo‘lsa, guruh Meksikaning istalgan joyidan so‘rov yuborishi mumkin
policies-region-map-label = Meksika xaritasi: so‘rov yuborish mumkin bo‘lgan shtatlar bo‘yalgan; chiziq — kenglik chegarasi. Ro‘yxat xuddi shuni so‘z bilan aytadi.
policies-region-map-caption = Bo‘yalgan: mumkin. Och bo‘yalgan: chiziqdan shimolda mumkin.
# Confirming under rules that check the location again.
policies-recheck-title = Turgan joyingizdan tasdiqlang
policies-recheck-intro = Amaldagi qoidalar tasdiqlashdan oldin mintaqada ekanligingizni yana tekshiradi. Joylashuvingizni bir marta ulashing yoki shahringizni yozing.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = matnni o‘qib bo‘lmaydi: { $detail }
policies-problem-window-order = so‘rovlar muddati ochilishidan oldin yopiladi
policies-problem-window-too-long = so‘rovlar muddati 24 soatdan uzun
policies-problem-allocation-before-close = qur’a so‘rovlar muddati yopilishidan oldin o‘tadi
policies-problem-out-of-range = qiymat { $lowest } va { $highest } oralig‘ida bo‘lishi kerak
policies-problem-unknown-state = { $value } — noma’lum shtat kodi (MX.BN kabi kod yozing)
policies-problem-unknown-country = { $value } — noma’lum mamlakat kodi (MX kabi kod yozing)
policies-problem-empty-region = mintaqaga hech qanday joy kirmaydi
policies-problem-invalid-id = { $value } — yaroqsiz nom (kichik harflar, raqamlar va chiziqchalar)
policies-problem-repeated = { $value } ikki marta yozilgan
