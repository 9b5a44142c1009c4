# Locations (/locations).
nav-locations = Yerler
locations-title = Sınır kapıları, havalimanları ve diğer yerler
locations-intro = ABD’nin Meksika ve Kanada sınırlarındaki tüm kara giriş kapıları, uluslararası havalimanları, kargo tesisleri ve Güvenilir Yolcu kayıt merkezleri. Çalışma saatleri her yerin yerel saatiyle verilir.
locations-filter-kind = Yer türü
locations-filter-function = Ne için
locations-filter-state = ABD eyaleti
locations-filter-any = Tümü
locations-filter-apply = Göster
locations-found = { $count ->
    [one] { $count } yer
   *[other] { $count } yer
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = Kara giriş kapıları
locations-kind-airport = Uluslararası havalimanları
locations-kind-cargo-facility = Kargo tesisleri
locations-kind-enrollment-center = Güvenilir Yolcu kayıt merkezleri
locations-function-appointments = Randevular
locations-function-provisional-i94 = Geçici I-94
locations-function-bus-arrivals = Otobüsle gelişler
locations-function-cargo-inspection = Kargo denetimi
locations-function-air-passenger-inspection = Hava yolcusu denetimi
locations-function-trusted-traveler-enrollment = Güvenilir Yolcu kaydı
locations-port-code = CBP kapısı
locations-iata-code = Havalimanı kodu
locations-status-open = Açık
locations-status-closed = Kapalı
locations-hours-in-zone = Çalışma saatleri ({ $zone })
locations-day-mon = Pazartesi
locations-day-tue = Salı
locations-day-wed = Çarşamba
locations-day-thu = Perşembe
locations-day-fri = Cuma
locations-day-sat = Cumartesi
locations-day-sun = Pazar
locations-day-span = { $first } – { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = { $opens } – { $closes }
locations-open-all-day = 24 saat açık
locations-closed = kapalı
locations-closed-all-week = Her gün kapalı
locations-capacity = { $count ->
    [one] saatte { $count } denetim
   *[other] saatte { $count } denetim
}
locations-saved = Kaydedildi.
locations-field-kind = Tür
locations-field-code = Kod
locations-field-state = Eyalet
locations-field-zone = Saat dilimi
locations-field-functions = Ne için
locations-field-status = Durum
locations-field-capacity = Kapasite
locations-not-stated = Belirtilmemiş
locations-hours-not-stated = Çalışma saatleri burada yayımlanmıyor. Gitmeden önce o yere sorun.
locations-updated = Kurum tarafından değiştirildi: { $when }.
locations-edit = Saatleri, kapasiteyi veya durumu değiştir
locations-back = Tüm yerler
locations-edit-title = Değiştir: { $name }
locations-edit-intro = Kurumun bu yer için belirlediklerini değiştirin. Bir alan hatalıysa hiçbir şey kaydedilmez.
field-hours = Çalışma saatleri
locations-hours-hint = Yerel saat, günler İngilizce, 24 saat biçimi. Örnek: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. Yazılmayan günler kapalıdır. Bilinmiyorsa boş bırakın.
field-capacity-per-hour = Saatte denetim
locations-capacity-hint = 1 ile 10000 arasında bir tam sayı. Bilinmiyorsa boş bırakın.
field-is-open = Durum
locations-save = Kaydet
locations-back-to-location = Yere dön
