# Garita — پښتو
wait-times-title = په سرحد کې د انتظار وخت
wait-times-intro = په هره سرحدي دروازه کې باید څومره انتظار وباسئ، د هغه ځای د مامورینو د راپور له مخې. وختونه د هرې سرحدي دروازې په ځایي وخت دي.
wait-times-none = د دې سرحدي دروازې لپاره تر اوسه راپور نشته.
wait-times-not-reported = تر اوسه راپور نشته: { $lanes }.
wait-times-port-link = جزییات او وروستۍ 7 ورځې
wait-times-feed = دا شمېرې په JSON کې (د پروګرام جوړونکو لپاره)
wait-times-history-json = وروستۍ 7 ورځې په JSON کې (د پروګرام جوړونکو لپاره)
wait-times-back = ټولې سرحدي دروازې

wait-times-col-lane = لاره
wait-times-col-status = حالت
wait-times-col-lanes-open = پرانیستې لارې
wait-times-col-wait = انتظار
wait-times-col-usual = معمولاً په دې ساعت کې
wait-times-col-updated = تازه شوی

wait-times-group-passenger = د سپرلۍ موټرې
wait-times-group-pedestrian = پلي کسان
wait-times-group-commercial = سوداګریز موټر
wait-times-lane-passenger-standard = عادي
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = عادي
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = عادي
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = پرانیستې
wait-times-status-lanes-reduced = لږې لارې پرانیستې
wait-times-status-closed = تړلې

wait-times-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقې
    }
wait-times-hours = { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعته
    }
wait-times-hours-minutes = { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعته
    } { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقې
    }
wait-times-ago-now = همدا اوس
wait-times-ago-minutes = { $count ->
    [one] { $count } دقیقه مخکې
   *[other] { $count } دقیقې مخکې
    }
wait-times-ago-hours = { $count ->
    [one] { $count } ساعت مخکې
   *[other] { $count } ساعته مخکې
    }
wait-times-ago-days = { $count ->
    [one] { $count } ورځ مخکې
   *[other] { $count } ورځې مخکې
}
wait-times-updated = تازه شوی { $ago }، په { $time } بجو
wait-times-stale = وروستی ځل تازه شوی { $ago }، په { $time } بجو — ښايي دا معلومات زاړه وي

wait-times-port-title = په { $port } کې د انتظار وخت
wait-times-port-intro = وختونه د سرحدي دروازې په ځایي وخت دي ({ $zone }).
wait-times-now-heading = وروستي راپورونه
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } راپور
   *[other] { $count } راپورونه
})
wait-times-usual-none = کافي راپورونه نشته
wait-times-usual-note = «معمولاً په دې ساعت کې» د هغو انتظارونو منځنی (میډین) دی چې په { $days ->
    [one] وروستۍ { $days } ورځ
   *[other] وروستیو { $days } ورځو
    } کې د دې لارې لپاره د { $from } او { $to } ترمنځ (د سرحدي دروازې وخت) راپور شوي. دا یوازې هغه وخت ښودل کېږي چې لږ تر لږه { $count ->
    [one] { $count } داسې راپور وي
   *[other] { $count } داسې راپورونه وي
    }: د دې انتظارونو نیمایي لنډ وو، نیمایي اوږد.

wait-times-week-heading = وروستۍ 7 ورځې
wait-times-week-intro = راپور شوی انتظار په دقیقو، د هر ساعت منځنۍ اندازه، د سرحدي دروازې په ځایي وخت. په کرښه کې تشه دا معنا لري چې راپور نه و یا لاره تړلې وه.
wait-times-chart-title = { $group }: په وروستیو 7 ورځو کې انتظار
wait-times-chart-desc = د { $group } د هرې لارې د راپور شوي انتظار کرښه‌یي ګراف، په دقیقو، ساعت په ساعت، له { $from } څخه تر { $to } پورې (د سرحدي دروازې وخت). تر ټولو اوږد: { $max }. همدا شمېرې، ورځ په ورځ، له ګراف وروسته په جدول کې دي.
wait-times-chart-max = { $wait } ({ $lane }، { $day }، په { $time } بجو)
wait-times-chart-max-none = هېڅ انتظار راپور شوی نه دی، یوازې تړلې لارې
wait-times-chart-empty = په وروستیو 7 ورځو کې راپور نشته.
wait-times-axis-wait = انتظار (دقیقې)
wait-times-axis-day = ورځ (د سرحدي دروازې وخت)
wait-times-legend = لارې
wait-times-weekday = { $weekday ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
} { $day }
wait-times-table-show = دا شمېرې په جدول کې وښایاست
wait-times-table-caption = { $group }: د هرې ورځې د انتظار منځنی (میډین) په دقیقو (تر ټولو اوږد په قوسونو کې)
wait-times-table-day = ورځ
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = راپور نشته

wait-times-console-title = د انتظار وخت تازه کړئ: { $port }
wait-times-console-choose-port = د انتظار وخت تازه کړئ: یوه سرحدي دروازه وټاکئ
wait-times-console-intro = یوازې هغه لارې ډکې کړئ چې اوس یې راپور ورکوئ. هغه لارې چې په «مه تازه کوئ» پاتې شي، خپل وروستی راپور ساتي. ټولې لارې یو ځای خوندي کېږي، یا که څه غلط وي هېڅ یوه نه.
wait-times-console-save = د انتظار وخت خوندي کړئ
wait-times-console-saved = خوندي شو. عامه پاڼه نوې شمېرې ښيي.
wait-times-console-nothing = لږ تر لږه یوه لاره ډکه کړئ، بیا یې خوندي کړئ.
wait-times-console-public = د دې سرحدي دروازې عامه پاڼه وګورئ
wait-times-field-status = حالت
wait-times-field-status-skip = مه تازه کوئ
wait-times-field-lanes-open = پرانیستې لارې
wait-times-field-lanes-open-hint = پرانیستې لارې: له 1 تر 100 پورې بشپړ عدد. د تړلې لارې لپاره یې تش پرېږدئ.
wait-times-field-delay = انتظار په دقیقو
wait-times-field-delay-hint = انتظار: له 0 تر 1440 پورې بشپړې دقیقې (24 ساعته). د تړلې لارې لپاره یې تش پرېږدئ.
wait-times-current = وروستی راپور: { $status }، { $lanes ->
    [one] { $lanes } لاره پرانیستې
   *[other] { $lanes } لارې پرانیستې
}، انتظار { $wait }. { $updated }.
wait-times-current-closed = وروستی راپور: تړلې. { $updated }.
wait-times-error-in = { $lane }، { $field }: { $message }
wait-times-current-none = تر اوسه راپور نشته.

error-unknown-lane = دا د لارې ډول نه دی. له دې یو وکاروئ: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = د هرې لارې راپور یوازې یو ځل ورکړئ.
error-unknown-status = له لېست څخه یو حالت وټاکئ: پرانیستې، لږې لارې پرانیستې (lanes-reduced) یا تړلې.
error-not-a-number = یو بشپړ عدد ولیکئ، د بېلګې په توګه 25.
error-number-too-small = { $limit ->
    [one] دا عدد له { $limit } څخه کم نه شي کېدای.
   *[other] دا عدد له { $limit } څخه کم نه شي کېدای.
    }
error-number-too-large = { $limit ->
    [one] دا عدد له { $limit } څخه زیات نه شي کېدای. وې ګورئ.
   *[other] دا عدد له { $limit } څخه زیات نه شي کېدای. وې ګورئ.
    }
