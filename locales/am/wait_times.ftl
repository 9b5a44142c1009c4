# Garita — አማርኛ
wait-times-title = በድንበር ላይ የመጠበቂያ ጊዜ
wait-times-intro = በእያንዳንዱ የድንበር መግቢያ ምን ያህል ሊጠብቁ እንደሚችሉ፣ እዚያ ያሉ ሠራተኞች እንዳሳወቁት። ሰዓቶቹ በእያንዳንዱ የድንበር መግቢያ የአካባቢ ሰዓት ናቸው።
wait-times-none = ለዚህ የድንበር መግቢያ እስካሁን ሪፖርት የለም።
wait-times-not-reported = እስካሁን ሪፖርት የለም፦ { $lanes }።
wait-times-port-link = ዝርዝር እና ያለፉት 7 ቀናት
wait-times-feed = እነዚህ አሃዞች በ JSON (ለሶፍትዌር ሠሪዎች)
wait-times-history-json = ያለፉት 7 ቀናት በ JSON (ለሶፍትዌር ሠሪዎች)
wait-times-back = ሁሉም የድንበር መግቢያዎች

wait-times-col-lane = መስመር
wait-times-col-status = ሁኔታ
wait-times-col-lanes-open = ክፍት መስመሮች
wait-times-col-wait = የመጠበቂያ ጊዜ
wait-times-col-usual = በዚህ ሰዓት በአብዛኛው
wait-times-col-updated = የተዘመነው

wait-times-group-passenger = የመንገደኛ ተሽከርካሪዎች
wait-times-group-pedestrian = እግረኞች
wait-times-group-commercial = የንግድ ተሽከርካሪዎች
wait-times-lane-passenger-standard = መደበኛ
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = መደበኛ
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = መደበኛ
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }፦ { $lane }

wait-times-status-open = ክፍት
wait-times-status-lanes-reduced = ያነሱ መስመሮች ክፍት
wait-times-status-closed = ዝግ

wait-times-minutes = { $minutes } ደቂቃ
wait-times-hours = { $hours } ሰዓት
wait-times-hours-minutes = { $hours } ሰዓት { $minutes } ደቂቃ
wait-times-ago-now = አሁን
wait-times-ago-minutes = ከ { $count } ደቂቃ በፊት
wait-times-ago-hours = ከ { $count } ሰዓት በፊት
wait-times-ago-days = { $count ->
    [one] ከ { $count } ቀን በፊት
   *[other] ከ { $count } ቀናት በፊት
}
wait-times-updated = የተዘመነው { $ago }፣ በ { $time }
wait-times-stale = ለመጨረሻ ጊዜ የተዘመነው { $ago }፣ በ { $time } — መረጃው የቆየ ሊሆን ይችላል

wait-times-port-title = በ { $port } የመጠበቂያ ጊዜ
wait-times-port-intro = ሰዓቶቹ በድንበር መግቢያው የአካባቢ ሰዓት ናቸው ({ $zone })።
wait-times-now-heading = የቅርብ ጊዜ ሪፖርቶች
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } ሪፖርት
   *[other] { $count } ሪፖርቶች
})
wait-times-usual-none = በቂ ሪፖርቶች የሉም
wait-times-usual-note = «በዚህ ሰዓት በአብዛኛው» ማለት ባለፉት { $days } ቀናት ለዚህ መስመር ከ { $from } እስከ { $to } (የድንበር መግቢያው ሰዓት) የተነገሩት የመጠበቂያ ጊዜዎች መካከለኛ ዋጋ (ሚድያን) ነው። የሚታየው እንዲህ ያሉ ቢያንስ { $count } ሪፖርቶች ሲኖሩ ብቻ ነው፤ ከእነዚህ የመጠበቂያ ጊዜዎች ግማሹ አጭር፣ ግማሹ ረጅም ነበሩ።

