group-title = የእኔ ቡድን
group-intro = መጀመሪያ ራስዎን ያክሉ። ከዚያ አብረውዎት የሚጓዙትን እያንዳንዱን ሰው ያክሉ። አንድ ቡድን እስከ { $max } ሰዎች ሊኖሩት ይችላል።
group-empty = በቡድንዎ ውስጥ እስካሁን ማንም የለም። ራስዎን በማከል ይጀምሩ።
group-add-self = ራስዎን ያክሉ
group-add-member = ሰው ያክሉ
group-full = ቡድንዎ ሞልቷል ({ $max } ሰዎች)።
group-holder = የአካውንቱ ባለቤት
group-count = { $count ->
    [one] { $count } ሰው
   *[other] { $count } ሰዎች
}
member-born = የትውልድ ቀን፦ { $date }
member-citizenship = ዜግነት፦ { $country }
member-edit = ያስተካክሉ
member-remove = ያስወግዱ
member-new-title = ሰው ያክሉ
member-self-title = ስለ እርስዎ
member-edit-title = መረጃውን ያስተካክሉ
field-full-name = ሙሉ ስም፣ በሰነዶችዎ ላይ እንዳለው
field-date-of-birth = የትውልድ ቀን
field-date-of-birth-hint = ዓመት-ወር-ቀን (በፈረንጆች አቆጣጠር)። ምሳሌ፦ 1990-05-21።
field-citizenship = የዜግነት አገር
field-language = ይህ ሰው በደንብ የሚናገረው ቋንቋ
field-document-type = የጉዞ ሰነድ (ካለ)
field-document-none = ሰነድ የለም
document-type-passport = ፓስፖርት
document-type-national-id = የብሔራዊ መታወቂያ ካርድ
document-type-birth-certificate = የልደት የምስክር ወረቀት
document-type-other = ሌላ ሰነድ
field-document-number = የሰነድ ቁጥር
field-contact = ስልክ ወይም ኢሜይል (ካለ)
field-contact-hint = ስልክ ከአገር ኮድ ጋር። ምሳሌ፦ +52 664 123 4567።
member-save = ያስቀምጡ
member-back = ወደ ቡድንዎ ይመለሱ
