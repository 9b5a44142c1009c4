# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = التحقق من موعد
partner-intro = اكتب رمز التصريح وتاريخ ميلاد الشخص. الجواب نعم أو لا، ولا شيء غير ذلك.
partner-code = رمز التصريح
partner-code-hint = كما هو مطبوع تحت رمز QR. المسافات والشرطات لا تُحتسب.
field-code = رمز التصريح
partner-submit = تحقّق
partner-yes = نعم
partner-yes-detail = موعد هذا الشخص صالح.
partner-no = لا
partner-no-detail = لا يوجد موعد صالح لهذا الرمز وتاريخ الميلاد هذا. لا يُذكر السبب: راجع ما كتبته أو اطلب رؤية التصريح.
partner-next = التحقق من شخص آخر
partner-privacy = يُسجَّل كل تحقق مع حسابك ومنظمتك.
nav-partner = التحقق من موعد
