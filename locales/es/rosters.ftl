# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = ¿Esta persona está inscrita?
rosters-check-intro = Consulte por una persona de la lista del programa de su organización: por número de lista y fecha de nacimiento, o por nombre completo y fecha de nacimiento.
rosters-roster-id = Número de lista
rosters-roster-id-hint = Como figura en la lista, por ejemplo MPP-0001.
rosters-full-name = Nombre completo
rosters-full-name-hint = Solo si no tiene el número de lista.
rosters-check-submit = Consultar
rosters-yes = Inscrita
rosters-no = No figura en su lista
rosters-status = Estado en el programa:
rosters-check-privacy = La respuesta es sí o no y el estado en el programa, nada más. Cada consulta queda registrada con su nombre.
rosters-status-enrolled = inscrita
rosters-status-pending = pendiente
rosters-status-completed = concluida
rosters-status-withdrawn = retirada
rosters-claim-title = Reclamar su lugar en la lista de un programa
rosters-claim-intro = Si una organización le inscribió en un programa, escriba su número de lista y su fecha de nacimiento para vincularlo a su cuenta.
rosters-claim-submit = Reclamar
rosters-claimed = Vinculado a su cuenta: número de lista { $roster_id }, estado { $status }.
rosters-not-found = No se encontró. Revise el número de lista y la fecha de nacimiento.
retention-kind-roster-people = Personas de la lista de un programa de una organización, un año después de la última importación que las incluyó
retention-kind-roster-places = Lugares reservados para personas de una lista de programa, después del día del horario

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = Cupos de listas de programa
rosters-quotas-intro = La parte de los lugares de cada horario de un puerto reservada a las personas de una lista de programa, y cuántos días antes del día del horario los lugares reservados sin usar pasan al sorteo diario. 0 % termina el cupo de un puerto; los lugares ya reservados siguen reservados.
rosters-quotas-saved = Se guardó el cupo de { $port }.
rosters-quotas-caption = Puertos y su cupo de lista
rosters-quotas-port = Puerto
rosters-quotas-percent = Parte reservada
rosters-quotas-release = Los lugares sin usar pasan al sorteo diario
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] { $days } día antes
   *[other] { $days } días antes
}
rosters-quotas-none = Sin cupo
rosters-quotas-set = Fijar el cupo de un puerto
rosters-quotas-percent-hint = Un número entero de 0 a 100. 0 termina el cupo.
rosters-quotas-release-hint = Un número entero de 0 a 60.
rosters-quotas-save = Guardar
field-port-id = Puerto
field-percent = Parte reservada (%)
field-release-days-before = Días antes del día del horario

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = Sorteo de listas del { $date }
rosters-draw-intro = Los días en que hay lugares reservados para personas de una lista de programa, un sorteo propio los reparte primero entre las solicitudes abiertas de quienes reclamaron su lugar en una lista. Su semilla se deriva de la semilla del sorteo diario de ese día, cuyo compromiso se publicó antes del cierre de las solicitudes, así que no pudo elegirse después. Los lugares que no reparte siguen reservados hasta su liberación y luego pasan al sorteo diario.
rosters-draw-places = Lugares reservados para personas de listas
rosters-draw-daily = El sorteo diario de ese día
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = Escriba el número de lista y la fecha de nacimiento que la organización del programa dio a esta persona, para vincular su lugar a este grupo.
rosters-back-to-group = Volver al grupo
rosters-helper-claimed = Vinculado al grupo: número de lista { $roster_id }, estado { $status }.
