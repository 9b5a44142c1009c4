# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = መገናኛ ቦታ
places-open-map-app = በካርታ መተግበሪያ ክፈት
places-open-osm = በOpenStreetMap ላይ ይመልከቱ
places-where-ports = እያንዳንዱ የመግቢያ ቦታ በሜክሲኮ በኩል የት እንዳለ
places-far-away = ይህ የመግቢያ ቦታ ጥያቄውን ካቀረቡበት ቦታ ({ $state }) ሩቅ ነው፦ ወደ { $km } ኪሜ ገደማ፣ በመንገድ ወደ { $hours } ሰዓት ገደማ።
places-far-estimate = ይህ ግምት ነው፦ የቀጥታ መስመር ርቀት × 1.3፣ በሰዓት 60 ኪሜ፣ ከዚያ ክልል ለመግቢያ ቦታው ቅርብ ከሆነው ከተማ። መንገድ አይደለም።
places-city-label = ከተማዎ ወይም መንደርዎ
places-city-hint = GPS የለም? የከተማዎን ስም ይጻፉና ከዝርዝሩ ይምረጡ። የአነባበብ ምልክቶችና ትላልቅ ፊደላት ለውጥ አያመጡም።
places-city-find = ከተማዬን ፈልግ
places-city-choose = ከተማዎን ይምረጡ
places-city-none = በዚህ ስም ከተማ አልተገኘም። አጻጻፉን ያረጋግጡ ወይም በአቅራቢያ ያለ ትልቅ ከተማ ይሞክሩ።
places-typed = የ{ $place } አቀማመጥ፦ የተጻፈ እንጂ የተለካ አይደለም።
places-credit = የከተሞች ዝርዝር፦ GeoNames (CC BY 4.0)።
places-to-confirm = { $what ->
    [city] ከተማ
    [crossing] በሜክሲኮ በኩል ያለው መሻገሪያ
    [us_crossing] በአሜሪካ በኩል ያለው መሻገሪያ
    [meeting_address] የመገናኛ ቦታው አድራሻ
   *[meeting_point] በካርታ ላይ ያለው መገናኛ ቦታ
}: ኤጀንሲው ማረጋገጥ አለበት
