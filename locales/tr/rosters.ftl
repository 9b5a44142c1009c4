# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = Bu kişi kayıtlı mı?
rosters-check-intro = Kuruluşunuzun program listesindeki bir kişiyi sorun: liste numarası ve doğum tarihiyle ya da tam ad ve doğum tarihiyle.
rosters-roster-id = Liste numarası
rosters-roster-id-hint = Listede yazdığı gibi, örneğin MPP-0001.
rosters-full-name = Tam ad
rosters-full-name-hint = Yalnızca liste numarası yoksa.
rosters-check-submit = Sorgula
rosters-yes = Kayıtlı
rosters-no = Listenizde yok
rosters-status = Programdaki durumu:
rosters-check-privacy = Yanıt evet ya da hayır ve programdaki durumdur, başka bir şey değil. Her sorgu adınızla kaydedilir.
rosters-status-enrolled = kayıtlı
rosters-status-pending = beklemede
rosters-status-completed = tamamlandı
rosters-status-withdrawn = ayrıldı
rosters-claim-title = Bir program listesindeki yerinizi sahiplenin
rosters-claim-intro = Bir kuruluş sizi bir programa kaydettiyse, hesabınıza bağlamak için liste numaranızı ve doğum tarihinizi girin.
rosters-claim-submit = Sahiplen
rosters-claimed = Hesabınıza bağlandı: liste numarası { $roster_id }, durum { $status }.
rosters-not-found = Bulunamadı. Liste numarasını ve doğum tarihini kontrol edin.
retention-kind-roster-people = Bir kuruluşun program listesindeki kişiler, onları içeren son içe aktarmadan bir yıl sonra
retention-kind-roster-places = Program listesindeki kişilere ayrılan yerler, randevu saatinin gününden sonra

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = Program listesi kotaları
rosters-quotas-intro = Bir kapıdaki her zaman diliminin yerlerinden bir program listesindeki kişilere ayrılan pay ve zaman diliminin gününden kaç gün önce kullanılmayan ayrılmış yerlerin günlük kuraya geçeceği. %0 bir kapının kotasını sona erdirir; zaten ayrılmış yerler ayrılmış kalır.
rosters-quotas-saved = { $port } kotası kaydedildi.
rosters-quotas-caption = Kapılar ve liste kotaları
rosters-quotas-port = Kapı
rosters-quotas-percent = Ayrılan pay
rosters-quotas-release = Kullanılmayan yerler günlük kuraya geçer
rosters-quotas-percent-value = %{ $percent }
rosters-quotas-release-value = { $days ->
    [one] { $days } gün önce
   *[other] { $days } gün önce
}
rosters-quotas-none = Kota yok
rosters-quotas-set = Bir kapının kotasını belirle
rosters-quotas-percent-hint = 0 ile 100 arasında bir tam sayı. 0 kotayı sona erdirir.
rosters-quotas-release-hint = 0 ile 60 arasında bir tam sayı.
rosters-quotas-save = Kaydet
field-port-id = Kapı
field-percent = Ayrılan pay (%)
field-release-days-before = Zaman diliminin gününden önceki gün sayısı

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = Liste kurası: { $date }
rosters-draw-intro = Bir program listesindeki kişilere yer ayrılan günlerde, ayrı bir kura bu yerleri önce listedeki yerini talep etmiş kişilerin açık başvuruları arasında dağıtır. Tohumu, o günün günlük kurasının tohumundan türetilir; günlük kuranın taahhüdü başvurular kapanmadan yayımlandığı için sonradan seçilemez. Dağıtılmayan yerler serbest bırakılana kadar ayrılmış kalır, sonra günlük kuraya geçer.
rosters-draw-places = Liste kişilerine ayrılan yerler
rosters-draw-daily = O günün günlük kurası
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = Programın kuruluşunun bu kişiye verdiği liste numarasını ve doğum tarihini girin; yeri bu gruba bağlanır.
rosters-back-to-group = Gruba dön
rosters-helper-claimed = Bu gruba bağlandı: liste numarası { $roster_id }, durum { $status }.
