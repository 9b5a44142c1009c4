# Òganizasyon, moun yo ak envitasyon; paj administrasyon òganizasyon ak anplwaye.
nav-organisation = Òganizasyon mwen
nav-organisations = Òganizasyon
nav-staff = Anplwaye

role-officer = Ofisye
role-agriculture-specialist = Espesyalis agrikilti
role-adjudicator = Moun ki deside dosye
role-enrollment-officer = Ofisye enskripsyon
role-organisation-manager = Responsab
role-organisation-member = Manm
role-admin = Administratè

organisation-kind-partner-agency = Ajans patnè
organisation-kind-customs-broker = Koutye ladwàn
organisation-kind-carrier = Konpayi transpò
organisation-kind-bus-line = Liy otobis
organisation-kind-airline = Konpayi avyon
organisation-kind-aid-organisation = Abri, èd jiridik oswa òganizasyon entènasyonal
organisation-kind-government-agency = Ajans gouvènman

organisation-status-label = Estati
organisation-status-pending = Ap tann apwobasyon
organisation-status-approved = Apwouve
organisation-status-suspended = Sispann
organisation-status-rejected = Refize

organisation-decision-approve = Apwouve
organisation-decision-reject = Refize
organisation-decision-suspend = Sispann

programme-appointments = Randevou nan pò antre yo
programme-parole-travel = Otorizasyon vwayaj pou parole
programme-provisional-i94 = I-94 pwovizwa
programme-trusted-traveler = Pwogram Trusted Traveler

field-legal-name = Non legal
field-legal-name-hint = Jan li anrejistre kay otorite yo.
field-kind = Kalite òganizasyon
field-country = Peyi
field-identifier = Idantifyan
field-identifier-hint = Koutye ladwàn: kòd deklaran CBP (3 lèt oswa chif). Konpayi avyon: kòd IATA (2 karaktè). Konpayi transpò ak liy otobis: SCAC (2 a 4 lèt) oswa nimewo USDOT. Lòt yo: yon nimewo anrejistreman, si genyen.
field-role = Wòl
field-manager-email = Adrès imèl responsab la
field-location = Kote
field-location-hint = Pou ofisye, espesyalis agrikilti ak ofisye enskripsyon.
field-programme = Pwogram
field-programme-hint = Pou moun ki deside dosye yo.
field-scope = Kote oswa pwogram

organisations-register-title = Anrejistre yon òganizasyon
organisations-register-intro = Ajans patnè, koutye ladwàn, konpayi transpò, liy otobis, konpayi avyon, abri ak ajans gouvènman ka aji sou Garita lè yon administratè apwouve yo.
organisations-register-you = Ou menm, premye responsab la
organisations-register-you-intro = Se ou ki pral jere moun òganizasyon an. N ap voye yon lyen pou verifye adrès ou; premye fwa ou konekte, w ap mete yon dezyèm etap (yon aplikasyon otantifikasyon).
organisations-register-submit = Anrejistre òganizasyon an

organisation-waiting = Yon administratè dwe apwouve òganizasyon ou anvan ou ka aji pou li. W ap resevwa yon imèl lè yo deside.
organisation-stopped = Òganizasyon ou pa ka aji sou Garita kounye a. Kontakte administratè yo si ou panse se yon erè.
organisation-people = Moun yo
organisation-since = Depi
organisation-actions = Aksyon
organisation-make-member = Fè l manm
organisation-make-manager = Fè l responsab
organisation-remove = Retire
organisation-invitations = Envitasyon
organisation-no-invitations = Poko gen envitasyon.
organisation-invitation-status = Estati
organisation-expires = Ekspire
organisation-revoke = Anile
organisation-invite = Envite yon moun
organisation-invite-intro = N ap voye yon lyen nan adrès sa a. Li mache yon sèl fwa, pandan 7 jou, e sèlman pou kont adrès sa a.
organisation-invite-submit = Voye envitasyon an
organisation-api-keys = Kle API
organisation-api-keys-intro = Pwòp sistèm ou yo ka aji pou òganizasyon an ak yon kle.
organisation-api-keys-link = Jere kle API yo

invitation-status-pending = Ap tann
invitation-status-accepted = Aksepte
invitation-status-expired = Ekspire
invitation-status-revoked = Anile

invitation-title = Envitasyon
invitation-to-organisation = Yo envite ou aji pou
invitation-to-staff = Yo envite ou aji kòm anplwaye CBP sou Garita.
invitation-accept = Aksepte envitasyon an
invitation-sign-in = Adrès sa a gen yon kont deja. Konekte ak li pou aksepte.
invitation-new-account = Chwazi yon modpas pou kreye kont ou. Premye fwa ou konekte, w ap mete yon dezyèm etap (yon aplikasyon otantifikasyon).
invitation-password-hint = Omwen 15 karaktè.

organisations-admin-title = Òganizasyon
organisations-all = Tout
organisations-none = Pa gen okenn òganizasyon la a.
organisations-registered = Anrejistre
organisations-create = Kreye yon òganizasyon
organisations-create-intro = Yon òganizasyon ou kreye apwouve touswit; responsab li resevwa yon envitasyon pa imèl.
organisations-create-submit = Kreye l epi envite responsab la

staff-title = Anplwaye CBP
staff-grants = Wòl
staff-scope-platform = tout platfòm nan
staff-remove-grant = Retire
staff-invite = Envite yon moun
staff-invite-intro = Chwazi yon wòl ak kote li aplike: yon kote pou ofisye, espesyalis ak ofisye enskripsyon, yon pwogram pou moun ki deside dosye. Lyen an mache yon sèl fwa, pandan 7 jou.
staff-invite-submit = Voye envitasyon an

notification-invitation-subject = Envitasyon pou aji pou { $organisation } sou Garita
notification-invitation-body = Yo envite ou aji pou { $organisation } sou Garita. Louvri lyen sa a nan 7 jou pou aksepte: { $link } Si ou pa t ap tann envitasyon sa a, ou ka inyore l.
notification-staff-invitation-subject = Envitasyon pou aji kòm anplwaye CBP sou Garita
notification-staff-invitation-body = Yo envite ou aji kòm anplwaye CBP sou Garita. Louvri lyen sa a nan 7 jou pou aksepte: { $link } Si ou pa t ap tann envitasyon sa a, ou ka inyore l.
notification-organisation-approved-subject = { $organisation } apwouve
notification-organisation-approved-body = Yon administratè apwouve { $organisation }. Moun li yo ka aji pou li sou Garita kounye a: { $url }
notification-organisation-rejected-subject = { $organisation } pa apwouve
notification-organisation-rejected-body = Yon administratè pa apwouve anrejistreman { $organisation }. Kontakte administratè yo si ou panse se yon erè.
notification-organisation-suspended-subject = { $organisation } sispann
notification-organisation-suspended-body = Yon administratè sispann { $organisation }. Moun li yo ak kle li yo pa ka aji pou li jiskaske yo apwouve l ankò.
notification-kind-invitation = Envitasyon
notification-kind-staff-invitation = Envitasyon anplwaye
notification-kind-organisation-approved = Òganizasyon apwouve
notification-kind-organisation-rejected = Òganizasyon pa apwouve
notification-kind-organisation-suspended = Òganizasyon sispann
