stats-title = Açık istatistikler
stats-nav = İstatistikler
stats-intro = Garita’nın kaydettiklerinden sayılarak, gün gün kaç kişinin randevu istediği, seçildiği, onayladığı, sınır kapısına geldiği, gelmediği veya iptal ettiği. Bir gün bittiğinde yayımlanır ve sonra bir daha değişmez.
stats-licence = Garita’yı kaynak olarak belirtmek koşuluyla bu rakamları serbestçe kullanabilirsiniz. Lisans:
stats-hidden-note = İnsanları korumak için { $threshold } kişiden az kişiyi gösteren her rakam gizlenir; gizli bir rakam çıkarma yoluyla bulunamasın diye bazı başka rakamlar da gizlenir.
stats-from = Başlangıç
stats-to = Bitiş
stats-show = Göster
stats-period = { $from } - { $to }
stats-download-csv = Rakamları indir (CSV)
stats-download-json = Rakamlar JSON olarak
stats-none = Bu günler için henüz yayımlanmış rakam yok.
stats-chart-requests = Randevu isteyen kişiler
stats-chart-selected = Çekilişte seçilen kişiler
stats-chart-confirmed = Randevusu onaylanan kişiler
stats-chart-checked-in = Sınır kapısında kaydı yapılan kişiler
stats-chart-no-shows = Gelmeyen kişiler
stats-chart-cancellations = Reddeden veya iptal eden kişiler
stats-chart-desc = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}, tüm kapılar. Gösterilen günlerde { $people ->
    [one] { $people } kişi
   *[other] { $people } kişi
}. { $hidden ->
    [0] Gizli gün yok.
    [one] { $hidden } gün gizli.
   *[other] { $hidden } gün gizli.
}
stats-chart-caption = Her gün için bir çubuk, tüm kapılar birlikte. Turuncu işaret rakamın gizli olduğunu gösterir.
stats-table-show = Rakamları tablo olarak göster
stats-day = Gün
stats-people = Kişi
stats-groups = Grup
stats-hidden = gizli
stats-states-title = Eyalete göre başvurular, { $week } haftası
stats-state = Eyalet
stats-port = Bekleme süreleri için kapı
stats-nationalities-title = Grup sahibinin uyruğuna göre talepler, { $week } haftası
stats-nationality = Uyruk
stats-nationality-unknown = Bilinmiyor
stats-wait-title = { $port } medyan bekleme: { $lane }
stats-wait-desc = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}. { $empty ->
    [0] Her gün bildirim var.
    [one] { $empty } gün bildirimsiz.
   *[other] { $empty } gün bildirimsiz.
}
stats-wait-caption = Her gün için bir çubuk: memurların o gün bu şeritte bildirdiği bekleme sürelerinin ortanca değeri. Çubuk yoksa o gün bildirim yapılmamıştır.
stats-wait-median = Medyan bekleme
stats-wait-reports = Bildirimler
stats-wait-none = bildirim yok
