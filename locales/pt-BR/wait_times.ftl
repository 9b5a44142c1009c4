# Garita — português (Brasil)
wait-times-title = Tempos de espera na fronteira
wait-times-intro = Quanto tempo você pode esperar em cada posto de fronteira, segundo os agentes de lá. Os horários estão na hora local de cada posto de fronteira.
wait-times-none = Ainda não há informe deste posto de fronteira.
wait-times-not-reported = Ainda sem informe: { $lanes }.
wait-times-port-link = Detalhes e últimos 7 dias
wait-times-feed = Estes números em JSON (para desenvolvedores)
wait-times-history-json = Os últimos 7 dias em JSON (para desenvolvedores)
wait-times-back = Todos os postos de fronteira

wait-times-col-lane = Faixa
wait-times-col-status = Situação
wait-times-col-lanes-open = Faixas abertas
wait-times-col-wait = Espera
wait-times-col-usual = O normal neste horário
wait-times-col-updated = Atualizado

wait-times-group-passenger = Veículos de passageiros
wait-times-group-pedestrian = Pedestres
wait-times-group-commercial = Veículos de carga
wait-times-lane-passenger-standard = Normal
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = Normal
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = Normal
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = Aberto
wait-times-status-lanes-reduced = Menos faixas abertas
wait-times-status-closed = Fechado

wait-times-minutes = { $minutes } min
wait-times-hours = { $hours } h
wait-times-hours-minutes = { $hours } h { $minutes } min
wait-times-ago-now = agora mesmo
wait-times-ago-minutes = há { $count } min
wait-times-ago-hours = há { $count } h
wait-times-ago-days = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}
wait-times-updated = Atualizado { $ago }, às { $time }
wait-times-stale = Última atualização { $ago }, às { $time }: pode estar desatualizado

wait-times-port-title = Tempos de espera em { $port }
wait-times-port-intro = Os horários estão na hora local do posto de fronteira ({ $zone }).
wait-times-now-heading = Últimos informes
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } informe
   *[other] { $count } informes
})
wait-times-usual-none = Não há informes suficientes
wait-times-usual-note = “O normal neste horário” é a mediana das esperas informadas para essa faixa entre { $from } e { $to } (hora do posto de fronteira) nos últimos { $days } dias. Só aparece quando há pelo menos { $count } informes assim: metade dessas esperas foi mais curta, e a outra metade mais longa.

wait-times-week-heading = Últimos 7 dias
wait-times-week-intro = Espera informada em minutos, em média por hora, na hora local do posto de fronteira. Um corte em uma linha quer dizer que não houve informe ou que a faixa estava fechada.
wait-times-chart-title = { $group }: espera nos últimos 7 dias
wait-times-chart-desc = Gráfico de linhas da espera informada, em minutos, de cada faixa de { $group }, por hora, de { $from } a { $to } (hora do posto de fronteira). A maior: { $max }. Os mesmos números, dia por dia, estão na tabela depois do gráfico.
wait-times-chart-max = { $wait } ({ $lane }, { $day } às { $time })
wait-times-chart-max-none = nenhuma espera informada, só faixas fechadas
wait-times-chart-empty = Nenhum informe nos últimos 7 dias.
wait-times-axis-wait = Espera (minutos)
wait-times-axis-day = Dia (hora do posto de fronteira)
wait-times-legend = Faixas
wait-times-weekday = { $weekday ->
    [1] seg
    [2] ter
    [3] qua
    [4] qui
    [5] sex
    [6] sáb
   *[7] dom
} { $day }
wait-times-table-show = Ver estes números em uma tabela
wait-times-table-caption = { $group }: mediana da espera de cada dia em minutos (a maior entre parênteses)
wait-times-table-day = Dia
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = Sem informes

wait-times-console-title = Atualizar tempos de espera: { $port }
wait-times-console-choose-port = Atualizar tempos de espera: escolha um posto de fronteira
wait-times-console-intro = Preencha só as faixas que você está informando agora. As faixas deixadas em “Não atualizar” mantêm o último informe. Todas as faixas são salvas juntas, ou nenhuma se algo estiver errado.
wait-times-console-save = Salvar tempos de espera
wait-times-console-saved = Salvo. A página pública já mostra os novos números.
wait-times-console-nothing = Preencha pelo menos uma faixa e depois salve.
wait-times-console-public = Ver a página pública deste posto de fronteira
wait-times-field-status = Situação
wait-times-field-status-skip = Não atualizar
wait-times-field-lanes-open = Faixas abertas
wait-times-field-lanes-open-hint = Faixas abertas: um número inteiro de 1 a 100. Deixe em branco se a faixa estiver fechada.
wait-times-field-delay = Espera em minutos
wait-times-field-delay-hint = Espera: minutos inteiros de 0 a 1440 (24 horas). Deixe em branco se a faixa estiver fechada.
wait-times-current = Último informe: { $status }, { $lanes ->
    [one] { $lanes } faixa aberta
   *[other] { $lanes } faixas abertas
}, espera de { $wait }. { $updated }.
wait-times-current-closed = Último informe: fechado. { $updated }.
wait-times-error-in = { $lane }, { $field }: { $message }
wait-times-current-none = Ainda sem informe.

error-unknown-lane = Este não é um tipo de faixa. Use um destes: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = Informe cada faixa só uma vez.
error-unknown-status = Escolha uma situação da lista: aberto, menos faixas abertas (lanes-reduced) ou fechado.
error-not-a-number = Escreva um número inteiro, por exemplo 25.
error-number-too-small = Este número não pode ser menor que { $limit }.
error-number-too-large = Este número não pode ser maior que { $limit }. Confira o número.
