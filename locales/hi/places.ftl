# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = मिलने की जगह
places-open-map-app = मैप ऐप में खोलें
places-open-osm = OpenStreetMap पर देखें
places-where-ports = मेक्सिको की तरफ़ हर पोर्ट कहाँ है
places-far-away = यह पोर्ट उस जगह से दूर है जहाँ से आपने अनुरोध किया था ({ $state }): लगभग { $km } किमी, सड़क से लगभग { $hours } घंटे।
places-far-estimate = यह एक अनुमान है: सीधी रेखा की दूरी × 1.3, 60 किमी/घंटा की गति से, उस राज्य के पोर्ट के सबसे नज़दीकी कस्बे से। यह कोई रास्ता नहीं है।
places-city-label = आपका शहर या कस्बा
places-city-hint = GPS नहीं है? अपने कस्बे का नाम लिखें और सूची से चुनें। मात्राएँ और बड़े अक्षर मायने नहीं रखते।
places-city-find = मेरा कस्बा खोजें
places-city-choose = अपना कस्बा चुनें
places-city-none = इस नाम का कोई कस्बा नहीं मिला। वर्तनी जाँचें या पास का कोई बड़ा शहर आज़माएँ।
places-typed = { $place } की स्थिति: लिखी गई, मापी नहीं गई।
places-credit = कस्बों की सूची: GeoNames (CC BY 4.0)।
places-to-confirm = { $what ->
    [city] शहर
    [crossing] मेक्सिको की तरफ़ का क्रॉसिंग
    [us_crossing] अमेरिका की तरफ़ का क्रॉसिंग
    [meeting_address] मिलने की जगह का पता
   *[meeting_point] नक्शे पर मिलने की जगह
}: एजेंसी को पुष्टि करनी है
