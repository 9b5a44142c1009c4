stats-title = Ochiq statistika
stats-nav = Statistika
stats-intro = Necha kishi uchrashuv soʻragani, tanlangani, tasdiqlagani, chegara punktiga kelgani, kelmagani yoki bekor qilgani — kunma-kun, Garita yozib olgan maʼlumotlar asosida sanalgan. Har bir kun tugagach eʼlon qilinadi va keyin oʻzgarmaydi.
stats-licence = Garita manba sifatida koʻrsatilsa, bu raqamlardan erkin foydalanish mumkin. Litsenziya:
stats-hidden-note = Odamlarni himoya qilish uchun { $threshold } kishidan kam boʻlgan har bir raqam yashiriladi, ayirish orqali yashirin raqamni topib boʻlmasligi uchun yana baʼzi raqamlar ham yashiriladi.
stats-from = Dan
stats-to = Gacha
stats-show = Koʻrsatish
stats-period = { $from } dan { $to } gacha
stats-download-csv = Raqamlarni yuklab olish (CSV)
stats-download-json = Raqamlar JSON shaklida
stats-none = Bu kunlar uchun hali raqamlar eʼlon qilinmagan.
stats-chart-requests = Uchrashuv soʻragan odamlar
stats-chart-selected = Qurʼada tanlangan odamlar
stats-chart-confirmed = Uchrashuvi tasdiqlangan odamlar
stats-chart-checked-in = Chegara punktida roʻyxatdan oʻtgan odamlar
stats-chart-no-shows = Kelmagan odamlar
stats-chart-cancellations = Rad etgan yoki bekor qilgan odamlar
stats-chart-desc = { $days ->
    [one] { $days } kun
   *[other] { $days } kun
}, barcha punktlar. Koʻrsatilgan kunlarda { $people ->
    [one] { $people } kishi
   *[other] { $people } kishi
}. { $hidden ->
    [0] Yashirin kun yoʻq.
    [one] { $hidden } kun yashirin.
   *[other] { $hidden } kun yashirin.
}
stats-chart-caption = Har kun uchun bitta ustun, barcha punktlar birgalikda. Toʻq sariq belgi raqam yashirinligini bildiradi.
stats-table-show = Raqamlarni jadvalda koʻrsatish
stats-day = Kun
stats-people = Odamlar
stats-groups = Guruhlar
stats-hidden = yashirin
stats-states-title = Shtatlar boʻyicha soʻrovlar, { $week } haftasi
stats-state = Shtat
stats-port = Kutish vaqtlari uchun punkt
stats-nationalities-title = Guruh boshligʻining fuqaroligi boʻyicha soʻrovlar, { $week } haftasi
stats-nationality = Fuqarolik
stats-nationality-unknown = Nomaʼlum
stats-wait-title = { $port }dagi mediana kutish: { $lane }
stats-wait-desc = { $days ->
    [one] { $days } kun
   *[other] { $days } kun
}. { $empty ->
    [0] Har kuni xabar bor.
    [one] { $empty } kun xabarsiz.
   *[other] { $empty } kun xabarsiz.
}
stats-wait-caption = Har kun uchun bitta ustun: xodimlar oʻsha kuni bu yoʻlak boʻyicha xabar bergan kutish vaqtlarining oʻrtadagi qiymati. Ustun yoʻq — oʻsha kuni xabar boʻlmagan.
stats-wait-median = Mediana kutish
stats-wait-reports = Xabarlar
stats-wait-none = xabar yoʻq
