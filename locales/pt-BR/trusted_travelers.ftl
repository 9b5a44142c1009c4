# Associações de Viajante Confiável (/trusted-traveler) e entrevistas de inscrição (/enrollment/interviews).
ttp-title = Viajante Confiável
ttp-intro = Sua associação SENTRI, NEXUS, Global Entry ou FAST: o status, quando vence, quando renovar e sua entrevista de inscrição.
ttp-none = Você ainda não vinculou nenhuma associação.
ttp-linked = Sua associação foi vinculada a esta conta.
ttp-link-title = Vincular uma associação
ttp-link-intro = Digite o programa, seu PASSID e sua data de nascimento exatamente como a CBP os tem.
field-passid = PASSID
ttp-passid-hint = 9 dígitos, no seu cartão ou na sua carta de aprovação.
ttp-link-submit = Vincular
ttp-link-not-found = Nenhuma associação foi encontrada com esses dados. Confira o que você digitou.
ttp-privacy = Cada tentativa é registrada. Depois de tentativas demais, será preciso esperar antes de tentar de novo.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = Status
ttp-status-pending_review = Em análise
ttp-status-conditionally_approved = Aprovada com condições
ttp-status-active = Ativa
ttp-status-expired = Vencida
ttp-status-revoked = Revogada
ttp-status-denied = Negada
ttp-expires = Vence em
ttp-days-left = { $days ->
    [one] falta { $days } dia
   *[other] faltam { $days } dias
}
ttp-renewal = Renovação
ttp-renewal-opens = Você pode renovar a partir de { $date }.
ttp-renewal-open-now = Aberta desde { $date }: você já pode renovar.
ttp-next = O que fazer agora
ttp-next-wait = Nada por enquanto: a CBP está analisando seu pedido.
ttp-next-book-interview = Agende sua entrevista de inscrição.
ttp-next-nothing = Nada: sua associação está ativa.
ttp-next-renew = Renove no site dos Programas de Viajante Confiável da CBP antes do vencimento.
ttp-next-apply-again = Faça um novo pedido no site dos Programas de Viajante Confiável da CBP.
ttp-next-contact-cbp = Se você acha que é um erro, entre em contato com a ouvidoria de Viajante Confiável da CBP.
ttp-interview-booked = Entrevista: { $center }, { $date } às { $time }.
ttp-interview-book = Agendar a entrevista
ttp-interview-rebook = Mudar a entrevista
ttp-interview-cancel = Cancelar a entrevista
ttp-book-title = Agendar a entrevista de inscrição
ttp-book-center = Centro de inscrição
ttp-book-date = Dia
ttp-book-show = Mostrar
ttp-book-slots = Horários
ttp-book-times-in = Os horários são a hora local do centro ({ $zone }).
ttp-book-closed = Este centro está fechado.
ttp-book-no-slots = Não há entrevistas neste dia. Escolha outro dia.
ttp-slot-free = { $count ->
    [one] resta { $count } vaga
   *[other] restam { $count } vagas
}
ttp-slot-book = Agendar { $time }
ttp-slot-unavailable = Indisponível
ttp-back = Voltar às minhas associações
ttp-desk-title = Entrevistas de inscrição
ttp-desk-none = Não há entrevistas neste dia.
ttp-desk-caption = Entrevistas do dia
ttp-desk-time = Hora
ttp-desk-outcome = Resultado
ttp-desk-record = Registrar
ttp-outcome-approved = Aprovada
ttp-outcome-denied = Negada
ttp-outcome-no_show = Não compareceu
ttp-interview-status-booked = Agendada
ttp-interview-status-cancelled = Cancelada
ttp-interview-status-approved = Aprovada
ttp-interview-status-denied = Negada
ttp-interview-status-no_show = Não compareceu
nav-ttp = Viajante Confiável
notification-ttp-renewal-subject = Hora de renovar sua associação de Viajante Confiável
notification-ttp-renewal-body = Sua associação de Viajante Confiável vence em breve e já pode ser renovada. Entre para ver a data: { $url }/trusted-traveler
retention-kind-ttp-interviews = Entrevistas de Viajante Confiável, depois do dia delas
