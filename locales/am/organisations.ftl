# ድርጅቶች፣ ሰዎቻቸው እና ግብዣዎች፤ የድርጅቶች እና የሠራተኞች የአስተዳዳሪ ገጾች።
nav-organisation = የእኔ ድርጅት
nav-organisations = ድርጅቶች
nav-staff = ሠራተኞች

role-officer = መኮንን
role-agriculture-specialist = የግብርና ባለሙያ
role-adjudicator = የማመልከቻ ወሳኝ
role-enrollment-officer = የምዝገባ መኮንን
role-organisation-manager = ሥራ አስኪያጅ
role-organisation-member = አባል
role-admin = አስተዳዳሪ

organisation-kind-partner-agency = አጋር ተቋም
organisation-kind-customs-broker = የጉምሩክ ወኪል
organisation-kind-carrier = የጭነት ማጓጓዣ ድርጅት
organisation-kind-bus-line = የአውቶቡስ ድርጅት
organisation-kind-airline = አየር መንገድ
organisation-kind-aid-organisation = መጠለያ፣ የሕግ ድጋፍ ወይም ዓለም አቀፍ ድርጅት
organisation-kind-government-agency = የመንግሥት ተቋም

organisation-status-label = ሁኔታ
organisation-status-pending = ማጽደቅ በመጠበቅ ላይ
organisation-status-approved = ጸድቋል
organisation-status-suspended = ታግዷል
organisation-status-rejected = ውድቅ ሆኗል

organisation-decision-approve = አጽድቅ
organisation-decision-reject = ውድቅ አድርግ
organisation-decision-suspend = አግድ

programme-appointments = በመግቢያ ወደቦች ቀጠሮዎች
programme-parole-travel = የፓሮል የጉዞ ፈቃዶች
programme-provisional-i94 = ጊዜያዊ I-94
programme-trusted-traveler = የታመኑ ተጓዦች ፕሮግራሞች

field-legal-name = ሕጋዊ ስም
field-legal-name-hint = በባለሥልጣናት ዘንድ እንደተመዘገበው።
field-kind = የድርጅት ዓይነት
field-country = አገር
field-identifier = መለያ
field-identifier-hint = የጉምሩክ ወኪሎች፦ የCBP አስመዝጋቢ ኮድ (3 ፊደሎች ወይም ቁጥሮች)። አየር መንገዶች፦ የIATA ኮድ (2 ምልክቶች)። የጭነት እና የአውቶቡስ ድርጅቶች፦ SCAC (ከ2 እስከ 4 ፊደሎች) ወይም የUSDOT ቁጥር። ሌሎች፦ የምዝገባ ቁጥር ካለ።
field-role = ሚና
field-manager-email = የሥራ አስኪያጁ ኢሜይል አድራሻ
field-location = ቦታ
field-location-hint = ለመኮንኖች፣ ለግብርና ባለሙያዎች እና ለምዝገባ መኮንኖች።
field-programme = ፕሮግራም
field-programme-hint = ለማመልከቻ ወሳኞች።
field-scope = ቦታ ወይም ፕሮግራም

organisations-register-title = ድርጅት ያስመዝግቡ
organisations-register-intro = አጋር ተቋማት፣ የጉምሩክ ወኪሎች፣ የጭነት ድርጅቶች፣ የአውቶቡስ ድርጅቶች፣ አየር መንገዶች፣ መጠለያዎች እና የመንግሥት ተቋማት አስተዳዳሪ ካጸደቃቸው በኋላ በGarita ላይ መሥራት ይችላሉ።
organisations-register-you = እርስዎ፣ የመጀመሪያው ሥራ አስኪያጅ
organisations-register-you-intro = የድርጅቱን ሰዎች እርስዎ ያስተዳድራሉ። አድራሻዎን ለማረጋገጥ ሊንክ እንልካለን፤ ለመጀመሪያ ጊዜ ሲገቡ ሁለተኛ ደረጃ (የማረጋገጫ መተግበሪያ) ያዘጋጃሉ።
organisations-register-submit = ድርጅቱን አስመዝግብ

organisation-waiting = ድርጅትዎን ወክለው ከመሥራትዎ በፊት አስተዳዳሪ ሊያጸድቀው ይገባል። ውሳኔ ሲሰጥ ኢሜይል ይደርስዎታል።
organisation-stopped = ድርጅትዎ በአሁኑ ጊዜ በGarita ላይ መሥራት አይችልም። ስሕተት ነው ብለው ካሰቡ አስተዳዳሪዎችን ያነጋግሩ።
organisation-people = ሰዎች
organisation-since = ከ
organisation-actions = ተግባሮች
organisation-make-member = አባል አድርግ
organisation-make-manager = ሥራ አስኪያጅ አድርግ
organisation-remove = አስወግድ
organisation-invitations = ግብዣዎች
organisation-no-invitations = እስካሁን ግብዣ የለም።
organisation-invitation-status = ሁኔታ
organisation-expires = የሚያበቃበት
organisation-revoke = መልሰህ ውሰድ
organisation-invite = ሰው ይጋብዙ
organisation-invite-intro = ወደዚህ አድራሻ ሊንክ እንልካለን። አንድ ጊዜ ብቻ፣ ለ7 ቀናት እና ለዚያ አድራሻ መለያ ብቻ ይሠራል።
organisation-invite-submit = ግብዣውን ላክ
organisation-api-keys = የAPI ቁልፎች
organisation-api-keys-intro = የራስዎ ሥርዓቶች በቁልፍ ድርጅቱን ወክለው መሥራት ይችላሉ።
organisation-api-keys-link = የAPI ቁልፎችን አስተዳድር

