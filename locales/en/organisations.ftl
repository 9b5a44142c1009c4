# Organisations, their people and invitations; the administrators' organisations and staff pages.
nav-organisation = My organisation
nav-organisations = Organisations
nav-staff = Staff

role-officer = Officer
role-agriculture-specialist = Agriculture specialist
role-adjudicator = Adjudicator
role-enrollment-officer = Enrollment officer
role-organisation-manager = Manager
role-organisation-member = Member
role-admin = Administrator

organisation-kind-partner-agency = Partner agency
organisation-kind-customs-broker = Customs broker
organisation-kind-carrier = Carrier
organisation-kind-bus-line = Bus line
organisation-kind-airline = Airline
organisation-kind-aid-organisation = Shelter, legal aid or international organisation
organisation-kind-government-agency = Government agency

organisation-status-label = Status
organisation-status-pending = Waiting for approval
organisation-status-approved = Approved
organisation-status-suspended = Suspended
organisation-status-rejected = Rejected

organisation-decision-approve = Approve
organisation-decision-reject = Reject
organisation-decision-suspend = Suspend

programme-appointments = Appointments at ports of entry
programme-parole-travel = Parole travel authorizations
programme-provisional-i94 = Provisional I-94
programme-trusted-traveler = Trusted Traveler programmes

field-legal-name = Legal name
field-legal-name-hint = As registered with the authorities.
field-kind = Type of organisation
field-country = Country
field-identifier = Identifier
field-identifier-hint = Customs brokers: CBP filer code (3 letters or digits). Airlines: IATA code (2 characters). Carriers and bus lines: SCAC (2 to 4 letters) or U.S. DOT number. Others: a registration number, if any.
field-role = Role
field-manager-email = Manager's e-mail address
field-location = Place
field-location-hint = For officers, agriculture specialists and enrollment officers.
field-programme = Programme
field-programme-hint = For adjudicators.
field-scope = Place or programme

organisations-register-title = Register an organisation
organisations-register-intro = Partner agencies, customs brokers, carriers, bus lines, airlines, shelters and government agencies can act on Garita once an administrator approves them.
organisations-register-you = You, the first manager
organisations-register-you-intro = You will manage the organisation's people. We send a link to verify your address; at your first sign-in you set up a second step (an authenticator app).
organisations-register-submit = Register the organisation

organisation-waiting = An administrator must approve your organisation before you can act for it. You will receive an e-mail when it is decided.
organisation-stopped = Your organisation cannot act on Garita at the moment. Contact the administrators if you think this is a mistake.
organisation-people = People
organisation-since = Since
organisation-actions = Actions
organisation-make-member = Make member
organisation-make-manager = Make manager
organisation-remove = Remove
organisation-invitations = Invitations
organisation-no-invitations = No invitations yet.
organisation-invitation-status = Status
organisation-expires = Expires
organisation-revoke = Withdraw
organisation-invite = Invite someone
organisation-invite-intro = We send a link to this address. It works once, for 7 days, and only for the account of that address.
organisation-invite-submit = Send the invitation
organisation-api-keys = API keys
organisation-api-keys-intro = Your own systems can act for the organisation with a key.
organisation-api-keys-link = Manage API keys

invitation-status-pending = Waiting
invitation-status-accepted = Accepted
invitation-status-expired = Expired
invitation-status-revoked = Withdrawn

invitation-title = Invitation
invitation-to-organisation = You are invited to act for
invitation-to-staff = You are invited to act as CBP staff on Garita.
invitation-accept = Accept the invitation
invitation-sign-in = This address already has an account. Sign in with it to accept.
invitation-new-account = Choose a password to create your account. At your first sign-in you set up a second step (an authenticator app).
invitation-password-hint = At least 15 characters.

organisations-admin-title = Organisations
organisations-all = All
organisations-none = No organisations here.
organisations-registered = Registered
organisations-create = Create an organisation
organisations-create-intro = An organisation you create is approved at once; its manager receives an invitation by e-mail.
organisations-create-submit = Create and invite the manager

staff-title = CBP staff
staff-grants = Roles
staff-scope-platform = the whole platform
staff-remove-grant = Remove
staff-invite = Invite a person
staff-invite-intro = Choose a role and where it applies: a place for officers, specialists and enrollment officers, a programme for adjudicators. The link works once, for 7 days.
staff-invite-submit = Send the invitation

notification-invitation-subject = Invitation to act for { $organisation } on Garita
notification-invitation-body = You are invited to act for { $organisation } on Garita. Open this link within 7 days to accept: { $link } If you did not expect this invitation, you can ignore it.
notification-staff-invitation-subject = Invitation to act as CBP staff on Garita
notification-staff-invitation-body = You are invited to act as CBP staff on Garita. Open this link within 7 days to accept: { $link } If you did not expect this invitation, you can ignore it.
notification-organisation-approved-subject = { $organisation } is approved
notification-organisation-approved-body = An administrator approved { $organisation }. Its people can now act for it on Garita: { $url }
notification-organisation-rejected-subject = { $organisation } was not approved
notification-organisation-rejected-body = An administrator did not approve the registration of { $organisation }. Contact the administrators if you think this is a mistake.
notification-organisation-suspended-subject = { $organisation } is suspended
notification-organisation-suspended-body = An administrator suspended { $organisation }. Its people and keys cannot act for it until it is approved again.
notification-kind-invitation = Invitation
notification-kind-staff-invitation = Staff invitation
notification-kind-organisation-approved = Organisation approved
notification-kind-organisation-rejected = Organisation not approved
notification-kind-organisation-suspended = Organisation suspended
