my-data-title = मेरा डेटा
my-data-reauth-intro = अपना डेटा देखने या मिटाने के लिए, पासवर्ड फिर से डालें। ये पेज 10 मिनट तक खुले रहेंगे।
my-data-password = पासवर्ड
my-data-code = आपके ऑथेंटिकेटर ऐप का कोड
my-data-continue = आगे बढ़ें
my-data-intro = Garita आपके अकाउंट के बारे में जो कुछ रखता है, वह सब यह है। आप इसे एक फ़ाइल में डाउनलोड कर सकते हैं।
my-data-download = मेरा डेटा डाउनलोड करें (JSON)
my-data-account = अकाउंट
my-data-email = ईमेल
my-data-created = बनाया गया
my-data-members = आपके ग्रुप के लोग
my-data-has-photo = फ़ोटो रखी है
my-data-none = कुछ नहीं।
my-data-appointments = अपॉइंटमेंट
my-data-notifications-count = { $count ->
    [one] आपको { $count } संदेश भेजा गया।
   *[other] आपको { $count } संदेश भेजे गए।
}
my-data-views = आपका डेटा किसने देखा
my-data-views-intro = हर बार जब किसी ने आपका डेटा खोला या बदला। हम भूमिका, सीमा चौकी और समय दिखाते हैं, व्यक्ति का नाम कभी नहीं।
my-data-col-time = समय
my-data-col-role = भूमिका
my-data-col-port = सीमा चौकी
my-data-col-action = काम
my-data-role-traveler = आप
my-data-role-officer = अधिकारी
my-data-role-admin = प्रशासन
my-data-role-anonymous = सिस्टम
my-data-delete-title = मेरा अकाउंट मिटाएँ
my-data-delete-link = मेरा अकाउंट और डेटा मिटाएँ
my-data-delete-intro = अगर आप अपना अकाउंट मिटाते हैं, तो यह हमेशा के लिए चला जाएगा:
my-data-delete-members = { $count ->
    [one] आपके ग्रुप का { $count } व्यक्ति, फ़ोटो के साथ।
   *[other] आपके ग्रुप के { $count } लोग, उनकी फ़ोटो के साथ।
}
my-data-delete-appointment = आपका अपॉइंटमेंट। उसके पास काम करना बंद कर देंगे और जगहें दूसरे लोगों को मिलेंगी।
my-data-delete-request = आपका आवेदन। आपका इंतज़ार का समय चला जाएगा।
my-data-delete-sessions = आप हर डिवाइस से लॉग आउट हो जाएँगे।
my-data-delete-kept = हम सिर्फ़ यह रिकॉर्ड रखते हैं कि एक अकाउंट मिटाया गया, उसके नंबर के साथ, आपके नाम के साथ नहीं।
my-data-delete-confirm = मैं समझता/समझती हूँ। मेरा अकाउंट मिटाएँ।
my-data-delete-button = हमेशा के लिए मिटाएँ
my-data-keep = मेरा अकाउंट रखें
my-data-deleted-title = अकाउंट मिटा दिया गया
my-data-deleted-text = आपका अकाउंट और डेटा मिटा दिया गया। आप लॉग आउट हो गए हैं।
my-data-action-viewed = आपका डेटा देखा
my-data-action-exported = आपका डेटा डाउनलोड किया
my-data-action-message = आपको संदेश भेजा
my-data-action-port = पोर्ट पर दर्ज किया गया
my-data-action-changed = आपका डेटा बदला
