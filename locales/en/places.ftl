# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = Meeting point
places-open-map-app = Open in the map app
places-open-osm = See on OpenStreetMap
places-where-ports = Where each port is, on the Mexican side
places-far-away = { $hours ->
    [one] This port is far from where you asked from ({ $state }): about { $km } km, about { $hours } hour by road.
   *[other] This port is far from where you asked from ({ $state }): about { $km } km, about { $hours } hours by road.
}
places-far-estimate = This is an estimate: the straight-line distance × 1.3, at 60 km/h, from the town of that state nearest the port. It is not a route.
places-city-label = Your town or city
places-city-hint = No GPS? Type your town and choose it from the list. Accents and capital letters do not matter.
places-city-find = Find my town
places-city-choose = Choose your town
places-city-none = No town found with that name. Check the spelling or try a larger town nearby.
places-typed = Position of { $place }: typed, not measured.
places-credit = Town list: GeoNames (CC BY 4.0).
places-to-confirm = { $what ->
    [city] City
    [crossing] Crossing on the Mexican side
    [us_crossing] U.S. crossing
    [meeting_address] Meeting point address
   *[meeting_point] Meeting point on the map
}: agency to confirm
