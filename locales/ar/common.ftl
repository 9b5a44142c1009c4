# Garita — العربية
app-name = Garita
# How dates are written: strftime codes (%-d day, %B month name, %Y year); keep the codes.
date-pattern = %-d %B %Y
app-tagline = مواعيد في المعابر الحدودية البرية للولايات المتحدة. بعدل، وبالمجان، وبلغتك.
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-wait-times = أوقات الانتظار
nav-ports = المعابر الحدودية
nav-group = مجموعتي
nav-login = تسجيل الدخول
nav-register = إنشاء حساب
nav-logout = تسجيل الخروج
language-label = اللغة
footer-text = Garita برنامج حر. لا يبيع بياناتك ولا يعطيها لأحد.
footer-api = API للمبرمجين
choose-option = اختيار…
home-title = مواعيد على الحدود
home-intro = يساعدك Garita على الحصول على موعد للتقدم إلى معبر حدودي أمريكي على الحدود مع المكسيك. الخدمة مجانية.
home-steps-title = كيف يعمل
home-step-1 = إنشاء حساب. ثم إضافة نفسك والأشخاص المسافرين معك.
home-step-2 = طلب موعد وأنت في شمال المكسيك أو وسطها.
home-step-3 = كل يوم، توزع قرعة عادلة المواعيد. كلما طال انتظارك، زادت فرصتك.
home-step-4 = تأكيد موعدك. ثم إظهار رمز QR لموعدك في المعبر الحدودي.
home-start = إنشاء حساب
home-have-account = عندي حساب
home-go-group = الذهاب إلى مجموعتي
ports-title = المعابر الحدودية
ports-intro = هذه المعابر الحدودية تعطي مواعيد. الأوقات بالتوقيت المحلي لكل معبر حدودي.
ports-city = الجانب المكسيكي: { $city }
ports-time-zone = المنطقة الزمنية: { $zone }
ports-capacity = { $count ->
    [zero] لا مواعيد في اليوم
    [one] موعد واحد في اليوم تقريبًا
    [two] موعدان في اليوم تقريبًا
    [few] { $count } مواعيد في اليوم تقريبًا
    [many] { $count } موعدًا في اليوم تقريبًا
   *[other] { $count } موعد في اليوم تقريبًا
    }
ports-address = العنوان
not-permission = الموعد ليس إذنًا بدخول الولايات المتحدة: في المعبر الحدودي، يقرر موظف الحدود.
