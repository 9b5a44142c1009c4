stats-title = Estatistik ouvè
stats-nav = Estatistik
stats-intro = Konbyen moun ki te mande yon randevou, ki te chwazi, ki te konfime, ki te vini nan pò a, ki pa t vini oswa ki te anile, jou pa jou, konte apati sa Garita anrejistre. Yo pibliye yon jou lè l fini, epi apre sa li pa janm chanje.
stats-licence = Ou ka itilize chif sa yo lib si ou site Garita kòm sous. Lisans:
stats-hidden-note = Pou pwoteje moun, nou kache tout chif ki gen mwens pase { $threshold } moun, ak kèk lòt chif tou, pou pèsonn pa ka jwenn yon chif kache lè yo fè soustraksyon.
stats-from = Depi
stats-to = Jiska
stats-show = Montre
stats-period = Depi { $from } jiska { $to }
stats-download-csv = Telechaje chif yo (CSV)
stats-download-json = Chif yo an JSON
stats-none = Poko gen chif ki pibliye pou jou sa yo.
stats-chart-requests = Moun ki te mande yon randevou
stats-chart-selected = Moun tiraj la te chwazi
stats-chart-confirmed = Moun ki te konfime randevou yo
stats-chart-checked-in = Moun ki te anrejistre nan pò a
stats-chart-no-shows = Moun ki pa t vini
stats-chart-cancellations = Moun ki te refize oswa anile
stats-chart-desc = { $days ->
    [one] Yon jou
   *[other] { $days } jou
}, tout pò yo. { $people ->
    [one] Yon moun
   *[other] { $people } moun
} nan jou yo montre yo. { $hidden ->
    [0] Okenn jou pa kache.
    [one] Yon jou kache.
   *[other] { $hidden } jou kache.
}
stats-chart-caption = Yon ba pou chak jou, tout pò yo ansanm. Yon mak zoranj vle di chif la kache.
stats-table-show = Montre chif yo nan yon tablo
stats-day = Jou
stats-people = Moun
stats-groups = Gwoup
stats-hidden = kache
stats-states-title = Demann pa eta, semèn { $week }
stats-state = Eta
stats-port = Pò pou tan datant yo
stats-nationalities-title = Demann dapre nasyonalite moun ki an tèt gwoup la, semèn { $week }
stats-nationality = Nasyonalite
stats-nationality-unknown = Nou pa konnen
stats-wait-title = Tan datant mwayen nan { $port }: { $lane }
stats-wait-desc = { $days ->
    [one] Yon jou
   *[other] { $days } jou
}. { $empty ->
    [0] Te gen rapò chak jou.
    [one] Yon jou san rapò.
   *[other] { $empty } jou san rapò.
}
stats-wait-caption = Yon ba pou chak jou: valè nan mitan tan datant ofisye yo te rapòte nan liy sa a jou sa a. Pa gen ba vle di pa t gen rapò jou sa a.
stats-wait-median = Tan datant mwayen
stats-wait-reports = Rapò
stats-wait-none = pa gen rapò
