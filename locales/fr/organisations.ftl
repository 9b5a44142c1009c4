# Organisations, leurs personnes et invitations ; pages d'administration des organisations et du personnel.
nav-organisation = Mon organisation
nav-organisations = Organisations
nav-staff = Personnel

role-officer = Agent
role-agriculture-specialist = Spécialiste de l'agriculture
role-adjudicator = Instructeur
role-enrollment-officer = Agent d'inscription
role-organisation-manager = Responsable
role-organisation-member = Membre
role-admin = Administrateur

organisation-kind-partner-agency = Agence partenaire
organisation-kind-customs-broker = Commissionnaire en douane
organisation-kind-carrier = Transporteur
organisation-kind-bus-line = Ligne d'autocars
organisation-kind-airline = Compagnie aérienne
organisation-kind-aid-organisation = Foyer d'accueil, aide juridique ou organisation internationale
organisation-kind-government-agency = Administration publique

organisation-status-label = Statut
organisation-status-pending = En attente d'approbation
organisation-status-approved = Approuvée
organisation-status-suspended = Suspendue
organisation-status-rejected = Refusée

organisation-decision-approve = Approuver
organisation-decision-reject = Refuser
organisation-decision-suspend = Suspendre

programme-appointments = Rendez-vous aux points d'entrée
programme-parole-travel = Autorisations de voyage au titre du parole
programme-provisional-i94 = I-94 provisoire
programme-trusted-traveler = Programmes Trusted Traveler

field-legal-name = Raison sociale
field-legal-name-hint = Telle qu'enregistrée auprès des autorités.
field-kind = Type d'organisation
field-country = Pays
field-identifier = Identifiant
field-identifier-hint = Commissionnaires en douane : code de déclarant CBP (3 lettres ou chiffres). Compagnies aériennes : code IATA (2 caractères). Transporteurs et lignes d'autocars : SCAC (2 à 4 lettres) ou numéro USDOT. Autres : un numéro d'enregistrement, s'il y en a un.
field-role = Rôle
field-manager-email = Adresse e-mail du responsable
field-location = Lieu
field-location-hint = Pour les agents, les spécialistes de l'agriculture et les agents d'inscription.
field-programme = Programme
field-programme-hint = Pour les instructeurs.
field-scope = Lieu ou programme

organisations-register-title = Enregistrer une organisation
organisations-register-intro = Agences partenaires, commissionnaires en douane, transporteurs, lignes d'autocars, compagnies aériennes, foyers d'accueil et administrations peuvent agir sur Garita une fois approuvés par un administrateur.
organisations-register-you = Vous, le premier responsable
organisations-register-you-intro = Vous gérerez les personnes de l'organisation. Nous envoyons un lien pour vérifier votre adresse ; à votre première connexion, vous configurez une deuxième étape (une application d'authentification).
organisations-register-submit = Enregistrer l'organisation

organisation-waiting = Un administrateur doit approuver votre organisation avant que vous puissiez agir en son nom. Vous recevrez un e-mail lorsque ce sera décidé.
organisation-stopped = Votre organisation ne peut pas agir sur Garita pour le moment. Contactez les administrateurs si vous pensez que c'est une erreur.
organisation-people = Personnes
organisation-since = Depuis
organisation-actions = Actions
organisation-make-member = Rendre membre
organisation-make-manager = Rendre responsable
organisation-remove = Retirer
organisation-invitations = Invitations
organisation-no-invitations = Aucune invitation pour l'instant.
organisation-invitation-status = Statut
organisation-expires = Expire le
organisation-revoke = Annuler
organisation-invite = Inviter quelqu'un
organisation-invite-intro = Nous envoyons un lien à cette adresse. Il fonctionne une seule fois, pendant 7 jours, et seulement pour le compte de cette adresse.
organisation-invite-submit = Envoyer l'invitation
organisation-api-keys = Clés d'API
organisation-api-keys-intro = Vos propres systèmes peuvent agir au nom de l'organisation avec une clé.
organisation-api-keys-link = Gérer les clés d'API

invitation-status-pending = En attente
invitation-status-accepted = Acceptée
invitation-status-expired = Expirée
invitation-status-revoked = Annulée

invitation-title = Invitation
invitation-to-organisation = Vous êtes invité à agir au nom de
invitation-to-staff = Vous êtes invité à agir en tant que personnel du CBP sur Garita.
invitation-accept = Accepter l'invitation
invitation-sign-in = Cette adresse a déjà un compte. Connectez-vous avec celui-ci pour accepter.
invitation-new-account = Choisissez un mot de passe pour créer votre compte. À votre première connexion, vous configurez une deuxième étape (une application d'authentification).
invitation-password-hint = Au moins 15 caractères.

organisations-admin-title = Organisations
organisations-all = Toutes
organisations-none = Aucune organisation ici.
organisations-registered = Enregistrée le
organisations-create = Créer une organisation
organisations-create-intro = Une organisation que vous créez est approuvée aussitôt ; son responsable reçoit une invitation par e-mail.
organisations-create-submit = Créer et inviter le responsable

staff-title = Personnel du CBP
staff-grants = Rôles
staff-scope-platform = toute la plateforme
staff-remove-grant = Retirer
staff-invite = Inviter une personne
staff-invite-intro = Choisissez un rôle et où il s'applique : un lieu pour les agents, les spécialistes et les agents d'inscription, un programme pour les instructeurs. Le lien fonctionne une seule fois, pendant 7 jours.
staff-invite-submit = Envoyer l'invitation

notification-invitation-subject = Invitation à agir au nom de { $organisation } sur Garita
notification-invitation-body = Vous êtes invité à agir au nom de { $organisation } sur Garita. Ouvrez ce lien dans les 7 jours pour accepter : { $link } Si vous n'attendiez pas cette invitation, vous pouvez l'ignorer.
notification-staff-invitation-subject = Invitation à agir en tant que personnel du CBP sur Garita
notification-staff-invitation-body = Vous êtes invité à agir en tant que personnel du CBP sur Garita. Ouvrez ce lien dans les 7 jours pour accepter : { $link } Si vous n'attendiez pas cette invitation, vous pouvez l'ignorer.
notification-organisation-approved-subject = { $organisation } est approuvée
notification-organisation-approved-body = Un administrateur a approuvé { $organisation }. Ses personnes peuvent maintenant agir en son nom sur Garita : { $url }
notification-organisation-rejected-subject = { $organisation } n'a pas été approuvée
notification-organisation-rejected-body = Un administrateur n'a pas approuvé l'enregistrement de { $organisation }. Contactez les administrateurs si vous pensez que c'est une erreur.
notification-organisation-suspended-subject = { $organisation } est suspendue
notification-organisation-suspended-body = Un administrateur a suspendu { $organisation }. Ses personnes et ses clés ne peuvent plus agir en son nom jusqu'à une nouvelle approbation.
notification-kind-invitation = Invitation
notification-kind-staff-invitation = Invitation du personnel
notification-kind-organisation-approved = Organisation approuvée
notification-kind-organisation-rejected = Organisation non approuvée
notification-kind-organisation-suspended = Organisation suspendue
