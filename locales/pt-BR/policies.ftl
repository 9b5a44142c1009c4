# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = Regras do sorteio de cada dia
policies-intro = A agência que opera este serviço decide as regras: quando os pedidos são aceitos, como as vagas são distribuídas e de onde se pode pedir. Cada conjunto de regras vale a partir de um dia; este é o registro completo.
policies-caption = Regras e o dia a partir do qual cada uma valeu
policies-from = A partir do sorteio de
policies-name = Nome
policies-rules = Regras
policies-digest = Resumo (SHA-256)
policies-in-force = em vigor
policies-used-from = Usada pela primeira vez no sorteio de
policies-text = Texto completo
policies-admin-title = Políticas
policies-admin-intro = Agende novas regras a partir de um dia. Um dia cujo sorteio já foi feito mantém suas regras. Se o texto tiver um problema, nada é salvo.
policies-not-saved = Nada foi salvo; as regras em vigor continuam.
policies-schedule = Agendar estas regras
policies-date-required = Escreva o primeiro dia em que as regras valem.
policies-rule-weighted = sorteio ponderado (os dias de espera contam)
policies-rule-oldest-share-then-random = uma parte para os cadastros mais antigos, o resto ao acaso
policies-carry-over = os pedidos continuam
policies-no-carry-over = pedir de novo todo dia
policies-region-latitude = ao norte da latitude { $latitude }°
policies-region-states = estados incluídos: { $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = Endereço de destino nos Estados Unidos
policies-us-address-hint = Para onde o grupo irá nos Estados Unidos: um só endereço para todo o grupo, como exigem as regras em vigor.
field-us-state = Estado
field-us-zip = CEP americano (ZIP, 5 dígitos)
field-us-street = Rua e número
# The region of the rules in force, as rules and a map.
policies-region-title = De onde você pode pedir
policies-region-included = Estes estados inteiros: { $states }
policies-region-north-of = Qualquer lugar na latitude { $latitude }° N ou ao norte
policies-region-excluded = Exceto estes estados: { $states }
policies-region-exception-holder = Um grupo cujo titular é cidadão de { $countries } pode pedir de qualquer lugar do México
policies-region-exception-all = Um grupo em que todos são cidadãos de { $countries } pode pedir de qualquer lugar do México
policies-region-map-label = Mapa do México: os estados de onde se pode pedir estão preenchidos; a linha é o limite de latitude. A lista diz o mesmo em palavras.
policies-region-map-caption = Preenchido: pode pedir. Preenchido claro: pode pedir ao norte da linha.
# Confirming under rules that check the location again.
policies-recheck-title = Confirmar de onde você está
policies-recheck-intro = As regras em vigor verificam de novo se você está na região antes de confirmar. Compartilhe sua localização uma vez ou digite sua cidade.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = não é possível ler o texto: { $detail }
policies-problem-window-order = o período de pedidos fecha antes de abrir
policies-problem-window-too-long = o período de pedidos dura mais de 24 horas
policies-problem-allocation-before-close = o sorteio acontece antes de o período de pedidos fechar
policies-problem-out-of-range = deve estar entre { $lowest } e { $highest }
policies-problem-unknown-state = { $value } não é um código de estado conhecido (escreva um código como MX.BN)
policies-problem-unknown-country = { $value } não é um código de país conhecido (escreva um código como MX)
policies-problem-empty-region = nenhum lugar fica na região
policies-problem-invalid-id = { $value } não é um nome válido (minúsculas, dígitos e hifens)
policies-problem-repeated = { $value } aparece duas vezes
