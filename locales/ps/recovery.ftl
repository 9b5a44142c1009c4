# بېرته حساب ته ننوتل: د برېښنالیک تایید، د هېر شوي پټنوم بیا جوړول، د پټنوم یا پتې بدلول.
# ځوابونه هېڅکله نه وايي چې یوه پته حساب لري که نه.

field-current-password = اوسنی پټنوم
field-new-password = نوی پټنوم
field-new-email = نوې برېښنالیک پته

recovery-check-email-title = خپل برېښنالیک وګورئ
recovery-check-email-text = تاسو ورکړې پتې ته مو یو پیغام ولېږه. د پتې د تایید لپاره په هغه کې لینک پرانیزئ. که پته دمخه حساب ولري، پیغام وايي چې څه وکړئ.
recovery-to-login = ننوتلو ته لاړ شئ
recovery-to-group = خپلې ډلې ته لاړ شئ
recovery-to-home = لومړي مخ ته لاړ شئ

recovery-verify-title = خپل برېښنالیک تایید کړئ
recovery-verify-text = تڼۍ کېکاږئ څو تایید کړئ چې دا برېښنالیک پته ستاسو ده.
recovery-verify-submit = زما پته تایید کړئ
recovery-verified-title = پته تایید شوه
recovery-verified-text = مننه. ستاسو برېښنالیک تایید شو: اوس کولی شئ د وخت غوښتنه وکړئ.
recovery-verify-needed-title = خپل برېښنالیک تایید کړئ
recovery-verify-needed-text = ستاسو برېښنالیک ته مو یو لینک ولېږه. د پتې د تایید لپاره یې پرانیزئ. په دې منځ کې کولی شئ خپله ډله ډکه کړئ.
recovery-verify-needed-request = د وخت له غوښتنې مخکې، خپل برېښنالیک تایید کړئ.
recovery-verify-already = ستاسو برېښنالیک تایید شوی دی.
recovery-verify-resend = لینک بیا ولېږئ
recovery-verify-resent = نوی لینک مو ولېږه. خپل برېښنالیک وګورئ، د سپیم فولډر هم.

recovery-link-invalid-title = دا لینک نور کار نه کوي
recovery-link-invalid-text = د لینک موده پای ته رسېدلې یا دمخه کارول شوی. د پټنوم د بیا جوړولو لینکونه یو ساعت او یوازې یو ځل کار کوي.
recovery-reset-ask-again = د نوي لینک غوښتنه وکړئ

recovery-forgot = پټنوم مو هېر شوی؟
recovery-reset-title = پټنوم بیا جوړ کړئ
recovery-reset-intro = د خپل حساب برېښنالیک پته ولیکئ. د نوي پټنوم د ټاکلو لپاره به درته یو لینک ولېږو.
recovery-reset-submit = ماته لینک راولېږئ
recovery-reset-sent-title = خپل برېښنالیک وګورئ
recovery-reset-sent-text = که دا پته حساب ولري، د نوي پټنوم د ټاکلو لپاره مو ورته یو لینک ولېږه. لینک یو ساعت او یوازې یو ځل کار کوي.
recovery-reset-done-title = پټنوم بدل شو
recovery-reset-done-text = ستاسو نوی پټنوم خوندي شو او له ټولو وسیلو څخه ووتل شول. له نوي پټنوم سره ننوځئ.

recovery-password-title = خپل پټنوم بدل کړئ
recovery-password-too-short = { $min ->
    [one] ستاسو پټنوم له { $min } توري لنډ دی. مهرباني وکړئ اوس اوږد پټنوم وټاکئ.
   *[other] ستاسو پټنوم له { $min } تورو لنډ دی. مهرباني وکړئ اوس اوږد پټنوم وټاکئ.
}
recovery-password-done = ستاسو پټنوم بدل شو. له نورو وسیلو څخه ووتل شول.
recovery-password-submit = نوی پټنوم خوندي کړئ
recovery-wrong-password = دا ستاسو اوسنی پټنوم نه دی.

recovery-email-title = خپل برېښنالیک بدل کړئ
recovery-email-intro = نوې پتې ته به یو لینک ولېږو. بدلون هغه وخت کېږي چې تاسو یې پرانیزئ. پخوانۍ پتې ته به خبر ورکړل شي.
recovery-email-submit = لینک ولېږئ
recovery-email-sent = نوې پتې ته مو یو لینک ولېږه. د بدلون د بشپړولو لپاره یې پرانیزئ.
recovery-email-confirm-title = خپل نوی برېښنالیک تایید کړئ
recovery-email-confirm-text = تڼۍ کېکاږئ څو دا پته ستاسو د Garita حساب لپاره وکارول شي.
recovery-email-confirm-submit = دا پته وکاروئ
recovery-email-changed-title = برېښنالیک بدل شو
recovery-email-changed-text = ستاسو حساب اوس نوې پته کاروي. پخوانۍ پتې ته مو د بدلون خبر ورکړ.
