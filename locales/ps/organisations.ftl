# سازمانونه، د هغوی کسان او بلنې؛ د سازمانونو او کارکوونکو لپاره د مدیرانو پاڼې.
nav-organisation = زما سازمان
nav-organisations = سازمانونه
nav-staff = کارکوونکي

role-officer = افسر
role-agriculture-specialist = د کرنې متخصص
role-adjudicator = د غوښتنو څېړونکی
role-enrollment-officer = د نوم لیکنې افسر
role-organisation-manager = مدیر
role-organisation-member = غړی
role-admin = د سیسټم مدیر

organisation-kind-partner-agency = همکار اداره
organisation-kind-customs-broker = د ګمرک دلال
organisation-kind-carrier = د ترانسپورت شرکت
organisation-kind-bus-line = د بس شرکت
organisation-kind-airline = هوايي شرکت
organisation-kind-aid-organisation = سرپناه، حقوقي مرسته یا نړیوال سازمان
organisation-kind-government-agency = دولتي اداره

organisation-status-label = حالت
organisation-status-pending = د تایید په تمه
organisation-status-approved = تایید شوی
organisation-status-suspended = ځنډول شوی
organisation-status-rejected = رد شوی

organisation-decision-approve = تایید
organisation-decision-reject = ردول
organisation-decision-suspend = ځنډول

programme-appointments = د ننوتو په دروازو کې وختونه
programme-parole-travel = د پارول د سفر اجازې
programme-provisional-i94 = لنډمهاله I-94
programme-trusted-traveler = د باوري مسافر پروګرامونه

field-legal-name = قانوني نوم
field-legal-name-hint = لکه څنګه چې له چارواکو سره ثبت دی.
field-kind = د سازمان ډول
field-country = هېواد
field-identifier = پېژندونکی
field-identifier-hint = د ګمرک دلالان: د CBP د اعلان کوونکي کوډ (۳ توري یا شمېرې). هوايي شرکتونه: د IATA کوډ (۲ نښې). د ترانسپورت او بس شرکتونه: SCAC (له ۲ تر ۴ توري) یا د USDOT شمېره. نور: د ثبت شمېره، که وي.
field-role = رول
field-manager-email = د مدیر برېښنالیک پته
field-location = ځای
field-location-hint = د افسرانو، د کرنې متخصصینو او د نوم لیکنې افسرانو لپاره.
field-programme = پروګرام
field-programme-hint = د غوښتنو د څېړونکو لپاره.
field-scope = ځای یا پروګرام

organisations-register-title = یو سازمان ثبت کړئ
organisations-register-intro = همکارې ادارې، د ګمرک دلالان، د ترانسپورت شرکتونه، د بس شرکتونه، هوايي شرکتونه، سرپناوې او دولتي ادارې د یوه مدیر له تایید وروسته په Garita کې کار کولی شي.
organisations-register-you = تاسو، لومړی مدیر
organisations-register-you-intro = تاسو به د سازمان کسان اداره کوئ. ستاسو د پتې د تایید لپاره یو لینک لېږو؛ په لومړي ننوتو کې دوهم ګام (د تصدیق اپلیکېشن) جوړوئ.
organisations-register-submit = سازمان ثبت کړئ

organisation-waiting = مخکې له دې چې تاسو د خپل سازمان په استازیتوب کار وکړئ، یو مدیر باید هغه تایید کړي. کله چې پرېکړه وشي، تاسو ته برېښنالیک درځي.
organisation-stopped = ستاسو سازمان اوس مهال په Garita کې کار نشي کولی. که فکر کوئ تېروتنه ده، له مدیرانو سره اړیکه ونیسئ.
organisation-people = کسان
organisation-since = له
organisation-actions = کړنې
organisation-make-member = غړی یې کړئ
organisation-make-manager = مدیر یې کړئ
organisation-remove = لرې کول
organisation-invitations = بلنې
organisation-no-invitations = تر اوسه بلنه نشته.
organisation-invitation-status = حالت
organisation-expires = پای نېټه
organisation-revoke = بېرته اخیستل
organisation-invite = یو څوک راوبلئ
organisation-invite-intro = دې پتې ته یو لینک لېږو. یوازې یو ځل، ۷ ورځې او یوازې د همدې پتې د حساب لپاره کار کوي.
organisation-invite-submit = بلنه ولېږئ
organisation-api-keys = د API کلیګانې
organisation-api-keys-intro = ستاسو خپل سیسټمونه کولی شي د یوې کلي په مرسته د سازمان په استازیتوب کار وکړي.
organisation-api-keys-link = د API کلیګانې اداره کړئ

