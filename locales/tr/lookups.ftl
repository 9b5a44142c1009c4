# The officer's lookup of a person by name and date of birth (port console).
lookup-link = Bir kişiyi adı ve doğum tarihiyle bulun
lookup-title = Bir kişiyi adı ve doğum tarihiyle bulun
lookup-intro = Geçiş belgesi olmadan gelen bir kişi için. Yalnızca bu sınır kapısındaki bugünkü randevular aranır ve yalnızca tüm adların (herhangi bir sırayla; aksanlar, büyük harfler ve kısa çizgiler sayılmaz) ve doğum tarihinin tam eşleşmesi bulunur. Her arama sizin adınızla kaydedilir.
lookup-full-name = Tam ad
lookup-full-name-hint = Belgedeki tüm adlar, herhangi bir sırayla.
lookup-submit = Ara
lookup-results = Bulunan randevular
lookup-none = Bugün bu sınır kapısında bu ad ve bu doğum tarihi için randevu yok.
lookup-capped = Bu ad ve doğum tarihine sahip gösterilenden daha fazla kişi var: belgeyi ve fotoğrafı kontrol edin.
lookup-back = Bugünkü listeye dön
