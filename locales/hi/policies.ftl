# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = हर दिन के ड्रॉ के नियम
policies-intro = इस सेवा को चलाने वाली एजेंसी नियम तय करती है: अनुरोध कब लिए जाते हैं, जगहें कैसे बाँटी जाती हैं और कहाँ से अनुरोध किया जा सकता है। नियमों का हर समूह किसी एक दिन से लागू होता है; यह पूरा रिकॉर्ड है।
policies-caption = नियम और वह दिन जिससे हर एक लागू हुआ
policies-from = इस ड्रॉ से
policies-name = नाम
policies-rules = नियम
policies-digest = डाइजेस्ट (SHA-256)
policies-in-force = लागू
policies-used-from = पहली बार इस ड्रॉ में इस्तेमाल
policies-text = पूरा पाठ
policies-admin-title = नीतियाँ
policies-admin-intro = किसी दिन से नए नियम तय करें। जिस दिन का ड्रॉ हो चुका है, उसके नियम वही रहते हैं। पाठ में कोई समस्या हो तो कुछ भी सहेजा नहीं जाता।
policies-not-saved = कुछ भी सहेजा नहीं गया; लागू नियम बने रहेंगे।
policies-schedule = ये नियम तय करें
policies-date-required = वह पहला दिन लिखें जिससे नियम लागू होंगे।
policies-rule-weighted = भारित ड्रॉ (इंतज़ार के दिन गिने जाते हैं)
policies-rule-oldest-share-then-random = एक हिस्सा सबसे पुराने पंजीकरणों को, बाकी बिना क्रम के
policies-carry-over = अनुरोध अगले ड्रॉ में बने रहते हैं
policies-no-carry-over = हर दिन फिर से अनुरोध करें
policies-region-latitude = अक्षांश { $latitude }° के उत्तर में
policies-region-states = शामिल राज्य: { $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = अमेरिका में गंतव्य का पता
policies-us-address-hint = समूह अमेरिका में कहाँ जाएगा: समूह के सभी लोगों के लिए एक ही पता, जैसा लागू नियम माँगते हैं।
field-us-state = राज्य
field-us-zip = ZIP पिन कोड (5 अंक)
field-us-street = गली और नंबर
# The region of the rules in force, as rules and a map.
policies-region-title = आप कहाँ से अनुरोध कर सकते हैं
policies-region-included = ये पूरे राज्य: { $states }
policies-region-north-of = अक्षांश { $latitude }° उत्तर पर या उसके उत्तर में कहीं भी
policies-region-excluded = इन राज्यों को छोड़कर: { $states }
policies-region-exception-holder = जिस समूह का मुखिया { $countries } का नागरिक है, वह मेक्सिको में कहीं से भी अनुरोध कर सकता है
policies-region-exception-all = जिस समूह के सभी सदस्य { $countries } के नागरिक हैं, वह मेक्सिको में कहीं से भी अनुरोध कर सकता है
policies-region-map-label = मेक्सिको का नक्शा: जिन राज्यों से अनुरोध किया जा सकता है वे भरे हुए हैं; रेखा अक्षांश की सीमा है। सूची यही बात शब्दों में कहती है।
policies-region-map-caption = भरा हुआ: पात्र। हल्का भरा: रेखा के उत्तर में पात्र।
# Confirming under rules that check the location again.
policies-recheck-title = जहाँ आप हैं वहाँ से पुष्टि करें
policies-recheck-intro = लागू नियम पुष्टि से पहले फिर जाँचते हैं कि आप क्षेत्र में हैं। अपना स्थान एक बार साझा करें, या अपने शहर का नाम लिखें।
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = पाठ पढ़ा नहीं जा सकता: { $detail }
policies-problem-window-order = अनुरोधों की अवधि खुलने से पहले बंद हो जाती है
policies-problem-window-too-long = अनुरोधों की अवधि 24 घंटे से लंबी है
policies-problem-allocation-before-close = ड्रॉ अनुरोधों की अवधि बंद होने से पहले होता है
policies-problem-out-of-range = मान { $lowest } और { $highest } के बीच होना चाहिए
policies-problem-unknown-state = { $value } कोई ज्ञात राज्य कोड नहीं है (MX.BN जैसा कोड लिखें)
policies-problem-unknown-country = { $value } कोई ज्ञात देश कोड नहीं है (MX जैसा कोड लिखें)
policies-problem-empty-region = क्षेत्र में कोई जगह नहीं है
policies-problem-invalid-id = { $value } मान्य नाम नहीं है (छोटे अक्षर, अंक और हाइफ़न)
policies-problem-repeated = { $value } दो बार लिखा है
