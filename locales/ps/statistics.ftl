stats-title = پرانیستې شمېرې
stats-nav = شمېرې
stats-intro = څومره کسانو د لیدنې وخت وغوښت، وټاکل شول، تایید یې کړ، پوله‌یي دروازې ته راغلل، رانغلل یا یې لغوه کړ، ورځ په ورځ، له هغه څه شمېرل شوي چې Garita ثبت کړي. هره ورځ د پای ته رسېدو وروسته خپرېږي او بیا نه بدلېږي.
stats-licence = تاسو کولی شئ دا شمېرې په آزاده توګه بیا وکاروئ که Garita د سرچینې په توګه یاد کړئ. جواز:
stats-hidden-note = د خلکو د ساتنې لپاره، هره شمېره چې له { $threshold } کسانو لږ وي پټه کېږي، او ځینې نورې هم، ترڅو پټه شمېره د تفریق له لارې ونه موندل شي.
stats-from = له
stats-to = تر
stats-show = ښکاره یې کړئ
stats-period = له { $from } تر { $to }
stats-download-csv = شمېرې ښکته کړئ (CSV)
stats-download-json = شمېرې په JSON بڼه
stats-none = د دې ورځو لپاره تر اوسه شمېرې نه دي خپرې شوې.
stats-chart-requests = هغه کسان چې د لیدنې وخت یې وغوښت
stats-chart-selected = هغه کسان چې په پچه کې وټاکل شول
stats-chart-confirmed = هغه کسان چې وخت یې تایید شو
stats-chart-checked-in = هغه کسان چې په دروازه کې ثبت شول
stats-chart-no-shows = هغه کسان چې رانغلل
stats-chart-cancellations = هغه کسان چې رد یا لغوه یې کړ
stats-chart-desc = { $days ->
    [one] { $days } ورځ
   *[other] { $days } ورځې
}، ټولې دروازې. { $people ->
    [one] { $people } کس
   *[other] { $people } کسان
} په ښودل شویو ورځو کې. { $hidden ->
    [0] هېڅ ورځ پټه نه ده.
    [one] { $hidden } ورځ پټه ده.
   *[other] { $hidden } ورځې پټې دي.
}
stats-chart-caption = د هرې ورځې لپاره یوه ستنه، ټولې دروازې یوځای. نارنجي نښه ښيي چې شمېره پټه ده.
stats-table-show = شمېرې په جدول کې وښایاست
stats-day = ورځ
stats-people = کسان
stats-groups = ډلې
stats-hidden = پټ
stats-states-title = د ایالت له مخې غوښتنې، د { $week } اونۍ
stats-state = ایالت
stats-port = د انتظار وختونو لپاره دروازه
stats-nationalities-title = د ډلې د مشر د تابعیت له مخې غوښتنې، د { $week } اونۍ
stats-nationality = تابعیت
stats-nationality-unknown = نامعلوم
stats-wait-title = په { $port } کې منځنی انتظار: { $lane }
stats-wait-desc = { $days ->
    [one] { $days } ورځ
   *[other] { $days } ورځې
}. { $empty ->
    [0] هره ورځ راپور شته.
    [one] { $empty } ورځ بې راپوره.
   *[other] { $empty } ورځې بې راپوره.
}
stats-wait-caption = د هرې ورځې لپاره یوه ستنه: د هغو انتظار وختونو منځنی ارزښت چې کارکوونکو په هغه ورځ د دې لیکې لپاره راپور کړي. ستنه نشته یعنې په هغه ورځ راپور نه و.
stats-wait-median = منځنی انتظار
stats-wait-reports = راپورونه
stats-wait-none = راپور نشته
