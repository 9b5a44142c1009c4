# Garita — پښتو
app-name = Garita
# How dates are written: strftime codes (%-d day, %B month name, %Y year); keep the codes.
date-pattern = %-d %B %Y
app-tagline = د امریکا په ځمکنیو سرحدي دروازو کې نوبت. عادلانه، وړیا او ستاسو په ژبه.
skip-to-content = اصلي برخې ته لاړ شئ
nav-label = اصلي مېنو
nav-home = لومړۍ پاڼه
nav-wait-times = د انتظار وخت
nav-ports = سرحدي دروازې
nav-group = زما ډله
nav-login = ننوتل
nav-register = حساب جوړول
nav-logout = وتل
language-label = ژبه
footer-text = Garita وړیا او آزاد سافټویر دی. ستاسو معلومات نه پلوري او نه یې له چا سره شریکوي.
footer-api = د پروګرام جوړونکو لپاره API
choose-option = وټاکئ…
home-title = په سرحد کې نوبت
home-intro = Garita له تاسو سره مرسته کوي چې نوبت واخلئ، ترڅو د مکسیکو سره په سرحد کې د امریکا یوې سرحدي دروازې ته ورشئ. دا وړیا ده.
home-steps-title = دا څنګه کار کوي
home-step-1 = یو حساب جوړ کړئ. ځان او هغه کسان ورزیات کړئ چې له تاسو سره سفر کوي.
home-step-2 = کله چې د مکسیکو په شمال یا منځ کې یاست، د نوبت غوښتنه وکړئ.
home-step-3 = هره ورځ یوه عادلانه پچه نوبتونه وېشي. هر څومره چې مو ډېر انتظار کړی وي، هومره مو چانس زیات دی.
home-step-4 = خپل نوبت تایید کړئ. په سرحدي دروازه کې د خپل نوبت QR کوډ وښایئ.
home-start = حساب جوړ کړئ
home-have-account = زه دمخه حساب لرم
home-go-group = زما ډلې ته لاړ شئ
ports-title = سرحدي دروازې
ports-intro = دا سرحدي دروازې نوبت ورکوي. وختونه د هرې سرحدي دروازې په ځایي وخت دي.
ports-city = د مکسیکو خوا: { $city }
ports-time-zone = د وخت سیمه: { $zone }
ports-capacity = { $count ->
    [one] په ورځ کې نږدې { $count } نوبت
   *[other] په ورځ کې نږدې { $count } نوبتونه
    }
ports-address = پته
not-permission = نوبت امریکا ته د ننوتلو اجازه نه ده: په سرحدي دروازه کې د سرحد مامور پرېکړه کوي.
