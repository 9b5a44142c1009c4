my-data-title = Mes données
my-data-reauth-intro = Pour voir ou effacer vos données, saisissez de nouveau votre mot de passe. Ces pages restent ouvertes 10 minutes.
my-data-password = Mot de passe
my-data-code = Code de votre application d’authentification
my-data-continue = Continuer
my-data-intro = Voici tout ce que Garita garde sur votre compte. Vous pouvez le télécharger dans un fichier.
my-data-download = Télécharger mes données (JSON)
my-data-account = Compte
my-data-email = Adresse e-mail
my-data-created = Créé le
my-data-members = Personnes de votre groupe
my-data-has-photo = photo gardée
my-data-none = Rien.
my-data-appointments = Rendez-vous
my-data-notifications-count = { $count ->
    [one] { $count } message vous a été envoyé.
   *[other] { $count } messages vous ont été envoyés.
}
my-data-views = Qui a vu vos données
my-data-views-intro = Chaque fois que quelqu’un a ouvert ou modifié vos données. Nous montrons le rôle, le poste et l’heure, jamais le nom de la personne.
my-data-col-time = Heure
my-data-col-role = Rôle
my-data-col-port = Poste-frontière
my-data-col-action = Action
my-data-role-traveler = Vous
my-data-role-officer = Agent
my-data-role-admin = Administration
my-data-role-anonymous = Système
my-data-delete-title = Supprimer mon compte
my-data-delete-link = Supprimer mon compte et mes données
my-data-delete-intro = Si vous supprimez votre compte, ceci est perdu pour toujours :
my-data-delete-members = { $count ->
    [one] { $count } personne de votre groupe, avec sa photo.
   *[other] { $count } personnes de votre groupe, avec leurs photos.
}
my-data-delete-appointment = Votre rendez-vous. Ses codes ne marchent plus et les places vont à d’autres personnes.
my-data-delete-request = Votre demande. Votre temps d’attente est perdu.
my-data-delete-sessions = Vous êtes déconnecté sur tous vos appareils.
my-data-delete-kept = Nous gardons seulement une trace qu’un compte a été supprimé, avec son numéro, pas votre nom.
my-data-delete-confirm = Je comprends. Supprimer mon compte.
my-data-delete-button = Supprimer définitivement
my-data-keep = Garder mon compte
my-data-deleted-title = Compte supprimé
my-data-deleted-text = Votre compte et vos données sont supprimés. Vous êtes déconnecté.
my-data-action-viewed = A consulté vos données
my-data-action-exported = A téléchargé vos données
my-data-action-message = Vous a envoyé un message
my-data-action-port = Enregistrement au point d’entrée
my-data-action-changed = A modifié vos données
