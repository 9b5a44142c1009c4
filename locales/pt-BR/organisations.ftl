# Organizações, suas pessoas e convites; páginas de administração de organizações e equipe.
nav-organisation = Minha organização
nav-organisations = Organizações
nav-staff = Equipe

role-officer = Oficial
role-agriculture-specialist = Especialista agrícola
role-adjudicator = Analista de pedidos
role-enrollment-officer = Oficial de inscrição
role-organisation-manager = Gestão
role-organisation-member = Integrante
role-admin = Administração

organisation-kind-partner-agency = Agência parceira
organisation-kind-customs-broker = Despachante aduaneiro
organisation-kind-carrier = Transportadora
organisation-kind-bus-line = Linha de ônibus
organisation-kind-airline = Companhia aérea
organisation-kind-aid-organisation = Abrigo, assistência jurídica ou organização internacional
organisation-kind-government-agency = Órgão do governo

organisation-status-label = Situação
organisation-status-pending = Aguardando aprovação
organisation-status-approved = Aprovada
organisation-status-suspended = Suspensa
organisation-status-rejected = Recusada

organisation-decision-approve = Aprovar
organisation-decision-reject = Recusar
organisation-decision-suspend = Suspender

programme-appointments = Agendamentos nos postos de entrada
programme-parole-travel = Autorizações de viagem por parole
programme-provisional-i94 = I-94 provisório
programme-trusted-traveler = Programas Trusted Traveler

field-legal-name = Razão social
field-legal-name-hint = Como registrada junto às autoridades.
field-kind = Tipo de organização
field-country = País
field-identifier = Identificador
field-identifier-hint = Despachantes aduaneiros: código de declarante da CBP (3 letras ou algarismos). Companhias aéreas: código IATA (2 caracteres). Transportadoras e linhas de ônibus: SCAC (2 a 4 letras) ou número USDOT. Outras: um número de registro, se houver.
field-role = Função
field-manager-email = E-mail de quem vai gerir
field-location = Local
field-location-hint = Para oficiais, especialistas agrícolas e oficiais de inscrição.
field-programme = Programa
field-programme-hint = Para analistas de pedidos.
field-scope = Local ou programa

organisations-register-title = Registrar uma organização
organisations-register-intro = Agências parceiras, despachantes aduaneiros, transportadoras, linhas de ônibus, companhias aéreas, abrigos e órgãos do governo podem atuar no Garita depois que a administração os aprova.
organisations-register-you = Você, primeira pessoa na gestão
organisations-register-you-intro = Você vai gerir as pessoas da organização. Enviamos um link para verificar seu endereço; no seu primeiro acesso, você configura uma segunda etapa (um aplicativo autenticador).
organisations-register-submit = Registrar a organização

organisation-waiting = A administração precisa aprovar sua organização antes que você possa atuar por ela. Você receberá um e-mail quando houver decisão.
organisation-stopped = Sua organização não pode atuar no Garita no momento. Fale com a administração se achar que é um engano.
organisation-people = Pessoas
organisation-since = Desde
organisation-actions = Ações
organisation-make-member = Tornar integrante
organisation-make-manager = Passar para a gestão
organisation-remove = Remover
organisation-invitations = Convites
organisation-no-invitations = Ainda não há convites.
organisation-invitation-status = Situação
organisation-expires = Vence em
organisation-revoke = Cancelar
organisation-invite = Convidar alguém
organisation-invite-intro = Enviamos um link para este endereço. Ele funciona uma só vez, por 7 dias, e apenas para a conta desse endereço.
organisation-invite-submit = Enviar o convite
organisation-api-keys = Chaves de API
organisation-api-keys-intro = Seus próprios sistemas podem atuar pela organização com uma chave.
organisation-api-keys-link = Gerenciar chaves de API

invitation-status-pending = Aguardando
invitation-status-accepted = Aceito
invitation-status-expired = Vencido
invitation-status-revoked = Cancelado

invitation-title = Convite
invitation-to-organisation = Você foi convidado a atuar por
invitation-to-staff = Você foi convidado a atuar como equipe da CBP no Garita.
invitation-accept = Aceitar o convite
invitation-sign-in = Este endereço já tem uma conta. Entre com ela para aceitar.
invitation-new-account = Escolha uma senha para criar sua conta. No seu primeiro acesso, você configura uma segunda etapa (um aplicativo autenticador).
invitation-password-hint = Pelo menos 15 caracteres.

organisations-admin-title = Organizações
organisations-all = Todas
organisations-none = Nenhuma organização aqui.
organisations-registered = Registrada em
organisations-create = Criar uma organização
organisations-create-intro = Uma organização criada por você é aprovada na hora; quem vai geri-la recebe um convite por e-mail.
organisations-create-submit = Criar e convidar a gestão

staff-title = Equipe da CBP
staff-grants = Funções
staff-scope-platform = toda a plataforma
staff-remove-grant = Remover
staff-invite = Convidar uma pessoa
staff-invite-intro = Escolha uma função e onde ela vale: um local para oficiais, especialistas e oficiais de inscrição; um programa para analistas de pedidos. O link funciona uma só vez, por 7 dias.
staff-invite-submit = Enviar o convite

notification-invitation-subject = Convite para atuar por { $organisation } no Garita
notification-invitation-body = Você foi convidado a atuar por { $organisation } no Garita. Abra este link em até 7 dias para aceitar: { $link } Se você não esperava este convite, pode ignorá-lo.
notification-staff-invitation-subject = Convite para atuar como equipe da CBP no Garita
notification-staff-invitation-body = Você foi convidado a atuar como equipe da CBP no Garita. Abra este link em até 7 dias para aceitar: { $link } Se você não esperava este convite, pode ignorá-lo.
notification-organisation-approved-subject = { $organisation } foi aprovada
notification-organisation-approved-body = A administração aprovou { $organisation }. Suas pessoas já podem atuar por ela no Garita: { $url }
notification-organisation-rejected-subject = { $organisation } não foi aprovada
notification-organisation-rejected-body = A administração não aprovou o registro de { $organisation }. Fale com a administração se achar que é um engano.
notification-organisation-suspended-subject = { $organisation } foi suspensa
notification-organisation-suspended-body = A administração suspendeu { $organisation }. Suas pessoas e chaves não podem atuar por ela até uma nova aprovação.
notification-kind-invitation = Convite
notification-kind-staff-invitation = Convite para a equipe
notification-kind-organisation-approved = Organização aprovada
notification-kind-organisation-rejected = Organização não aprovada
notification-kind-organisation-suspended = Organização suspensa
