stats-title = ክፍት ስታቲስቲክስ
stats-nav = ስታቲስቲክስ
stats-intro = ስንት ሰዎች ቀጠሮ እንደጠየቁ፣ እንደተመረጡ፣ እንዳረጋገጡ፣ ወደ ድንበር መግቢያው እንደመጡ፣ እንዳልመጡ ወይም እንደሰረዙ — በየቀኑ፣ Garita ከመዘገበው ተቆጥሮ። እያንዳንዱ ቀን ካለቀ በኋላ ይታተማል፤ ከዚያም አይለወጥም።
stats-licence = Garitaን እንደ ምንጭ በመጥቀስ እነዚህን አሃዞች በነጻ እንደገና መጠቀም ይችላሉ። ፈቃድ፦
stats-hidden-note = ሰዎችን ለመጠበቅ፣ ከ{ $threshold } ያነሱ ሰዎችን የሚመለከት ማንኛውም አሃዝ ይደበቃል፤ የተደበቀ አሃዝ በመቀነስ እንዳይገኝ ሌሎች አንዳንድ አሃዞችም ይደበቃሉ።
stats-from = ከ
stats-to = እስከ
stats-show = አሳይ
stats-period = ከ{ $from } እስከ { $to }
stats-download-csv = አሃዞቹን ያውርዱ (CSV)
stats-download-json = አሃዞቹ በJSON
stats-none = ለእነዚህ ቀናት እስካሁን የታተሙ አሃዞች የሉም።
stats-chart-requests = ቀጠሮ የጠየቁ ሰዎች
stats-chart-selected = በዕጣው የተመረጡ ሰዎች
stats-chart-confirmed = ቀጠሮአቸው የተረጋገጠ ሰዎች
stats-chart-checked-in = በድንበር መግቢያው የተመዘገቡ ሰዎች
stats-chart-no-shows = ያልመጡ ሰዎች
stats-chart-cancellations = ያልተቀበሉ ወይም የሰረዙ ሰዎች
stats-chart-desc = { $days ->
    [one] { $days } ቀን
   *[other] { $days } ቀናት
}፣ ሁሉም መግቢያዎች። በሚታዩት ቀናት { $people ->
    [one] { $people } ሰው
   *[other] { $people } ሰዎች
}። { $hidden ->
    [0] የተደበቀ ቀን የለም።
    [one] { $hidden } ቀን ተደብቋል።
   *[other] { $hidden } ቀናት ተደብቀዋል።
}
stats-chart-caption = ለእያንዳንዱ ቀን አንድ አምድ፣ ሁሉም መግቢያዎች በአንድ ላይ። ብርቱካናማ ምልክት አሃዙ መደበቁን ያሳያል።
stats-table-show = አሃዞቹን በሰንጠረዥ አሳይ
stats-day = ቀን
stats-people = ሰዎች
stats-groups = ቡድኖች
stats-hidden = ተደብቋል
stats-states-title = በግዛት የቀረቡ ጥያቄዎች፣ የ{ $week } ሳምንት
stats-state = ግዛት
stats-port = ለመጠበቂያ ጊዜዎች መግቢያ
stats-nationalities-title = በቡድኑ መሪ ዜግነት መሠረት ጥያቄዎች፣ የ{ $week } ሳምንት
stats-nationality = ዜግነት
stats-nationality-unknown = አይታወቅም
stats-wait-title = በ{ $port } መካከለኛ የመጠበቂያ ጊዜ፦ { $lane }
stats-wait-desc = { $days ->
    [one] { $days } ቀን
   *[other] { $days } ቀናት
}። { $empty ->
    [0] በየቀኑ ሪፖርት አለ።
    [one] { $empty } ቀን ያለ ሪፖርት።
   *[other] { $empty } ቀናት ያለ ሪፖርት።
}
stats-wait-caption = ለእያንዳንዱ ቀን አንድ አምድ፦ በዚያ ቀን ሠራተኞች በዚህ መስመር ያሳወቁት የመጠበቂያ ጊዜዎች መካከለኛ ዋጋ። አምድ ከሌለ በዚያ ቀን ሪፖርት አልነበረም።
stats-wait-median = መካከለኛ የመጠበቂያ ጊዜ
stats-wait-reports = ሪፖርቶች
stats-wait-none = ሪፖርት የለም
