# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = अपॉइंटमेंट जाँचें
partner-intro = पास कोड और व्यक्ति की जन्म तिथि लिखें। जवाब हाँ या नहीं है, और कुछ नहीं।
partner-code = पास कोड
partner-code-hint = जैसा QR कोड के नीचे छपा है। खाली जगह और डैश नहीं गिने जाते।
field-code = पास कोड
partner-submit = जाँचें
partner-yes = हाँ
partner-yes-detail = इस व्यक्ति का अपॉइंटमेंट मान्य है।
partner-no = नहीं
partner-no-detail = इस कोड और इस जन्म तिथि के लिए कोई मान्य अपॉइंटमेंट नहीं है। कारण नहीं बताया जाता: जो लिखा है उसे जाँचें, या पास दिखाने को कहें।
partner-next = किसी और व्यक्ति को जाँचें
partner-privacy = हर जाँच आपके खाते और आपके संगठन के साथ दर्ज की जाती है।
nav-partner = अपॉइंटमेंट जाँचें
