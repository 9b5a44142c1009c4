# Locations (/locations).
nav-locations = स्थान
locations-title = सीमा चौकियाँ, हवाई अड्डे और अन्य स्थान
locations-intro = मेक्सिको और कनाडा की सीमाओं पर अमेरिका की सभी ज़मीनी प्रवेश चौकियाँ, अंतरराष्ट्रीय हवाई अड्डे, माल सुविधाएँ और भरोसेमंद यात्री नामांकन केंद्र। समय हर स्थान के स्थानीय समय में है।
locations-filter-kind = स्थान का प्रकार
locations-filter-function = किस काम के लिए
locations-filter-state = अमेरिकी राज्य
locations-filter-any = सभी
locations-filter-apply = दिखाएँ
locations-found = { $count ->
    [one] { $count } स्थान
   *[other] { $count } स्थान
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = ज़मीनी प्रवेश चौकियाँ
locations-kind-airport = अंतरराष्ट्रीय हवाई अड्डे
locations-kind-cargo-facility = माल सुविधाएँ
locations-kind-enrollment-center = भरोसेमंद यात्री नामांकन केंद्र
locations-function-appointments = अपॉइंटमेंट
locations-function-provisional-i94 = अस्थायी I-94
locations-function-bus-arrivals = बस से आगमन
locations-function-cargo-inspection = माल की जाँच
locations-function-air-passenger-inspection = हवाई यात्रियों की जाँच
locations-function-trusted-traveler-enrollment = भरोसेमंद यात्री नामांकन
locations-port-code = CBP पोर्ट
locations-iata-code = हवाई अड्डा कोड
locations-status-open = खुला
locations-status-closed = बंद
locations-hours-in-zone = समय ({ $zone })
locations-day-mon = सोमवार
locations-day-tue = मंगलवार
locations-day-wed = बुधवार
locations-day-thu = गुरुवार
locations-day-fri = शुक्रवार
locations-day-sat = शनिवार
locations-day-sun = रविवार
locations-day-span = { $first } से { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = { $opens } से { $closes }
locations-open-all-day = 24 घंटे खुला
locations-closed = बंद
locations-closed-all-week = हर दिन बंद
locations-capacity = { $count ->
    [one] प्रति घंटे { $count } जाँच
   *[other] प्रति घंटे { $count } जाँचें
}
locations-saved = सहेजा गया।
locations-field-kind = प्रकार
locations-field-code = कोड
locations-field-state = राज्य
locations-field-zone = समय क्षेत्र
locations-field-functions = किस काम के लिए
locations-field-status = स्थिति
locations-field-capacity = क्षमता
locations-not-stated = नहीं बताया गया
locations-hours-not-stated = समय यहाँ प्रकाशित नहीं है। जाने से पहले उस स्थान से पूछ लें।
locations-updated = एजेंसी ने { $when } को बदला।
locations-edit = समय, क्षमता या स्थिति बदलें
locations-back = सभी स्थान
locations-edit-title = { $name } बदलें
locations-edit-intro = इस स्थान के लिए एजेंसी जो तय करती है उसे बदलें। कोई भी खाना गलत हो तो कुछ भी सहेजा नहीं जाता।
field-hours = खुलने का समय
locations-hours-hint = स्थानीय समय, दिन अंग्रेज़ी में, 24 घंटे की घड़ी। उदाहरण: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. जो दिन नहीं लिखे गए वे बंद हैं। पता न हो तो खाली छोड़ें।
field-capacity-per-hour = प्रति घंटे जाँचें
locations-capacity-hint = 1 से 10000 तक की पूर्ण संख्या। पता न हो तो खाली छोड़ें।
field-is-open = स्थिति
locations-save = सहेजें
locations-back-to-location = स्थान पर वापस
