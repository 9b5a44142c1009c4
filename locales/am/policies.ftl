# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = የየዕለቱ ዕጣ ደንቦች
policies-intro = ይህን አገልግሎት የሚያስተዳድረው ተቋም ደንቦቹን ይወስናል፦ ማመልከቻዎች መቼ እንደሚቀበሉ፣ ቦታዎች እንዴት እንደሚከፋፈሉ እና ከየት ማመልከት እንደሚቻል። እያንዳንዱ የደንቦች ስብስብ ከአንድ ቀን ጀምሮ ይሠራል፤ ይህ ሙሉው መዝገብ ነው።
policies-caption = ደንቦቹ እና እያንዳንዳቸው መሥራት የጀመሩበት ቀን
policies-from = ከዚህ ዕጣ ጀምሮ
policies-name = ስም
policies-rules = ደንቦች
policies-digest = ማጠቃለያ (SHA-256)
policies-in-force = በሥራ ላይ
policies-used-from = መጀመሪያ የተጠቀመው ዕጣ
policies-text = ሙሉ ጽሑፍ
policies-admin-title = ፖሊሲዎች
policies-admin-intro = ከአንድ ቀን ጀምሮ አዲስ ደንቦችን ያቅዱ። ዕጣው የተካሄደበት ቀን ደንቦቹን ይይዛል። ጽሑፉ ችግር ካለበት ምንም አይቀመጥም።
policies-not-saved = ምንም አልተቀመጠም፤ በሥራ ላይ ያሉት ደንቦች ይቀጥላሉ።
policies-schedule = እነዚህን ደንቦች ያቅዱ
policies-date-required = ደንቦቹ የሚሠሩበትን የመጀመሪያ ቀን ይጻፉ።
policies-rule-weighted = ክብደት ያለው ዕጣ (የተጠበቁ ቀናት ይቆጠራሉ)
policies-rule-oldest-share-then-random = ድርሻ ለቀደምት ምዝገባዎች፣ የቀረው በዘፈቀደ
policies-carry-over = ማመልከቻዎች ለሚቀጥለው ዕጣ ይቆያሉ
policies-no-carry-over = በየቀኑ እንደገና ያመልክቱ
policies-region-latitude = ከኬክሮስ { $latitude }° በስተሰሜን
policies-region-states = የተካተቱ ግዛቶች፦ { $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = በአሜሪካ የመድረሻ አድራሻ
policies-us-address-hint = ቡድኑ በአሜሪካ የሚሄድበት ቦታ፦ በሥራ ላይ ያሉት ደንቦች እንደሚጠይቁት ለቡድኑ ሁሉ አንድ አድራሻ።
field-us-state = ግዛት
field-us-zip = የZIP ፖስታ ኮድ (5 አሃዞች)
field-us-street = መንገድ እና ቁጥር
# The region of the rules in force, as rules and a map.
policies-region-title = ከየት መጠየቅ ይችላሉ
policies-region-included = እነዚህ ግዛቶች ሙሉ በሙሉ፦ { $states }
policies-region-north-of = በኬክሮስ { $latitude }° ሰሜን ላይ ወይም ከሱ በስተሰሜን ያለ ማንኛውም ቦታ
policies-region-excluded = ከእነዚህ ግዛቶች በስተቀር፦ { $states }
policies-region-exception-holder = ባለቤቱ የ{ $countries } ዜጋ የሆነ ቡድን ከሜክሲኮ ከየትኛውም ቦታ መጠየቅ ይችላል
policies-region-exception-all = አባላቱ ሁሉ የ{ $countries } ዜጎች የሆኑ ቡድን ከሜክሲኮ ከየትኛውም ቦታ መጠየቅ ይችላል
policies-region-map-label = የሜክሲኮ ካርታ፦ መጠየቅ የሚቻልባቸው ግዛቶች ቀለም ተሞልተዋል፤ መስመሩ የኬክሮስ ወሰን ነው። ዝርዝሩ ይህንኑ በቃላት ይናገራል።
policies-region-map-caption = የተሞላ፦ ብቁ። ቀላል ቀለም፦ ከመስመሩ በስተሰሜን ብቁ።
# Confirming under rules that check the location again.
policies-recheck-title = ካሉበት ቦታ ያረጋግጡ
policies-recheck-intro = በሥራ ላይ ያሉት ደንቦች ከማረጋገጥዎ በፊት በክልሉ ውስጥ መሆንዎን እንደገና ያጣራሉ። አካባቢዎን አንድ ጊዜ ያጋሩ ወይም የከተማዎን ስም ይጻፉ።
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = ጽሑፉ ሊነበብ አልቻለም፦ { $detail }
policies-problem-window-order = የጥያቄዎች ጊዜ ከመከፈቱ በፊት ይዘጋል
policies-problem-window-too-long = የጥያቄዎች ጊዜ ከ24 ሰዓት በላይ ነው
policies-problem-allocation-before-close = ዕጣው የጥያቄዎች ጊዜ ከመዘጋቱ በፊት ይወጣል
policies-problem-out-of-range = ከ{ $lowest } እስከ { $highest } መካከል መሆን አለበት
policies-problem-unknown-state = { $value } የሚታወቅ የግዛት ኮድ አይደለም (እንደ MX.BN ያለ ኮድ ይጻፉ)
policies-problem-unknown-country = { $value } የሚታወቅ የአገር ኮድ አይደለም (እንደ MX ያለ ኮድ ይጻፉ)
policies-problem-empty-region = በክልሉ ውስጥ ምንም ቦታ የለም
policies-problem-invalid-id = { $value } ትክክለኛ ስም አይደለም (ትናንሽ ፊደላት፣ አሃዞች እና ሰረዞች)
policies-problem-repeated = { $value } ሁለት ጊዜ ተጽፏል
