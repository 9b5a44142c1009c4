my-data-title = زما معلومات
my-data-reauth-intro = د خپلو معلوماتو د لیدو یا پاکولو لپاره، پټنوم بیا ولیکئ. دا پاڼې ۱۰ دقیقې پرانیستې پاتې کېږي.
my-data-password = پټنوم
my-data-code = ستاسو د تصدیق د اپ کوډ
my-data-continue = دوام ورکړئ
my-data-intro = دا هر څه دي چې Garita ستاسو د حساب په اړه ساتي. کولی شئ په یوه فایل کې یې ښکته کړئ.
my-data-download = زما معلومات ښکته کړئ (JSON)
my-data-account = حساب
my-data-email = ایمیل
my-data-created = جوړ شوی
my-data-members = ستاسو د ډلې کسان
my-data-has-photo = عکس ساتل شوی
my-data-none = هېڅ نه.
my-data-appointments = نوبتونه
my-data-notifications-count = { $count ->
    [one] تاسو ته { $count } پیغام لېږل شوی.
   *[other] تاسو ته { $count } پیغامونه لېږل شوي.
}
my-data-views = چا ستاسو معلومات ولیدل
my-data-views-intro = هر ځل چې چا ستاسو معلومات پرانیستل یا بدل کړل. موږ رول، سرحدي دروازه او وخت ښیو، هېڅکله د هغه کس نوم نه.
my-data-col-time = وخت
my-data-col-role = رول
my-data-col-port = سرحدي دروازه
my-data-col-action = کار
my-data-role-traveler = تاسو
my-data-role-officer = مامور
my-data-role-admin = اداره
my-data-role-anonymous = سیسټم
my-data-delete-title = زما حساب پاک کړئ
my-data-delete-link = زما حساب او معلومات پاک کړئ
my-data-delete-intro = که خپل حساب پاک کړئ، دا د تل لپاره له منځه ځي:
my-data-delete-members = { $count ->
    [one] ستاسو د ډلې { $count } کس، له عکس سره.
   *[other] ستاسو د ډلې { $count } کسان، له عکسونو سره.
}
my-data-delete-appointment = ستاسو نوبت. د هغه کوډونه نور کار نه کوي او ځایونه نورو خلکو ته ځي.
my-data-delete-request = ستاسو غوښتنه. ستاسو د انتظار وخت له منځه ځي.
my-data-delete-sessions = تاسو له ټولو وسیلو څخه وځئ.
my-data-delete-kept = موږ یوازې دا ثبت ساتو چې یو حساب پاک شو، د هغه له شمېرې سره، نه ستاسو له نوم سره.
my-data-delete-confirm = پوهېږم. زما حساب پاک کړئ.
my-data-delete-button = د تل لپاره پاک کړئ
my-data-keep = زما حساب وساتئ
my-data-deleted-title = حساب پاک شو
my-data-deleted-text = ستاسو حساب او معلومات پاک شول. تاسو ووتلئ.
my-data-action-viewed = ستاسو معلومات یې وکتل
my-data-action-exported = ستاسو معلومات یې ښکته کړل
my-data-action-message = تاسو ته یې پیغام ولېږه
my-data-action-port = په دروازه کې ثبت
my-data-action-changed = ستاسو معلومات یې بدل کړل
