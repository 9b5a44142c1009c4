# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = Her günün kurasının kuralları
policies-intro = Bu hizmeti yürüten kurum kuralları belirler: başvuruların ne zaman alındığı, yerlerin nasıl dağıtıldığı ve nereden başvurulabileceği. Her kural seti bir günden itibaren geçerlidir; tüm kayıt budur.
policies-caption = Kurallar ve her birinin geçerli olduğu ilk gün
policies-from = Şu tarihteki kuradan itibaren
policies-name = Ad
policies-rules = Kurallar
policies-digest = Özet (SHA-256)
policies-in-force = yürürlükte
policies-used-from = İlk kullanıldığı kura
policies-text = Tam metin
policies-admin-title = Politikalar
policies-admin-intro = Yeni kuralları bir günden itibaren planlayın. Kurası yapılmış bir gün kendi kurallarını korur. Metinde sorun varsa hiçbir şey kaydedilmez.
policies-not-saved = Hiçbir şey kaydedilmedi; yürürlükteki kurallar geçerli kalıyor.
policies-schedule = Bu kuralları planla
policies-date-required = Kuralların geçerli olduğu ilk günü yazın.
policies-rule-weighted = ağırlıklı kura (beklenen günler sayılır)
policies-rule-oldest-share-then-random = bir pay en eski kayıtlara, gerisi rastgele
policies-carry-over = başvurular devam eder
policies-no-carry-over = her gün yeniden başvur
policies-region-latitude = { $latitude }° enleminin kuzeyi
policies-region-states = dahil edilen eyaletler: { $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = ABD'deki varış adresi
policies-us-address-hint = Grubun ABD'de gideceği yer: yürürlükteki kuralların istediği gibi gruptaki herkes için tek bir adres.
field-us-state = Eyalet
field-us-zip = ZIP posta kodu (5 rakam)
field-us-street = Sokak ve numara
# The region of the rules in force, as rules and a map.
policies-region-title = Nereden başvurabilirsiniz
policies-region-included = Bu eyaletlerin tamamı: { $states }
policies-region-north-of = { $latitude }° K enleminde veya kuzeyindeki her yer
policies-region-excluded = Şu eyaletler hariç: { $states }
policies-region-exception-holder = Grup sahibi { $countries } vatandaşı olan bir grup Meksika'nın her yerinden başvurabilir
policies-region-exception-all = Tüm üyeleri { $countries } vatandaşı olan bir grup Meksika'nın her yerinden başvurabilir
policies-region-map-label = Meksika haritası: başvurulabilecek eyaletler dolu; çizgi enlem sınırıdır. Liste aynı şeyi sözcüklerle söyler.
policies-region-map-caption = Dolu: uygun. Açık renk: çizginin kuzeyinde uygun.
# Confirming under rules that check the location again.
policies-recheck-title = Bulunduğunuz yerden onaylayın
policies-recheck-intro = Yürürlükteki kurallar onaylamadan önce bölgede olduğunuzu yeniden kontrol eder. Konumunuzu bir kez paylaşın veya şehrinizi yazın.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = metin okunamıyor: { $detail }
policies-problem-window-order = başvuru süresi açılmadan kapanıyor
policies-problem-window-too-long = başvuru süresi 24 saatten uzun
policies-problem-allocation-before-close = çekiliş başvuru süresi kapanmadan yapılıyor
policies-problem-out-of-range = değer { $lowest } ile { $highest } arasında olmalı
policies-problem-unknown-state = { $value } bilinen bir eyalet kodu değil (MX.BN gibi bir kod yazın)
policies-problem-unknown-country = { $value } bilinen bir ülke kodu değil (MX gibi bir kod yazın)
policies-problem-empty-region = bölgede hiçbir yer yok
policies-problem-invalid-id = { $value } geçerli bir ad değil (küçük harf, rakam ve kısa çizgi)
policies-problem-repeated = { $value } iki kez yazılmış
