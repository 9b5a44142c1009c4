# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = د لیدو ځای
places-open-map-app = د نقشې په اپ کې پرانیزئ
places-open-osm = په OpenStreetMap کې یې وګورئ
places-where-ports = هر تېرځای د مکسیکو په لوري چېرته دی
places-far-away = { $hours ->
    [one] دا تېرځای له هغه ځایه لرې دی چې تاسو ترې غوښتنه کړې ({ $state }): شاوخوا { $km } کیلومتره، په سړک شاوخوا { $hours } ساعت.
   *[other] دا تېرځای له هغه ځایه لرې دی چې تاسو ترې غوښتنه کړې ({ $state }): شاوخوا { $km } کیلومتره، په سړک شاوخوا { $hours } ساعته.
}
places-far-estimate = دا یو اټکل دی: په سیده کرښه واټن × ۱٫۳، په ساعت کې ۶۰ کیلومتره، د هغه ایالت له هغه ښارګوټي چې تېرځای ته تر ټولو نږدې دی. دا لاره نه ده.
places-city-label = ستاسو ښار یا کلی
places-city-hint = GPS نه لرئ؟ د خپل ښار نوم ولیکئ او له لېست څخه یې وټاکئ. اعراب او لوی توري مهم نه دي.
places-city-find = زما ښار ومومئ
places-city-choose = خپل ښار وټاکئ
places-city-none = په دې نوم هېڅ ښار ونه موندل شو. لیکنه وګورئ یا نږدې یو لوی ښار وازمویئ.
places-typed = د { $place } ځای: لیکل شوی، نه اندازه شوی.
places-credit = د ښارونو لېست: GeoNames (CC BY 4.0).
places-to-confirm = { $what ->
    [city] ښار
    [crossing] د مکسیکو په لوري تېرځای
    [us_crossing] د امریکا په لوري تېرځای
    [meeting_address] د لیدو ځای پته
   *[meeting_point] په نقشه کې د لیدو ځای
}: اداره باید تایید یې کړي
