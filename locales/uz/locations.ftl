# Locations (/locations).
nav-locations = Joylar
locations-title = Chegara punktlari, aeroportlar va boshqa joylar
locations-intro = AQShning Meksika va Kanada chegaralaridagi barcha quruqlik kirish punktlari, xalqaro aeroportlar, yuk terminallari va «Ishonchli sayohatchi» roʻyxatga olish markazlari. Ish vaqti har bir joyning mahalliy vaqtida koʻrsatilgan.
locations-filter-kind = Joy turi
locations-filter-function = Nima uchun
locations-filter-state = AQSh shtati
locations-filter-any = Hammasi
locations-filter-apply = Koʻrsatish
locations-found = { $count ->
    [one] { $count } ta joy
   *[other] { $count } ta joy
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = Quruqlik kirish punktlari
locations-kind-airport = Xalqaro aeroportlar
locations-kind-cargo-facility = Yuk terminallari
locations-kind-enrollment-center = «Ishonchli sayohatchi» roʻyxatga olish markazlari
locations-function-appointments = Qabulga yozilish
locations-function-provisional-i94 = Vaqtinchalik I-94
locations-function-bus-arrivals = Avtobusda kelish
locations-function-cargo-inspection = Yuk koʻrigi
locations-function-air-passenger-inspection = Aviayoʻlovchilar koʻrigi
locations-function-trusted-traveler-enrollment = «Ishonchli sayohatchi»ga roʻyxatdan oʻtish
locations-port-code = CBP porti
locations-iata-code = Aeroport kodi
locations-status-open = Ochiq
locations-status-closed = Yopiq
locations-hours-in-zone = Ish vaqti ({ $zone })
locations-day-mon = dushanba
locations-day-tue = seshanba
locations-day-wed = chorshanba
locations-day-thu = payshanba
locations-day-fri = juma
locations-day-sat = shanba
locations-day-sun = yakshanba
locations-day-span = { $first } – { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = { $opens } dan { $closes } gacha
locations-open-all-day = kecha-kunduz ochiq
locations-closed = yopiq
locations-closed-all-week = Har kuni yopiq
locations-capacity = { $count ->
    [one] soatiga { $count } ta koʻrik
   *[other] soatiga { $count } ta koʻrik
}
locations-saved = Saqlandi.
locations-field-kind = Turi
locations-field-code = Kodi
locations-field-state = Shtat
locations-field-zone = Vaqt mintaqasi
locations-field-functions = Nima uchun
locations-field-status = Holati
locations-field-capacity = Oʻtkazish quvvati
locations-not-stated = Koʻrsatilmagan
locations-hours-not-stated = Ish vaqti bu yerda eʼlon qilinmaydi. Borishdan oldin joyning oʻzidan soʻrang.
locations-updated = Idora tomonidan oʻzgartirilgan: { $when }.
locations-edit = Ish vaqti, quvvat yoki holatni oʻzgartirish
locations-back = Barcha joylar
locations-edit-title = Oʻzgartirish: { $name }
locations-edit-intro = Idora bu joy uchun belgilaydigan narsalarni oʻzgartiring. Biror maydon notoʻgʻri boʻlsa, hech narsa saqlanmaydi.
field-hours = Ish vaqti
locations-hours-hint = Mahalliy vaqt, kunlar inglizcha, 24 soatlik soat. Misol: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. Yozilmagan kunlar yopiq. Maʼlum boʻlmasa, boʻsh qoldiring.
field-capacity-per-hour = Soatiga koʻriklar
locations-capacity-hint = 1 dan 10000 gacha butun son. Maʼlum boʻlmasa, boʻsh qoldiring.
field-is-open = Holati
locations-save = Saqlash
locations-back-to-location = Joyga qaytish
