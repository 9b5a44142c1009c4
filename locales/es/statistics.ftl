stats-title = Estadísticas abiertas
stats-nav = Estadísticas
stats-intro = Cuántas personas pidieron una cita, fueron seleccionadas, confirmaron, llegaron al puerto, no llegaron o cancelaron, día por día, contadas a partir de lo que Garita registró. Cada día se publica cuando termina y después ya no cambia.
stats-licence = Puede reutilizar estas cifras libremente si menciona a Garita como fuente. Licencia:
stats-hidden-note = Para proteger a las personas, se oculta toda cifra de menos de { $threshold } personas, y también algunas otras, para que una cifra oculta no pueda calcularse restando.
stats-from = Desde
stats-to = Hasta
stats-show = Mostrar
stats-period = Del { $from } al { $to }
stats-download-csv = Descargar las cifras (CSV)
stats-download-json = Las cifras en JSON
stats-none = Todavía no hay cifras publicadas para estos días.
stats-chart-requests = Personas que pidieron una cita
stats-chart-selected = Personas seleccionadas en el sorteo
stats-chart-confirmed = Personas cuya cita quedó confirmada
stats-chart-checked-in = Personas registradas en el puerto
stats-chart-no-shows = Personas que no llegaron
stats-chart-cancellations = Personas que rechazaron o cancelaron
stats-chart-desc = { $days ->
    [one] Un día
   *[other] { $days } días
}, todos los puertos. { $people ->
    [one] Una persona
   *[other] { $people } personas
} en los días mostrados. { $hidden ->
    [0] Ningún día oculto.
    [one] Un día oculto.
   *[other] { $hidden } días ocultos.
}
stats-chart-caption = Una barra por día, todos los puertos juntos. Una marca naranja indica que la cifra está oculta.
stats-table-show = Ver las cifras en una tabla
stats-day = Día
stats-people = Personas
stats-groups = Grupos
stats-hidden = oculta
stats-states-title = Solicitudes por estado, semana del { $week }
stats-state = Estado
stats-port = Puerto para los tiempos de espera
stats-nationalities-title = Solicitudes según la nacionalidad de quien encabeza el grupo, semana del { $week }
stats-nationality = Nacionalidad
stats-nationality-unknown = Sin dato
stats-wait-title = Espera mediana en { $port }: { $lane }
stats-wait-desc = { $days ->
    [one] Un día
   *[other] { $days } días
}. { $empty ->
    [0] Hubo reporte todos los días.
    [one] Un día sin reporte.
   *[other] { $empty } días sin reporte.
}
stats-wait-caption = Una barra por día: el valor central de las esperas que el personal reportó en este carril ese día. Sin barra: no hubo reporte ese día.
stats-wait-median = Espera mediana
stats-wait-reports = Reportes
stats-wait-none = sin reporte
