# Retrouver l'accès : confirmer l'adresse e-mail, réinitialiser un mot de passe oublié, changer
# de mot de passe ou d'adresse. Les réponses ne disent jamais si une adresse a un compte.

field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-new-email = Nouvelle adresse e-mail

recovery-check-email-title = Consultez vos e-mails
recovery-check-email-text = Nous avons envoyé un message à l'adresse indiquée. Ouvrez le lien qu'il contient pour confirmer l'adresse. Si l'adresse a déjà un compte, le message explique quoi faire.
recovery-to-login = Aller à la connexion
recovery-to-group = Aller à votre groupe
recovery-to-home = Aller à la page d'accueil

recovery-verify-title = Confirmez votre adresse e-mail
recovery-verify-text = Appuyez sur le bouton pour confirmer que cette adresse e-mail est la vôtre.
recovery-verify-submit = Confirmer mon adresse
recovery-verified-title = Adresse confirmée
recovery-verified-text = Merci. Votre adresse e-mail est confirmée : vous pouvez maintenant demander un rendez-vous.
recovery-verify-needed-title = Confirmez votre adresse e-mail
recovery-verify-needed-text = Nous avons envoyé un lien à votre adresse e-mail. Ouvrez-le pour confirmer l'adresse. En attendant, vous pouvez remplir votre groupe.
recovery-verify-needed-request = Avant de demander un rendez-vous, confirmez votre adresse e-mail.
recovery-verify-already = Votre adresse e-mail est confirmée.
recovery-verify-resend = Renvoyer le lien
recovery-verify-resent = Nous avons envoyé un nouveau lien. Consultez vos e-mails, y compris le dossier des indésirables.

recovery-link-invalid-title = Ce lien ne fonctionne plus
recovery-link-invalid-text = Le lien a expiré ou a déjà été utilisé. Les liens de réinitialisation du mot de passe fonctionnent pendant une heure, une seule fois.
recovery-reset-ask-again = Demander un nouveau lien

recovery-forgot = Mot de passe oublié ?
recovery-reset-title = Réinitialiser le mot de passe
recovery-reset-intro = Écrivez l'adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
recovery-reset-submit = M'envoyer un lien
recovery-reset-sent-title = Consultez vos e-mails
recovery-reset-sent-text = Si cette adresse a un compte, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien fonctionne pendant une heure, une seule fois.
recovery-reset-done-title = Mot de passe changé
recovery-reset-done-text = Votre nouveau mot de passe est enregistré et tous les appareils ont été déconnectés. Connectez-vous avec le nouveau mot de passe.

recovery-password-title = Changer de mot de passe
recovery-password-too-short = Votre mot de passe compte moins de { $min } caractères. Choisissez-en un plus long maintenant.
recovery-password-done = Votre mot de passe a été changé. Les autres appareils ont été déconnectés.
recovery-password-submit = Enregistrer le nouveau mot de passe
recovery-wrong-password = Ce n'est pas votre mot de passe actuel.

recovery-email-title = Changer d'adresse e-mail
recovery-email-intro = Nous enverrons un lien à la nouvelle adresse. Le changement est fait quand vous l'ouvrez. L'ancienne adresse sera prévenue.
recovery-email-submit = Envoyer le lien
recovery-email-sent = Nous avons envoyé un lien à la nouvelle adresse. Ouvrez-le pour terminer le changement.
recovery-email-confirm-title = Confirmez votre nouvelle adresse e-mail
recovery-email-confirm-text = Appuyez sur le bouton pour utiliser cette adresse pour votre compte Garita.
recovery-email-confirm-submit = Utiliser cette adresse
recovery-email-changed-title = Adresse e-mail changée
recovery-email-changed-text = Votre compte utilise maintenant la nouvelle adresse. Nous avons prévenu l'ancienne adresse du changement.
