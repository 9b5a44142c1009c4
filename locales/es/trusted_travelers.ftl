# Membresías de Viajero de Confianza (/trusted-traveler) y entrevistas de inscripción (/enrollment/interviews).
ttp-title = Viajero de Confianza
ttp-intro = Su membresía SENTRI, NEXUS, Global Entry o FAST: su estado, cuándo vence, cuándo renovarla y su entrevista de inscripción.
ttp-none = Todavía no ha vinculado ninguna membresía.
ttp-linked = Su membresía quedó vinculada a esta cuenta.
ttp-link-title = Vincular una membresía
ttp-link-intro = Escriba el programa, su PASSID y su fecha de nacimiento tal como los tiene la CBP.
field-passid = PASSID
ttp-passid-hint = 9 dígitos, en su tarjeta o en su carta de aprobación.
ttp-link-submit = Vincular
ttp-link-not-found = No se encontró ninguna membresía con estos datos. Revise lo que escribió.
ttp-privacy = Cada intento queda registrado. Tras demasiados intentos, deberá esperar antes de volver a intentarlo.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = Estado
ttp-status-pending_review = En revisión
ttp-status-conditionally_approved = Aprobada con condiciones
ttp-status-active = Activa
ttp-status-expired = Vencida
ttp-status-revoked = Revocada
ttp-status-denied = Denegada
ttp-expires = Vence
ttp-days-left = { $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
}
ttp-renewal = Renovación
ttp-renewal-opens = Puede renovarla a partir del { $date }.
ttp-renewal-open-now = Abierta desde el { $date }: ya puede renovarla.
ttp-next = Qué hacer ahora
ttp-next-wait = Nada por ahora: la CBP está revisando su solicitud.
ttp-next-book-interview = Reserve su entrevista de inscripción.
ttp-next-nothing = Nada: su membresía está activa.
ttp-next-renew = Renuévela en el sitio web de Programas de Viajero de Confianza de la CBP antes de que venza.
ttp-next-apply-again = Vuelva a solicitarla en el sitio web de Programas de Viajero de Confianza de la CBP.
ttp-next-contact-cbp = Si cree que es un error, comuníquese con la oficina de defensoría de Viajero de Confianza de la CBP.
ttp-interview-booked = Entrevista: { $center }, { $date } a las { $time }.
ttp-interview-book = Reservar la entrevista
ttp-interview-rebook = Cambiar la entrevista
ttp-interview-cancel = Cancelar la entrevista
ttp-book-title = Reservar la entrevista de inscripción
ttp-book-center = Centro de inscripción
ttp-book-date = Día
ttp-book-show = Mostrar
ttp-book-slots = Horarios
ttp-book-times-in = Los horarios son la hora local del centro ({ $zone }).
ttp-book-closed = Este centro está cerrado.
ttp-book-no-slots = No hay entrevistas este día. Elija otro día.
ttp-slot-free = { $count ->
    [one] queda { $count } lugar
   *[other] quedan { $count } lugares
}
ttp-slot-book = Reservar { $time }
ttp-slot-unavailable = No disponible
ttp-back = Volver a mis membresías
ttp-desk-title = Entrevistas de inscripción
ttp-desk-none = No hay entrevistas este día.
ttp-desk-caption = Entrevistas del día
ttp-desk-time = Hora
ttp-desk-outcome = Resultado
ttp-desk-record = Registrar
ttp-outcome-approved = Aprobada
ttp-outcome-denied = Denegada
ttp-outcome-no_show = No se presentó
ttp-interview-status-booked = Reservada
ttp-interview-status-cancelled = Cancelada
ttp-interview-status-approved = Aprobada
ttp-interview-status-denied = Denegada
ttp-interview-status-no_show = No se presentó
nav-ttp = Viajero de Confianza
notification-ttp-renewal-subject = Es momento de renovar su membresía de Viajero de Confianza
notification-ttp-renewal-body = Su membresía de Viajero de Confianza vence pronto y ya puede renovarse. Inicie sesión para ver la fecha: { $url }/trusted-traveler
retention-kind-ttp-interviews = Entrevistas de Viajero de Confianza, después de su día
