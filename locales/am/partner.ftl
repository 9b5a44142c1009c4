# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = ቀጠሮ ያረጋግጡ
partner-intro = የማለፊያውን ኮድ እና የሰውየውን የትውልድ ቀን ይጻፉ። መልሱ አዎ ወይም አይ ነው፣ ሌላ ምንም የለም።
partner-code = የማለፊያ ኮድ
partner-code-hint = ከQR ኮዱ በታች እንደታተመው። ክፍተቶች እና ሰረዞች አይቆጠሩም።
field-code = የማለፊያ ኮድ
partner-submit = አረጋግጥ
partner-yes = አዎ
partner-yes-detail = የዚህ ሰው ቀጠሮ ትክክለኛ ነው።
partner-no = አይ
partner-no-detail = ለዚህ ኮድ እና ለዚህ የትውልድ ቀን ትክክለኛ ቀጠሮ የለም። ምክንያቱ አይነገርም፦ የጻፉትን ያረጋግጡ፣ ወይም ማለፊያውን ለማየት ይጠይቁ።
partner-next = ሌላ ሰው ያረጋግጡ
partner-privacy = እያንዳንዱ ማረጋገጫ ከመለያዎ እና ከድርጅትዎ ጋር ይመዘገባል።
nav-partner = ቀጠሮ ያረጋግጡ
