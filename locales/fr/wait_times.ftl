# Garita — français
wait-times-title = Temps d'attente à la frontière
wait-times-intro = Combien de temps vous pouvez attendre à chaque poste-frontière, selon les agents sur place. Les heures sont à l'heure locale de chaque poste-frontière.
wait-times-none = Pas encore de relevé pour ce poste-frontière.
wait-times-not-reported = Pas encore de relevé : { $lanes }.
wait-times-port-link = Détails et 7 derniers jours
wait-times-feed = Ces chiffres en JSON (pour les développeurs)
wait-times-history-json = Les 7 derniers jours en JSON (pour les développeurs)
wait-times-back = Tous les postes-frontières

wait-times-col-lane = Voie
wait-times-col-status = Statut
wait-times-col-lanes-open = Voies ouvertes
wait-times-col-wait = Attente
wait-times-col-usual = D'habitude à cette heure
wait-times-col-updated = Mis à jour

wait-times-group-passenger = Voitures
wait-times-group-pedestrian = Piétons
wait-times-group-commercial = Véhicules commerciaux
wait-times-lane-passenger-standard = Normale
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = Normale
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = Normale
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group } : { $lane }

wait-times-status-open = Ouvert
wait-times-status-lanes-reduced = Moins de voies ouvertes
wait-times-status-closed = Fermé

wait-times-minutes = { $minutes } min
wait-times-hours = { $hours } h
wait-times-hours-minutes = { $hours } h { $minutes } min
wait-times-ago-now = à l'instant
wait-times-ago-minutes = il y a { $count } min
wait-times-ago-hours = il y a { $count } h
wait-times-ago-days = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}
wait-times-updated = Mis à jour { $ago }, à { $time }
wait-times-stale = Dernière mise à jour { $ago }, à { $time } : ce n'est peut-être plus exact

wait-times-port-title = Temps d'attente à { $port }
wait-times-port-intro = Les heures sont à l'heure locale du poste-frontière ({ $zone }).
wait-times-now-heading = Derniers relevés
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } relevé
   *[other] { $count } relevés
})
wait-times-usual-none = Pas assez de relevés
wait-times-usual-note = « D'habitude à cette heure » est la médiane des attentes relevées pour cette voie entre { $from } et { $to } (heure du poste-frontière) pendant les { $days } derniers jours. Elle est affichée s'il y a au moins { $count } relevés de ce type : la moitié de ces attentes étaient plus courtes, l'autre moitié plus longues.

wait-times-week-heading = 7 derniers jours
wait-times-week-intro = Attente relevée en minutes, en moyenne par heure, à l'heure locale du poste-frontière. Une coupure dans une ligne veut dire qu'il n'y a pas eu de relevé ou que la voie était fermée.
wait-times-chart-title = { $group } : attente pendant les 7 derniers jours
wait-times-chart-desc = Graphique en lignes de l'attente relevée, en minutes, pour chaque voie ({ $group }), par heure, du { $from } au { $to } (heure du poste-frontière). La plus longue : { $max }. Les mêmes chiffres, jour par jour, sont dans le tableau après le graphique.
wait-times-chart-max = { $wait } ({ $lane }, { $day } à { $time })
wait-times-chart-max-none = aucune attente relevée, seulement des voies fermées
wait-times-chart-empty = Aucun relevé pendant les 7 derniers jours.
wait-times-axis-wait = Attente (minutes)
wait-times-axis-day = Jour (heure du poste-frontière)
wait-times-legend = Voies
wait-times-weekday = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
} { $day }
wait-times-table-show = Voir ces chiffres dans un tableau
wait-times-table-caption = { $group } : attente médiane de chaque jour, en minutes (la plus longue entre parenthèses)
wait-times-table-day = Jour
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = Aucun relevé

wait-times-console-title = Mettre à jour les temps d'attente : { $port }
wait-times-console-choose-port = Mettre à jour les temps d'attente : choisissez un poste-frontière
wait-times-console-intro = Remplissez seulement les voies que vous relevez maintenant. Les voies laissées sur « Ne pas mettre à jour » gardent leur dernier relevé. Toutes les voies sont enregistrées ensemble, ou aucune si quelque chose ne va pas.
wait-times-console-save = Enregistrer les temps d'attente
wait-times-console-saved = Enregistré. La page publique montre les nouveaux chiffres.
wait-times-console-nothing = Remplissez au moins une voie, puis enregistrez.
wait-times-console-public = Voir la page publique de ce poste-frontière
wait-times-field-status = Statut
wait-times-field-status-skip = Ne pas mettre à jour
wait-times-field-lanes-open = Voies ouvertes
wait-times-field-lanes-open-hint = Voies ouvertes : un nombre entier de 1 à 100. Laissez vide pour une voie fermée.
wait-times-field-delay = Attente en minutes
wait-times-field-delay-hint = Attente : un nombre entier de minutes, de 0 à 1440 (24 heures). Laissez vide pour une voie fermée.
wait-times-current = Dernier relevé : { $status }, { $lanes ->
    [one] { $lanes } voie ouverte
   *[other] { $lanes } voies ouvertes
}, attente { $wait }. { $updated }.
wait-times-current-closed = Dernier relevé : fermé. { $updated }.
wait-times-error-in = { $lane }, { $field } : { $message }
wait-times-current-none = Pas encore de relevé.

error-unknown-lane = Ce n'est pas un type de voie. Utilisez l'un de ceux-ci : passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = Donnez chaque voie une seule fois.
error-unknown-status = Choisissez un statut dans la liste : ouvert, moins de voies ouvertes (lanes-reduced) ou fermé.
error-not-a-number = Écrivez un nombre entier, par exemple 25.
error-number-too-small = Ce nombre ne peut pas être plus petit que { $limit }.
error-number-too-large = Ce nombre ne peut pas être plus grand que { $limit }. Vérifiez-le.
