# Locations (/locations).
nav-locations = Locais
locations-title = Portos, aeroportos e outros locais
locations-intro = Todos os portos de entrada terrestres dos EUA nas fronteiras com o México e o Canadá, os aeroportos internacionais, as instalações de carga e os centros de inscrição do Viajante Confiável. Os horários estão na hora local de cada lugar.
locations-filter-kind = Tipo de local
locations-filter-function = Para que serve
locations-filter-state = Estado dos EUA
locations-filter-any = Todos
locations-filter-apply = Mostrar
locations-found = { $count ->
    [one] { $count } local
   *[other] { $count } locais
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = Portos de entrada terrestres
locations-kind-airport = Aeroportos internacionais
locations-kind-cargo-facility = Instalações de carga
locations-kind-enrollment-center = Centros de inscrição do Viajante Confiável
locations-function-appointments = Agendamentos
locations-function-provisional-i94 = I-94 provisório
locations-function-bus-arrivals = Chegadas de ônibus
locations-function-cargo-inspection = Inspeção de carga
locations-function-air-passenger-inspection = Inspeção de passageiros aéreos
locations-function-trusted-traveler-enrollment = Inscrição do Viajante Confiável
locations-port-code = Porto CBP
locations-iata-code = Código do aeroporto
locations-status-open = Aberto
locations-status-closed = Fechado
locations-hours-in-zone = Horário ({ $zone })
locations-day-mon = segunda-feira
locations-day-tue = terça-feira
locations-day-wed = quarta-feira
locations-day-thu = quinta-feira
locations-day-fri = sexta-feira
locations-day-sat = sábado
locations-day-sun = domingo
locations-day-span = de { $first } a { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = das { $opens } às { $closes }
locations-open-all-day = aberto 24 horas
locations-closed = fechado
locations-closed-all-week = Fechado todos os dias
locations-capacity = { $count ->
    [one] { $count } inspeção por hora
   *[other] { $count } inspeções por hora
}
locations-saved = Salvo.
locations-field-kind = Tipo
locations-field-code = Código
locations-field-state = Estado
locations-field-zone = Fuso horário
locations-field-functions = Para que serve
locations-field-status = Situação
locations-field-capacity = Capacidade
locations-not-stated = Não informado
locations-hours-not-stated = O horário não é publicado aqui. Pergunte no local antes de ir.
locations-updated = Alterado pela agência em { $when }.
locations-edit = Alterar horário, capacidade ou situação
locations-back = Todos os locais
locations-edit-title = Alterar { $name }
locations-edit-intro = Altere o que a agência define para este local. Nada é salvo se algum campo estiver errado.
field-hours = Horário de funcionamento
locations-hours-hint = Hora local, dias em inglês, relógio de 24 horas. Exemplo: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. Os dias não escritos ficam fechados. Deixe vazio se não for informado.
field-capacity-per-hour = Inspeções por hora
locations-capacity-hint = Um número inteiro de 1 a 10000. Deixe vazio se não for informado.
field-is-open = Situação
locations-save = Salvar
locations-back-to-location = Voltar ao local
