help-title = Aide
help-intro = Garita attribue des rendez-vous aux postes-frontières terrestres des États-Unis. C’est gratuit. Voici chaque étape en mots simples.
help-steps-title = Étape par étape
help-step-account = Créez un compte avec votre adresse e-mail et un mot de passe.
help-step-members = Ajoutez-vous, ainsi que chaque personne qui voyage avec vous. Chaque personne a besoin d’une photo récente de son visage : prenez-la avec le téléphone ou choisissez-la dans la galerie.
help-step-request = Demandez un rendez-vous pendant que vous êtes dans le nord ou le centre du Mexique. Choisissez les points d’entrée que vous pouvez atteindre. Partagez votre position une fois, ou écrivez votre ville.
help-step-draw = Chaque jour, un tirage au sort attribue les places. Si vous n’êtes pas choisi, votre demande reste pour le tirage du lendemain.
help-step-confirm = Si vous êtes choisi, vous recevez une offre. Confirmez-la avant l’heure indiquée ; sinon, les places vont à d’autres personnes.
help-step-pass = Après la confirmation, chaque personne reçoit le code du rendez-vous et un QR code. Gardez-les sur le téléphone ou imprimez-les.
help-draw-title = Comment marche le tirage au sort
help-draw-text = Le tirage est une loterie entre toutes les demandes ouvertes. Chaque jour d’attente augmente votre chance. Les réponses aux questions sur les besoins particuliers l’augmentent aussi. Personne ne peut acheter une meilleure chance.
help-draw-check = Avant chaque tirage, Garita publie un nombre scellé ; après, la graine et la liste. Tout le monde peut vérifier que le résultat n’a pas été changé.
help-bring-title = Quoi apporter au poste-frontière
help-bring-passes = Le code du rendez-vous et le QR code de chaque personne (sur le téléphone ou imprimés).
help-bring-documents = Les pièces d’identité de chaque personne, par exemple un passeport ou un acte de naissance.
help-bring-everyone = Toutes les personnes du rendez-vous. Venez au point de rencontre 30 minutes avant l’heure indiquée avec le code du rendez-vous.
help-port-title = Ce qui se passe au poste-frontière
help-port-text = Un agent scanne le code de chaque personne et vérifie qui elle est. L’agent peut poser des questions et peut vous envoyer à un second contrôle. Ensuite, l’agent décide.
help-not-permission = Un rendez-vous n’est pas une autorisation d’entrer aux États-Unis. Au poste-frontière, c’est un agent qui décide.
help-privacy-link = Confidentialité : ce que nous gardons et combien de temps
help-contact-link = Contact et aide
privacy-title = Confidentialité
privacy-intro = Cette page dit ce que Garita garde sur vous, qui peut le voir et quand c’est effacé.
privacy-what-title = Ce que nous gardons
privacy-what-text = Votre adresse e-mail et une empreinte (hash) de votre mot de passe. Pour chaque personne du groupe : nom, date de naissance, nationalité, langue, un document si vous le donnez, et une photo en direct. Votre demande, votre rendez-vous et ses codes. Les noms, documents, photos et adresses e-mail sont gardés chiffrés.
privacy-who-title = Qui peut le voir
privacy-who-text = Vous. Les agents du poste-frontière de votre rendez-vous voient votre groupe pour vérifier chaque personne. Chaque fois qu’un agent ouvre les données de votre groupe, c’est enregistré. Vous pouvez voir ces traces dans Mes données.
privacy-retention-title = Combien de temps nous gardons chaque type de données
privacy-col-kind = Données
privacy-col-kept = Gardées
privacy-col-deleted-by = Effacées par
privacy-rights-title = Voir ou effacer vos données
privacy-rights-text = Vous pouvez télécharger tout ce que Garita garde sur votre compte, et supprimer le compte, à tout moment.
privacy-my-data-link = Aller à Mes données
retention-keep-while-account = Tant que votre compte existe
retention-keep-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
retention-keep-hours = { $n ->
    [one] { $n } heure au plus
   *[other] { $n } heures au plus
}
retention-keep-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
retention-keep-always = Toujours (sans noms, seulement des numéros)
retention-by-you = Vous, dans Mes données
retention-by-job = Effacées automatiquement à la fin du délai
retention-by-nothing = Jamais effacées, pour que le registre ne puisse pas être modifié
retention-kind-account = Compte (e-mail, empreinte du mot de passe, langue)
retention-kind-members = Personnes de votre groupe et leurs photos
retention-kind-requests = Demandes, après leur clôture
retention-kind-appointments = Rendez-vous et leurs codes, après le jour du rendez-vous
retention-kind-check-ins = Enregistrements d’arrivée au poste-frontière, après le jour du rendez-vous
retention-kind-sessions = Sessions de connexion
retention-kind-reauthentications = Vérification du mot de passe pour Mes données
retention-kind-sign-in-steps = Étapes entre votre mot de passe et votre code
retention-kind-account-links = Liens envoyés par e-mail (vérifier, réinitialiser, nouvelle adresse)
retention-kind-idempotency = Traces qui empêchent d’envoyer un formulaire deux fois
retention-kind-notification-bodies = Texte des messages qui vous ont été envoyés
retention-kind-notifications = Liste des messages envoyés (type, heure, état)
retention-kind-wait-times = Relevés des temps d’attente par les agents
retention-kind-audit = Registre de qui a vu ou modifié des données (numéros, rôle, poste, heure)
contact-title = Contact
contact-write = Pour joindre les personnes qui gèrent ce service, écrivez à :
contact-none = Les personnes qui gèrent ce service n’ont pas encore publié d’adresse de contact.
contact-site = Pour voir ou effacer ce que Garita garde sur vous, connectez-vous et ouvrez Mes données.
contact-port = Au poste-frontière, seuls les agents peuvent répondre aux questions sur votre entrée.
contact-legal = Garita ne peut pas donner de conseil juridique. Pour cela, adressez-vous à un avocat ou à une association d’aide juridique de confiance.
contact-never-pay = Garita est gratuit. Personne ne peut vous vendre un rendez-vous ni une meilleure chance. Si quelqu’un vous demande de l’argent, ne payez pas.
