# Garita — Kreyòl ayisyen
wait-times-title = Tan datant sou fwontyè a
wait-times-intro = Konbyen tan ou ka tann nan chak pò antre, dapre ofisye ki travay la yo. Lè yo se lè lokal chak pò antre.
wait-times-none = Poko gen rapò pou pò antre sa a.
wait-times-not-reported = Poko gen rapò: { $lanes }.
wait-times-port-link = Detay ak dènye 7 jou yo
wait-times-feed = Chif sa yo an JSON (pou moun k ap fè pwogram)
wait-times-history-json = Dènye 7 jou yo an JSON (pou moun k ap fè pwogram)
wait-times-back = Tout pò antre yo

wait-times-col-lane = Liy
wait-times-col-status = Sitiyasyon
wait-times-col-lanes-open = Liy ki louvri
wait-times-col-wait = Tan datant
wait-times-col-usual = Nòmalman a lè sa a
wait-times-col-updated = Mete ajou

wait-times-group-passenger = Machin pasaje
wait-times-group-pedestrian = Moun ki a pye
wait-times-group-commercial = Machin komèsyal
wait-times-lane-passenger-standard = Nòmal
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = Nòmal
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = Nòmal
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = Louvri
wait-times-status-lanes-reduced = Mwens liy louvri
wait-times-status-closed = Fèmen

wait-times-minutes = { $minutes } min
wait-times-hours = { $hours } è
wait-times-hours-minutes = { $hours } è { $minutes } min
wait-times-ago-now = kounye a menm
wait-times-ago-minutes = sa gen { $count } min
wait-times-ago-hours = sa gen { $count } è
wait-times-ago-days = { $count ->
    [1] sa gen 1 jou
   *[other] sa gen { $count } jou
}
wait-times-updated = Mete ajou { $ago }, a { $time }
wait-times-stale = Dènye mizajou { $ago }, a { $time } — enfòmasyon sa a ka twò ansyen

wait-times-port-title = Tan datant nan { $port }
wait-times-port-intro = Lè yo se lè lokal pò antre a ({ $zone }).
wait-times-now-heading = Dènye rapò yo
wait-times-usual-value = { $wait } ({ $count ->
    [1] 1 rapò
   *[other] { $count } rapò
})
wait-times-usual-none = Pa gen ase rapò
wait-times-usual-note = “Nòmalman a lè sa a” se tan datant ki nan mitan an (medyàn) pou liy sa a, ant { $from } ak { $to } (lè pò antre a), pandan dènye { $days } jou yo. Nou montre l sèlman lè gen omwen { $count } rapò konsa: mwatye tan datant sa yo te pi kout, lòt mwatye a te pi long.

wait-times-week-heading = Dènye 7 jou yo
wait-times-week-intro = Tan datant yo rapòte, an minit, an mwayèn pou chak èdtan, nan lè lokal pò antre a. Lè yon tras koupe, sa vle di pa t gen rapò, oswa liy lan te fèmen.
wait-times-chart-title = { $group }: tan datant pandan dènye 7 jou yo
wait-times-chart-desc = Grafik ak tras ki montre tan datant yo rapòte, an minit, pou chak liy ({ $group }), pa èdtan, depi { $from } rive { $to } (lè pò antre a). Pi long lan: { $max }. Menm chif yo, jou pa jou, nan tablo ki apre grafik la.
wait-times-chart-max = { $wait } ({ $lane }, { $day } a { $time })
wait-times-chart-max-none = pa gen tan datant ki rapòte, sèlman liy ki fèmen
wait-times-chart-empty = Pa gen rapò nan dènye 7 jou yo.
wait-times-axis-wait = Tan datant (minit)
wait-times-axis-day = Jou (lè pò antre a)
wait-times-legend = Liy yo
wait-times-weekday = { $weekday ->
    [1] Len
    [2] Mad
    [3] Mèk
    [4] Jed
    [5] Van
    [6] Sam
   *[7] Dim
} { $day }
wait-times-table-show = Montre chif sa yo nan yon tablo
wait-times-table-caption = { $group }: tan datant ki nan mitan an (medyàn) chak jou, an minit (pi long lan nan parantèz)
wait-times-table-day = Jou
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = Pa gen rapò

wait-times-console-title = Mete tan datant ajou: { $port }
wait-times-console-choose-port = Mete tan datant ajou: chwazi yon pò antre
wait-times-console-intro = Ranpli sèlman liy w ap rapòte kounye a. Liy ou kite sou “Pa mete ajou” kenbe dènye rapò yo. Tout liy yo anrejistre ansanm, oswa okenn si gen yon bagay ki pa bon.
wait-times-console-save = Anrejistre tan datant yo
wait-times-console-saved = Anrejistre. Paj piblik la montre nouvo chif yo.
wait-times-console-nothing = Ranpli omwen yon liy, epi anrejistre.
wait-times-console-public = Gade paj piblik pò antre sa a
wait-times-field-status = Sitiyasyon
wait-times-field-status-skip = Pa mete ajou
wait-times-field-lanes-open = Liy ki louvri
wait-times-field-lanes-open-hint = Liy ki louvri: yon nonm antye soti 1 rive 100. Kite l vid pou yon liy ki fèmen.
wait-times-field-delay = Tan datant an minit
wait-times-field-delay-hint = Tan datant: yon kantite minit antye soti 0 rive 1440 (24 èdtan). Kite l vid pou yon liy ki fèmen.
wait-times-current = Dènye rapò: { $status }, { $lanes ->
    [1] 1 liy louvri
   *[other] { $lanes } liy louvri
}, tan datant { $wait }. { $updated }.
wait-times-current-closed = Dènye rapò: fèmen. { $updated }.
wait-times-error-in = { $lane }, { $field }: { $message }
wait-times-current-none = Poko gen rapò.

error-unknown-lane = Sa a se pa yon kalite liy. Sèvi ak youn nan sa yo: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = Rapòte chak liy yon sèl fwa.
error-unknown-status = Chwazi yon sitiyasyon nan lis la: louvri, mwens liy louvri (lanes-reduced) oswa fèmen.
error-not-a-number = Ekri yon nonm antye, pa egzanp 25.
error-number-too-small = Nonm sa a pa ka pi piti pase { $limit }.
error-number-too-large = Nonm sa a pa ka pi gwo pase { $limit }. Verifye l.
