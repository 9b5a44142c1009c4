# The officer's lookup of a person by name and date of birth (port console).
lookup-link = ሰውን በስምና በትውልድ ቀን ይፈልጉ
lookup-title = ሰውን በስምና በትውልድ ቀን ይፈልጉ
lookup-intro = ያለ ማለፊያው ለመጣ ሰው። የሚፈለገው በዚህ የመግቢያ ወደብ የዛሬ ቀጠሮዎች ውስጥ ብቻ ሲሆን፣ የሚገኘውም የሁሉም ስሞች (በማንኛውም ቅደም ተከተል፤ የድምፅ ምልክቶች፣ ትልልቅ ፊደላትና ሰረዞች አይቆጠሩም) እና የትውልድ ቀኑ ሙሉ በሙሉ ሲዛመዱ ብቻ ነው። እያንዳንዱ ፍለጋ ከስምዎ ጋር ይመዘገባል።
lookup-full-name = ሙሉ ስም
lookup-full-name-hint = በሰነዱ ላይ ያሉ ሁሉም ስሞች፣ በማንኛውም ቅደም ተከተል።
lookup-submit = ፈልግ
lookup-results = የተገኙ ቀጠሮዎች
lookup-none = ዛሬ በዚህ የመግቢያ ወደብ ለዚህ ስምና ለዚህ የትውልድ ቀን ምንም ቀጠሮ የለም።
lookup-capped = ይህ ስምና ይህ የትውልድ ቀን ያላቸው ሰዎች ከሚታዩት በላይ ናቸው፤ ሰነዱንና ፎቶውን ያረጋግጡ።
lookup-back = ወደ የዛሬው ዝርዝር ይመለሱ
