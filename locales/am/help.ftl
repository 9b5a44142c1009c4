help-title = እገዛ
help-intro = Garita በአሜሪካ የየብስ የድንበር መግቢያዎች ቀጠሮ ይሰጣል። ነጻ ነው። እያንዳንዱ ደረጃ በቀላል ቃላት እዚህ አለ።
help-steps-title = ደረጃ በደረጃ
help-step-account = በኢሜይልዎ እና በየይለፍ ቃል አካውንት ይክፈቱ።
help-step-members = ራስዎን እና ከእርስዎ ጋር የሚጓዙትን እያንዳንዱን ሰው ያክሉ። እያንዳንዱ ሰው የፊቱ የቅርብ ጊዜ ፎቶ ያስፈልገዋል፦ በስልኩ ያንሱ ወይም ከጋለሪ ይምረጡ።
help-step-request = በሰሜን ወይም በመካከለኛው ሜክሲኮ ሳሉ ቀጠሮ ይጠይቁ። ሊደርሱባቸው የሚችሉትን የመግቢያ በሮች ይምረጡ። አካባቢዎን አንድ ጊዜ ያጋሩ፣ ወይም የከተማዎን ስም ይጻፉ።
help-step-draw = በየቀኑ ዕጣ ቦታዎቹን ያከፋፍላል። ካልተመረጡ፣ ማመልከቻዎ ለሚቀጥለው ቀን ዕጣ ይቆያል።
help-step-confirm = ከተመረጡ፣ ቅናሽ ይደርስዎታል። ከተጠቀሰው ሰዓት በፊት ያረጋግጡ፤ አለበለዚያ ቦታዎቹ ለሌሎች ሰዎች ይሰጣሉ።
help-step-pass = ካረጋገጡ በኋላ እያንዳንዱ ሰው የቀጠሮ ኮድ እና QR ኮድ ያገኛል። በስልክዎ ያስቀምጧቸው ወይም ያትሟቸው።
help-draw-title = ዕጣው እንዴት ይሰራል
help-draw-text = ዕጣው በሁሉም ክፍት ማመልከቻዎች መካከል የሚደረግ ሎተሪ ነው። የሚጠብቁት እያንዳንዱ ቀን ዕድልዎን ይጨምራል። ስለ ልዩ ፍላጎቶች ለሚቀርቡ ጥያቄዎች የሚሰጡ መልሶችም ይጨምሩታል። ማንም የተሻለ ዕድል መግዛት አይችልም።
help-draw-check = ከእያንዳንዱ ዕጣ በፊት Garita የታሸገ ቁጥር ያትማል፤ ከዕጣው በኋላ ዘሩን እና ዝርዝሩን። ውጤቱ እንዳልተቀየረ ማንም ማረጋገጥ ይችላል።
help-bring-title = ወደ ድንበር መግቢያው ምን ይዘው ይምጡ
help-bring-passes = የእያንዳንዱ ሰው የቀጠሮ ኮድ እና QR ኮድ (በስልክ ወይም ታትሞ)።
help-bring-documents = እያንዳንዱ ሰው ያለው ማንኛውም የማንነት ሰነድ፣ ለምሳሌ ፓስፖርት ወይም የልደት ሰርተፊኬት።
help-bring-everyone = በቀጠሮው ላይ ያሉ ሁሉም ሰዎች። በቀጠሮ ኮዱ ላይ ካለው ሰዓት 30 ደቂቃ ቀደም ብለው ወደ መገናኛው ቦታ ይምጡ።
help-port-title = በድንበር መግቢያው ምን ይሆናል
help-port-text = አንድ መኮንን የእያንዳንዱን ሰው ኮድ ይቃኛል፣ እያንዳንዱ ሰው ማን እንደሆነም ይፈትሻል። መኮንኑ ጥያቄ ሊጠይቅ እና ለሁለተኛ ፍተሻ ሊልክዎ ይችላል። ከዚያ መኮንኑ ይወስናል።
help-not-permission = ቀጠሮ ወደ አሜሪካ ለመግባት ፈቃድ አይደለም። በድንበር መግቢያው የሚወስነው መኮንን ነው።
help-privacy-link = ግላዊነት፦ ምን እና ለምን ያህል ጊዜ እንደምናስቀምጥ
help-contact-link = መገናኛ እና እገዛ
privacy-title = ግላዊነት
privacy-intro = ይህ ገጽ Garita ስለ እርስዎ ምን እንደሚያስቀምጥ፣ ማን ሊያየው እንደሚችል እና መቼ እንደሚሰረዝ ይናገራል።
privacy-what-title = የምናስቀምጠው
privacy-what-text = ኢሜይልዎን እና የየይለፍ ቃልዎን ሃሽ። በቡድንዎ ላለ እያንዳንዱ ሰው፦ ስም፣ የልደት ቀን፣ ዜግነት፣ ቋንቋ፣ ከሰጡ ሰነድ፣ እና የቀጥታ ፎቶ። ማመልከቻዎን፣ ቀጠሮዎን እና ኮዶቹን። ስሞች፣ ሰነዶች፣ ፎቶዎች እና ኢሜይል ተመስጥረው ይቀመጣሉ።
privacy-who-title = ማን ሊያየው ይችላል
privacy-who-text = እርስዎ። ቀጠሮዎ ያለበት የድንበር መግቢያ መኮንኖች እያንዳንዱን ሰው ለመፈተሽ ቡድንዎን ያያሉ። አንድ መኮንን የቡድንዎን መረጃ በከፈተ ቁጥር ይመዘገባል። እነዚህን መዛግብት በ«የእኔ መረጃ» ውስጥ ማየት ይችላሉ።
privacy-retention-title = እያንዳንዱን የመረጃ ዓይነት ለምን ያህል ጊዜ እናስቀምጣለን
privacy-col-kind = መረጃ
privacy-col-kept = የሚቀመጥበት ጊዜ
privacy-col-deleted-by = የሚሰርዘው
privacy-rights-title = መረጃዎን ይመልከቱ ወይም ይሰርዙ
privacy-rights-text = Garita ስለ አካውንትዎ የሚያስቀምጠውን ሁሉ በማንኛውም ጊዜ ማውረድ እና አካውንቱን መሰረዝ ይችላሉ።
privacy-my-data-link = ወደ «የእኔ መረጃ» ይሂዱ
retention-keep-while-account = አካውንትዎ እስካለ ድረስ
retention-keep-minutes = { $n ->
    [one] { $n } ደቂቃ
   *[other] { $n } ደቂቃዎች
}
retention-keep-hours = { $n ->
    [one] ቢበዛ { $n } ሰዓት
   *[other] ቢበዛ { $n } ሰዓታት
}
retention-keep-days = { $n ->
    [one] { $n } ቀን
   *[other] { $n } ቀናት
}
retention-keep-always = ሁልጊዜ (ስም የለም፣ ቁጥሮች ብቻ)
retention-by-you = እርስዎ፣ በ«የእኔ መረጃ»
retention-by-job = ጊዜው ሲያልቅ በራሱ ይሰረዛል
retention-by-nothing = መዝገቡ እንዳይቀየር ፈጽሞ አይሰረዝም
retention-kind-account = አካውንት (ኢሜይል፣ የየይለፍ ቃል ሃሽ፣ ቋንቋ)
retention-kind-members = በቡድንዎ ያሉ ሰዎች እና ፎቶዎቻቸው
retention-kind-requests = ማመልከቻዎች፣ ከተዘጉ በኋላ
retention-kind-appointments = ቀጠሮዎች እና ኮዶቻቸው፣ ከቀጠሮው ቀን በኋላ
retention-kind-check-ins = በድንበር መግቢያው የመድረስ መዛግብት፣ ከቀጠሮው ቀን በኋላ
retention-kind-sessions = የመግቢያ ክፍለ ጊዜዎች
retention-kind-reauthentications = ለ«የእኔ መረጃ» የየይለፍ ቃል ፍተሻ
retention-kind-sign-in-steps = በይለፍ ቃልዎ እና በኮድዎ መካከል ያሉ ደረጃዎች
retention-kind-account-links = በኢሜይል የላክንልዎ አገናኞች (ማረጋገጫ፣ ዳግም ማስጀመሪያ፣ አዲስ አድራሻ)
retention-kind-idempotency = ቅጽ ሁለት ጊዜ እንዳይላክ የሚከለክሉ መዛግብት
retention-kind-notification-bodies = ለእርስዎ የተላኩ መልዕክቶች ጽሑፍ
retention-kind-notifications = የተላኩ መልዕክቶች ዝርዝር (ዓይነት፣ ሰዓት፣ ሁኔታ)
retention-kind-wait-times = የመኮንኖች የመጠበቂያ ጊዜ ሪፖርቶች
retention-kind-audit = መረጃን ማን እንዳየ ወይም እንደቀየረ መዝገብ (ቁጥሮች፣ ሚና፣ መግቢያ፣ ሰዓት)
contact-title = መገናኛ
contact-write = ይህን አገልግሎት የሚያስተዳድሩትን ለማግኘት ወደዚህ ይጻፉ፦
contact-none = ይህን አገልግሎት የሚያስተዳድሩት እስካሁን የመገናኛ አድራሻ አላወጡም።
contact-site = Garita ስለ እርስዎ የሚያስቀምጠውን ለማየት ወይም ለመሰረዝ ይግቡ እና «የእኔ መረጃ»ን ይክፈቱ።
contact-port = በድንበር መግቢያው ስለ መግባትዎ ለሚነሱ ጥያቄዎች መልስ መስጠት የሚችሉት መኮንኖች ብቻ ናቸው።
contact-legal = Garita የሕግ ምክር መስጠት አይችልም። ለምክር የሚያምኑትን ጠበቃ ወይም የሕግ እርዳታ ድርጅት ይጠይቁ።
contact-never-pay = Garita ነጻ ነው። ማንም ቀጠሮ ወይም የተሻለ ዕድል ሊሸጥልዎ አይችልም። ማንም ገንዘብ ከጠየቀዎ አይክፈሉ።
