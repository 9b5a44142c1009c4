# खाते में वापस आना: ईमेल पते की पुष्टि, भूला हुआ पासवर्ड रीसेट करना, पासवर्ड या पता बदलना।
# जवाब कभी नहीं बताते कि किसी पते का खाता है या नहीं।

field-current-password = मौजूदा पासवर्ड
field-new-password = नया पासवर्ड
field-new-email = नया ईमेल पता

recovery-check-email-title = अपना ईमेल देखें
recovery-check-email-text = हमने आपके दिए पते पर एक संदेश भेजा है। पते की पुष्टि के लिए उसमें दिया लिंक खोलें। अगर इस पते का पहले से खाता है, तो संदेश बताता है कि क्या करना है।
recovery-to-login = साइन इन पर जाएँ
recovery-to-group = अपने समूह पर जाएँ
recovery-to-home = मुख्य पृष्ठ पर जाएँ

recovery-verify-title = अपने ईमेल पते की पुष्टि करें
recovery-verify-text = यह पुष्टि करने के लिए बटन दबाएँ कि यह ईमेल पता आपका है।
recovery-verify-submit = मेरे पते की पुष्टि करें
recovery-verified-title = पते की पुष्टि हो गई
recovery-verified-text = धन्यवाद। आपके ईमेल की पुष्टि हो गई है: अब आप अपॉइंटमेंट माँग सकते हैं।
recovery-verify-needed-title = अपने ईमेल पते की पुष्टि करें
recovery-verify-needed-text = हमने आपके ईमेल पर एक लिंक भेजा है। पते की पुष्टि के लिए उसे खोलें। तब तक आप अपना समूह भर सकते हैं।
recovery-verify-needed-request = अपॉइंटमेंट माँगने से पहले अपने ईमेल पते की पुष्टि करें।
recovery-verify-already = आपके ईमेल पते की पुष्टि हो चुकी है।
recovery-verify-resend = लिंक फिर से भेजें
recovery-verify-resent = हमने नया लिंक भेजा है। अपना ईमेल देखें, स्पैम फ़ोल्डर भी।

recovery-link-invalid-title = यह लिंक अब काम नहीं करता
recovery-link-invalid-text = लिंक की समय-सीमा खत्म हो गई है या उसका इस्तेमाल हो चुका है। पासवर्ड रीसेट के लिंक एक घंटे तक और सिर्फ़ एक बार काम करते हैं।
recovery-reset-ask-again = नया लिंक माँगें

recovery-forgot = पासवर्ड भूल गए?
recovery-reset-title = पासवर्ड रीसेट करें
recovery-reset-intro = अपने खाते का ईमेल पता लिखें। हम नया पासवर्ड चुनने के लिए आपको एक लिंक भेजेंगे।
recovery-reset-submit = मुझे लिंक भेजें
recovery-reset-sent-title = अपना ईमेल देखें
recovery-reset-sent-text = अगर इस पते का खाता है, तो हमने उस पर नया पासवर्ड चुनने का लिंक भेजा है। लिंक एक घंटे तक और सिर्फ़ एक बार काम करता है।
recovery-reset-done-title = पासवर्ड बदल गया
recovery-reset-done-text = आपका नया पासवर्ड सहेज लिया गया है और सभी डिवाइस से साइन आउट हो गया है। नए पासवर्ड से साइन इन करें।

recovery-password-title = अपना पासवर्ड बदलें
recovery-password-too-short = आपका पासवर्ड { $min } अक्षरों से छोटा है। कृपया अभी एक लंबा पासवर्ड चुनें।
recovery-password-done = आपका पासवर्ड बदल गया। दूसरे डिवाइस से साइन आउट हो गया है।
recovery-password-submit = नया पासवर्ड सहेजें
recovery-wrong-password = यह आपका मौजूदा पासवर्ड नहीं है।

recovery-email-title = अपना ईमेल पता बदलें
recovery-email-intro = हम नए पते पर एक लिंक भेजेंगे। बदलाव तब होगा जब आप उसे खोलेंगे। पुराने पते को सूचना दी जाएगी।
recovery-email-submit = लिंक भेजें
recovery-email-sent = हमने नए पते पर एक लिंक भेजा है। बदलाव पूरा करने के लिए उसे खोलें।
recovery-email-confirm-title = अपने नए ईमेल पते की पुष्टि करें
recovery-email-confirm-text = अपने Garita खाते के लिए यह पता इस्तेमाल करने के लिए बटन दबाएँ।
recovery-email-confirm-submit = यह पता इस्तेमाल करें
recovery-email-changed-title = ईमेल पता बदल गया
recovery-email-changed-text = अब आपका खाता नया पता इस्तेमाल करता है। हमने पुराने पते को बदलाव की सूचना दी है।
