# دوهم فکتور: د پټنوم وروسته د تصدیق له اپلیکیشن څخه کوډ.
second-factor-title = دوه ګامه ننوتل
second-factor-about = د پټنوم وروسته، ګاریتا ستاسو په تلیفون کې د تصدیق له اپلیکیشن څخه ۶ عددي کوډ غواړي، څو یوازې یو غلا شوی پټنوم ستاسو حساب خلاص نه کړي.
second-factor-code-title = خپل کوډ ولیکئ
second-factor-code-intro = د تصدیق اپلیکیشن پرانیزئ او هغه ۶ عددي کوډ ولیکئ چې د ګاریتا لپاره یې ښيي.
second-factor-code-label = کوډ
second-factor-code-hint = له اپلیکیشن څخه ۶ عددونه، یا ستاسو د بیا ترلاسه کولو له کوډونو څخه یو.
second-factor-code-digits = هغه ۶ عددونه چې اپلیکیشن یې ښيي.
second-factor-code-submit = ننوتل
second-factor-setup-title = د تصدیق اپلیکیشن تنظیم کړئ
second-factor-setup-required = ستاسو رول دوه ګامه ننوتل غواړي. د دوام لپاره یې اوس تنظیم کړئ.
second-factor-setup-scan = دا کوډ د تصدیق په اپلیکیشن سکن کړئ (د بېلګې په توګه FreeOTP، Aegis یا Google Authenticator).
second-factor-setup-manual = که سکن نشئ کولای، دا کیلي په لاس اضافه کړئ:
second-factor-setup-uri = په هغه تلیفون کې چې اپلیکیشن لري، تاسو کولای شئ
second-factor-setup-uri-link = دا لینک په اپلیکیشن کې پرانیزئ
second-factor-qr-label = QR کوډ چې ګاریتا د تصدیق اپلیکیشن ته اضافه کوي
second-factor-setup-confirm = هغه کوډ ولیکئ چې اپلیکیشن یې اوس ښيي
second-factor-setup-submit = تایید
second-factor-recovery-title = ستاسو د بیا ترلاسه کولو کوډونه
second-factor-recovery-intro = که تلیفون مو ورک شي، هر یو له دې کوډونو یو ځل د اپلیکیشن د کوډ پر ځای کار کوي. اوس یې ولیکئ یا چاپ کړئ: بیا به نه ښودل کېږي.
second-factor-continue = دوام
second-factor-status-on = دوه ګامه ننوتل فعال دی.
second-factor-status-off = دوه ګامه ننوتل غیر فعال دی.
second-factor-recovery-left = { $count ->
    [one] { $count } د بیا ترلاسه کولو کوډ پاتې دی.
   *[other] { $count } د بیا ترلاسه کولو کوډونه پاتې دي.
}
second-factor-required-role = ستاسو رول دا غواړي، نو نشي غیر فعالېدای. که تلیفون او د بیا ترلاسه کولو کوډونه مو ورک شي، مدیر یې بیا تنظیمولای شي.
second-factor-turn-on = دوه ګامه ننوتل فعال کړئ
second-factor-turn-off-title = دوه ګامه ننوتل غیر فعال کړئ
second-factor-turn-off-submit = غیر فعال کړئ
second-factor-admin-title = دوهم فکتور بیا تنظیم کړئ
second-factor-admin-intro = کله چې یو کس خپل تلیفون او د بیا ترلاسه کولو کوډونه ورک کړي وي، او تاسو یې هویت کتلی وي، د هغه دوهم فکتور بیا تنظیم کړئ. هغه ته په ایمیل خبر ورکول کېږي او په راتلونکي ننوتلو کې نوی تنظیموي.
second-factor-admin-email = د حساب ایمیل پته
second-factor-admin-submit = دوهم فکتور بیا تنظیم کړئ
second-factor-admin-done = دوهم فکتور بیا تنظیم شو او کس ته په ایمیل خبر ورکړل شو.
second-factor-admin-none = د دې پتې هېڅ حساب دوهم فکتور نه لري.
second-factor-pending-expired = ستاسو د پټنوم او کوډ ترمنځ ډېر وخت تېر شو. مهرباني وکړئ بیا ننوځئ.
