# ሁለተኛው ደረጃ፦ ከይለፍ ቃሉ በኋላ ከማረጋገጫ መተግበሪያ የሚገኝ ኮድ።
second-factor-title = ባለ ሁለት ደረጃ መግቢያ
second-factor-about = ከይለፍ ቃልዎ በኋላ Garita በስልክዎ ላይ ካለ የማረጋገጫ መተግበሪያ ባለ 6 አሃዝ ኮድ ይጠይቃል፤ ስለዚህ የተሰረቀ የይለፍ ቃል ብቻውን አካውንትዎን ሊከፍት አይችልም።
second-factor-code-title = ኮድዎን ያስገቡ
second-factor-code-intro = የማረጋገጫ መተግበሪያዎን ይክፈቱና ለGarita የሚያሳየውን ባለ 6 አሃዝ ኮድ ይጻፉ።
second-factor-code-label = ኮድ
second-factor-code-hint = ከመተግበሪያው 6 አሃዞች፣ ወይም ከመልሶ ማግኛ ኮዶችዎ አንዱ።
second-factor-code-digits = መተግበሪያው የሚያሳያቸው 6 አሃዞች።
second-factor-code-submit = ግባ
second-factor-setup-title = የማረጋገጫ መተግበሪያዎን ያዘጋጁ
second-factor-setup-required = ሚናዎ ባለ ሁለት ደረጃ መግቢያ ይፈልጋል። ለመቀጠል አሁን ያዘጋጁት።
second-factor-setup-scan = ይህን ኮድ በማረጋገጫ መተግበሪያ ይቃኙ (ለምሳሌ FreeOTP፣ Aegis ወይም Google Authenticator)።
second-factor-setup-manual = መቃኘት ካልቻሉ ይህን ቁልፍ በእጅ ያክሉ፦
second-factor-setup-uri = መተግበሪያው ባለበት ስልክ ላይ፣ እንዲሁም
second-factor-setup-uri-link = ይህን አገናኝ በመተግበሪያው ውስጥ መክፈት ይችላሉ
second-factor-qr-label = Garitaን ወደ ማረጋገጫ መተግበሪያ የሚያክል የQR ኮድ
second-factor-setup-confirm = መተግበሪያው አሁን የሚያሳየውን ኮድ ይጻፉ
second-factor-setup-submit = አረጋግጥ
second-factor-recovery-title = የመልሶ ማግኛ ኮዶችዎ
second-factor-recovery-intro = ስልክዎ ቢጠፋ፣ ከእነዚህ ኮዶች እያንዳንዱ በመተግበሪያው ኮድ ፋንታ አንድ ጊዜ ይሰራል። አሁኑኑ ይጻፏቸው ወይም ያትሟቸው፤ እንደገና አይታዩም።
second-factor-continue = ቀጥል
second-factor-status-on = ባለ ሁለት ደረጃ መግቢያ በርቷል።
second-factor-status-off = ባለ ሁለት ደረጃ መግቢያ ጠፍቷል።
second-factor-recovery-left = { $count ->
    [one] { $count } የመልሶ ማግኛ ኮድ ቀርቷል።
   *[other] { $count } የመልሶ ማግኛ ኮዶች ቀርተዋል።
}
second-factor-required-role = ሚናዎ ስለሚፈልገው ሊጠፋ አይችልም። ስልክዎና የመልሶ ማግኛ ኮዶችዎ ቢጠፉ፣ አስተዳዳሪ ዳግም ሊያስጀምረው ይችላል።
second-factor-turn-on = ባለ ሁለት ደረጃ መግቢያን አብራ
second-factor-turn-off-title = ባለ ሁለት ደረጃ መግቢያን አጥፋ
second-factor-turn-off-submit = አጥፋ
second-factor-admin-title = ሁለተኛውን ደረጃ ዳግም አስጀምር
second-factor-admin-intro = አንድ ሰው ስልኩንና የመልሶ ማግኛ ኮዶቹን ሲያጣ፣ እና ማንነቱን ካረጋገጡ በኋላ፣ ሁለተኛውን ደረጃ ዳግም ያስጀምሩ። በኢሜይል ይነገረዋል፤ በሚቀጥለው ሲገባ አዲስ ያዘጋጃል።
second-factor-admin-email = የአካውንትው ኢሜይል አድራሻ
second-factor-admin-submit = ሁለተኛውን ደረጃ ዳግም አስጀምር
second-factor-admin-done = ሁለተኛው ደረጃ ዳግም ተጀምሯል፤ ሰውየውም በኢሜይል ተነግሮታል።
second-factor-admin-none = በዚህ አድራሻ ሁለተኛ ደረጃ ያለው አካውንት የለም።
second-factor-pending-expired = በይለፍ ቃልዎ እና በኮድዎ መካከል ብዙ ጊዜ አለፈ። እባክዎ እንደገና ይግቡ።