invitation-status-pending = በመጠበቅ ላይ
invitation-status-accepted = ተቀባይነት አግኝቷል
invitation-status-expired = ጊዜው አልፏል
invitation-status-revoked = ተመልሷል

invitation-title = ግብዣ
invitation-to-organisation = ይህን ድርጅት ወክለው እንዲሠሩ ተጋብዘዋል፦
invitation-to-staff = በGarita ላይ የCBP ሠራተኛ ሆነው እንዲሠሩ ተጋብዘዋል።
invitation-accept = ግብዣውን ተቀበል
invitation-sign-in = ይህ አድራሻ አስቀድሞ መለያ አለው። ለመቀበል በእሱ ይግቡ።
invitation-new-account = መለያዎን ለመፍጠር የይለፍ ቃል ይምረጡ። ለመጀመሪያ ጊዜ ሲገቡ ሁለተኛ ደረጃ (የማረጋገጫ መተግበሪያ) ያዘጋጃሉ።
invitation-password-hint = ቢያንስ 15 ምልክቶች።

organisations-admin-title = ድርጅቶች
organisations-all = ሁሉም
organisations-none = እዚህ ምንም ድርጅት የለም።
organisations-registered = የተመዘገበበት
organisations-create = ድርጅት ፍጠር
organisations-create-intro = እርስዎ የሚፈጥሩት ድርጅት ወዲያውኑ ይጸድቃል፤ ሥራ አስኪያጁ በኢሜይል ግብዣ ይደርሰዋል።
organisations-create-submit = ፍጠር እና ሥራ አስኪያጁን ጋብዝ

staff-title = የCBP ሠራተኞች
staff-grants = ሚናዎች
staff-scope-platform = መድረኩ በሙሉ
staff-remove-grant = አስወግድ
staff-invite = ሰው ይጋብዙ
staff-invite-intro = ሚና እና የሚሠራበትን ይምረጡ፦ ለመኮንኖች፣ ለባለሙያዎች እና ለምዝገባ መኮንኖች ቦታ፣ ለማመልከቻ ወሳኞች ፕሮግራም። ሊንኩ አንድ ጊዜ ብቻ፣ ለ7 ቀናት ይሠራል።
staff-invite-submit = ግብዣውን ላክ

notification-invitation-subject = በGarita ላይ { $organisation }ን ወክለው እንዲሠሩ ግብዣ
notification-invitation-body = በGarita ላይ { $organisation }ን ወክለው እንዲሠሩ ተጋብዘዋል። ለመቀበል ይህን ሊንክ በ7 ቀናት ውስጥ ይክፈቱ፦ { $link } ይህን ግብዣ ካልጠበቁ ችላ ማለት ይችላሉ።
notification-staff-invitation-subject = በGarita ላይ የCBP ሠራተኛ ሆነው እንዲሠሩ ግብዣ
notification-staff-invitation-body = በGarita ላይ የCBP ሠራተኛ ሆነው እንዲሠሩ ተጋብዘዋል። ለመቀበል ይህን ሊንክ በ7 ቀናት ውስጥ ይክፈቱ፦ { $link } ይህን ግብዣ ካልጠበቁ ችላ ማለት ይችላሉ።
notification-organisation-approved-subject = { $organisation } ጸድቋል
notification-organisation-approved-body = አንድ አስተዳዳሪ { $organisation }ን አጽድቋል። ሰዎቹ አሁን በGarita ላይ እሱን ወክለው መሥራት ይችላሉ፦ { $url }
notification-organisation-rejected-subject = { $organisation } አልጸደቀም
notification-organisation-rejected-body = አንድ አስተዳዳሪ የ{ $organisation }ን ምዝገባ አላጸደቀም። ስሕተት ነው ብለው ካሰቡ አስተዳዳሪዎችን ያነጋግሩ።
notification-organisation-suspended-subject = { $organisation } ታግዷል
notification-organisation-suspended-body = አንድ አስተዳዳሪ { $organisation }ን አግዷል። እንደገና እስኪጸድቅ ድረስ ሰዎቹ እና ቁልፎቹ እሱን ወክለው መሥራት አይችሉም።
notification-kind-invitation = ግብዣ
notification-kind-staff-invitation = የሠራተኛ ግብዣ
notification-kind-organisation-approved = ድርጅቱ ጸድቋል
notification-kind-organisation-rejected = ድርጅቱ አልጸደቀም
notification-kind-organisation-suspended = ድርጅቱ ታግዷል
