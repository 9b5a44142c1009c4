# د پارول (parole) پروګرامونو لپاره د سفر اجازه (/ata، /ata/case، /ata/adjudication، /ata/check).
# د دې فایل قاموس:
#   parole = بشري پارول (parole): امریکا ته د لنډمهاله ننوتلو بشري اجازه؛ ویزه نه ده
#   advance travel authorization (ATA) = مخکینۍ د سفر اجازه (امریکا ته د الوتنې لپاره)
#   supporter = ملاتړی (هغه څوک چې په امریکا کې یې I-134A فورمه سپارلې)
ata-title = د بشري پارول لپاره د سفر اجازه
ata-intro = د پارول پروګرامونو لپاره: په متحده ایالاتو کې یو ملاتړی USCIS ته I-134A فورمه سپاري. که تاسو ته بلنه درکړل شي، خپل معلومات دلته تاییدوئ او CBP پرېکړه کوي چې تاسو ته متحده ایالاتو ته د الوتنې لپاره مخکینۍ د سفر اجازه درکړي که نه.
ata-programmes = پروګرامونه
ata-programme-open = پرانیستی: دوسیې مني.
ata-programme-closed = تړلی: هېڅ نوی شی نه مني.
ata-nationalities = تابعیتونه
ata-monthly-cap = په میاشت کې بلنې
ata-opens = پرانیستل شو
ata-closes = وتړل شو
ata-selections = میاشتنی انتخاب
ata-selections-intro = هره میاشت، تر حد پورې، تایید شوې دوسیې ټاکل کېږي: نیمې تر ټولو زړې او نیمې په پچه. ژمنه مخکې او بشپړ ریکارډ وروسته خپرېږي، څو هر څوک یې وڅېړي.
ata-selections-none = تر اوسه انتخاب نه دی شوی.
ata-programme = پروګرام
ata-month = میاشت
ata-commitment = ژمنه
ata-selected = ټاکل شوي / په لېست کې
ata-record = ریکارډ
ata-not-run = تر اوسه نه دی شوی
ata-invitation-title = ستاسو بلنه
ata-programme-closed-detail = دا پروګرام تړلی دی. نوي ګامونه او دوسیې نه مني.
ata-invitation-accept-intro = دا لینک یوازې ستاسو لپاره دی او یو ځل کار کوي. ومنئ یې څو دوسیه ستاسو حساب سره وتړل شي، بیا ګامونه بشپړ کړئ.
ata-invitation-accept = بلنه ومنئ
ata-invitation-sign-in = لومړی ننوځئ یا حساب جوړ کړئ، بیا دا لینک بیا پرانیزئ.
ata-sign-in = ننوتل
ata-register = حساب جوړول
ata-case-title = زما د سفر اجازه
ata-case-number = دوسیه
ata-status-pending = ستاسو د ملاتړي فورمه لا تایید شوې نه ده.
ata-status-confirmed = ستاسو دوسیه د میاشتني انتخاب په تمه ده.
ata-status-invited = تاسو ته بلنه درکړل شوه: لاندې ګامونه بشپړ کړئ.
ata-status-submitted = ټول ګامونه بشپړ شول. د CBP یو افسر به پرېکړه وکړي. ځواب به دلته ښکاره شي.
ata-status-granted = د سفر اجازه ورکړل شوه.
ata-status-refused = د سفر اجازه رد شوه.
ata-status-expired = ستاسو د سفر اجازه پای ته رسېدلې ده.
ata-granted-until = تاسو تر { $date } پورې متحده ایالاتو ته الوتلی شئ.
ata-next-fly = د متحده ایالاتو دننه یوه هوايي ډګر ته والوځئ (نه ځمکني پولې ته).
ata-next-passport = هغه پاسپورټ له ځان سره ولرئ چې دلته مو ورکړی. هوايي شرکت به یې وګوري.
ata-next-expires = له { $date } وروسته دا اجازه نور اعتبار نه لري.
ata-refused-title = ولې
ata-steps-left = پاتې ګامونه
ata-step-biographic = خپل معلومات تایید کړئ
ata-step-passport = پاسپورټ
ata-step-attestations = اعلامیې
ata-step-photo = ژوندی انځور
ata-step-done = بشپړ شو
ata-biographic-hint = لکه په پاسپورټ کې چې دي هماغسې یې ولیکئ. که کوم شی د ملاتړي له فورمې سره توپیر ولري، یو افسر یې ګوري؛ د دې له امله نه ردېږئ.
ata-field-family-name = کورنۍ نوم
ata-field-given-names = نوم
ata-field-date-of-birth = د زېږېدو نېټه
ata-save = خوندي کول
ata-passport-number = د پاسپورټ شمېره
ata-passport-country = هغه هېواد چې پاسپورټ یې ورکړی
ata-country-hint = دوه توري، لکه HT، CU، VE، NI، UA.
ata-passport-expires = د پاسپورټ د پای نېټه
ata-passport-expires-hint = { $days ->
    [one] باید لږ تر لږه { $days } ورځ نور هم معتبر وي.
   *[other] باید لږ تر لږه { $days } ورځې نور هم معتبر وي.
}
ata-attestation-vaccinations = ما ته متحده ایالاتو ته د سفر لپاره اړین واکسینونه شوي، یا به یې له الوتنې مخکې وکړم.
ata-attestation-truthful = هر څه چې ما لیکلي رښتیا او بشپړ دي.
ata-photo-label = ستاسو د مخ انځور چې همدا اوس اخیستل کېږي
ata-photo-hint = په ښه رڼا کې، بې خولۍ او عینکو کمرې ته وګورئ. یو انسان یې ګوري؛ هېڅ ماشین یې نه ردوي.
ata-photo-alt = د ګټه اخیستونکي ژوندی انځور
ata-no-case = تر اوسه دوسیه نه لرئ. د بلنې په برېښنالیک کې لینک پرانیزئ.
ata-queue-title = د پرېکړې په تمه دوسیې
ata-nationality = تابعیت
ata-filter = چاڼ
ata-queue-empty = هېڅ دوسیه په تمه نه ده.
ata-submitted = سپارل شوې
ata-mismatches = له دوسیې سره توپیرونه
ata-review-title = دوسیه
ata-supporter = ملاتړی
ata-decision = پرېکړه
ata-grant = د سفر اجازه ورکول
ata-reason = د ردولو لامل
ata-refuse = ردول
ata-back-to-queue = دوسیو ته ستنېدل
ata-reason-identity-not-confirmed = مونږ ونه شو کړای تایید کړو چې تاسو د دوسیې هماغه کس یاست.
ata-reason-passport-not-valid = پاسپورټ د دې سفر لپاره معتبر نه دی.
ata-reason-security-vetting = امنیتي ازموینو اجازه ورنه کړه.
ata-reason-supporter-not-confirmed = ستاسو د ملاتړي فورمه تایید نه شوه.
ata-reason-not-eligible = تاسو د دې پروګرام شرطونه نه پوره کوئ.
ata-check-title = د سفر اجازه وڅېړئ
ata-check-intro = د مسافر پاسپورټ او د زېږېدو نېټه ولیکئ. ځواب یوازې هو (له وروستۍ ورځې سره) یا نه دی.
ata-check-submit = وڅېړئ
ata-check-authorized = تر { $date } پورې اجازه لري
ata-check-not-authorized = اجازه نه لري

