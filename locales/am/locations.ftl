# Locations (/locations).
nav-locations = ቦታዎች
locations-title = የድንበር መግቢያዎች፣ አውሮፕላን ማረፊያዎች እና ሌሎች ቦታዎች
locations-intro = በሜክሲኮ እና በካናዳ ድንበሮች ላይ ያሉ ሁሉም የአሜሪካ የየብስ መግቢያዎች፣ ዓለም አቀፍ አውሮፕላን ማረፊያዎች፣ የጭነት ተቋማት እና የታማኝ ተጓዥ ምዝገባ ማዕከላት። ሰዓቶቹ በእያንዳንዱ ቦታ የአካባቢ ሰዓት ናቸው።
locations-filter-kind = የቦታው ዓይነት
locations-filter-function = ለምን ያገለግላል
locations-filter-state = የአሜሪካ ግዛት
locations-filter-any = ሁሉም
locations-filter-apply = አሳይ
locations-found = { $count ->
    [one] { $count } ቦታ
   *[other] { $count } ቦታዎች
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = የየብስ መግቢያዎች
locations-kind-airport = ዓለም አቀፍ አውሮፕላን ማረፊያዎች
locations-kind-cargo-facility = የጭነት ተቋማት
locations-kind-enrollment-center = የታማኝ ተጓዥ ምዝገባ ማዕከላት
locations-function-appointments = ቀጠሮዎች
locations-function-provisional-i94 = ጊዜያዊ I-94
locations-function-bus-arrivals = በአውቶቡስ መድረስ
locations-function-cargo-inspection = የጭነት ፍተሻ
locations-function-air-passenger-inspection = የአየር መንገደኞች ፍተሻ
locations-function-trusted-traveler-enrollment = የታማኝ ተጓዥ ምዝገባ
locations-port-code = የCBP መግቢያ
locations-iata-code = የአውሮፕላን ማረፊያ ኮድ
locations-status-open = ክፍት
locations-status-closed = ዝግ
locations-hours-in-zone = የሥራ ሰዓት ({ $zone })
locations-day-mon = ሰኞ
locations-day-tue = ማክሰኞ
locations-day-wed = ረቡዕ
locations-day-thu = ሐሙስ
locations-day-fri = ዓርብ
locations-day-sat = ቅዳሜ
locations-day-sun = እሑድ
locations-day-span = ከ{ $first } እስከ { $last }
locations-hours-line = { $span }፦ { $time }
locations-time-range = ከ{ $opens } እስከ { $closes }
locations-open-all-day = 24 ሰዓት ክፍት
locations-closed = ዝግ
locations-closed-all-week = በየቀኑ ዝግ
locations-capacity = { $count ->
    [one] በሰዓት { $count } ፍተሻ
   *[other] በሰዓት { $count } ፍተሻዎች
}
locations-saved = ተቀምጧል።
locations-field-kind = ዓይነት
locations-field-code = ኮድ
locations-field-state = ግዛት
locations-field-zone = የሰዓት ክልል
locations-field-functions = ለምን ያገለግላል
locations-field-status = ሁኔታ
locations-field-capacity = አቅም
locations-not-stated = አልተገለጸም
locations-hours-not-stated = የሥራ ሰዓቱ እዚህ አልታተመም። ከመሄድዎ በፊት ቦታውን ይጠይቁ።
locations-updated = ተቋሙ በ{ $when } ቀይሮታል።
locations-edit = የሥራ ሰዓት፣ አቅም ወይም ሁኔታ ይቀይሩ
locations-back = ሁሉም ቦታዎች
locations-edit-title = { $name } ይቀይሩ
locations-edit-intro = ተቋሙ ለዚህ ቦታ የሚወስነውን ይቀይሩ። አንድ መስክ ስሕተት ከሆነ ምንም አይቀመጥም።
field-hours = የሥራ ሰዓት
locations-hours-hint = የአካባቢ ሰዓት፣ ቀናት በእንግሊዝኛ፣ የ24 ሰዓት አቆጣጠር። ምሳሌ፦ Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. ያልተጻፉ ቀናት ዝግ ናቸው። ካልተገለጸ ባዶ ይተዉት።
field-capacity-per-hour = በሰዓት ፍተሻዎች
locations-capacity-hint = ከ1 እስከ 10000 ያለ ሙሉ ቁጥር። ካልተገለጸ ባዶ ይተዉት።
field-is-open = ሁኔታ
locations-save = አስቀምጥ
locations-back-to-location = ወደ ቦታው ተመለስ
