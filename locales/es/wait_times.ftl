wait-times-title = Tiempos de espera en la frontera
wait-times-intro = Cuánto se espera en cada puerto de entrada, según los agentes de ese puerto. Las horas son las locales de cada puerto.
wait-times-none = Este puerto todavía no tiene datos.
wait-times-not-reported = Todavía sin datos: { $lanes }.
wait-times-port-link = Detalles y últimos 7 días
wait-times-feed = Estos datos en JSON (para programadores)
wait-times-history-json = Los últimos 7 días en JSON (para programadores)
wait-times-back = Todos los puertos

wait-times-col-lane = Carril
wait-times-col-status = Estado
wait-times-col-lanes-open = Carriles abiertos
wait-times-col-wait = Espera
wait-times-col-usual = Lo normal a esta hora
wait-times-col-updated = Actualizado

wait-times-group-passenger = Vehículos de pasajeros
wait-times-group-pedestrian = Peatones
wait-times-group-commercial = Vehículos de carga
wait-times-lane-passenger-standard = Normal
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = Normal
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = Normal
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = Abierto
wait-times-status-lanes-reduced = Menos carriles abiertos
wait-times-status-closed = Cerrado

wait-times-minutes = { $minutes } min
wait-times-hours = { $hours } h
wait-times-hours-minutes = { $hours } h { $minutes } min
wait-times-ago-now = hace un momento
wait-times-ago-minutes = hace { $count } min
wait-times-ago-hours = hace { $count } h
wait-times-ago-days = { $count ->
    [one] hace 1 día
   *[other] hace { $count } días
}
wait-times-updated = Actualizado { $ago }, a las { $time }
wait-times-stale = Última actualización { $ago }, a las { $time }: puede no estar al día

wait-times-port-title = Tiempos de espera en { $port }
wait-times-port-intro = Las horas son las locales del puerto ({ $zone }).
wait-times-now-heading = Últimos datos
wait-times-usual-value = { $wait } ({ $count ->
    [one] 1 dato
   *[other] { $count } datos
})
wait-times-usual-none = No hay datos suficientes
wait-times-usual-note = «Lo normal a esta hora» es la mediana de las esperas informadas para ese carril entre las { $from } y las { $to } (hora del puerto) en los últimos { $days } días, si hay al menos { $count } datos: la mitad de esas esperas fueron más cortas y la otra mitad más largas.

wait-times-week-heading = Últimos 7 días
wait-times-week-intro = Espera informada en minutos, como promedio de cada hora, en la hora local del puerto. Un corte en una línea quiere decir que no hubo datos o que el carril estaba cerrado.
wait-times-chart-title = { $group }: espera en los últimos 7 días
wait-times-chart-desc = Gráfico de líneas de la espera informada, en minutos, de cada carril de { $group }, por hora, del { $from } al { $to } (hora del puerto). La más larga: { $max }. Las mismas cifras, día por día, están en la tabla que sigue al gráfico.
wait-times-chart-max = { $wait } ({ $lane }, { $day } a las { $time })
wait-times-chart-max-none = sin esperas informadas, solo carriles cerrados
wait-times-chart-empty = No hay datos de los últimos 7 días.
wait-times-axis-wait = Espera (minutos)
wait-times-axis-day = Día (hora del puerto)
wait-times-legend = Carriles
wait-times-weekday = { $weekday ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
} { $day }
wait-times-table-show = Ver estas cifras en una tabla
wait-times-table-caption = { $group }: mediana de la espera de cada día en minutos (la más larga entre paréntesis)
wait-times-table-day = Día
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = Sin datos

wait-times-console-title = Actualizar tiempos de espera: { $port }
wait-times-console-choose-port = Actualizar tiempos de espera: elija un puerto
wait-times-console-intro = Llene solo los carriles que informa ahora. Los carriles que deje en «No actualizar» conservan su último dato. Todos los carriles se guardan juntos, o ninguno si algo está mal.
wait-times-console-save = Guardar tiempos de espera
wait-times-console-saved = Guardado. La página pública ya muestra las nuevas cifras.
wait-times-console-nothing = Llene al menos un carril y luego guarde.
wait-times-console-public = Ver la página pública de este puerto
wait-times-field-status = Estado
wait-times-field-status-skip = No actualizar
wait-times-field-lanes-open = Carriles abiertos
wait-times-field-lanes-open-hint = Carriles abiertos: un número entero de 1 a 100. Déjelo vacío si el carril está cerrado.
wait-times-field-delay = Espera en minutos
wait-times-field-delay-hint = Espera: minutos enteros de 0 a 1440 (24 horas). Déjelo vacío si el carril está cerrado.
wait-times-current = Último dato: { $status }, { $lanes ->
    [one] 1 carril abierto
   *[other] { $lanes } carriles abiertos
}, espera de { $wait }. { $updated }.
wait-times-current-closed = Último dato: cerrado. { $updated }.
wait-times-error-in = { $lane }, { $field }: { $message }
wait-times-current-none = Todavía sin datos.

error-unknown-lane = Este no es un tipo de carril. Use uno de estos: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = Informe cada carril una sola vez.
error-unknown-status = Elija un estado de la lista: abierto, menos carriles abiertos (lanes-reduced) o cerrado.
error-not-a-number = Escriba un número entero, por ejemplo 25.
error-number-too-small = Este número no puede ser menor que { $limit }.
error-number-too-large = Este número no puede ser mayor que { $limit }. Revíselo.