# Retention (privacy page)
retention-kind-ata-cases = د پارول د سفر اجازې: رد شوې دوسیې له پرېکړې وروسته، ختمې شوې اجازې د اعتبار له وروستۍ ورځې وروسته (نه ټاکل شوې دوسیې تر هغه ساتل کېږي چې پروګرام پرانیستی وي)
retention-kind-ata-invitations = د سفر اجازې د بلنې لینکونه، له کارولو یا ختمېدو وروسته

# Invitation e-mail / notification-ata-invitation
notification-ata-invitation-subject = تاسو ته بلنه درکړل شوې چې د سفر اجازه وغواړئ
notification-ata-invitation-body = ستاسو د ملاتړي فورمه تایید شوه او ستاسو دوسیه د دوام لپاره وټاکل شوه. د خپلې برخې بشپړولو لپاره دا لینک پرانیزئ (ستاسو معلومات، پاسپورټ، اعلامیې او ژوندی انځور): { $link }
    لینک یوازې ستاسو لپاره دی، یو ځل او تر { $until } پورې کار کوي. لومړی ننوځئ یا حساب جوړ کړئ. که تاسو د دې پیغام تمه نه درلوده، کولی شئ پروا یې ونکړئ.
notification-kind-ata-invitation = د سفر اجازې ته بلنه
