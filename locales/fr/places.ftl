# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = Point de rendez-vous
places-open-map-app = Ouvrir dans l’application de cartes
places-open-osm = Voir sur OpenStreetMap
places-where-ports = Où se trouve chaque poste, côté mexicain
places-far-away = { $hours ->
    [one] Ce poste est loin de l’endroit d’où vous avez fait la demande ({ $state }) : environ { $km } km, environ { $hours } heure de route.
   *[other] Ce poste est loin de l’endroit d’où vous avez fait la demande ({ $state }) : environ { $km } km, environ { $hours } heures de route.
}
places-far-estimate = C’est une estimation : la distance à vol d’oiseau × 1,3, à 60 km/h, depuis la localité de cet État la plus proche du poste. Ce n’est pas un itinéraire.
places-city-label = Votre ville ou localité
places-city-hint = Pas de GPS ? Tapez votre localité et choisissez-la dans la liste. Les accents et les majuscules ne comptent pas.
places-city-find = Chercher ma localité
places-city-choose = Choisissez votre localité
places-city-none = Aucune localité trouvée sous ce nom. Vérifiez l’orthographe ou essayez une localité plus grande à proximité.
places-typed = Position de { $place } : saisie, non mesurée.
places-credit = Liste des localités : GeoNames (CC BY 4.0).
places-to-confirm = { $what ->
    [city] Ville
    [crossing] Passage côté mexicain
    [us_crossing] Passage côté États-Unis
    [meeting_address] Adresse du point de rendez-vous
   *[meeting_point] Point de rendez-vous sur la carte
}: à confirmer par l’agence
