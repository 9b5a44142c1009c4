# Güvenilir Yolcu üyelikleri (/trusted-traveler) ve kayıt görüşmeleri (/enrollment/interviews).
ttp-title = Güvenilir Yolcu
ttp-intro = SENTRI, NEXUS, Global Entry veya FAST üyeliğiniz: durumu, ne zaman sona erdiği, ne zaman yenileneceği ve kayıt görüşmeniz.
ttp-none = Henüz bir üyelik bağlamadınız.
ttp-linked = Üyeliğiniz bu hesaba bağlandı.
ttp-link-title = Üyelik bağla
ttp-link-intro = Programı, PASSID numaranızı ve doğum tarihinizi CBP'deki gibi aynen yazın.
field-passid = PASSID
ttp-passid-hint = 9 rakam, kartınızda veya onay mektubunuzda.
ttp-link-submit = Bağla
ttp-link-not-found = Bu bilgilerle bir üyelik bulunamadı. Yazdıklarınızı kontrol edin.
ttp-privacy = Her deneme kaydedilir. Çok fazla denemeden sonra tekrar denemeden önce beklemeniz gerekir.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = Durum
ttp-status-pending_review = İnceleniyor
ttp-status-conditionally_approved = Koşullu onaylandı
ttp-status-active = Etkin
ttp-status-expired = Süresi doldu
ttp-status-revoked = İptal edildi
ttp-status-denied = Reddedildi
ttp-expires = Bitiş
ttp-days-left = { $days ->
    [one] { $days } gün kaldı
   *[other] { $days } gün kaldı
}
ttp-renewal = Yenileme
ttp-renewal-opens = { $date } tarihinden itibaren yenileyebilirsiniz.
ttp-renewal-open-now = { $date } tarihinden beri açık: şimdi yenileyebilirsiniz.
ttp-next = Şimdi ne yapmalı
ttp-next-wait = Şimdilik bir şey yok: CBP başvurunuzu inceliyor.
ttp-next-book-interview = Kayıt görüşmenizi ayırtın.
ttp-next-nothing = Bir şey yok: üyeliğiniz etkin.
ttp-next-renew = Süresi dolmadan CBP'nin Güvenilir Yolcu Programları web sitesinde yenileyin.
ttp-next-apply-again = CBP'nin Güvenilir Yolcu Programları web sitesinde yeniden başvurun.
ttp-next-contact-cbp = Bunun bir hata olduğunu düşünüyorsanız CBP'nin Güvenilir Yolcu ombudsmanına başvurun.
ttp-interview-booked = Görüşme: { $center }, { $date }, saat { $time }.
ttp-interview-book = Görüşmeyi ayırt
ttp-interview-rebook = Görüşmeyi değiştir
ttp-interview-cancel = Görüşmeyi iptal et
ttp-book-title = Kayıt görüşmesini ayırt
ttp-book-center = Kayıt merkezi
ttp-book-date = Gün
ttp-book-show = Göster
ttp-book-slots = Saatler
ttp-book-times-in = Saatler merkezin yerel saatidir ({ $zone }).
ttp-book-closed = Bu merkez kapalı.
ttp-book-no-slots = Bu gün görüşme yok. Başka bir gün seçin.
ttp-slot-free = { $count ->
    [one] { $count } yer kaldı
   *[other] { $count } yer kaldı
}
ttp-slot-book = { $time } ayırt
ttp-slot-unavailable = Uygun değil
ttp-back = Üyeliklerime dön
ttp-desk-title = Kayıt görüşmeleri
ttp-desk-none = Bu gün görüşme yok.
ttp-desk-caption = Günün görüşmeleri
ttp-desk-time = Saat
ttp-desk-outcome = Sonuç
ttp-desk-record = Kaydet
ttp-outcome-approved = Onaylandı
ttp-outcome-denied = Reddedildi
ttp-outcome-no_show = Gelmedi
ttp-interview-status-booked = Ayrıldı
ttp-interview-status-cancelled = İptal edildi
ttp-interview-status-approved = Onaylandı
ttp-interview-status-denied = Reddedildi
ttp-interview-status-no_show = Gelmedi
nav-ttp = Güvenilir Yolcu
notification-ttp-renewal-subject = Güvenilir Yolcu üyeliğinizi yenileme zamanı
notification-ttp-renewal-body = Güvenilir Yolcu üyeliğinizin süresi yakında doluyor ve artık yenilenebilir. Tarihi görmek için oturum açın: { $url }/trusted-traveler
retention-kind-ttp-interviews = Güvenilir Yolcu görüşmeleri, günlerinden sonra
