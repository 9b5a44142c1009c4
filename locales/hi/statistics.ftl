stats-title = खुले आँकड़े
stats-nav = आँकड़े
stats-intro = कितने लोगों ने अपॉइंटमेंट माँगा, चुने गए, पुष्टि की, सीमा चौकी पर आए, नहीं आए या रद्द किया — दिन-ब-दिन, Garita ने जो दर्ज किया उससे गिने गए। हर दिन ख़त्म होने के बाद प्रकाशित होता है और उसके बाद कभी नहीं बदलता।
stats-licence = आप Garita को स्रोत बताकर इन आँकड़ों का स्वतंत्र रूप से दोबारा उपयोग कर सकते हैं। लाइसेंस:
stats-hidden-note = लोगों की सुरक्षा के लिए, { $threshold } से कम लोगों वाला हर आँकड़ा छिपाया जाता है, और कुछ दूसरे आँकड़े भी, ताकि घटाकर छिपा हुआ आँकड़ा निकाला न जा सके।
stats-from = से
stats-to = तक
stats-show = दिखाएँ
stats-period = { $from } से { $to } तक
stats-download-csv = आँकड़े डाउनलोड करें (CSV)
stats-download-json = आँकड़े JSON में
stats-none = इन दिनों के लिए अभी तक कोई आँकड़े प्रकाशित नहीं हुए हैं।
stats-chart-requests = अपॉइंटमेंट माँगने वाले लोग
stats-chart-selected = ड्रॉ में चुने गए लोग
stats-chart-confirmed = जिन लोगों का अपॉइंटमेंट पक्का हुआ
stats-chart-checked-in = सीमा चौकी पर दर्ज हुए लोग
stats-chart-no-shows = जो लोग नहीं आए
stats-chart-cancellations = जिन लोगों ने मना किया या रद्द किया
stats-chart-desc = { $days ->
    [one] { $days } दिन
   *[other] { $days } दिन
}, सभी चौकियाँ। दिखाए गए दिनों में { $people ->
    [one] { $people } व्यक्ति
   *[other] { $people } लोग
}। { $hidden ->
    [0] कोई दिन छिपा नहीं।
    [one] { $hidden } दिन छिपा है।
   *[other] { $hidden } दिन छिपे हैं।
}
stats-chart-caption = हर दिन के लिए एक पट्टी, सभी चौकियाँ एक साथ। नारंगी निशान का मतलब है कि आँकड़ा छिपा है।
stats-table-show = आँकड़े तालिका में दिखाएँ
stats-day = दिन
stats-people = लोग
stats-groups = समूह
stats-hidden = छिपा
stats-states-title = राज्य के अनुसार अनुरोध, { $week } का सप्ताह
stats-state = राज्य
stats-port = प्रतीक्षा समय के लिए चौकी
stats-nationalities-title = समूह प्रमुख की राष्ट्रीयता के अनुसार अनुरोध, { $week } का सप्ताह
stats-nationality = राष्ट्रीयता
stats-nationality-unknown = ज्ञात नहीं
stats-wait-title = { $port } पर माध्यिका प्रतीक्षा: { $lane }
stats-wait-desc = { $days ->
    [one] { $days } दिन
   *[other] { $days } दिन
}। { $empty ->
    [0] हर दिन की रिपोर्ट है।
    [one] { $empty } दिन बिना रिपोर्ट।
   *[other] { $empty } दिन बिना रिपोर्ट।
}
stats-wait-caption = हर दिन के लिए एक पट्टी: उस दिन इस लेन पर अधिकारियों द्वारा बताए गए प्रतीक्षा समयों का बीच का मान। पट्टी नहीं है तो उस दिन कोई रिपोर्ट नहीं थी।
stats-wait-median = माध्यिका प्रतीक्षा
stats-wait-reports = रिपोर्टें
stats-wait-none = कोई रिपोर्ट नहीं
