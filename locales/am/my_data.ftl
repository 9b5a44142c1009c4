my-data-title = የእኔ መረጃ
my-data-reauth-intro = መረጃዎን ለማየት ወይም ለመሰረዝ የይለፍ ቃልዎን እንደገና ያስገቡ። እነዚህ ገጾች ለ10 ደቂቃ ክፍት ይሆናሉ።
my-data-password = የይለፍ ቃል
my-data-code = ከማረጋገጫ መተግበሪያዎ የሚገኝ ኮድ
my-data-continue = ይቀጥሉ
my-data-intro = Garita ስለ አካውንትዎ የሚያስቀምጠው ሁሉ ይህ ነው። እንደ ፋይል ማውረድ ይችላሉ።
my-data-download = መረጃዬን አውርድ (JSON)
my-data-account = አካውንት
my-data-email = ኢሜይል
my-data-created = የተከፈተበት
my-data-members = በቡድንዎ ያሉ ሰዎች
my-data-has-photo = ፎቶ ተቀምጧል
my-data-none = ምንም የለም።
my-data-appointments = ቀጠሮዎች
my-data-notifications-count = { $count ->
    [one] { $count } መልዕክት ተልኮልዎታል።
   *[other] { $count } መልዕክቶች ተልከውልዎታል።
}
my-data-views = መረጃዎን ማን አየ
my-data-views-intro = አንድ ሰው መረጃዎን በከፈተ ወይም በቀየረ ቁጥር። ሚናውን፣ የድንበር መግቢያውን እና ሰዓቱን እናሳያለን፤ የሰውየውን ስም ፈጽሞ አናሳይም።
my-data-col-time = ሰዓት
my-data-col-role = ሚና
my-data-col-port = የድንበር መግቢያ
my-data-col-action = ተግባር
my-data-role-traveler = እርስዎ
my-data-role-officer = መኮንን
my-data-role-admin = አስተዳደር
my-data-role-anonymous = ሥርዓቱ
my-data-delete-title = አካውንቴን ሰርዝ
my-data-delete-link = አካውንቴን እና መረጃዬን ሰርዝ
my-data-delete-intro = አካውንትዎን ከሰረዙ ይህ ለዘለቄታው ይጠፋል፦
my-data-delete-members = { $count ->
    [one] በቡድንዎ ያለ { $count } ሰው፣ ከፎቶው ጋር።
   *[other] በቡድንዎ ያሉ { $count } ሰዎች፣ ከፎቶዎቻቸው ጋር።
}
my-data-delete-appointment = ቀጠሮዎ። ኮዶቹ መሥራት ያቆማሉ፣ ቦታዎቹም ለሌሎች ሰዎች ይሰጣሉ።
my-data-delete-request = ማመልከቻዎ። የጠበቁት ጊዜ ይጠፋል።
my-data-delete-sessions = ከሁሉም መሣሪያዎች ይወጣሉ።
my-data-delete-kept = የምናስቀምጠው አንድ አካውንት መሰረዙን የሚያሳይ መዝገብ ብቻ ነው፤ በቁጥሩ እንጂ በስምዎ አይደለም።
my-data-delete-confirm = ተረድቻለሁ። አካውንቴን ሰርዝ።
my-data-delete-button = ለዘለቄታው ሰርዝ
my-data-keep = አካውንቴን አቆይ
my-data-deleted-title = አካውንቱ ተሰርዟል
my-data-deleted-text = አካውንትዎ እና መረጃዎ ተሰርዘዋል። ወጥተዋል።
my-data-action-viewed = ውሂብዎን ተመለከተ
my-data-action-exported = ውሂብዎን አወረደ
my-data-action-message = መልእክት ላከልዎ
my-data-action-port = በመግቢያ በሩ ተመዘገበ
my-data-action-changed = ውሂብዎን ቀየረ
