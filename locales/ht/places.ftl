# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = Kote pou rankontre
places-open-map-app = Louvri nan aplikasyon kat la
places-open-osm = Gade sou OpenStreetMap
places-where-ports = Kote chak pò ye, bò kote Meksik
places-far-away = { $hours ->
    [one] Pò sa a lwen kote ou te fè demann nan ({ $state }): anviwon { $km } km, anviwon { $hours } èdtan sou wout.
   *[other] Pò sa a lwen kote ou te fè demann nan ({ $state }): anviwon { $km } km, anviwon { $hours } èdtan sou wout.
}
places-far-estimate = Se yon estimasyon: distans an liy dwat × 1,3, a 60 km/h, depi vil eta sa a ki pi pre pò a. Se pa yon itinerè.
places-city-label = Vil ou
places-city-hint = Pa gen GPS? Ekri non vil ou epi chwazi l nan lis la. Aksan ak lèt majiskil pa gen enpòtans.
places-city-find = Chèche vil mwen
places-city-choose = Chwazi vil ou
places-city-none = Nou pa jwenn okenn vil ak non sa a. Verifye jan ou ekri l oswa eseye yon vil ki pi gwo toupre.
places-typed = Pozisyon { $place }: ou te ekri l, li pa te mezire.
places-credit = Lis vil yo: GeoNames (CC BY 4.0).
places-to-confirm = { $what ->
    [city] Vil
    [crossing] Pasaj bò kote Meksik
    [us_crossing] Pasaj bò kote Etazini
    [meeting_address] Adrès kote pou rankontre
   *[meeting_point] Kote pou rankontre sou kat la
}: ajans lan dwe konfime
