# Garita — हिन्दी
wait-times-title = बॉर्डर पर इंतज़ार का समय
wait-times-intro = हर सीमा चौकी पर कितना इंतज़ार करना पड़ सकता है, वहाँ के अधिकारियों के बताए अनुसार। समय हर सीमा चौकी के अपने स्थानीय समय में है।
wait-times-none = इस सीमा चौकी की अभी कोई रिपोर्ट नहीं है।
wait-times-not-reported = अभी कोई रिपोर्ट नहीं: { $lanes }।
wait-times-port-link = पूरी जानकारी और पिछले 7 दिन
wait-times-feed = ये आँकड़े JSON में (डेवलपर के लिए)
wait-times-history-json = पिछले 7 दिन JSON में (डेवलपर के लिए)
wait-times-back = सभी सीमा चौकियाँ

wait-times-col-lane = लेन
wait-times-col-status = स्थिति
wait-times-col-lanes-open = खुली लेन
wait-times-col-wait = इंतज़ार
wait-times-col-usual = इस समय आम तौर पर
wait-times-col-updated = अपडेट

wait-times-group-passenger = यात्री गाड़ियाँ
wait-times-group-pedestrian = पैदल लोग
wait-times-group-commercial = व्यापारिक गाड़ियाँ
wait-times-lane-passenger-standard = सामान्य
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = सामान्य
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = सामान्य
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = खुला
wait-times-status-lanes-reduced = कम लेन खुली
wait-times-status-closed = बंद

wait-times-minutes = { $minutes } मिनट
wait-times-hours = { $hours } घंटे
wait-times-hours-minutes = { $hours } घंटे { $minutes } मिनट
wait-times-ago-now = अभी-अभी
wait-times-ago-minutes = { $count } मिनट पहले
wait-times-ago-hours = { $count } घंटे पहले
wait-times-ago-days = { $count ->
    [one] { $count } दिन पहले
   *[other] { $count } दिन पहले
}
wait-times-updated = अपडेट: { $ago }, { $time } बजे
wait-times-stale = पिछला अपडेट: { $ago }, { $time } बजे — हो सकता है यह जानकारी पुरानी हो

wait-times-port-title = { $port } पर इंतज़ार का समय
wait-times-port-intro = समय सीमा चौकी के स्थानीय समय में है ({ $zone })।
wait-times-now-heading = सबसे नई रिपोर्ट
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } रिपोर्ट
   *[other] { $count } रिपोर्ट
})
wait-times-usual-none = काफ़ी रिपोर्ट नहीं हैं
wait-times-usual-note = “इस समय आम तौर पर” का मतलब है: पिछले { $days } दिनों में इस लेन के लिए { $from } से { $to } के बीच (सीमा चौकी का समय) बताए गए इंतज़ार का बीच वाला मान (मीडियन)। यह तभी दिखता है जब ऐसी कम से कम { $count } रिपोर्ट हों: आधे इंतज़ार इससे छोटे थे, आधे इससे लंबे।

wait-times-week-heading = पिछले 7 दिन
wait-times-week-intro = बताया गया इंतज़ार, मिनटों में, हर घंटे का औसत, सीमा चौकी के स्थानीय समय में। लाइन में टूटी जगह का मतलब है कि कोई रिपोर्ट नहीं थी या लेन बंद थी।
wait-times-chart-title = { $group }: पिछले 7 दिनों में इंतज़ार
wait-times-chart-desc = { $group } की हर लेन के बताए गए इंतज़ार (मिनटों में) का लाइन चार्ट, हर घंटे के हिसाब से, { $from } से { $to } तक (सीमा चौकी का समय)। सबसे ज़्यादा: { $max }। यही आँकड़े, दिन-ब-दिन, चार्ट के बाद वाली टेबल में हैं।
wait-times-chart-max = { $wait } ({ $lane }, { $day }, { $time } बजे)
wait-times-chart-max-none = कोई इंतज़ार नहीं बताया गया, सिर्फ़ बंद लेन
wait-times-chart-empty = पिछले 7 दिनों में कोई रिपोर्ट नहीं।
wait-times-axis-wait = इंतज़ार (मिनट)
wait-times-axis-day = दिन (सीमा चौकी का समय)
wait-times-legend = लेन
wait-times-weekday = { $weekday ->
    [1] सोम
    [2] मंगल
    [3] बुध
    [4] गुरु
    [5] शुक्र
    [6] शनि
   *[7] रवि
} { $day }
wait-times-table-show = ये आँकड़े टेबल में दिखाएँ
wait-times-table-caption = { $group }: हर दिन के इंतज़ार का मीडियन, मिनटों में (सबसे ज़्यादा कोष्ठक में)
wait-times-table-day = दिन
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = कोई रिपोर्ट नहीं

wait-times-console-title = इंतज़ार का समय अपडेट करें: { $port }
wait-times-console-choose-port = इंतज़ार का समय अपडेट करें: एक सीमा चौकी चुनें
wait-times-console-intro = सिर्फ़ वे लेन भरें जिनकी रिपोर्ट आप अभी दे रहे हैं। जो लेन “अपडेट न करें” पर छोड़ी गई हैं, उनकी पिछली रिपोर्ट बनी रहती है। सभी लेन एक साथ सेव होती हैं, या कुछ गलत हो तो कोई भी नहीं।
wait-times-console-save = इंतज़ार का समय सेव करें
wait-times-console-saved = सेव हो गया। सार्वजनिक पेज पर नए आँकड़े दिख रहे हैं।
wait-times-console-nothing = कम से कम एक लेन भरें, फिर सेव करें।
wait-times-console-public = इस सीमा चौकी का सार्वजनिक पेज देखें
wait-times-field-status = स्थिति
wait-times-field-status-skip = अपडेट न करें
wait-times-field-lanes-open = खुली लेन
wait-times-field-lanes-open-hint = खुली लेन: 1 से 100 तक की पूरी संख्या। बंद लेन के लिए खाली छोड़ें।
wait-times-field-delay = इंतज़ार, मिनटों में
wait-times-field-delay-hint = इंतज़ार: 0 से 1440 तक पूरे मिनट (24 घंटे)। बंद लेन के लिए खाली छोड़ें।
wait-times-current = पिछली रिपोर्ट: { $status }, { $lanes ->
    [one] { $lanes } लेन खुली
   *[other] { $lanes } लेन खुली
}, इंतज़ार { $wait }। { $updated }।
wait-times-current-closed = पिछली रिपोर्ट: बंद। { $updated }।
wait-times-error-in = { $lane }, { $field }: { $message }
wait-times-current-none = अभी कोई रिपोर्ट नहीं।

error-unknown-lane = यह कोई लेन का प्रकार नहीं है। इनमें से एक इस्तेमाल करें: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = हर लेन की रिपोर्ट सिर्फ़ एक बार दें।
error-unknown-status = सूची से एक स्थिति चुनें: खुला, कम लेन खुली (lanes-reduced) या बंद।
error-not-a-number = एक पूरी संख्या लिखें, जैसे 25।
error-number-too-small = यह संख्या { $limit } से कम नहीं हो सकती।
error-number-too-large = यह संख्या { $limit } से ज़्यादा नहीं हो सकती। इसे जाँचें।
