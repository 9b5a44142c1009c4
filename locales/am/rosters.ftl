# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = ይህ ሰው ተመዝግቧል?
rosters-check-intro = በድርጅትዎ የፕሮግራም ዝርዝር ውስጥ ስላለ ሰው ይጠይቁ፦ በዝርዝር ቁጥርና በትውልድ ቀን፣ ወይም በሙሉ ስምና በትውልድ ቀን።
rosters-roster-id = የዝርዝር ቁጥር
rosters-roster-id-hint = በዝርዝሩ ላይ እንዳለው፣ ለምሳሌ MPP-0001።
rosters-full-name = ሙሉ ስም
rosters-full-name-hint = የዝርዝር ቁጥሩ ከሌለዎት ብቻ።
rosters-check-submit = አረጋግጥ
rosters-yes = ተመዝግቧል
rosters-no = በዝርዝርዎ ውስጥ የለም
rosters-status = በፕሮግራሙ ያለው ሁኔታ፦
rosters-check-privacy = መልሱ አዎ ወይም አይደለም እና በፕሮግራሙ ያለው ሁኔታ ብቻ ነው። እያንዳንዱ ማረጋገጫ በስምዎ ይመዘገባል።
rosters-status-enrolled = ተመዝግቧል
rosters-status-pending = በመጠባበቅ ላይ
rosters-status-completed = ተጠናቋል
rosters-status-withdrawn = ወጥቷል
rosters-claim-title = በፕሮግራም ዝርዝር ውስጥ ያለዎትን ቦታ ይጠይቁ
rosters-claim-intro = አንድ ድርጅት በፕሮግራም ውስጥ ካስመዘገበዎት፣ ከመለያዎ ጋር ለማገናኘት የዝርዝር ቁጥርዎንና የትውልድ ቀንዎን ያስገቡ።
rosters-claim-submit = ጠይቅ
rosters-claimed = ከመለያዎ ጋር ተገናኝቷል፦ የዝርዝር ቁጥር { $roster_id }፣ ሁኔታ { $status }።
rosters-not-found = አልተገኘም። የዝርዝር ቁጥሩንና የትውልድ ቀኑን ያረጋግጡ።
retention-kind-roster-people = የአንድ ድርጅት የፕሮግራም ዝርዝር ሰዎች፣ እነሱን ካካተተው የመጨረሻ ማስገቢያ ከአንድ ዓመት በኋላ
retention-kind-roster-places = ለፕሮግራም ዝርዝር ሰዎች የተያዙ ቦታዎች፣ ከቀጠሮው ቀን በኋላ

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = የፕሮግራም ዝርዝር ኮታዎች
rosters-quotas-intro = በአንድ የድንበር መግቢያ በእያንዳንዱ የጊዜ ክፍል ካሉ ቦታዎች በፕሮግራም ዝርዝር ላይ ላሉ ሰዎች የሚያዝ ድርሻ፣ እና ከጊዜ ክፍሉ ቀን ስንት ቀን በፊት ጥቅም ላይ ያልዋሉ የተያዙ ቦታዎች ወደ ዕለታዊ ዕጣ እንደሚሄዱ። 0 % የመግቢያውን ኮታ ያበቃል፤ ቀድሞ የተያዙ ቦታዎች እንደተያዙ ይቆያሉ።
rosters-quotas-saved = የ{ $port } ኮታ ተቀምጧል።
rosters-quotas-caption = የድንበር መግቢያዎች እና የዝርዝር ኮታቸው
rosters-quotas-port = የድንበር መግቢያ
rosters-quotas-percent = የተያዘ ድርሻ
rosters-quotas-release = ጥቅም ላይ ያልዋሉ ቦታዎች ወደ ዕለታዊ ዕጣ ይሄዳሉ
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] ከ{ $days } ቀን በፊት
   *[other] ከ{ $days } ቀናት በፊት
}
rosters-quotas-none = ኮታ የለም
rosters-quotas-set = የአንድ መግቢያ ኮታ ያዘጋጁ
rosters-quotas-percent-hint = ከ0 እስከ 100 ያለ ሙሉ ቁጥር። 0 ኮታውን ያበቃል።
rosters-quotas-release-hint = ከ0 እስከ 60 ያለ ሙሉ ቁጥር።
rosters-quotas-save = አስቀምጥ
field-port-id = የድንበር መግቢያ
field-percent = የተያዘ ድርሻ (%)
field-release-days-before = ከጊዜ ክፍሉ ቀን በፊት ያሉ ቀናት

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = የ{ $date } የዝርዝር ዕጣ
rosters-draw-intro = በፕሮግራም ዝርዝር ላይ ላሉ ሰዎች ቦታዎች በሚያዙባቸው ቀናት፣ የራሱ ዕጣ እነዚህን ቦታዎች በመጀመሪያ በዝርዝሩ ላይ ቦታቸውን የጠየቁ ሰዎች ክፍት ጥያቄዎች መካከል ያከፋፍላል። ዘሩ ከዚያ ቀን ዕለታዊ ዕጣ ዘር የተገኘ ነው፤ የዕለታዊው ዕጣ ቃል ኪዳን ጥያቄዎች ከመዘጋታቸው በፊት ስለታተመ በኋላ ሊመረጥ አይችልም። የማያከፋፍላቸው ቦታዎች እስኪለቀቁ ድረስ ተይዘው ይቆያሉ፣ ከዚያ ወደ ዕለታዊ ዕጣ ይሄዳሉ።
rosters-draw-places = ለዝርዝር ሰዎች የተያዙ ቦታዎች
rosters-draw-daily = የዚያ ቀን ዕለታዊ ዕጣ
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = የፕሮግራሙ ድርጅት ለዚህ ሰው የሰጠውን የዝርዝር ቁጥር እና የትውልድ ቀን ያስገቡ፤ ቦታው ከዚህ ቡድን ጋር ይገናኛል።
rosters-back-to-group = ወደ ቡድኑ ይመለሱ
rosters-helper-claimed = ከዚህ ቡድን ጋር ተገናኝቷል፦ የዝርዝር ቁጥር { $roster_id }፣ ሁኔታ { $status }።
