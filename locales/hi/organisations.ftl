# संगठन, उनके लोग और निमंत्रण; संगठनों और कर्मचारियों के लिए व्यवस्थापक पेज।
nav-organisation = मेरा संगठन
nav-organisations = संगठन
nav-staff = कर्मचारी

role-officer = अधिकारी
role-agriculture-specialist = कृषि विशेषज्ञ
role-adjudicator = आवेदन निर्णायक
role-enrollment-officer = नामांकन अधिकारी
role-organisation-manager = प्रबंधक
role-organisation-member = सदस्य
role-admin = व्यवस्थापक

organisation-kind-partner-agency = साझेदार एजेंसी
organisation-kind-customs-broker = सीमा शुल्क ब्रोकर
organisation-kind-carrier = परिवहन कंपनी
organisation-kind-bus-line = बस कंपनी
organisation-kind-airline = एयरलाइन
organisation-kind-aid-organisation = आश्रय, कानूनी सहायता या अंतरराष्ट्रीय संगठन
organisation-kind-government-agency = सरकारी एजेंसी

organisation-status-label = स्थिति
organisation-status-pending = स्वीकृति की प्रतीक्षा में
organisation-status-approved = स्वीकृत
organisation-status-suspended = निलंबित
organisation-status-rejected = अस्वीकृत

organisation-decision-approve = स्वीकृत करें
organisation-decision-reject = अस्वीकार करें
organisation-decision-suspend = निलंबित करें

programme-appointments = प्रवेश बंदरगाहों पर अपॉइंटमेंट
programme-parole-travel = पैरोल यात्रा अनुमतियाँ
programme-provisional-i94 = अस्थायी I-94
programme-trusted-traveler = ट्रस्टेड ट्रैवलर कार्यक्रम

field-legal-name = कानूनी नाम
field-legal-name-hint = जैसा अधिकारियों के पास पंजीकृत है।
field-kind = संगठन का प्रकार
field-country = देश
field-identifier = पहचान संख्या
field-identifier-hint = सीमा शुल्क ब्रोकर: CBP फाइलर कोड (3 अक्षर या अंक)। एयरलाइन: IATA कोड (2 वर्ण)। परिवहन और बस कंपनियाँ: SCAC (2 से 4 अक्षर) या USDOT संख्या। अन्य: पंजीकरण संख्या, यदि हो।
field-role = भूमिका
field-manager-email = प्रबंधक का ईमेल पता
field-location = स्थान
field-location-hint = अधिकारियों, कृषि विशेषज्ञों और नामांकन अधिकारियों के लिए।
field-programme = कार्यक्रम
field-programme-hint = आवेदन निर्णायकों के लिए।
field-scope = स्थान या कार्यक्रम

organisations-register-title = संगठन पंजीकृत करें
organisations-register-intro = साझेदार एजेंसियाँ, सीमा शुल्क ब्रोकर, परिवहन कंपनियाँ, बस कंपनियाँ, एयरलाइनें, आश्रय और सरकारी एजेंसियाँ व्यवस्थापक की स्वीकृति के बाद Garita पर काम कर सकती हैं।
organisations-register-you = आप, पहले प्रबंधक
organisations-register-you-intro = आप संगठन के लोगों का प्रबंधन करेंगे। हम आपका पता सत्यापित करने के लिए एक लिंक भेजते हैं; पहली बार साइन इन करने पर आप दूसरा चरण (एक प्रमाणीकरण ऐप) सेट करते हैं।
organisations-register-submit = संगठन पंजीकृत करें

organisation-waiting = आप अपने संगठन की ओर से काम कर सकें, इससे पहले किसी व्यवस्थापक को उसे स्वीकृत करना होगा। निर्णय होने पर आपको ईमेल मिलेगा।
organisation-stopped = आपका संगठन अभी Garita पर काम नहीं कर सकता। अगर आपको लगता है कि यह गलती है, तो व्यवस्थापकों से संपर्क करें।
organisation-people = लोग
organisation-since = कब से
organisation-actions = कार्रवाइयाँ
organisation-make-member = सदस्य बनाएँ
organisation-make-manager = प्रबंधक बनाएँ
organisation-remove = हटाएँ
organisation-invitations = निमंत्रण
organisation-no-invitations = अभी कोई निमंत्रण नहीं।
organisation-invitation-status = स्थिति
organisation-expires = समाप्ति
organisation-revoke = वापस लें
organisation-invite = किसी को आमंत्रित करें
organisation-invite-intro = हम इस पते पर एक लिंक भेजते हैं। यह केवल एक बार, 7 दिनों तक और केवल उसी पते के खाते के लिए काम करता है।
organisation-invite-submit = निमंत्रण भेजें
organisation-api-keys = API कुंजियाँ
organisation-api-keys-intro = आपके अपने सिस्टम एक कुंजी से संगठन की ओर से काम कर सकते हैं।
organisation-api-keys-link = API कुंजियाँ प्रबंधित करें

