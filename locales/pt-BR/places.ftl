# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = Ponto de encontro
places-open-map-app = Abrir no app de mapas
places-open-osm = Ver no OpenStreetMap
places-where-ports = Onde fica cada porto, do lado mexicano
places-far-away = { $hours ->
    [one] Este porto fica longe de onde você fez o pedido ({ $state }): cerca de { $km } km, cerca de { $hours } hora de estrada.
   *[other] Este porto fica longe de onde você fez o pedido ({ $state }): cerca de { $km } km, cerca de { $hours } horas de estrada.
}
places-far-estimate = É uma estimativa: a distância em linha reta × 1,3, a 60 km/h, a partir da cidade desse estado mais próxima do porto. Não é um trajeto.
places-city-label = Sua cidade
places-city-hint = Sem GPS? Digite sua cidade e escolha-a na lista. Acentos e maiúsculas não importam.
places-city-find = Procurar minha cidade
places-city-choose = Escolha sua cidade
places-city-none = Nenhuma cidade encontrada com esse nome. Confira a grafia ou tente uma cidade maior próxima.
places-typed = Posição de { $place }: digitada, não medida.
places-credit = Lista de cidades: GeoNames (CC BY 4.0).
places-to-confirm = { $what ->
    [city] Cidade
    [crossing] Travessia do lado mexicano
    [us_crossing] Travessia dos EUA
    [meeting_address] Endereço do ponto de encontro
   *[meeting_point] Ponto de encontro no mapa
}: a agência deve confirmar
