# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = د هرې ورځې د پچې قواعد
policies-intro = هغه اداره چې دا خدمت چلوي قواعد ټاکي: غوښتنې کله منل کېږي، ځایونه څنګه وېشل کېږي او له کومه ځایه غوښتنه کېدای شي. د قواعدو هره ټولګه له یوې ټاکلې ورځې پلي کېږي؛ دا بشپړ ریکارډ دی.
policies-caption = قواعد او هغه ورځ چې هر یو ترې پلي شو
policies-from = له دې پچې راهیسې
policies-name = نوم
policies-rules = قواعد
policies-digest = لنډیز (SHA-256)
policies-in-force = پلي
policies-used-from = لومړی ځل پدې پچه کې کارول شوی
policies-text = بشپړ متن
policies-admin-title = پالیسۍ
policies-admin-intro = نوي قواعد له یوې ټاکلې ورځې مهالوېش کړئ. هغه ورځ چې پچه یې شوې خپل قواعد ساتي. که متن ستونزه ولري، هېڅ نه خوندي کېږي.
policies-not-saved = هېڅ خوندي نه شو؛ اوسني قواعد پاتې کېږي.
policies-schedule = دا قواعد مهالوېش کړئ
policies-date-required = هغه لومړۍ ورځ ولیکئ چې قواعد پکې پلي کېږي.
policies-rule-weighted = وزن لرونکې پچه (د انتظار ورځې حسابېږي)
policies-rule-oldest-share-then-random = یوه برخه تر ټولو زړو نوم لیکنو ته، پاتې په تصادفي ډول
policies-carry-over = غوښتنې پاتې کېږي
policies-no-carry-over = هره ورځ بیا غوښتنه وکړئ
policies-region-latitude = د { $latitude }° عرض البلد شمال ته
policies-region-states = { $count ->
    [one] { $count } ایالت شامل دی
   *[other] { $count } ایالتونه شامل دي
}

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = په متحده ایالاتو کې د منزل پته
policies-us-address-hint = ډله به په متحده ایالاتو کې چېرته ځي: د ډلې ټولو کسانو لپاره یوه پته، لکه څنګه چې نافذ قواعد غواړي.
field-us-state = ایالت
field-us-zip = د ZIP پوستي کوډ (۵ عددونه)
field-us-street = کوڅه او نمبر
# The region of the rules in force, as rules and a map.
policies-region-title = له کومه ځایه غوښتنه کولی شئ
policies-region-included = دا ټول ایالتونه: { $states }
policies-region-north-of = د { $latitude }° شمالي عرض البلد پر کرښه یا شمال ته هر ځای
policies-region-excluded = پرته له دې ایالتونو: { $states }
policies-region-exception-holder = هغه ډله چې مشر یې د { $countries } تابعیت لري، د مکسیکو له هر ځایه غوښتنه کولی شي
policies-region-exception-all = هغه ډله چې ټول غړي یې د { $countries } تابعیت لري، د مکسیکو له هر ځایه غوښتنه کولی شي
policies-region-map-label = د مکسیکو نقشه: هغه ایالتونه چې له هغو غوښتنه کېدای شي ډک شوي دي؛ کرښه د عرض البلد حد دی. لېست همدا خبره په ټکو کې وايي.
policies-region-map-caption = ډک: وړ دی. روښانه ډک: د کرښې شمال ته وړ دی.
# Confirming under rules that check the location again.
policies-recheck-title = له هغه ځایه تایید کړئ چې یاست
policies-recheck-intro = نافذ قواعد د تایید نه مخکې بیا ګوري چې تاسو په سیمه کې یاست. خپل موقعیت یو ځل شریک کړئ، یا د خپل ښار نوم ولیکئ.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = متن نه لوستل کېږي: { $detail }
policies-problem-window-order = د غوښتنو موده له پرانیستلو مخکې تړل کېږي
policies-problem-window-too-long = د غوښتنو موده له ۲۴ ساعتونو اوږده ده
policies-problem-allocation-before-close = پچه د غوښتنو د مودې له تړلو مخکې کېږي
policies-problem-out-of-range = باید د { $lowest } او { $highest } ترمنځ وي
policies-problem-unknown-state = { $value } پېژندل شوی د ایالت کوډ نه دی (د MX.BN په څېر کوډ ولیکئ)
policies-problem-unknown-country = { $value } پېژندل شوی د هېواد کوډ نه دی (د MX په څېر کوډ ولیکئ)
policies-problem-empty-region = هېڅ ځای په سیمه کې نشته
policies-problem-invalid-id = { $value } سم نوم نه دی (کوچني توري، عددونه او ډشونه)
policies-problem-repeated = { $value } دوه ځله لیکل شوی
