# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = क्या यह व्यक्ति नामांकित है?
rosters-check-intro = अपने संगठन की कार्यक्रम सूची में किसी व्यक्ति के बारे में पूछें: सूची संख्या और जन्म तिथि से, या पूरे नाम और जन्म तिथि से।
rosters-roster-id = सूची संख्या
rosters-roster-id-hint = जैसी सूची में है, जैसे MPP-0001।
rosters-full-name = पूरा नाम
rosters-full-name-hint = केवल तभी जब आपके पास सूची संख्या न हो।
rosters-check-submit = जाँचें
rosters-yes = नामांकित
rosters-no = आपकी सूची में नहीं
rosters-status = कार्यक्रम में स्थिति:
rosters-check-privacy = उत्तर केवल हाँ या नहीं और कार्यक्रम में स्थिति है, इसके अलावा कुछ नहीं। हर जाँच आपके नाम से दर्ज होती है।
rosters-status-enrolled = नामांकित
rosters-status-pending = लंबित
rosters-status-completed = पूरा हुआ
rosters-status-withdrawn = हटा लिया गया
rosters-claim-title = किसी कार्यक्रम की सूची में अपना स्थान प्राप्त करें
rosters-claim-intro = अगर किसी संगठन ने आपको किसी कार्यक्रम में नामांकित किया है, तो उसे अपने खाते से जोड़ने के लिए अपनी सूची संख्या और जन्म तिथि डालें।
rosters-claim-submit = दावा करें
rosters-claimed = आपके खाते से जोड़ा गया: सूची संख्या { $roster_id }, स्थिति { $status }।
rosters-not-found = नहीं मिला। सूची संख्या और जन्म तिथि जाँचें।
retention-kind-roster-people = किसी संगठन की कार्यक्रम सूची के लोग, उन्हें शामिल करने वाले अंतिम आयात के एक वर्ष बाद
retention-kind-roster-places = कार्यक्रम सूची के लोगों के लिए आरक्षित स्थान, समय-स्लॉट के दिन के बाद

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = कार्यक्रम सूची कोटा
rosters-quotas-intro = किसी पोर्ट पर हर समय-स्लॉट की जगहों का वह हिस्सा जो किसी कार्यक्रम सूची के लोगों के लिए रखा जाता है, और स्लॉट के दिन से कितने दिन पहले रखी गई बिना इस्तेमाल की जगहें दैनिक लॉटरी में चली जाती हैं। 0 % किसी पोर्ट का कोटा समाप्त करता है; पहले से रखी गई जगहें रखी ही रहती हैं।
rosters-quotas-saved = { $port } का कोटा सहेजा गया।
rosters-quotas-caption = पोर्ट और उनका सूची कोटा
rosters-quotas-port = पोर्ट
rosters-quotas-percent = रखा गया हिस्सा
rosters-quotas-release = बिना इस्तेमाल की जगहें दैनिक लॉटरी में जाती हैं
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] { $days } दिन पहले
   *[other] { $days } दिन पहले
}
rosters-quotas-none = कोई कोटा नहीं
rosters-quotas-set = किसी पोर्ट का कोटा तय करें
rosters-quotas-percent-hint = 0 से 100 तक की पूर्ण संख्या। 0 कोटा समाप्त करता है।
rosters-quotas-release-hint = 0 से 60 तक की पूर्ण संख्या।
rosters-quotas-save = सहेजें
field-port-id = पोर्ट
field-percent = रखा गया हिस्सा (%)
field-release-days-before = स्लॉट के दिन से पहले के दिन

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = { $date } की सूची लॉटरी
rosters-draw-intro = जिन दिनों किसी कार्यक्रम सूची के लोगों के लिए जगहें रखी जाती हैं, एक अलग लॉटरी उन्हें पहले उन लोगों के खुले अनुरोधों में बाँटती है जिन्होंने सूची में अपनी जगह का दावा किया है। इसका बीज उसी दिन की दैनिक लॉटरी के बीज से निकाला जाता है, जिसकी प्रतिबद्धता अनुरोध बंद होने से पहले प्रकाशित हुई थी, इसलिए इसे बाद में चुना नहीं जा सकता था। जो जगहें यह नहीं बाँटती, वे छोड़े जाने तक रखी रहती हैं, फिर दैनिक लॉटरी में जाती हैं।
rosters-draw-places = सूची के लोगों के लिए रखी गई जगहें
rosters-draw-daily = उस दिन की दैनिक लॉटरी
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = कार्यक्रम की संस्था ने इस व्यक्ति को जो सूची संख्या और जन्म तिथि दी है, वह दर्ज करें, ताकि उसकी जगह इस समूह से जुड़ जाए।
rosters-back-to-group = समूह पर वापस जाएँ
rosters-helper-claimed = इस समूह से जोड़ा गया: सूची संख्या { $roster_id }, स्थिति { $status }।
