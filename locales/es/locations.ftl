# Locations (/locations).
nav-locations = Lugares
locations-title = Puertos, aeropuertos y otros lugares
locations-intro = Todos los puertos de entrada terrestres de EE. UU. en las fronteras con México y Canadá, los aeropuertos internacionales, las instalaciones de carga y los centros de inscripción de Viajero Confiable. Los horarios están en la hora local de cada lugar.
locations-filter-kind = Tipo de lugar
locations-filter-function = Para qué sirve
locations-filter-state = Estado de EE. UU.
locations-filter-any = Todos
locations-filter-apply = Mostrar
locations-found = { $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = Puertos de entrada terrestres
locations-kind-airport = Aeropuertos internacionales
locations-kind-cargo-facility = Instalaciones de carga
locations-kind-enrollment-center = Centros de inscripción de Viajero Confiable
locations-function-appointments = Citas
locations-function-provisional-i94 = I-94 provisional
locations-function-bus-arrivals = Llegadas en autobús
locations-function-cargo-inspection = Inspección de carga
locations-function-air-passenger-inspection = Inspección de pasajeros aéreos
locations-function-trusted-traveler-enrollment = Inscripción de Viajero Confiable
locations-port-code = Puerto CBP
locations-iata-code = Código de aeropuerto
locations-status-open = Abierto
locations-status-closed = Cerrado
locations-hours-in-zone = Horario ({ $zone })
locations-day-mon = lunes
locations-day-tue = martes
locations-day-wed = miércoles
locations-day-thu = jueves
locations-day-fri = viernes
locations-day-sat = sábado
locations-day-sun = domingo
locations-day-span = de { $first } a { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = de { $opens } a { $closes }
locations-open-all-day = abierto las 24 horas
locations-closed = cerrado
locations-closed-all-week = Cerrado todos los días
locations-capacity = { $count ->
    [one] { $count } inspección por hora
   *[other] { $count } inspecciones por hora
}
locations-saved = Guardado.
locations-field-kind = Tipo
locations-field-code = Código
locations-field-state = Estado
locations-field-zone = Zona horaria
locations-field-functions = Para qué sirve
locations-field-status = Situación
locations-field-capacity = Capacidad
locations-not-stated = No indicado
locations-hours-not-stated = El horario no se publica aquí. Pregunte en el lugar antes de ir.
locations-updated = Cambiado por la agencia el { $when }.
locations-edit = Cambiar horario, capacidad o situación
locations-back = Todos los lugares
locations-edit-title = Cambiar { $name }
locations-edit-intro = Cambie lo que la agencia fija para este lugar. No se guarda nada si un campo está mal.
field-hours = Horario de atención
locations-hours-hint = Hora local, días en inglés, reloj de 24 horas. Ejemplo: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. Los días que no se escriben están cerrados. Déjelo vacío si no se indica.
field-capacity-per-hour = Inspecciones por hora
locations-capacity-hint = Un número entero de 1 a 10000. Déjelo vacío si no se indica.
field-is-open = Situación
locations-save = Guardar
locations-back-to-location = Volver al lugar
