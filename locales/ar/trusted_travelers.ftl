# عضويات المسافر الموثوق (/trusted-traveler) ومقابلات التسجيل (/enrollment/interviews).
ttp-title = المسافر الموثوق
ttp-intro = عضويتك في SENTRI أو NEXUS أو Global Entry أو FAST: حالتها، ومتى تنتهي، ومتى تجددها، ومقابلة التسجيل.
ttp-none = لم تربط أي عضوية بعد.
ttp-linked = رُبطت عضويتك بهذا الحساب.
ttp-link-title = ربط عضوية
ttp-link-intro = اكتب البرنامج ورقم PASSID وتاريخ ميلادك تمامًا كما هي لدى CBP.
field-passid = PASSID
ttp-passid-hint = 9 أرقام، على بطاقتك أو في رسالة الموافقة.
ttp-link-submit = ربط
ttp-link-not-found = لم يُعثر على عضوية بهذه البيانات. تحقق مما كتبت.
ttp-privacy = تُسجَّل كل محاولة. بعد محاولات كثيرة يجب الانتظار قبل المحاولة مجددًا.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = الحالة
ttp-status-pending_review = قيد المراجعة
ttp-status-conditionally_approved = موافقة مشروطة
ttp-status-active = سارية
ttp-status-expired = منتهية
ttp-status-revoked = ملغاة
ttp-status-denied = مرفوضة
ttp-expires = تنتهي في
ttp-days-left = { $days ->
    [zero] لم يبق أي يوم
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
    [many] بقي { $days } يومًا
   *[other] بقي { $days } يوم
}
ttp-renewal = التجديد
ttp-renewal-opens = يمكنك التجديد ابتداءً من { $date }.
ttp-renewal-open-now = مفتوح منذ { $date }: يمكنك التجديد الآن.
ttp-next = ما الخطوة التالية
ttp-next-wait = لا شيء الآن: تراجع CBP طلبك.
ttp-next-book-interview = احجز مقابلة التسجيل.
ttp-next-nothing = لا شيء: عضويتك سارية.
ttp-next-renew = جدّدها على موقع برامج المسافر الموثوق التابع لـ CBP قبل انتهائها.
ttp-next-apply-again = قدّم طلبًا جديدًا على موقع برامج المسافر الموثوق التابع لـ CBP.
ttp-next-contact-cbp = إذا كنت تظن أن هذا خطأ، فتواصل مع أمين مظالم برامج المسافر الموثوق في CBP.
ttp-interview-booked = المقابلة: { $center }، { $date } الساعة { $time }.
ttp-interview-book = احجز المقابلة
ttp-interview-rebook = غيّر المقابلة
ttp-interview-cancel = ألغِ المقابلة
ttp-book-title = حجز مقابلة التسجيل
ttp-book-center = مركز التسجيل
ttp-book-date = اليوم
ttp-book-show = اعرض
ttp-book-slots = المواعيد
ttp-book-times-in = المواعيد بالتوقيت المحلي للمركز ({ $zone }).
ttp-book-closed = هذا المركز مغلق.
ttp-book-no-slots = لا توجد مقابلات في هذا اليوم. اختر يومًا آخر.
ttp-slot-free = { $count ->
    [zero] لا أماكن متبقية
    [one] بقي مكان واحد
    [two] بقي مكانان
    [few] بقيت { $count } أماكن
    [many] بقي { $count } مكانًا
   *[other] بقي { $count } مكان
}
ttp-slot-book = احجز { $time }
ttp-slot-unavailable = غير متاح
ttp-back = العودة إلى عضوياتي
ttp-desk-title = مقابلات التسجيل
ttp-desk-none = لا توجد مقابلات في هذا اليوم.
ttp-desk-caption = مقابلات اليوم
ttp-desk-time = الوقت
ttp-desk-outcome = النتيجة
ttp-desk-record = سجّل
ttp-outcome-approved = مقبول
ttp-outcome-denied = مرفوض
ttp-outcome-no_show = لم يحضر
ttp-interview-status-booked = محجوزة
ttp-interview-status-cancelled = ملغاة
ttp-interview-status-approved = مقبولة
ttp-interview-status-denied = مرفوضة
ttp-interview-status-no_show = لم يحضر
nav-ttp = المسافر الموثوق
notification-ttp-renewal-subject = حان وقت تجديد عضويتك في المسافر الموثوق
notification-ttp-renewal-body = تنتهي عضويتك في المسافر الموثوق قريبًا ويمكن تجديدها الآن. سجّل الدخول لترى التاريخ: { $url }/trusted-traveler
retention-kind-ttp-interviews = مقابلات المسافر الموثوق، بعد يومها
