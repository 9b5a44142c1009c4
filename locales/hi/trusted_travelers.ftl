# भरोसेमंद यात्री सदस्यताएँ (/trusted-traveler) और नामांकन साक्षात्कार (/enrollment/interviews)।
ttp-title = भरोसेमंद यात्री
ttp-intro = आपकी SENTRI, NEXUS, Global Entry या FAST सदस्यता: उसकी स्थिति, कब समाप्त होती है, कब नवीनीकरण करें, और आपका नामांकन साक्षात्कार।
ttp-none = आपने अभी तक कोई सदस्यता नहीं जोड़ी है।
ttp-linked = आपकी सदस्यता इस खाते से जुड़ गई है।
ttp-link-title = सदस्यता जोड़ें
ttp-link-intro = कार्यक्रम, अपना PASSID और जन्म तिथि ठीक वैसे ही लिखें जैसे CBP के पास हैं।
field-passid = PASSID
ttp-passid-hint = 9 अंक, आपके कार्ड या स्वीकृति पत्र पर।
ttp-link-submit = जोड़ें
ttp-link-not-found = इन विवरणों से कोई सदस्यता नहीं मिली। जो लिखा है उसे जाँचें।
ttp-privacy = हर प्रयास दर्ज होता है। बहुत अधिक प्रयासों के बाद फिर से कोशिश करने से पहले रुकना होगा।
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = स्थिति
ttp-status-pending_review = समीक्षा में
ttp-status-conditionally_approved = सशर्त स्वीकृत
ttp-status-active = सक्रिय
ttp-status-expired = समाप्त
ttp-status-revoked = रद्द की गई
ttp-status-denied = अस्वीकृत
ttp-expires = समाप्ति
ttp-days-left = { $days ->
    [one] { $days } दिन बाकी
   *[other] { $days } दिन बाकी
}
ttp-renewal = नवीनीकरण
ttp-renewal-opens = आप { $date } से नवीनीकरण कर सकते हैं।
ttp-renewal-open-now = { $date } से खुला: आप अभी नवीनीकरण कर सकते हैं।
ttp-next = आगे क्या करें
ttp-next-wait = अभी कुछ नहीं: CBP आपके आवेदन की समीक्षा कर रहा है।
ttp-next-book-interview = अपना नामांकन साक्षात्कार बुक करें।
ttp-next-nothing = कुछ नहीं: आपकी सदस्यता सक्रिय है।
ttp-next-renew = समाप्त होने से पहले CBP की भरोसेमंद यात्री कार्यक्रम वेबसाइट पर नवीनीकरण करें।
ttp-next-apply-again = CBP की भरोसेमंद यात्री कार्यक्रम वेबसाइट पर फिर से आवेदन करें।
ttp-next-contact-cbp = अगर आपको लगता है कि यह गलती है, तो CBP के भरोसेमंद यात्री लोकपाल से संपर्क करें।
ttp-interview-booked = साक्षात्कार: { $center }, { $date } को { $time } बजे।
ttp-interview-book = साक्षात्कार बुक करें
ttp-interview-rebook = साक्षात्कार बदलें
ttp-interview-cancel = साक्षात्कार रद्द करें
ttp-book-title = नामांकन साक्षात्कार बुक करें
ttp-book-center = नामांकन केंद्र
ttp-book-date = दिन
ttp-book-show = दिखाएँ
ttp-book-slots = समय
ttp-book-times-in = समय केंद्र के स्थानीय समय में हैं ({ $zone })।
ttp-book-closed = यह केंद्र बंद है।
ttp-book-no-slots = इस दिन कोई साक्षात्कार नहीं है। कोई और दिन चुनें।
ttp-slot-free = { $count ->
    [one] { $count } जगह बाकी
   *[other] { $count } जगहें बाकी
}
ttp-slot-book = { $time } बुक करें
ttp-slot-unavailable = उपलब्ध नहीं
ttp-back = मेरी सदस्यताओं पर वापस
ttp-desk-title = नामांकन साक्षात्कार
ttp-desk-none = इस दिन कोई साक्षात्कार नहीं है।
ttp-desk-caption = दिन के साक्षात्कार
ttp-desk-time = समय
ttp-desk-outcome = परिणाम
ttp-desk-record = दर्ज करें
ttp-outcome-approved = स्वीकृत
ttp-outcome-denied = अस्वीकृत
ttp-outcome-no_show = नहीं आए
ttp-interview-status-booked = बुक
ttp-interview-status-cancelled = रद्द
ttp-interview-status-approved = स्वीकृत
ttp-interview-status-denied = अस्वीकृत
ttp-interview-status-no_show = नहीं आए
nav-ttp = भरोसेमंद यात्री
notification-ttp-renewal-subject = अपनी भरोसेमंद यात्री सदस्यता के नवीनीकरण का समय
notification-ttp-renewal-body = आपकी भरोसेमंद यात्री सदस्यता जल्द समाप्त हो रही है और अब इसका नवीनीकरण हो सकता है। तारीख देखने के लिए साइन इन करें: { $url }/trusted-traveler
retention-kind-ttp-interviews = भरोसेमंद यात्री साक्षात्कार, उनके दिन के बाद
