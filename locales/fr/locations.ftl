# Locations (/locations).
nav-locations = Lieux
locations-title = Ports, aéroports et autres lieux
locations-intro = Tous les points d’entrée terrestres des États-Unis aux frontières du Mexique et du Canada, les aéroports internationaux, les installations de fret et les centres d’inscription Voyageur de confiance. Les horaires sont à l’heure locale de chaque lieu.
locations-filter-kind = Type de lieu
locations-filter-function = À quoi il sert
locations-filter-state = État américain
locations-filter-any = Tous
locations-filter-apply = Afficher
locations-found = { $count ->
    [one] { $count } lieu
   *[other] { $count } lieux
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = Points d’entrée terrestres
locations-kind-airport = Aéroports internationaux
locations-kind-cargo-facility = Installations de fret
locations-kind-enrollment-center = Centres d’inscription Voyageur de confiance
locations-function-appointments = Rendez-vous
locations-function-provisional-i94 = I-94 provisoire
locations-function-bus-arrivals = Arrivées en autocar
locations-function-cargo-inspection = Inspection du fret
locations-function-air-passenger-inspection = Inspection des passagers aériens
locations-function-trusted-traveler-enrollment = Inscription Voyageur de confiance
locations-port-code = Port CBP
locations-iata-code = Code d’aéroport
locations-status-open = Ouvert
locations-status-closed = Fermé
locations-hours-in-zone = Horaires ({ $zone })
locations-day-mon = lundi
locations-day-tue = mardi
locations-day-wed = mercredi
locations-day-thu = jeudi
locations-day-fri = vendredi
locations-day-sat = samedi
locations-day-sun = dimanche
locations-day-span = du { $first } au { $last }
locations-hours-line = { $span } : { $time }
locations-time-range = de { $opens } à { $closes }
locations-open-all-day = ouvert 24 h sur 24
locations-closed = fermé
locations-closed-all-week = Fermé tous les jours
locations-capacity = { $count ->
    [one] { $count } inspection par heure
   *[other] { $count } inspections par heure
}
locations-saved = Enregistré.
locations-field-kind = Type
locations-field-code = Code
locations-field-state = État
locations-field-zone = Fuseau horaire
locations-field-functions = À quoi il sert
locations-field-status = Statut
locations-field-capacity = Capacité
locations-not-stated = Non indiqué
locations-hours-not-stated = Les horaires ne sont pas publiés ici. Renseignez-vous auprès du lieu avant d’y aller.
locations-updated = Modifié par l’agence le { $when }.
locations-edit = Modifier les horaires, la capacité ou le statut
locations-back = Tous les lieux
locations-edit-title = Modifier { $name }
locations-edit-intro = Modifiez ce que l’agence fixe pour ce lieu. Rien n’est enregistré si un champ est erroné.
field-hours = Horaires d’ouverture
locations-hours-hint = Heure locale, jours en anglais, horloge de 24 heures. Exemple : Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. Les jours non écrits sont fermés. Laissez vide si non indiqué.
field-capacity-per-hour = Inspections par heure
locations-capacity-hint = Un nombre entier de 1 à 10000. Laissez vide si non indiqué.
field-is-open = Statut
locations-save = Enregistrer
locations-back-to-location = Retour au lieu
