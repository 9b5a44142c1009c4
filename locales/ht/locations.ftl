# Locations (/locations).
nav-locations = Kote yo
locations-title = Pò, ayewopò ak lòt kote
locations-intro = Tout pò antre sou tè Etazini yo sou fwontyè Meksik ak Kanada, ayewopò entènasyonal yo, kote pou machandiz yo ak sant enskripsyon Vwayajè Konfyans yo. Lè yo se lè lokal kote chak kote a ye.
locations-filter-kind = Ki kalite kote
locations-filter-function = Pou kisa li sèvi
locations-filter-state = Eta Ameriken
locations-filter-any = Tout
locations-filter-apply = Montre
locations-found = { $count ->
    [one] { $count } kote
   *[other] { $count } kote
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = Pò antre sou tè
locations-kind-airport = Ayewopò entènasyonal
locations-kind-cargo-facility = Kote pou machandiz
locations-kind-enrollment-center = Sant enskripsyon Vwayajè Konfyans
locations-function-appointments = Randevou
locations-function-provisional-i94 = I-94 pwovizwa
locations-function-bus-arrivals = Rive an bis
locations-function-cargo-inspection = Enspeksyon machandiz
locations-function-air-passenger-inspection = Enspeksyon pasaje avyon
locations-function-trusted-traveler-enrollment = Enskripsyon Vwayajè Konfyans
locations-port-code = Pò CBP
locations-iata-code = Kòd ayewopò
locations-status-open = Ouvè
locations-status-closed = Fèmen
locations-hours-in-zone = Lè ouvèti ({ $zone })
locations-day-mon = lendi
locations-day-tue = madi
locations-day-wed = mèkredi
locations-day-thu = jedi
locations-day-fri = vandredi
locations-day-sat = samdi
locations-day-sun = dimanch
locations-day-span = { $first } rive { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = { $opens } rive { $closes }
locations-open-all-day = ouvè 24 èdtan
locations-closed = fèmen
locations-closed-all-week = Fèmen chak jou
locations-capacity = { $count ->
    [one] { $count } enspeksyon pa èdtan
   *[other] { $count } enspeksyon pa èdtan
}
locations-saved = Anrejistre.
locations-field-kind = Kalite
locations-field-code = Kòd
locations-field-state = Eta
locations-field-zone = Zòn lè
locations-field-functions = Pou kisa li sèvi
locations-field-status = Eta kounye a
locations-field-capacity = Kapasite
locations-not-stated = Pa endike
locations-hours-not-stated = Lè ouvèti yo pa pibliye isit la. Mande kote a anvan ou ale.
locations-updated = Ajans lan chanje li { $when }.
locations-edit = Chanje lè, kapasite oswa eta
locations-back = Tout kote yo
locations-edit-title = Chanje { $name }
locations-edit-intro = Chanje sa ajans lan fikse pou kote sa a. Anyen pa anrejistre si yon chan pa bon.
field-hours = Lè ouvèti
locations-hours-hint = Lè lokal, jou yo an anglè, revèy 24 èdtan. Egzanp: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. Jou ou pa ekri yo fèmen. Kite l vid si li pa endike.
field-capacity-per-hour = Enspeksyon pa èdtan
locations-capacity-hint = Yon nonm antye soti 1 rive 10000. Kite l vid si li pa endike.
field-is-open = Eta kounye a
locations-save = Anrejistre
locations-back-to-location = Retounen nan kote a
