# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = Cette personne est-elle inscrite ?
rosters-check-intro = Interrogez la liste du programme de votre organisation sur une personne : par numéro de liste et date de naissance, ou par nom complet et date de naissance.
rosters-roster-id = Numéro de liste
rosters-roster-id-hint = Tel qu'il figure sur la liste, par exemple MPP-0001.
rosters-full-name = Nom complet
rosters-full-name-hint = Seulement si vous n'avez pas le numéro de liste.
rosters-check-submit = Vérifier
rosters-yes = Inscrite
rosters-no = Absente de votre liste
rosters-status = Statut dans le programme :
rosters-check-privacy = La réponse est oui ou non et le statut dans le programme, rien d'autre. Chaque vérification est enregistrée à votre nom.
rosters-status-enrolled = inscrite
rosters-status-pending = en attente
rosters-status-completed = terminé
rosters-status-withdrawn = retirée
rosters-claim-title = Réclamer votre place sur la liste d'un programme
rosters-claim-intro = Si une organisation vous a inscrit à un programme, saisissez votre numéro de liste et votre date de naissance pour le lier à votre compte.
rosters-claim-submit = Réclamer
rosters-claimed = Lié à votre compte : numéro de liste { $roster_id }, statut { $status }.
rosters-not-found = Introuvable. Vérifiez le numéro de liste et la date de naissance.
retention-kind-roster-people = Personnes de la liste d’un programme d’une organisation, un an après la dernière importation qui les mentionnait
retention-kind-roster-places = Places réservées aux personnes d’une liste de programme, après le jour du créneau

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = Quotas des listes de programme
rosters-quotas-intro = La part des places de chaque créneau d'un port réservée aux personnes inscrites sur une liste de programme, et combien de jours avant le jour du créneau les places réservées inutilisées passent au tirage quotidien. 0 % met fin au quota d'un port ; les places déjà réservées le restent.
rosters-quotas-saved = Le quota de { $port } est enregistré.
rosters-quotas-caption = Ports et leur quota de liste
rosters-quotas-port = Port
rosters-quotas-percent = Part réservée
rosters-quotas-release = Les places inutilisées passent au tirage quotidien
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] { $days } jour avant
   *[other] { $days } jours avant
}
rosters-quotas-none = Aucun quota
rosters-quotas-set = Fixer le quota d'un port
rosters-quotas-percent-hint = Un nombre entier de 0 à 100. 0 met fin au quota.
rosters-quotas-release-hint = Un nombre entier de 0 à 60.
rosters-quotas-save = Enregistrer
field-port-id = Port
field-percent = Part réservée (%)
field-release-days-before = Jours avant le jour du créneau

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = Tirage des listes du { $date }
rosters-draw-intro = Les jours où des places sont réservées aux personnes d'une liste de programme, un tirage distinct les attribue d'abord, parmi les demandes ouvertes des personnes qui ont réclamé leur place sur une liste. Sa graine est dérivée de celle du tirage quotidien de ce jour, dont l'engagement a été publié avant la clôture des demandes : elle n'a donc pas pu être choisie après coup. Les places qu'il n'attribue pas restent réservées jusqu'à leur libération, puis passent au tirage quotidien.
rosters-draw-places = Places réservées aux personnes des listes
rosters-draw-daily = Le tirage quotidien de ce jour
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = Saisissez le numéro de liste et la date de naissance que l'organisation du programme a donnés à cette personne, pour lier sa place à ce groupe.
rosters-back-to-group = Retour au groupe
rosters-helper-claimed = Lié à ce groupe : numéro de liste { $roster_id }, statut { $status }.
