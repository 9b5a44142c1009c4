# Adhésions Voyageur de confiance (/trusted-traveler) et entretiens d'inscription (/enrollment/interviews).
ttp-title = Voyageur de confiance
ttp-intro = Votre adhésion SENTRI, NEXUS, Global Entry ou FAST : son statut, sa date d'expiration, quand la renouveler et votre entretien d'inscription.
ttp-none = Vous n'avez encore lié aucune adhésion.
ttp-linked = Votre adhésion est liée à ce compte.
ttp-link-title = Lier une adhésion
ttp-link-intro = Saisissez le programme, votre PASSID et votre date de naissance exactement comme la CBP les connaît.
field-passid = PASSID
ttp-passid-hint = 9 chiffres, sur votre carte ou votre lettre d'approbation.
ttp-link-submit = Lier
ttp-link-not-found = Aucune adhésion ne correspond à ces informations. Vérifiez ce que vous avez saisi.
ttp-privacy = Chaque tentative est enregistrée. Après trop de tentatives, il faut attendre avant de réessayer.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = Statut
ttp-status-pending_review = En cours d'examen
ttp-status-conditionally_approved = Approuvée sous conditions
ttp-status-active = Active
ttp-status-expired = Expirée
ttp-status-revoked = Révoquée
ttp-status-denied = Refusée
ttp-expires = Expire le
ttp-days-left = { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
}
ttp-renewal = Renouvellement
ttp-renewal-opens = Vous pourrez la renouveler à partir du { $date }.
ttp-renewal-open-now = Ouvert depuis le { $date } : vous pouvez la renouveler dès maintenant.
ttp-next = Que faire ensuite
ttp-next-wait = Rien pour l'instant : la CBP examine votre demande.
ttp-next-book-interview = Réservez votre entretien d'inscription.
ttp-next-nothing = Rien : votre adhésion est active.
ttp-next-renew = Renouvelez-la sur le site des programmes Voyageur de confiance de la CBP avant son expiration.
ttp-next-apply-again = Déposez une nouvelle demande sur le site des programmes Voyageur de confiance de la CBP.
ttp-next-contact-cbp = Si vous pensez qu'il s'agit d'une erreur, contactez le médiateur Voyageur de confiance de la CBP.
ttp-interview-booked = Entretien : { $center }, le { $date } à { $time }.
ttp-interview-book = Réserver l'entretien
ttp-interview-rebook = Changer l'entretien
ttp-interview-cancel = Annuler l'entretien
ttp-book-title = Réserver l'entretien d'inscription
ttp-book-center = Centre d'inscription
ttp-book-date = Jour
ttp-book-show = Afficher
ttp-book-slots = Horaires
ttp-book-times-in = Les horaires sont à l'heure locale du centre ({ $zone }).
ttp-book-closed = Ce centre est fermé.
ttp-book-no-slots = Aucun entretien ce jour-là. Choisissez un autre jour.
ttp-slot-free = { $count ->
    [one] { $count } place restante
   *[other] { $count } places restantes
}
ttp-slot-book = Réserver { $time }
ttp-slot-unavailable = Indisponible
ttp-back = Retour à mes adhésions
ttp-desk-title = Entretiens d'inscription
ttp-desk-none = Aucun entretien ce jour-là.
ttp-desk-caption = Entretiens du jour
ttp-desk-time = Heure
ttp-desk-outcome = Résultat
ttp-desk-record = Enregistrer
ttp-outcome-approved = Approuvé
ttp-outcome-denied = Refusé
ttp-outcome-no_show = Ne s'est pas présenté
ttp-interview-status-booked = Réservé
ttp-interview-status-cancelled = Annulé
ttp-interview-status-approved = Approuvé
ttp-interview-status-denied = Refusé
ttp-interview-status-no_show = Ne s'est pas présenté
nav-ttp = Voyageur de confiance
notification-ttp-renewal-subject = Il est temps de renouveler votre adhésion Voyageur de confiance
notification-ttp-renewal-body = Votre adhésion Voyageur de confiance expire bientôt et peut maintenant être renouvelée. Connectez-vous pour voir la date : { $url }/trusted-traveler
retention-kind-ttp-interviews = Entretiens Voyageur de confiance, après leur jour