invitation-status-pending = प्रतीक्षा में
invitation-status-accepted = स्वीकार किया गया
invitation-status-expired = समाप्त
invitation-status-revoked = वापस लिया गया

invitation-title = निमंत्रण
invitation-to-organisation = आपको इस संगठन की ओर से काम करने के लिए आमंत्रित किया गया है:
invitation-to-staff = आपको Garita पर CBP कर्मचारी के रूप में काम करने के लिए आमंत्रित किया गया है।
invitation-accept = निमंत्रण स्वीकार करें
invitation-sign-in = इस पते का पहले से एक खाता है। स्वीकार करने के लिए उससे साइन इन करें।
invitation-new-account = अपना खाता बनाने के लिए पासवर्ड चुनें। पहली बार साइन इन करने पर आप दूसरा चरण (एक प्रमाणीकरण ऐप) सेट करते हैं।
invitation-password-hint = कम से कम 15 वर्ण।

organisations-admin-title = संगठन
organisations-all = सभी
organisations-none = यहाँ कोई संगठन नहीं है।
organisations-registered = पंजीकरण
organisations-create = संगठन बनाएँ
organisations-create-intro = आपके द्वारा बनाया गया संगठन तुरंत स्वीकृत होता है; उसके प्रबंधक को ईमेल से निमंत्रण मिलता है।
organisations-create-submit = बनाएँ और प्रबंधक को आमंत्रित करें

staff-title = CBP कर्मचारी
staff-grants = भूमिकाएँ
staff-scope-platform = पूरा प्लेटफ़ॉर्म
staff-remove-grant = हटाएँ
staff-invite = किसी व्यक्ति को आमंत्रित करें
staff-invite-intro = एक भूमिका चुनें और वह कहाँ लागू होती है: अधिकारियों, विशेषज्ञों और नामांकन अधिकारियों के लिए स्थान, आवेदन निर्णायकों के लिए कार्यक्रम। लिंक केवल एक बार, 7 दिनों तक काम करता है।
staff-invite-submit = निमंत्रण भेजें

notification-invitation-subject = Garita पर { $organisation } की ओर से काम करने का निमंत्रण
notification-invitation-body = आपको Garita पर { $organisation } की ओर से काम करने के लिए आमंत्रित किया गया है। स्वीकार करने के लिए यह लिंक 7 दिनों के भीतर खोलें: { $link } अगर आपको इस निमंत्रण की उम्मीद नहीं थी, तो आप इसे अनदेखा कर सकते हैं।
notification-staff-invitation-subject = Garita पर CBP कर्मचारी के रूप में काम करने का निमंत्रण
notification-staff-invitation-body = आपको Garita पर CBP कर्मचारी के रूप में काम करने के लिए आमंत्रित किया गया है। स्वीकार करने के लिए यह लिंक 7 दिनों के भीतर खोलें: { $link } अगर आपको इस निमंत्रण की उम्मीद नहीं थी, तो आप इसे अनदेखा कर सकते हैं।
notification-organisation-approved-subject = { $organisation } स्वीकृत हुआ
notification-organisation-approved-body = एक व्यवस्थापक ने { $organisation } को स्वीकृत किया। इसके लोग अब Garita पर इसकी ओर से काम कर सकते हैं: { $url }
notification-organisation-rejected-subject = { $organisation } स्वीकृत नहीं हुआ
notification-organisation-rejected-body = एक व्यवस्थापक ने { $organisation } का पंजीकरण स्वीकृत नहीं किया। अगर आपको लगता है कि यह गलती है, तो व्यवस्थापकों से संपर्क करें।
notification-organisation-suspended-subject = { $organisation } निलंबित हुआ
notification-organisation-suspended-body = एक व्यवस्थापक ने { $organisation } को निलंबित किया। दोबारा स्वीकृत होने तक इसके लोग और कुंजियाँ इसकी ओर से काम नहीं कर सकते।
notification-kind-invitation = निमंत्रण
notification-kind-staff-invitation = कर्मचारी निमंत्रण
notification-kind-organisation-approved = संगठन स्वीकृत
notification-kind-organisation-rejected = संगठन स्वीकृत नहीं
notification-kind-organisation-suspended = संगठन निलंबित
