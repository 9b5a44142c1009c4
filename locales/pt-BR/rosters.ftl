# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = Esta pessoa está inscrita?
rosters-check-intro = Consulte uma pessoa da lista do programa da sua organização: pelo número da lista e data de nascimento, ou pelo nome completo e data de nascimento.
rosters-roster-id = Número da lista
rosters-roster-id-hint = Como consta na lista, por exemplo MPP-0001.
rosters-full-name = Nome completo
rosters-full-name-hint = Só se você não tiver o número da lista.
rosters-check-submit = Consultar
rosters-yes = Inscrita
rosters-no = Não consta na sua lista
rosters-status = Situação no programa:
rosters-check-privacy = A resposta é sim ou não e a situação no programa, nada mais. Cada consulta fica registrada com o seu nome.
rosters-status-enrolled = inscrita
rosters-status-pending = pendente
rosters-status-completed = concluída
rosters-status-withdrawn = desligada
rosters-claim-title = Reivindicar seu lugar na lista de um programa
rosters-claim-intro = Se uma organização inscreveu você em um programa, informe o número da lista e a data de nascimento para vinculá-lo à sua conta.
rosters-claim-submit = Reivindicar
rosters-claimed = Vinculado à sua conta: número da lista { $roster_id }, situação { $status }.
rosters-not-found = Não encontrado. Confira o número da lista e a data de nascimento.
retention-kind-roster-people = Pessoas da lista de um programa de uma organização, um ano após a última importação que as incluiu
retention-kind-roster-places = Vagas reservadas para pessoas da lista de um programa, após o dia do horário

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = Cotas de listas de programa
rosters-quotas-intro = A parte das vagas de cada horário de um porto reservada para pessoas de uma lista de programa, e quantos dias antes do dia do horário as vagas reservadas não usadas vão para o sorteio diário. 0 % encerra a cota de um porto; as vagas já reservadas continuam reservadas.
rosters-quotas-saved = A cota de { $port } foi salva.
rosters-quotas-caption = Portos e sua cota de lista
rosters-quotas-port = Porto
rosters-quotas-percent = Parte reservada
rosters-quotas-release = Vagas não usadas vão para o sorteio diário
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] { $days } dia antes
   *[other] { $days } dias antes
}
rosters-quotas-none = Sem cota
rosters-quotas-set = Definir a cota de um porto
rosters-quotas-percent-hint = Um número inteiro de 0 a 100. 0 encerra a cota.
rosters-quotas-release-hint = Um número inteiro de 0 a 60.
rosters-quotas-save = Salvar
field-port-id = Porto
field-percent = Parte reservada (%)
field-release-days-before = Dias antes do dia do horário

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = Sorteio de listas de { $date }
rosters-draw-intro = Nos dias em que há vagas reservadas para pessoas de uma lista de programa, um sorteio próprio as distribui primeiro entre os pedidos abertos de quem reivindicou sua vaga em uma lista. A semente dele deriva da semente do sorteio diário daquele dia, cujo compromisso foi publicado antes do fim dos pedidos, então não pôde ser escolhida depois. As vagas que ele não distribui continuam reservadas até a liberação e então vão para o sorteio diário.
rosters-draw-places = Vagas reservadas para pessoas de listas
rosters-draw-daily = O sorteio diário daquele dia
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = Informe o número de lista e a data de nascimento que a organização do programa deu a esta pessoa, para vincular a vaga a este grupo.
rosters-back-to-group = Voltar ao grupo
rosters-helper-claimed = Vinculado a este grupo: número da lista { $roster_id }, situação { $status }.
