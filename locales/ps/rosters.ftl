# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = ایا دا کس نوم لیکلی دی؟
rosters-check-intro = ستاسو د سازمان د پروګرام په لېست کې د یو کس په اړه وپوښتئ: د لېست شمېرې او د زېږېدو نېټې سره، یا د بشپړ نوم او د زېږېدو نېټې سره.
rosters-roster-id = د لېست شمېره
rosters-roster-id-hint = لکه څنګه چې په لېست کې ده، د بېلګې په توګه MPP-0001.
rosters-full-name = بشپړ نوم
rosters-full-name-hint = یوازې که د لېست شمېره نه لرئ.
rosters-check-submit = وپلټئ
rosters-yes = نوم لیکلی
rosters-no = ستاسو په لېست کې نشته
rosters-status = په پروګرام کې حالت:
rosters-check-privacy = ځواب هو یا نه او په پروګرام کې حالت دی، بل هیڅ نه. هره پلټنه ستاسو د نوم سره ثبتېږي.
rosters-status-enrolled = نوم لیکلی
rosters-status-pending = په تمه
rosters-status-completed = بشپړ شوی
rosters-status-withdrawn = وتلی
rosters-claim-title = د پروګرام په لېست کې خپل ځای وغواړئ
rosters-claim-intro = که یو سازمان تاسو په پروګرام کې نوم لیکلی وي، د خپل حساب سره د نښلولو لپاره د لېست شمېره او د زېږېدو نېټه ولیکئ.
rosters-claim-submit = غوښتنه
rosters-claimed = ستاسو له حساب سره وتړل شو: د لېست شمېره { $roster_id }، حالت { $status }.
rosters-not-found = ونه موندل شو. د لېست شمېره او د زېږېدو نېټه وګورئ.
retention-kind-roster-people = د یوې ادارې د پروګرام په لېست کې خلک، د وروستي واردولو څخه یو کال وروسته چې دوی پکې وو
retention-kind-roster-places = د پروګرام د لېست خلکو لپاره ساتل شوي ځایونه، د وخت له ورځې وروسته

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = د پروګرام د لېستونو کوټې
rosters-quotas-intro = د یوې پولې په هر وخت کې د ځایونو هغه برخه چې د یوه پروګرام په لېست کې د خلکو لپاره ساتل کېږي، او د وخت له ورځې څو ورځې مخکې نه کارول شوي ساتل شوي ځایونه ورځنۍ پچې ته ځي. ۰٪ د پولې کوټه پای ته رسوي؛ مخکې ساتل شوي ځایونه ساتل شوي پاتې کېږي.
rosters-quotas-saved = د { $port } کوټه خوندي شوه.
rosters-quotas-caption = پولې او د دوی د لېست کوټه
rosters-quotas-port = پوله
rosters-quotas-percent = ساتل شوې برخه
rosters-quotas-release = نه کارول شوي ځایونه ورځنۍ پچې ته ځي
rosters-quotas-percent-value = { $percent }٪
rosters-quotas-release-value = { $days ->
    [one] { $days } ورځ مخکې
   *[other] { $days } ورځې مخکې
}
rosters-quotas-none = کوټه نشته
rosters-quotas-set = د یوې پولې کوټه وټاکئ
rosters-quotas-percent-hint = له ۰ څخه تر ۱۰۰ پورې یو بشپړ شمېر. ۰ کوټه پای ته رسوي.
rosters-quotas-release-hint = له ۰ څخه تر ۶۰ پورې یو بشپړ شمېر.
rosters-quotas-save = خوندي کول
field-port-id = پوله
field-percent = ساتل شوې برخه (٪)
field-release-days-before = د وخت له ورځې مخکې ورځې

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = د لېستونو پچه { $date }
rosters-draw-intro = په هغو ورځو کې چې د یوه پروګرام د لېست د خلکو لپاره ځایونه ساتل کېږي، یوه جلا پچه یې لومړی د هغو کسانو په پرانیستو غوښتنو کې وېشي چې په لېست کې یې خپل ځای ادعا کړی. د دې تخم د هماغې ورځې د ورځنۍ پچې له تخم څخه اخیستل کېږي، چې ژمنه یې د غوښتنو له تړلو مخکې خپره شوې وه، نو وروسته یې نشو ټاکلی. هغه ځایونه چې نه یې وېشي تر خلاصېدو پورې ساتل کېږي، بیا ورځنۍ پچې ته ځي.
rosters-draw-places = د لېست د خلکو لپاره ساتل شوي ځایونه
rosters-draw-daily = د هماغې ورځې ورځنۍ پچه
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = هغه د لېست شمېره او د زېږون نېټه ولیکئ چې د پروګرام سازمان دې کس ته ورکړې، ترڅو یې ځای له دې ډلې سره وتړل شي.
rosters-back-to-group = ډلې ته بېرته
rosters-helper-claimed = له دې ډلې سره وتړل شو: د لېست شمېره { $roster_id }، حالت { $status }.
