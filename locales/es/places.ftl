# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = Punto de encuentro
places-open-map-app = Abrir en la app de mapas
places-open-osm = Ver en OpenStreetMap
places-where-ports = Dónde está cada puerto, del lado mexicano
places-far-away = { $hours ->
    [one] Este puerto está lejos de donde hizo la solicitud ({ $state }): unos { $km } km, cerca de { $hours } hora por carretera.
   *[other] Este puerto está lejos de donde hizo la solicitud ({ $state }): unos { $km } km, cerca de { $hours } horas por carretera.
}
places-far-estimate = Es una estimación: la distancia en línea recta × 1,3, a 60 km/h, desde la localidad de ese estado más cercana al puerto. No es una ruta.
places-city-label = Su ciudad o localidad
places-city-hint = ¿Sin GPS? Escriba su localidad y elíjala de la lista. No importan los acentos ni las mayúsculas.
places-city-find = Buscar mi localidad
places-city-choose = Elija su localidad
places-city-none = No se encontró ninguna localidad con ese nombre. Revise cómo está escrito o pruebe con una localidad más grande cercana.
places-typed = Posición de { $place }: escrita, no medida.
places-credit = Lista de localidades: GeoNames (CC BY 4.0).
places-to-confirm = { $what ->
    [city] Ciudad
    [crossing] Cruce del lado mexicano
    [us_crossing] Cruce de EE. UU.
    [meeting_address] Dirección del punto de encuentro
   *[meeting_point] Punto de encuentro en el mapa
}: la agencia debe confirmarlo
