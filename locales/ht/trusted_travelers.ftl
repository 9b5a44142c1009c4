# Manm Vwayajè Konfyans (/trusted-traveler) ak entèvyou enskripsyon (/enrollment/interviews).
ttp-title = Vwayajè Konfyans
ttp-intro = Manm SENTRI, NEXUS, Global Entry oswa FAST ou: estati li, ki lè li ekspire, ki lè pou renouvle li, ak entèvyou enskripsyon ou.
ttp-none = Ou poko konekte okenn manm.
ttp-linked = Manm ou konekte ak kont sa a.
ttp-link-title = Konekte yon manm
ttp-link-intro = Ekri pwogram nan, PASSID ou ak dat nesans ou egzakteman jan CBP genyen yo.
field-passid = PASSID
ttp-passid-hint = 9 chif, sou kat ou oswa sou lèt apwobasyon ou.
ttp-link-submit = Konekte
ttp-link-not-found = Nou pa jwenn okenn manm ak enfòmasyon sa yo. Verifye sa ou ekri a.
ttp-privacy = Nou anrejistre chak esè. Apre twòp esè, fòk ou tann anvan ou eseye ankò.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = Estati
ttp-status-pending_review = Y ap egzamine l
ttp-status-conditionally_approved = Apwouve ak kondisyon
ttp-status-active = Aktif
ttp-status-expired = Ekspire
ttp-status-revoked = Revoke
ttp-status-denied = Refize
ttp-expires = Ekspire
ttp-days-left = { $days ->
    [one] rete { $days } jou
   *[other] rete { $days } jou
}
ttp-renewal = Renouvèlman
ttp-renewal-opens = Ou ka renouvle l apati { $date }.
ttp-renewal-open-now = Ouvè depi { $date }: ou ka renouvle l kounye a.
ttp-next = Sa pou fè apre
ttp-next-wait = Anyen pou kounye a: CBP ap egzamine demann ou.
ttp-next-book-interview = Rezève entèvyou enskripsyon ou.
ttp-next-nothing = Anyen: manm ou aktif.
ttp-next-renew = Renouvle l sou sit entènèt Pwogram Vwayajè Konfyans CBP a anvan li ekspire.
ttp-next-apply-again = Fè yon nouvo demann sou sit entènèt Pwogram Vwayajè Konfyans CBP a.
ttp-next-contact-cbp = Si ou panse se yon erè, kontakte medyatè Vwayajè Konfyans CBP a.
ttp-interview-booked = Entèvyou: { $center }, { $date } a { $time }.
ttp-interview-book = Rezève entèvyou a
ttp-interview-rebook = Chanje entèvyou a
ttp-interview-cancel = Anile entèvyou a
ttp-book-title = Rezève entèvyou enskripsyon an
ttp-book-center = Sant enskripsyon
ttp-book-date = Jou
ttp-book-show = Montre
ttp-book-slots = Lè yo
ttp-book-times-in = Lè yo se lè lokal sant lan ({ $zone }).
ttp-book-closed = Sant sa a fèmen.
ttp-book-no-slots = Pa gen entèvyou jou sa a. Chwazi yon lòt jou.
ttp-slot-free = { $count ->
    [one] rete { $count } plas
   *[other] rete { $count } plas
}
ttp-slot-book = Rezève { $time }
ttp-slot-unavailable = Pa disponib
ttp-back = Retounen nan manm mwen yo
ttp-desk-title = Entèvyou enskripsyon
ttp-desk-none = Pa gen entèvyou jou sa a.
ttp-desk-caption = Entèvyou jounen an
ttp-desk-time = Lè
ttp-desk-outcome = Rezilta
ttp-desk-record = Anrejistre
ttp-outcome-approved = Apwouve
ttp-outcome-denied = Refize
ttp-outcome-no_show = Pa t vini
ttp-interview-status-booked = Rezève
ttp-interview-status-cancelled = Anile
ttp-interview-status-approved = Apwouve
ttp-interview-status-denied = Refize
ttp-interview-status-no_show = Pa t vini
nav-ttp = Vwayajè Konfyans
notification-ttp-renewal-subject = Li lè pou renouvle manm Vwayajè Konfyans ou
notification-ttp-renewal-body = Manm Vwayajè Konfyans ou ap ekspire byento e ou ka renouvle l kounye a. Konekte pou wè dat la: { $url }/trusted-traveler
retention-kind-ttp-interviews = Entèvyou Vwayajè Konfyans, apre jou yo
