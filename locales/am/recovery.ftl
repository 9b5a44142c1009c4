# ወደ መለያ መመለስ፦ የኢሜይል አድራሻን ማረጋገጥ፣ የተረሳ የይለፍ ቃልን ዳግም ማስጀመር፣ የይለፍ ቃልን ወይም
# አድራሻን መቀየር። መልሶቹ አንድ አድራሻ መለያ እንዳለው ወይም እንደሌለው በፍጹም አይናገሩም።

field-current-password = የአሁኑ የይለፍ ቃል
field-new-password = አዲስ የይለፍ ቃል
field-new-email = አዲስ የኢሜይል አድራሻ

recovery-check-email-title = ኢሜይልዎን ይመልከቱ
recovery-check-email-text = ወደሰጡት አድራሻ መልዕክት ልከናል። አድራሻውን ለማረጋገጥ በውስጡ ያለውን አገናኝ ይክፈቱ። አድራሻው ቀድሞ መለያ ካለው፣ መልዕክቱ ምን እንደሚያደርጉ ይነግርዎታል።
recovery-to-login = ወደ መግቢያ ይሂዱ
recovery-to-group = ወደ ቡድንዎ ይሂዱ
recovery-to-home = ወደ መነሻ ገጽ ይሂዱ

recovery-verify-title = የኢሜይል አድራሻዎን ያረጋግጡ
recovery-verify-text = ይህ የኢሜይል አድራሻ የእርስዎ መሆኑን ለማረጋገጥ አዝራሩን ይጫኑ።
recovery-verify-submit = አድራሻዬን አረጋግጥ
recovery-verified-title = አድራሻው ተረጋግጧል
recovery-verified-text = እናመሰግናለን። ኢሜይልዎ ተረጋግጧል፦ አሁን ቀጠሮ መጠየቅ ይችላሉ።
recovery-verify-needed-title = የኢሜይል አድራሻዎን ያረጋግጡ
recovery-verify-needed-text = ወደ ኢሜይልዎ አገናኝ ልከናል። አድራሻውን ለማረጋገጥ ይክፈቱት። እስከዚያው ቡድንዎን መሙላት ይችላሉ።
recovery-verify-needed-request = ቀጠሮ ከመጠየቅዎ በፊት የኢሜይል አድራሻዎን ያረጋግጡ።
recovery-verify-already = የኢሜይል አድራሻዎ ተረጋግጧል።
recovery-verify-resend = አገናኙን እንደገና ላክ
recovery-verify-resent = አዲስ አገናኝ ልከናል። ኢሜይልዎን፣ የአይፈለጌ መልዕክት አቃፊውንም ጨምሮ ይመልከቱ።

recovery-link-invalid-title = ይህ አገናኝ ከእንግዲህ አይሰራም
recovery-link-invalid-text = የአገናኙ ጊዜ አልፏል ወይም ቀድሞ ጥቅም ላይ ውሏል። የይለፍ ቃል ዳግም ማስጀመሪያ አገናኞች ለአንድ ሰዓት እና አንድ ጊዜ ብቻ ይሰራሉ።
recovery-reset-ask-again = አዲስ አገናኝ ይጠይቁ

recovery-forgot = የይለፍ ቃልዎን ረሱ?
recovery-reset-title = የይለፍ ቃል ዳግም ያስጀምሩ
recovery-reset-intro = የመለያዎን የኢሜይል አድራሻ ይጻፉ። አዲስ የይለፍ ቃል ለመምረጥ አገናኝ እንልክልዎታለን።
recovery-reset-submit = አገናኝ ላኩልኝ
recovery-reset-sent-title = ኢሜይልዎን ይመልከቱ
recovery-reset-sent-text = ይህ አድራሻ መለያ ካለው፣ አዲስ የይለፍ ቃል ለመምረጥ አገናኝ ልከንለታል። አገናኙ ለአንድ ሰዓት እና አንድ ጊዜ ብቻ ይሰራል።
recovery-reset-done-title = የይለፍ ቃል ተቀይሯል
recovery-reset-done-text = አዲሱ የይለፍ ቃልዎ ተቀምጧል፣ ከሁሉም መሣሪያዎችም ወጥተዋል። በአዲሱ የይለፍ ቃል ይግቡ።

recovery-password-title = የይለፍ ቃልዎን ይቀይሩ
recovery-password-too-short = የይለፍ ቃልዎ ከ{ $min } ቁምፊዎች ያነሰ ነው። እባክዎ አሁን ረዘም ያለ የይለፍ ቃል ይምረጡ።
recovery-password-done = የይለፍ ቃልዎ ተቀይሯል። ከሌሎች መሣሪያዎች ወጥተዋል።
recovery-password-submit = አዲሱን የይለፍ ቃል አስቀምጥ
recovery-wrong-password = ይህ የአሁኑ የይለፍ ቃልዎ አይደለም።

recovery-email-title = የኢሜይል አድራሻዎን ይቀይሩ
recovery-email-intro = ወደ አዲሱ አድራሻ አገናኝ እንልካለን። ለውጡ የሚደረገው ሲከፍቱት ነው። ለቀድሞው አድራሻ ይነገራል።
recovery-email-submit = አገናኙን ላክ
recovery-email-sent = ወደ አዲሱ አድራሻ አገናኝ ልከናል። ለውጡን ለመጨረስ ይክፈቱት።
recovery-email-confirm-title = አዲሱን የኢሜይል አድራሻዎን ያረጋግጡ
recovery-email-confirm-text = ይህን አድራሻ ለGarita መለያዎ ለመጠቀም አዝራሩን ይጫኑ።
recovery-email-confirm-submit = ይህን አድራሻ ተጠቀም
recovery-email-changed-title = የኢሜይል አድራሻ ተቀይሯል
recovery-email-changed-text = መለያዎ አሁን አዲሱን አድራሻ ይጠቀማል። ስለ ለውጡ ለቀድሞው አድራሻ አሳውቀናል።
