stats-title = Estatísticas abertas
stats-nav = Estatísticas
stats-intro = Quantas pessoas pediram um agendamento, foram selecionadas, confirmaram, chegaram ao porto, não compareceram ou cancelaram, dia a dia, contadas a partir do que o Garita registrou. Cada dia é publicado quando termina e depois não muda mais.
stats-licence = Você pode reutilizar estes números livremente se citar o Garita como fonte. Licença:
stats-hidden-note = Para proteger as pessoas, todo número de menos de { $threshold } pessoas fica oculto, assim como alguns outros, para que um número oculto não possa ser calculado por subtração.
stats-from = De
stats-to = Até
stats-show = Mostrar
stats-period = De { $from } a { $to }
stats-download-csv = Baixar os números (CSV)
stats-download-json = Os números em JSON
stats-none = Ainda não há números publicados para estes dias.
stats-chart-requests = Pessoas que pediram um agendamento
stats-chart-selected = Pessoas selecionadas no sorteio
stats-chart-confirmed = Pessoas com agendamento confirmado
stats-chart-checked-in = Pessoas registradas no porto
stats-chart-no-shows = Pessoas que não compareceram
stats-chart-cancellations = Pessoas que recusaram ou cancelaram
stats-chart-desc = { $days ->
    [one] Um dia
   *[other] { $days } dias
}, todos os portos. { $people ->
    [one] Uma pessoa
   *[other] { $people } pessoas
} nos dias mostrados. { $hidden ->
    [0] Nenhum dia oculto.
    [one] Um dia oculto.
   *[other] { $hidden } dias ocultos.
}
stats-chart-caption = Uma barra por dia, todos os portos juntos. Uma marca laranja indica que o número está oculto.
stats-table-show = Ver os números em uma tabela
stats-day = Dia
stats-people = Pessoas
stats-groups = Grupos
stats-hidden = oculto
stats-states-title = Pedidos por estado, semana de { $week }
stats-state = Estado
stats-port = Porto para os tempos de espera
stats-nationalities-title = Pedidos pela nacionalidade do titular do grupo, semana de { $week }
stats-nationality = Nacionalidade
stats-nationality-unknown = Não informada
stats-wait-title = Espera mediana em { $port }: { $lane }
stats-wait-desc = { $days ->
    [one] Um dia
   *[other] { $days } dias
}. { $empty ->
    [0] Houve relato todos os dias.
    [one] Um dia sem relato.
   *[other] { $empty } dias sem relato.
}
stats-wait-caption = Uma barra por dia: o valor do meio das esperas que os agentes relataram nesta faixa naquele dia. Sem barra: não houve relato naquele dia.
stats-wait-median = Espera mediana
stats-wait-reports = Relatos
stats-wait-none = sem relato