invitation-status-pending = په تمه
invitation-status-accepted = منل شوې
invitation-status-expired = پای ته رسېدلې
invitation-status-revoked = بېرته اخیستل شوې

invitation-title = بلنه
invitation-to-organisation = تاسو بلل شوي یاست چې د دې سازمان په استازیتوب کار وکړئ:
invitation-to-staff = تاسو بلل شوي یاست چې په Garita کې د CBP د کارکوونکي په توګه کار وکړئ.
invitation-accept = بلنه ومنئ
invitation-sign-in = دا پته دمخه حساب لري. د منلو لپاره ورسره ننوځئ.
invitation-new-account = د خپل حساب جوړولو لپاره یو پټنوم وټاکئ. په لومړي ننوتو کې دوهم ګام (د تصدیق اپلیکېشن) جوړوئ.
invitation-password-hint = لږ تر لږه ۱۵ نښې.

organisations-admin-title = سازمانونه
organisations-all = ټول
organisations-none = دلته هېڅ سازمان نشته.
organisations-registered = د ثبت نېټه
organisations-create = سازمان جوړ کړئ
organisations-create-intro = هغه سازمان چې تاسو یې جوړوئ سمدستي تایید کېږي؛ مدیر یې په برېښنالیک بلنه ترلاسه کوي.
organisations-create-submit = جوړ یې کړئ او مدیر راوبلئ

staff-title = د CBP کارکوونکي
staff-grants = رولونه
staff-scope-platform = ټول پلاتفورم
staff-remove-grant = لرې کول
staff-invite = یو کس راوبلئ
staff-invite-intro = یو رول او د هغه ځای وټاکئ: د افسرانو، متخصصینو او د نوم لیکنې افسرانو لپاره ځای، د غوښتنو د څېړونکو لپاره پروګرام. لینک یوازې یو ځل، ۷ ورځې کار کوي.
staff-invite-submit = بلنه ولېږئ

notification-invitation-subject = په Garita کې د { $organisation } په استازیتوب د کار بلنه
notification-invitation-body = تاسو بلل شوي یاست چې په Garita کې د { $organisation } په استازیتوب کار وکړئ. د منلو لپاره دا لینک په ۷ ورځو کې پرانیزئ: { $link } که تاسو د دې بلنې تمه نه درلوده، کولی شئ هغه له پامه وغورځوئ.
notification-staff-invitation-subject = په Garita کې د CBP د کارکوونکي په توګه د کار بلنه
notification-staff-invitation-body = تاسو بلل شوي یاست چې په Garita کې د CBP د کارکوونکي په توګه کار وکړئ. د منلو لپاره دا لینک په ۷ ورځو کې پرانیزئ: { $link } که تاسو د دې بلنې تمه نه درلوده، کولی شئ هغه له پامه وغورځوئ.
notification-organisation-approved-subject = { $organisation } تایید شو
notification-organisation-approved-body = یوه مدیر { $organisation } تایید کړ. د هغه کسان اوس کولی شي په Garita کې د هغه په استازیتوب کار وکړي: { $url }
notification-organisation-rejected-subject = { $organisation } تایید نشو
notification-organisation-rejected-body = یوه مدیر د { $organisation } ثبت تایید نه کړ. که فکر کوئ تېروتنه ده، له مدیرانو سره اړیکه ونیسئ.
notification-organisation-suspended-subject = { $organisation } وځنډول شو
notification-organisation-suspended-body = یوه مدیر { $organisation } وځنډاوه. د هغه کسان او کلیګانې تر بیا تایید پورې د هغه په استازیتوب کار نشي کولی.
notification-kind-invitation = بلنه
notification-kind-staff-invitation = د کارکوونکي بلنه
notification-kind-organisation-approved = سازمان تایید شو
notification-kind-organisation-rejected = سازمان تایید نشو
notification-kind-organisation-suspended = سازمان وځنډول شو
