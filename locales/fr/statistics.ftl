stats-title = Statistiques ouvertes
stats-nav = Statistiques
stats-intro = Combien de personnes ont demandé un rendez-vous, ont été sélectionnées, ont confirmé, se sont présentées au poste-frontière, ne sont pas venues ou ont annulé, jour par jour, comptées à partir de ce que Garita a enregistré. Un jour est publié une fois terminé, et ne change plus ensuite.
stats-licence = Vous pouvez réutiliser librement ces chiffres en citant Garita comme source. Licence :
stats-hidden-note = Pour protéger les personnes, tout chiffre portant sur moins de { $threshold } personnes est masqué, ainsi que quelques autres, pour qu’un chiffre masqué ne puisse pas être retrouvé par soustraction.
stats-from = Du
stats-to = Au
stats-show = Afficher
stats-period = Du { $from } au { $to }
stats-download-csv = Télécharger les chiffres (CSV)
stats-download-json = Les chiffres en JSON
stats-none = Aucun chiffre n’a encore été publié pour ces jours.
stats-chart-requests = Personnes ayant demandé un rendez-vous
stats-chart-selected = Personnes sélectionnées au tirage
stats-chart-confirmed = Personnes dont le rendez-vous a été confirmé
stats-chart-checked-in = Personnes enregistrées au poste-frontière
stats-chart-no-shows = Personnes qui ne sont pas venues
stats-chart-cancellations = Personnes ayant refusé ou annulé
stats-chart-desc = { $days ->
    [one] Un jour
   *[other] { $days } jours
}, tous les postes. { $people ->
    [one] Une personne
   *[other] { $people } personnes
} sur les jours affichés. { $hidden ->
    [0] Aucun jour masqué.
    [one] Un jour masqué.
   *[other] { $hidden } jours masqués.
}
stats-chart-caption = Une barre par jour, tous les postes ensemble. Une marque orange signale un chiffre masqué.
stats-table-show = Voir les chiffres dans un tableau
stats-day = Jour
stats-people = Personnes
stats-groups = Groupes
stats-hidden = masqué
stats-states-title = Demandes par État, semaine du { $week }
stats-state = État
stats-port = Poste pour les temps d'attente
stats-nationalities-title = Demandes selon la nationalité du titulaire du groupe, semaine du { $week }
stats-nationality = Nationalité
stats-nationality-unknown = Inconnue
stats-wait-title = Attente médiane à { $port } : { $lane }
stats-wait-desc = { $days ->
    [one] Un jour
   *[other] { $days } jours
}. { $empty ->
    [0] Un relevé chaque jour.
    [one] Un jour sans relevé.
   *[other] { $empty } jours sans relevé.
}
stats-wait-caption = Une barre par jour : la valeur centrale des attentes relevées par les agents sur cette file ce jour-là. Pas de barre : aucun relevé ce jour-là.
stats-wait-median = Attente médiane
stats-wait-reports = Relevés
stats-wait-none = aucun relevé
