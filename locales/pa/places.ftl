# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = ਮਿਲਣ ਦੀ ਥਾਂ
places-open-map-app = ਨਕਸ਼ਾ ਐਪ ਵਿੱਚ ਖੋਲ੍ਹੋ
places-open-osm = OpenStreetMap ’ਤੇ ਵੇਖੋ
places-where-ports = ਮੈਕਸੀਕੋ ਵਾਲੇ ਪਾਸੇ ਹਰ ਪੋਰਟ ਕਿੱਥੇ ਹੈ
places-far-away = ਇਹ ਪੋਰਟ ਉਸ ਥਾਂ ਤੋਂ ਦੂਰ ਹੈ ਜਿੱਥੋਂ ਤੁਸੀਂ ਬੇਨਤੀ ਕੀਤੀ ਸੀ ({ $state }): ਲਗਭਗ { $km } ਕਿਮੀ, ਸੜਕ ਰਾਹੀਂ ਲਗਭਗ { $hours } ਘੰਟੇ।
places-far-estimate = ਇਹ ਇੱਕ ਅੰਦਾਜ਼ਾ ਹੈ: ਸਿੱਧੀ ਲਕੀਰ ਦੀ ਦੂਰੀ × 1.3, 60 ਕਿਮੀ/ਘੰਟਾ ਦੀ ਰਫ਼ਤਾਰ ਨਾਲ, ਉਸ ਰਾਜ ਦੇ ਪੋਰਟ ਦੇ ਸਭ ਤੋਂ ਨੇੜਲੇ ਕਸਬੇ ਤੋਂ। ਇਹ ਕੋਈ ਰਸਤਾ ਨਹੀਂ ਹੈ।
places-city-label = ਤੁਹਾਡਾ ਸ਼ਹਿਰ ਜਾਂ ਕਸਬਾ
places-city-hint = GPS ਨਹੀਂ ਹੈ? ਆਪਣੇ ਕਸਬੇ ਦਾ ਨਾਂ ਲਿਖੋ ਅਤੇ ਸੂਚੀ ਵਿੱਚੋਂ ਚੁਣੋ। ਲਗਾਂ-ਮਾਤਰਾਂ ਅਤੇ ਵੱਡੇ ਅੱਖਰ ਮਾਇਨੇ ਨਹੀਂ ਰੱਖਦੇ।
places-city-find = ਮੇਰਾ ਕਸਬਾ ਲੱਭੋ
places-city-choose = ਆਪਣਾ ਕਸਬਾ ਚੁਣੋ
places-city-none = ਇਸ ਨਾਂ ਦਾ ਕੋਈ ਕਸਬਾ ਨਹੀਂ ਮਿਲਿਆ। ਸ਼ਬਦ-ਜੋੜ ਜਾਂਚੋ ਜਾਂ ਨੇੜੇ ਦਾ ਕੋਈ ਵੱਡਾ ਸ਼ਹਿਰ ਅਜ਼ਮਾਓ।
places-typed = { $place } ਦੀ ਸਥਿਤੀ: ਲਿਖੀ ਗਈ, ਮਾਪੀ ਨਹੀਂ ਗਈ।
places-credit = ਕਸਬਿਆਂ ਦੀ ਸੂਚੀ: GeoNames (CC BY 4.0)।
places-to-confirm = { $what ->
    [city] ਸ਼ਹਿਰ
    [crossing] ਮੈਕਸੀਕੋ ਵਾਲੇ ਪਾਸੇ ਦਾ ਲਾਂਘਾ
    [us_crossing] ਅਮਰੀਕਾ ਵਾਲੇ ਪਾਸੇ ਦਾ ਲਾਂਘਾ
    [meeting_address] ਮਿਲਣ ਦੀ ਥਾਂ ਦਾ ਪਤਾ
   *[meeting_point] ਨਕਸ਼ੇ ’ਤੇ ਮਿਲਣ ਦੀ ਥਾਂ
}: ਏਜੰਸੀ ਨੇ ਪੁਸ਼ਟੀ ਕਰਨੀ ਹੈ
