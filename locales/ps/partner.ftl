# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = د نوبت تایید
partner-intro = د پاس کوډ او د کس د زیږېدو نېټه ولیکئ. ځواب هو یا نه دی، او بل هېڅ نه.
partner-code = د پاس کوډ
partner-code-hint = لکه څنګه چې د QR کوډ لاندې چاپ شوی. تشې ځایونه او ډشونه نه شمېرل کېږي.
field-code = د پاس کوډ
partner-submit = تایید
partner-yes = هو
partner-yes-detail = د دې کس نوبت سم دی.
partner-no = نه
partner-no-detail = د دې کوډ او د زیږېدو د دې نېټې لپاره سم نوبت نشته. لامل نه ویل کېږي: هغه څه وګورئ چې مو لیکلي، یا وغواړئ چې پاس ووینئ.
partner-next = بل کس تایید کړئ
partner-privacy = هر تایید ستاسو له حساب او ستاسو له سازمان سره ثبتېږي.
nav-partner = د نوبت تایید
