group-title = मेरा ग्रुप
group-intro = पहले अपना नाम जोड़ें। फिर आपके साथ सफ़र करने वाले हर व्यक्ति को जोड़ें। एक ग्रुप में ज़्यादा से ज़्यादा { $max } लोग हो सकते हैं।
group-empty = आपके ग्रुप में अभी कोई नहीं है। पहले अपना नाम जोड़ें।
group-add-self = अपना नाम जोड़ें
group-add-member = एक व्यक्ति जोड़ें
group-full = आपका ग्रुप भर गया है ({ $max } लोग)।
group-holder = अकाउंट वाला व्यक्ति
group-count = { $count ->
    [one] { $count } व्यक्ति
   *[other] { $count } लोग
}
member-born = जन्म: { $date }
member-citizenship = नागरिकता: { $country }
member-edit = बदलें
member-remove = हटाएँ
member-new-title = एक व्यक्ति जोड़ें
member-self-title = आपकी जानकारी
member-edit-title = जानकारी बदलें
field-full-name = पूरा नाम, जैसा आपके कागज़ात में लिखा है
field-date-of-birth = जन्म की तारीख़
field-date-of-birth-hint = साल-महीना-दिन। उदाहरण: 1990-05-21.
field-citizenship = किस देश के नागरिक हैं
field-language = वह भाषा जो यह व्यक्ति सबसे अच्छी बोलता या बोलती है
field-document-type = सफ़र का दस्तावेज़ (अगर है)
field-document-none = कोई दस्तावेज़ नहीं
document-type-passport = पासपोर्ट
document-type-national-id = राष्ट्रीय पहचान पत्र
document-type-birth-certificate = जन्म प्रमाण पत्र
document-type-other = दूसरा दस्तावेज़
field-document-number = दस्तावेज़ का नंबर
field-contact = फ़ोन या ईमेल (अगर है)
field-contact-hint = देश के कोड के साथ फ़ोन नंबर। उदाहरण: +52 664 123 4567.
member-save = सेव करें
member-back = मेरे ग्रुप पर वापस जाएँ
