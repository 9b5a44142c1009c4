# दूसरा चरण: पासवर्ड के बाद ऑथेंटिकेटर ऐप से एक कोड।
second-factor-title = दो-चरणीय साइन-इन
second-factor-about = पासवर्ड के बाद Garita आपके फ़ोन के ऑथेंटिकेटर ऐप से 6 अंकों का कोड माँगता है, ताकि सिर्फ़ चुराया गया पासवर्ड आपका खाता न खोल सके।
second-factor-code-title = अपना कोड डालें
second-factor-code-intro = अपना ऑथेंटिकेटर ऐप खोलें और Garita के लिए दिखाया गया 6 अंकों का कोड लिखें।
second-factor-code-label = कोड
second-factor-code-hint = ऐप के 6 अंक, या आपके रिकवरी कोड में से एक।
second-factor-code-digits = ऐप में दिखने वाले 6 अंक।
second-factor-code-submit = साइन इन करें
second-factor-setup-title = अपना ऑथेंटिकेटर ऐप सेट करें
second-factor-setup-required = आपकी भूमिका के लिए दो-चरणीय साइन-इन ज़रूरी है। आगे बढ़ने के लिए इसे अभी सेट करें।
second-factor-setup-scan = इस कोड को किसी ऑथेंटिकेटर ऐप से स्कैन करें (जैसे FreeOTP, Aegis या Google Authenticator)।
second-factor-setup-manual = अगर स्कैन न हो सके, तो यह कुंजी हाथ से जोड़ें:
second-factor-setup-uri = जिस फ़ोन में ऐप है, उसमें आप यह भी कर सकते हैं:
second-factor-setup-uri-link = यह लिंक ऐप में खोलें
second-factor-qr-label = QR कोड जो Garita को ऑथेंटिकेटर ऐप में जोड़ता है
second-factor-setup-confirm = ऐप में अभी दिख रहा कोड लिखें
second-factor-setup-submit = पुष्टि करें
second-factor-recovery-title = आपके रिकवरी कोड
second-factor-recovery-intro = अगर आपका फ़ोन खो जाए, तो इनमें से हर कोड ऐप के कोड की जगह एक बार काम करता है। इन्हें अभी लिख लें या प्रिंट कर लें: ये दोबारा नहीं दिखाए जाएँगे।
second-factor-continue = आगे बढ़ें
second-factor-status-on = दो-चरणीय साइन-इन चालू है।
second-factor-status-off = दो-चरणीय साइन-इन बंद है।
second-factor-recovery-left = { $count ->
    [one] { $count } रिकवरी कोड बचा है।
   *[other] { $count } रिकवरी कोड बचे हैं।
}
second-factor-required-role = आपकी भूमिका के लिए यह ज़रूरी है, इसलिए इसे बंद नहीं किया जा सकता। अगर आपका फ़ोन और रिकवरी कोड खो जाएँ, तो कोई एडमिन इसे रीसेट कर सकता है।
second-factor-turn-on = दो-चरणीय साइन-इन चालू करें
second-factor-turn-off-title = दो-चरणीय साइन-इन बंद करें
second-factor-turn-off-submit = बंद करें
second-factor-admin-title = दूसरा चरण रीसेट करें
second-factor-admin-intro = जब किसी व्यक्ति का फ़ोन और रिकवरी कोड खो गए हों, और आपने जाँच लिया हो कि वह कौन है, तो उसका दूसरा चरण रीसेट करें। उसे ईमेल से बताया जाता है और अगले साइन-इन पर वह नया सेट करता है।
second-factor-admin-email = खाते का ईमेल पता
second-factor-admin-submit = दूसरा चरण रीसेट करें
second-factor-admin-done = दूसरा चरण रीसेट हो गया और व्यक्ति को ईमेल से बता दिया गया।
second-factor-admin-none = इस पते वाले किसी खाते में दूसरा चरण नहीं है।
second-factor-pending-expired = आपके पासवर्ड और कोड के बीच बहुत समय लग गया। कृपया फिर से साइन इन करें।
