# Organizaciones, su personal e invitaciones; páginas de administración de organizaciones y personal.
nav-organisation = Mi organización
nav-organisations = Organizaciones
nav-staff = Personal

role-officer = Oficial
role-agriculture-specialist = Especialista agrícola
role-adjudicator = Persona adjudicadora
role-enrollment-officer = Oficial de inscripción
role-organisation-manager = Gerencia
role-organisation-member = Integrante
role-admin = Administración

organisation-kind-partner-agency = Agencia asociada
organisation-kind-customs-broker = Agencia aduanal
organisation-kind-carrier = Transportista
organisation-kind-bus-line = Línea de autobuses
organisation-kind-airline = Aerolínea
organisation-kind-aid-organisation = Albergue, asistencia legal u organismo internacional
organisation-kind-government-agency = Dependencia de gobierno

organisation-status-label = Estado
organisation-status-pending = En espera de aprobación
organisation-status-approved = Aprobada
organisation-status-suspended = Suspendida
organisation-status-rejected = Rechazada

organisation-decision-approve = Aprobar
organisation-decision-reject = Rechazar
organisation-decision-suspend = Suspender

programme-appointments = Citas en puertos de entrada
programme-parole-travel = Autorizaciones de viaje por permiso humanitario (parole)
programme-provisional-i94 = I-94 provisional
programme-trusted-traveler = Programas de Viajero de Confianza

field-legal-name = Razón social
field-legal-name-hint = Tal como está registrada ante las autoridades.
field-kind = Tipo de organización
field-country = País
field-identifier = Identificador
field-identifier-hint = Agencias aduanales: código de declarante de CBP (3 letras o cifras). Aerolíneas: código IATA (2 caracteres). Transportistas y líneas de autobuses: SCAC (2 a 4 letras) o número USDOT. Otras: un número de registro, si lo hay.
field-role = Función
field-manager-email = Correo electrónico de quien gestionará
field-location = Lugar
field-location-hint = Para oficiales, especialistas agrícolas y oficiales de inscripción.
field-programme = Programa
field-programme-hint = Para personas adjudicadoras.
field-scope = Lugar o programa

organisations-register-title = Registrar una organización
organisations-register-intro = Agencias asociadas, agencias aduanales, transportistas, líneas de autobuses, aerolíneas, albergues y dependencias de gobierno pueden actuar en Garita una vez que la administración las aprueba.
organisations-register-you = Usted, primera persona a cargo
organisations-register-you-intro = Usted gestionará al personal de la organización. Le enviamos un enlace para verificar su dirección; en su primer inicio de sesión configura un segundo paso (una aplicación de autenticación).
organisations-register-submit = Registrar la organización

organisation-waiting = La administración debe aprobar su organización antes de que usted pueda actuar en su nombre. Recibirá un correo cuando se decida.
organisation-stopped = Su organización no puede actuar en Garita por ahora. Comuníquese con la administración si cree que es un error.
organisation-people = Personal
organisation-since = Desde
organisation-actions = Acciones
organisation-make-member = Pasar a integrante
organisation-make-manager = Pasar a gerencia
organisation-remove = Quitar
organisation-invitations = Invitaciones
organisation-no-invitations = Todavía no hay invitaciones.
organisation-invitation-status = Estado
organisation-expires = Vence
organisation-revoke = Retirar
organisation-invite = Invitar a alguien
organisation-invite-intro = Enviamos un enlace a esta dirección. Funciona una sola vez, durante 7 días, y solo para la cuenta de esa dirección.
organisation-invite-submit = Enviar la invitación
organisation-api-keys = Claves de API
organisation-api-keys-intro = Sus propios sistemas pueden actuar en nombre de la organización con una clave.
organisation-api-keys-link = Gestionar las claves de API

invitation-status-pending = En espera
invitation-status-accepted = Aceptada
invitation-status-expired = Vencida
invitation-status-revoked = Retirada

invitation-title = Invitación
invitation-to-organisation = Se le invita a actuar en nombre de
invitation-to-staff = Se le invita a actuar como personal de CBP en Garita.
invitation-accept = Aceptar la invitación
invitation-sign-in = Esta dirección ya tiene una cuenta. Inicie sesión con ella para aceptar.
invitation-new-account = Elija una contraseña para crear su cuenta. En su primer inicio de sesión configura un segundo paso (una aplicación de autenticación).
invitation-password-hint = Al menos 15 caracteres.

organisations-admin-title = Organizaciones
organisations-all = Todas
organisations-none = No hay organizaciones aquí.
organisations-registered = Registrada
organisations-create = Crear una organización
organisations-create-intro = Una organización que usted crea queda aprobada de inmediato; quien la gestionará recibe una invitación por correo.
organisations-create-submit = Crear e invitar a quien la gestionará

staff-title = Personal de CBP
staff-grants = Funciones
staff-scope-platform = toda la plataforma
staff-remove-grant = Quitar
staff-invite = Invitar a una persona
staff-invite-intro = Elija una función y dónde se aplica: un lugar para oficiales, especialistas y oficiales de inscripción; un programa para personas adjudicadoras. El enlace funciona una sola vez, durante 7 días.
staff-invite-submit = Enviar la invitación

notification-invitation-subject = Invitación para actuar en nombre de { $organisation } en Garita
notification-invitation-body = Se le invita a actuar en nombre de { $organisation } en Garita. Abra este enlace dentro de 7 días para aceptar: { $link } Si no esperaba esta invitación, puede ignorarla.
notification-staff-invitation-subject = Invitación para actuar como personal de CBP en Garita
notification-staff-invitation-body = Se le invita a actuar como personal de CBP en Garita. Abra este enlace dentro de 7 días para aceptar: { $link } Si no esperaba esta invitación, puede ignorarla.
notification-organisation-approved-subject = { $organisation } está aprobada
notification-organisation-approved-body = La administración aprobó { $organisation }. Su personal ya puede actuar en su nombre en Garita: { $url }
notification-organisation-rejected-subject = { $organisation } no fue aprobada
notification-organisation-rejected-body = La administración no aprobó el registro de { $organisation }. Comuníquese con la administración si cree que es un error.
notification-organisation-suspended-subject = { $organisation } está suspendida
notification-organisation-suspended-body = La administración suspendió { $organisation }. Su personal y sus claves no pueden actuar en su nombre hasta que se apruebe de nuevo.
notification-kind-invitation = Invitación
notification-kind-staff-invitation = Invitación de personal
notification-kind-organisation-approved = Organización aprobada
notification-kind-organisation-rejected = Organización no aprobada
notification-kind-organisation-suspended = Organización suspendida
