# Garita — oʻzbekcha (lotin yozuvi)
app-name = Garita
# How dates are written: strftime codes (%-d day, %B month name, %Y year); keep the codes.
date-pattern = %-d-%B, %Y
app-tagline = AQShning quruqlikdagi chegara punktlariga navbat. Adolatli, bepul va sizning tilingizda.
skip-to-content = Asosiy qismga oʻtish
nav-label = Asosiy menyu
nav-home = Bosh sahifa
nav-wait-times = Kutish vaqti
nav-ports = Chegara punktlari
nav-group = Mening guruhim
nav-login = Kirish
nav-register = Akkaunt ochish
nav-logout = Chiqish
language-label = Til
footer-text = Garita — erkin dastur. U maʼlumotlaringizni sotmaydi va hech kimga bermaydi.
footer-api = Dasturchilar uchun API
choose-option = Tanlang…
home-title = Chegarada navbat
home-intro = Garita sizga Meksika bilan chegaradagi AQSh chegara punktiga borish uchun navbat olishga yordam beradi. Bu bepul.
home-steps-title = Bu qanday ishlaydi
home-step-1 = Akkaunt oching. Oʻzingizni va siz bilan birga yoʻl yurayotgan odamlarni qoʻshing.
home-step-2 = Meksikaning shimolida yoki markazida boʻlganingizda navbat uchun ariza bering.
home-step-3 = Har kuni adolatli qurʼa navbatlarni taqsimlaydi. Qancha uzoq kutgan boʻlsangiz, imkoniyatingiz shuncha katta.
home-step-4 = Navbatingizni tasdiqlang. Chegara punktida navbat QR kodingizni koʻrsating.
home-start = Akkaunt ochish
home-have-account = Menda akkaunt bor
home-go-group = Guruhimga oʻtish
ports-title = Chegara punktlari
ports-intro = Bu chegara punktlari navbat beradi. Vaqtlar har bir chegara punktining mahalliy vaqtida koʻrsatilgan.
ports-city = Meksika tomoni: { $city }
ports-time-zone = Vaqt mintaqasi: { $zone }
ports-capacity = { $count ->
    [one] Kuniga taxminan { $count } ta navbat
   *[other] Kuniga taxminan { $count } ta navbat
    }
ports-address = Manzil
not-permission = Navbat AQShga kirish uchun ruxsat emas: chegara punktida qarorni chegara xodimi qabul qiladi.
