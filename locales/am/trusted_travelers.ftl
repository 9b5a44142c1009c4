# የታማኝ ተጓዥ አባልነቶች (/trusted-traveler) እና የምዝገባ ቃለ መጠይቆች (/enrollment/interviews)።
ttp-title = ታማኝ ተጓዥ
ttp-intro = የእርስዎ SENTRI፣ NEXUS፣ Global Entry ወይም FAST አባልነት፦ ሁኔታው፣ የሚያበቃበት ቀን፣ መቼ እንደሚታደስ እና የምዝገባ ቃለ መጠይቅዎ።
ttp-none = እስካሁን ምንም አባልነት አላገናኙም።
ttp-linked = አባልነትዎ ከዚህ መለያ ጋር ተገናኝቷል።
ttp-link-title = አባልነት ያገናኙ
ttp-link-intro = ፕሮግራሙን፣ PASSIDዎን እና የትውልድ ቀንዎን CBP እንደያዛቸው በትክክል ይጻፉ።
field-passid = PASSID
ttp-passid-hint = 9 አሃዞች፣ በካርድዎ ወይም በማረጋገጫ ደብዳቤዎ ላይ።
ttp-link-submit = አገናኝ
ttp-link-not-found = በእነዚህ መረጃዎች ምንም አባልነት አልተገኘም። የጻፉትን ያረጋግጡ።
ttp-privacy = እያንዳንዱ ሙከራ ይመዘገባል። ከብዙ ሙከራዎች በኋላ እንደገና ከመሞከርዎ በፊት መጠበቅ አለብዎት።
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = ሁኔታ
ttp-status-pending_review = በግምገማ ላይ
ttp-status-conditionally_approved = በቅድመ ሁኔታ ጸድቋል
ttp-status-active = ንቁ
ttp-status-expired = ጊዜው አልፏል
ttp-status-revoked = ተሰርዟል
ttp-status-denied = ተከልክሏል
ttp-expires = የሚያበቃበት ቀን
ttp-days-left = { $days ->
    [one] { $days } ቀን ቀርቷል
   *[other] { $days } ቀናት ቀርተዋል
}
ttp-renewal = እድሳት
ttp-renewal-opens = ከ{ $date } ጀምሮ ማደስ ይችላሉ።
ttp-renewal-open-now = ከ{ $date } ጀምሮ ክፍት ነው፦ አሁን ማደስ ይችላሉ።
ttp-next = ቀጥሎ ምን ያድርጉ
ttp-next-wait = ለአሁን ምንም፦ CBP ማመልከቻዎን እየገመገመ ነው።
ttp-next-book-interview = የምዝገባ ቃለ መጠይቅዎን ይያዙ።
ttp-next-nothing = ምንም፦ አባልነትዎ ንቁ ነው።
ttp-next-renew = ጊዜው ከማለፉ በፊት በCBP የታማኝ ተጓዥ ፕሮግራሞች ድረ ገጽ ላይ ያድሱት።
ttp-next-apply-again = በCBP የታማኝ ተጓዥ ፕሮግራሞች ድረ ገጽ ላይ እንደገና ያመልክቱ።
ttp-next-contact-cbp = ስህተት ነው ብለው ካሰቡ የCBP የታማኝ ተጓዥ እንባ ጠባቂን ያነጋግሩ።
ttp-interview-booked = ቃለ መጠይቅ፦ { $center }፣ { $date } በ{ $time }።
ttp-interview-book = ቃለ መጠይቁን ይያዙ
ttp-interview-rebook = ቃለ መጠይቁን ይቀይሩ
ttp-interview-cancel = ቃለ መጠይቁን ይሰርዙ
ttp-book-title = የምዝገባ ቃለ መጠይቅ ይያዙ
ttp-book-center = የምዝገባ ማዕከል
ttp-book-date = ቀን
ttp-book-show = አሳይ
ttp-book-slots = ሰዓቶች
ttp-book-times-in = ሰዓቶቹ የማዕከሉ የአካባቢ ሰዓት ናቸው ({ $zone })።
ttp-book-closed = ይህ ማዕከል ተዘግቷል።
ttp-book-no-slots = በዚህ ቀን ቃለ መጠይቅ የለም። ሌላ ቀን ይምረጡ።
ttp-slot-free = { $count ->
    [one] { $count } ቦታ ቀርቷል
   *[other] { $count } ቦታዎች ቀርተዋል
}
ttp-slot-book = { $time } ይያዙ
ttp-slot-unavailable = አይገኝም
ttp-back = ወደ አባልነቶቼ ተመለስ
ttp-desk-title = የምዝገባ ቃለ መጠይቆች
ttp-desk-none = በዚህ ቀን ቃለ መጠይቅ የለም።
ttp-desk-caption = የቀኑ ቃለ መጠይቆች
ttp-desk-time = ሰዓት
ttp-desk-outcome = ውጤት
ttp-desk-record = መዝግብ
ttp-outcome-approved = ጸድቋል
ttp-outcome-denied = ተከልክሏል
ttp-outcome-no_show = አልመጣም
ttp-interview-status-booked = ተይዟል
ttp-interview-status-cancelled = ተሰርዟል
ttp-interview-status-approved = ጸድቋል
ttp-interview-status-denied = ተከልክሏል
ttp-interview-status-no_show = አልመጣም
nav-ttp = ታማኝ ተጓዥ
notification-ttp-renewal-subject = የታማኝ ተጓዥ አባልነትዎን የሚያድሱበት ጊዜ ደርሷል
notification-ttp-renewal-body = የታማኝ ተጓዥ አባልነትዎ በቅርቡ ያበቃል፣ አሁን ሊታደስ ይችላል። ቀኑን ለማየት ይግቡ፦ { $url }/trusted-traveler
retention-kind-ttp-interviews = የታማኝ ተጓዥ ቃለ መጠይቆች፣ ከቀናቸው በኋላ