wait-times-week-heading = ያለፉት 7 ቀናት
wait-times-week-intro = የተነገረው የመጠበቂያ ጊዜ በደቂቃ፣ የየሰዓቱ አማካይ፣ በድንበር መግቢያው የአካባቢ ሰዓት። በግራፉ ላይ ያለ ክፍተት ሪፖርት አልነበረም ወይም መስመሩ ዝግ ነበር ማለት ነው።
wait-times-chart-title = { $group }፦ ያለፉት 7 ቀናት የመጠበቂያ ጊዜ
wait-times-chart-desc = ለ { $group } የእያንዳንዱን መስመር የተነገረ የመጠበቂያ ጊዜ በደቂቃ፣ በየሰዓቱ፣ ከ { $from } እስከ { $to } (የድንበር መግቢያው ሰዓት) የሚያሳይ የመስመር ግራፍ። ከፍተኛው፦ { $max }። ተመሳሳይ አሃዞች፣ ቀን በቀን፣ ከግራፉ በኋላ ባለው ሰንጠረዥ ውስጥ አሉ።
wait-times-chart-max = { $wait } ({ $lane }፣ { $day } በ { $time })
wait-times-chart-max-none = ምንም የመጠበቂያ ጊዜ አልተነገረም፣ ዝግ መስመሮች ብቻ
wait-times-chart-empty = ባለፉት 7 ቀናት ሪፖርት የለም።
wait-times-axis-wait = የመጠበቂያ ጊዜ (ደቂቃ)
wait-times-axis-day = ቀን (የድንበር መግቢያው ሰዓት)
wait-times-legend = መስመሮች
wait-times-weekday = { $weekday ->
    [1] ሰኞ
    [2] ማክሰ
    [3] ረቡዕ
    [4] ሐሙስ
    [5] ዓርብ
    [6] ቅዳሜ
   *[7] እሑድ
} { $day }
wait-times-table-show = እነዚህን አሃዞች በሰንጠረዥ ያሳዩ
wait-times-table-caption = { $group }፦ የእያንዳንዱ ቀን መካከለኛ (ሚድያን) የመጠበቂያ ጊዜ በደቂቃ (ከፍተኛው በቅንፍ ውስጥ)
wait-times-table-day = ቀን
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = ሪፖርት የለም

wait-times-console-title = የመጠበቂያ ጊዜን ያዘምኑ፦ { $port }
wait-times-console-choose-port = የመጠበቂያ ጊዜን ያዘምኑ፦ የድንበር መግቢያ ይምረጡ
wait-times-console-intro = አሁን ሪፖርት የሚያደርጉባቸውን መስመሮች ብቻ ይሙሉ። «አይዘመን» ላይ የተተዉ መስመሮች የቀደመ ሪፖርታቸውን ይይዛሉ። ሁሉም መስመሮች በአንድ ላይ ይቀመጣሉ፤ የሆነ ነገር ከተሳሳተ ግን አንዳቸውም አይቀመጡም።
wait-times-console-save = የመጠበቂያ ጊዜን ያስቀምጡ
wait-times-console-saved = ተቀምጧል። የሕዝብ ገጹ አዲሶቹን አሃዞች ያሳያል።
wait-times-console-nothing = ቢያንስ አንድ መስመር ይሙሉ፣ ከዚያ ያስቀምጡ።
wait-times-console-public = የዚህን የድንበር መግቢያ የሕዝብ ገጽ ይመልከቱ
wait-times-field-status = ሁኔታ
wait-times-field-status-skip = አይዘመን
wait-times-field-lanes-open = ክፍት መስመሮች
wait-times-field-lanes-open-hint = ክፍት መስመሮች፦ ከ 1 እስከ 100 ያለ ሙሉ ቁጥር። ለዝግ መስመር ባዶ ይተዉት።
wait-times-field-delay = የመጠበቂያ ጊዜ በደቂቃ
wait-times-field-delay-hint = የመጠበቂያ ጊዜ፦ ከ 0 እስከ 1440 ሙሉ ደቂቃዎች (24 ሰዓት)። ለዝግ መስመር ባዶ ይተዉት።
wait-times-current = የቅርብ ጊዜ ሪፖርት፦ { $status }፣ { $lanes ->
    [one] { $lanes } መስመር ክፍት
   *[other] { $lanes } መስመሮች ክፍት
}፣ የመጠበቂያ ጊዜ { $wait }። { $updated }።
wait-times-current-closed = የቅርብ ጊዜ ሪፖርት፦ ዝግ። { $updated }።
wait-times-error-in = { $lane }፣ { $field }፦ { $message }
wait-times-current-none = እስካሁን ሪፖርት የለም።

error-unknown-lane = ይህ የመስመር ዓይነት አይደለም። ከእነዚህ አንዱን ይጠቀሙ፦ passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = እያንዳንዱን መስመር አንድ ጊዜ ብቻ ሪፖርት ያድርጉ።
error-unknown-status = ከዝርዝሩ አንድ ሁኔታ ይምረጡ፦ ክፍት፣ ያነሱ መስመሮች ክፍት (lanes-reduced) ወይም ዝግ።
error-not-a-number = ሙሉ ቁጥር ይጻፉ፤ ለምሳሌ 25።
error-number-too-small = ይህ ቁጥር ከ { $limit } ያነሰ ሊሆን አይችልም።
error-number-too-large = ይህ ቁጥር ከ { $limit } በላይ ሊሆን አይችልም። ይፈትሹት።
