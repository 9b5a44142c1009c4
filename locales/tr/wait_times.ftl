# Garita — Türkçe
wait-times-title = Sınırda bekleme süreleri
wait-times-intro = Her sınır kapısında ne kadar bekleyebileceğiniz, oradaki görevlilerin bildirdiğine göre. Saatler her sınır kapısının yerel saatidir.
wait-times-none = Bu sınır kapısı için henüz bildirim yok.
wait-times-not-reported = Henüz bildirim yok: { $lanes }.
wait-times-port-link = Ayrıntılar ve son 7 gün
wait-times-feed = Bu rakamlar JSON olarak (geliştiriciler için)
wait-times-history-json = Son 7 gün JSON olarak (geliştiriciler için)
wait-times-back = Bütün sınır kapıları

wait-times-col-lane = Şerit
wait-times-col-status = Durum
wait-times-col-lanes-open = Açık şerit
wait-times-col-wait = Bekleme
wait-times-col-usual = Bu saatte genelde
wait-times-col-updated = Güncellendi

wait-times-group-passenger = Binek araçlar
wait-times-group-pedestrian = Yayalar
wait-times-group-commercial = Ticari araçlar
wait-times-lane-passenger-standard = Normal
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = Normal
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = Normal
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = Açık
wait-times-status-lanes-reduced = Daha az şerit açık
wait-times-status-closed = Kapalı

wait-times-minutes = { $minutes } dk
wait-times-hours = { $hours } sa
wait-times-hours-minutes = { $hours } sa { $minutes } dk
wait-times-ago-now = az önce
wait-times-ago-minutes = { $count } dk önce
wait-times-ago-hours = { $count } sa önce
wait-times-ago-days = { $count ->
    [one] { $count } gün önce
   *[other] { $count } gün önce
}
wait-times-updated = Güncellendi: { $ago }, saat { $time }
wait-times-stale = Son güncelleme: { $ago }, saat { $time } — bilgi eski olabilir

wait-times-port-title = Bekleme süreleri: { $port }
wait-times-port-intro = Saatler sınır kapısının yerel saatidir ({ $zone }).
wait-times-now-heading = Son bildirimler
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } bildirim
   *[other] { $count } bildirim
})
wait-times-usual-none = Yeterli bildirim yok
wait-times-usual-note = “Bu saatte genelde”, son { $days } günde bu şerit için { $from } ile { $to } arasında (sınır kapısı saati) bildirilen bekleme sürelerinin ortancasıdır (medyan). En az { $count } bildirim olduğunda gösterilir: bu bekleme sürelerinin yarısı daha kısa, yarısı daha uzundu.

wait-times-week-heading = Son 7 gün
wait-times-week-intro = Bildirilen bekleme, dakika olarak, saat başına ortalama, sınır kapısının yerel saatiyle. Çizgideki bir boşluk, bildirim olmadığı veya şeridin kapalı olduğu anlamına gelir.
wait-times-chart-title = { $group }: son 7 gündeki bekleme
wait-times-chart-desc = { $group } için her şeridin bildirilen beklemesini dakika olarak, saat saat gösteren çizgi grafik: { $from } – { $to } (sınır kapısı saati). En uzun: { $max }. Aynı rakamlar, gün gün, grafikten sonraki tabloda.
wait-times-chart-max = { $wait } ({ $lane }, { $day }, saat { $time })
wait-times-chart-max-none = bildirilen bekleme yok, sadece kapalı şeritler
wait-times-chart-empty = Son 7 günde bildirim yok.
wait-times-axis-wait = Bekleme (dakika)
wait-times-axis-day = Gün (sınır kapısı saati)
wait-times-legend = Şeritler
wait-times-weekday = { $weekday ->
    [1] Pzt
    [2] Sal
    [3] Çar
    [4] Per
    [5] Cum
    [6] Cmt
   *[7] Paz
} { $day }
wait-times-table-show = Bu rakamları tablo olarak göster
wait-times-table-caption = { $group }: her günün ortanca (medyan) beklemesi, dakika olarak (en uzunu parantez içinde)
wait-times-table-day = Gün
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = Bildirim yok

wait-times-console-title = Bekleme sürelerini güncelle: { $port }
wait-times-console-choose-port = Bekleme sürelerini güncelle: bir sınır kapısı seçin
wait-times-console-intro = Sadece şimdi bildirdiğiniz şeritleri doldurun. “Aynı kalsın” seçili bırakılan şeritler son bildirimlerini korur. Bütün şeritler birlikte kaydedilir; bir şey yanlışsa hiçbiri kaydedilmez.
wait-times-console-save = Bekleme sürelerini kaydet
wait-times-console-saved = Kaydedildi. Herkese açık sayfa yeni rakamları gösteriyor.
wait-times-console-nothing = En az bir şeridi doldurun, sonra kaydedin.
wait-times-console-public = Bu sınır kapısının herkese açık sayfasını gör
wait-times-field-status = Durum
wait-times-field-status-skip = Aynı kalsın
wait-times-field-lanes-open = Açık şerit
wait-times-field-lanes-open-hint = Açık şerit: 1 ile 100 arasında bir tam sayı. Kapalı şerit için boş bırakın.
wait-times-field-delay = Dakika olarak bekleme
wait-times-field-delay-hint = Bekleme: 0 ile 1440 arasında tam dakika (24 saat). Kapalı şerit için boş bırakın.
wait-times-current = Son bildirim: { $status }, { $lanes ->
    [one] { $lanes } şerit açık
   *[other] { $lanes } şerit açık
}, bekleme { $wait }. { $updated }.
wait-times-current-closed = Son bildirim: kapalı. { $updated }.
wait-times-error-in = { $lane }, { $field }: { $message }
wait-times-current-none = Henüz bildirim yok.

error-unknown-lane = Bu bir şerit türü değil. Şunlardan birini kullanın: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = Her şeridi yalnızca bir kez bildirin.
error-unknown-status = Listeden bir durum seçin: açık, daha az şerit açık (lanes-reduced) veya kapalı.
error-not-a-number = Bir tam sayı yazın, örneğin 25.
error-number-too-small = Bu sayı { $limit } sayısından küçük olamaz.
error-number-too-large = Bu sayı { $limit } sayısından büyük olamaz. Kontrol edin.
