# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = Reglas del sorteo de cada día
policies-intro = La agencia que opera este servicio decide las reglas: cuándo se reciben solicitudes, cómo se asignan los lugares y desde dónde se puede solicitar. Cada conjunto de reglas rige desde un día; este es el registro completo.
policies-caption = Reglas y día desde el que rigió cada una
policies-from = Desde el sorteo del
policies-name = Nombre
policies-rules = Reglas
policies-digest = Huella (SHA-256)
policies-in-force = vigente
policies-used-from = Usada por primera vez en el sorteo del
policies-text = Texto completo
policies-admin-title = Políticas
policies-admin-intro = Programe reglas nuevas desde un día. Un día cuyo sorteo ya se hizo conserva sus reglas. Si el texto tiene un problema, no se guarda nada.
policies-not-saved = No se guardó nada; siguen vigentes las reglas actuales.
policies-schedule = Programar estas reglas
policies-date-required = Escriba el primer día en que rigen las reglas.
policies-rule-weighted = sorteo ponderado (cuentan los días de espera)
policies-rule-oldest-share-then-random = una parte para los registros más antiguos, el resto al azar
policies-carry-over = las solicitudes se mantienen
policies-no-carry-over = solicitar de nuevo cada día
policies-region-latitude = al norte de la latitud { $latitude }°
policies-region-states = estados incluidos: { $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = Dirección de destino en Estados Unidos
policies-us-address-hint = A dónde irá el grupo en Estados Unidos: una sola dirección para todas las personas del grupo, como exigen las reglas vigentes.
field-us-state = Estado
field-us-zip = Código postal (5 dígitos)
field-us-street = Calle y número
# The region of the rules in force, as rules and a map.
policies-region-title = Desde dónde se puede pedir
policies-region-included = Estos estados completos: { $states }
policies-region-north-of = Cualquier lugar en la latitud { $latitude }° N o al norte
policies-region-excluded = Salvo estos estados: { $states }
policies-region-exception-holder = Un grupo cuya persona titular tiene ciudadanía de { $countries } puede pedir desde cualquier lugar de México
policies-region-exception-all = Un grupo cuyas personas tienen todas ciudadanía de { $countries } puede pedir desde cualquier lugar de México
policies-region-map-label = Mapa de México: los estados desde donde se puede pedir están rellenos; la línea es el límite de latitud. La lista dice lo mismo con palabras.
policies-region-map-caption = Relleno: se puede pedir. Relleno claro: se puede pedir al norte de la línea.
# Confirming under rules that check the location again.
policies-recheck-title = Confirmar desde donde está
policies-recheck-intro = Las reglas vigentes comprueban otra vez que esté en la región antes de confirmar. Comparta su ubicación una vez o escriba su ciudad.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = no se puede leer el texto: { $detail }
policies-problem-window-order = el periodo de solicitudes cierra antes de abrir
policies-problem-window-too-long = el periodo de solicitudes dura más de 24 horas
policies-problem-allocation-before-close = el sorteo se hace antes de que cierre el periodo de solicitudes
policies-problem-out-of-range = debe estar entre { $lowest } y { $highest }
policies-problem-unknown-state = { $value } no es un código de estado conocido (escriba un código como MX.BN)
policies-problem-unknown-country = { $value } no es un código de país conocido (escriba un código como MX)
policies-problem-empty-region = ningún lugar queda en la región
policies-problem-invalid-id = { $value } no es un nombre válido (minúsculas, dígitos y guiones)
policies-problem-repeated = { $value } aparece dos veces
