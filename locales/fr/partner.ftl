# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = Vérifier un rendez-vous
partner-intro = Saisissez le code du laissez-passer et la date de naissance de la personne. La réponse est oui ou non, rien de plus.
partner-code = Code du laissez-passer
partner-code-hint = Tel qu’imprimé sous le code QR. Les espaces et les tirets ne comptent pas.
field-code = Code du laissez-passer
partner-submit = Vérifier
partner-yes = OUI
partner-yes-detail = Le rendez-vous de cette personne est valide.
partner-no = NON
partner-no-detail = Ce n’est pas un rendez-vous valide pour ce code et cette date de naissance. Aucune raison n’est donnée : vérifiez ce que vous avez saisi ou demandez à voir le laissez-passer.
partner-next = Vérifier une autre personne
partner-privacy = Chaque vérification est enregistrée avec votre compte et votre organisation.
nav-partner = Vérifier un rendez-vous
