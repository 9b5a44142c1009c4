# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = Uchrashuv joyi
places-open-map-app = Xarita ilovasida ochish
places-open-osm = OpenStreetMap’da ko‘rish
places-where-ports = Har bir chegara punkti qayerda (Meksika tomoni)
places-far-away = { $hours ->
    [one] Bu chegara punkti so‘rov yuborgan joyingizdan ({ $state }) uzoqda: taxminan { $km } km, yo‘lda taxminan { $hours } soat.
   *[other] Bu chegara punkti so‘rov yuborgan joyingizdan ({ $state }) uzoqda: taxminan { $km } km, yo‘lda taxminan { $hours } soat.
}
places-far-estimate = Bu taxminiy hisob: to‘g‘ri chiziqdagi masofa × 1,3, soatiga 60 km tezlikda, shu shtatning punktga eng yaqin aholi punktidan. Bu yo‘nalish emas.
places-city-label = Shahringiz yoki aholi punktingiz
places-city-hint = GPS yo‘qmi? Aholi punktingiz nomini yozing va ro‘yxatdan tanlang. Urg‘u belgilari va bosh harflar ahamiyatsiz.
places-city-find = Shahrimni topish
places-city-choose = Aholi punktingizni tanlang
places-city-none = Bunday nomli aholi punkti topilmadi. Yozilishini tekshiring yoki yaqindagi kattaroq shaharni sinab ko‘ring.
places-typed = { $place } joylashuvi: qo‘lda yozilgan, o‘lchanmagan.
places-credit = Aholi punktlari ro‘yxati: GeoNames (CC BY 4.0).
places-to-confirm = { $what ->
    [city] Shahar
    [crossing] Meksika tomonidagi o‘tish joyi
    [us_crossing] AQSh tomonidagi o‘tish joyi
    [meeting_address] Uchrashuv joyi manzili
   *[meeting_point] Xaritadagi uchrashuv joyi
}: idora tasdiqlashi kerak
