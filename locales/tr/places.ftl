# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = Buluşma noktası
places-open-map-app = Harita uygulamasında aç
places-open-osm = OpenStreetMap’te gör
places-where-ports = Her sınır kapısının Meksika tarafındaki yeri
places-far-away = Bu sınır kapısı başvurduğunuz yerden ({ $state }) uzak: yaklaşık { $km } km, karayoluyla yaklaşık { $hours } saat.
places-far-estimate = Bu bir tahmindir: kuş uçuşu mesafe × 1,3, saatte 60 km hızla, o eyaletin sınır kapısına en yakın yerleşim yerinden. Bir güzergâh değildir.
places-city-label = Şehriniz veya yerleşim yeriniz
places-city-hint = GPS yok mu? Yerleşim yerinizin adını yazın ve listeden seçin. Aksanlar ve büyük harfler önemli değildir.
places-city-find = Yerleşim yerimi bul
places-city-choose = Yerleşim yerinizi seçin
places-city-none = Bu adla bir yerleşim yeri bulunamadı. Yazımı kontrol edin veya yakındaki daha büyük bir yeri deneyin.
places-typed = { $place } konumu: yazıldı, ölçülmedi.
places-credit = Yerleşim yeri listesi: GeoNames (CC BY 4.0).
places-to-confirm = { $what ->
    [city] Şehir
    [crossing] Meksika tarafındaki geçiş
    [us_crossing] ABD tarafındaki geçiş
    [meeting_address] Buluşma noktasının adresi
   *[meeting_point] Haritadaki buluşma noktası
}: kurum onaylamalı
