# Le second facteur : un code d'une application d'authentification après le mot de passe.
second-factor-title = Connexion en deux étapes
second-factor-about = Après votre mot de passe, Garita demande un code à 6 chiffres d'une application d'authentification sur votre téléphone : un mot de passe volé ne suffit pas pour ouvrir votre compte.
second-factor-code-title = Saisissez votre code
second-factor-code-intro = Ouvrez votre application d'authentification et saisissez le code à 6 chiffres qu'elle affiche pour Garita.
second-factor-code-label = Code
second-factor-code-hint = 6 chiffres de l'application, ou l'un de vos codes de secours.
second-factor-code-digits = Les 6 chiffres qu'affiche l'application.
second-factor-code-submit = Se connecter
second-factor-setup-title = Configurez votre application d'authentification
second-factor-setup-required = Votre rôle exige la connexion en deux étapes. Configurez-la maintenant pour continuer.
second-factor-setup-scan = Scannez ce code avec une application d'authentification (par exemple FreeOTP, Aegis ou Google Authenticator).
second-factor-setup-manual = Si vous ne pouvez pas le scanner, ajoutez cette clé à la main :
second-factor-setup-uri = Sur le téléphone qui a l'application, vous pouvez aussi
second-factor-setup-uri-link = ouvrir ce lien dans l'application
second-factor-qr-label = Code QR qui ajoute Garita à une application d'authentification
second-factor-setup-confirm = Saisissez le code qu'affiche maintenant l'application
second-factor-setup-submit = Confirmer
second-factor-recovery-title = Vos codes de secours
second-factor-recovery-intro = Si vous perdez votre téléphone, chacun de ces codes sert une seule fois à la place du code de l'application. Notez-les ou imprimez-les maintenant : ils ne seront plus affichés.
second-factor-continue = Continuer
second-factor-status-on = La connexion en deux étapes est activée.
second-factor-status-off = La connexion en deux étapes est désactivée.
second-factor-recovery-left = { $count ->
    [one] Il reste { $count } code de secours.
   *[other] Il reste { $count } codes de secours.
}
second-factor-required-role = Votre rôle l'exige : elle ne peut pas être désactivée. Si vous perdez votre téléphone et vos codes de secours, un administrateur peut la réinitialiser.
second-factor-turn-on = Activer la connexion en deux étapes
second-factor-turn-off-title = Désactiver la connexion en deux étapes
second-factor-turn-off-submit = Désactiver
second-factor-admin-title = Réinitialiser un second facteur
second-factor-admin-intro = Quand une personne a perdu son téléphone et ses codes de secours, et que vous avez vérifié qui elle est, réinitialisez son second facteur. Elle en est avertie par e-mail et en configure un nouveau à sa prochaine connexion.
second-factor-admin-email = Adresse e-mail du compte
second-factor-admin-submit = Réinitialiser le second facteur
second-factor-admin-done = Le second facteur a été réinitialisé et la personne avertie par e-mail.
second-factor-admin-none = Aucun compte avec cette adresse n'a de second facteur.
second-factor-pending-expired = Trop de temps s’est écoulé entre votre mot de passe et votre code. Reconnectez-vous.
