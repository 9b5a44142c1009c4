# The officer's lookup of a person by name and date of birth (port console).
lookup-link = Odamni ismi va tug‘ilgan sanasi bo‘yicha topish
lookup-title = Odamni ismi va tug‘ilgan sanasi bo‘yicha topish
lookup-intro = Ruxsatnomasiz kelgan odam uchun. Faqat shu chegara punktidagi bugungi uchrashuvlar qidiriladi va faqat barcha ismlar (istalgan tartibda; urg‘u belgilari, bosh harflar va chiziqchalar hisobga olinmaydi) hamda tug‘ilgan sana aynan mos kelsa topiladi. Har bir qidiruv sizning ismingiz bilan qayd etiladi.
lookup-full-name = To‘liq ism
lookup-full-name-hint = Hujjatdagi barcha ismlar, istalgan tartibda.
lookup-submit = Qidirish
lookup-results = Topilgan uchrashuvlar
lookup-none = Bugun shu chegara punktida bu ism va bu tug‘ilgan sana bo‘yicha uchrashuv yo‘q.
lookup-capped = Bu ism va tug‘ilgan sanaga ega odamlar ko‘rsatilganidan ko‘proq: hujjat va suratni tekshiring.
lookup-back = Bugungi ro‘yxatga qaytish
