# Locations (/locations).
nav-locations = الأماكن
locations-title = المعابر والمطارات وأماكن أخرى
locations-intro = جميع منافذ الدخول البرية الأمريكية على الحدود مع المكسيك وكندا، والمطارات الدولية، ومرافق الشحن، ومراكز التسجيل في برامج المسافر الموثوق. المواعيد بالتوقيت المحلي لكل مكان.
locations-filter-kind = نوع المكان
locations-filter-function = الغرض منه
locations-filter-state = الولاية الأمريكية
locations-filter-any = الكل
locations-filter-apply = اعرض
locations-found = { $count ->
    [zero] لا أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $count } أماكن
    [many] { $count } مكانًا
   *[other] { $count } مكان
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = منافذ الدخول البرية
locations-kind-airport = المطارات الدولية
locations-kind-cargo-facility = مرافق الشحن
locations-kind-enrollment-center = مراكز التسجيل في برامج المسافر الموثوق
locations-function-appointments = المواعيد
locations-function-provisional-i94 = استمارة I-94 المؤقتة
locations-function-bus-arrivals = وصول الحافلات
locations-function-cargo-inspection = تفتيش البضائع
locations-function-air-passenger-inspection = تفتيش المسافرين جوًا
locations-function-trusted-traveler-enrollment = التسجيل في برامج المسافر الموثوق
locations-port-code = منفذ CBP
locations-iata-code = رمز المطار
locations-status-open = مفتوح
locations-status-closed = مغلق
locations-hours-in-zone = المواعيد ({ $zone })
locations-day-mon = الاثنين
locations-day-tue = الثلاثاء
locations-day-wed = الأربعاء
locations-day-thu = الخميس
locations-day-fri = الجمعة
locations-day-sat = السبت
locations-day-sun = الأحد
locations-day-span = من { $first } إلى { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = من { $opens } إلى { $closes }
locations-open-all-day = مفتوح 24 ساعة
locations-closed = مغلق
locations-closed-all-week = مغلق كل يوم
locations-capacity = { $count ->
    [zero] لا عمليات تفتيش في الساعة
    [one] عملية تفتيش واحدة في الساعة
    [two] عمليتا تفتيش في الساعة
    [few] { $count } عمليات تفتيش في الساعة
    [many] { $count } عملية تفتيش في الساعة
   *[other] { $count } عملية تفتيش في الساعة
}
locations-saved = تم الحفظ.
locations-field-kind = النوع
locations-field-code = الرمز
locations-field-state = الولاية
locations-field-zone = المنطقة الزمنية
locations-field-functions = الغرض منه
locations-field-status = الحالة
locations-field-capacity = السعة
locations-not-stated = غير محدد
locations-hours-not-stated = المواعيد غير منشورة هنا. اسأل المكان قبل أن تذهب.
locations-updated = غيّرته الجهة المسؤولة في { $when }.
locations-edit = تغيير المواعيد أو السعة أو الحالة
locations-back = كل الأماكن
locations-edit-title = تغيير { $name }
locations-edit-intro = غيّر ما تحدده الجهة المسؤولة لهذا المكان. لا يُحفظ شيء إذا كان أحد الحقول خاطئًا.
field-hours = مواعيد العمل
locations-hours-hint = بالتوقيت المحلي، والأيام بالإنجليزية، ونظام 24 ساعة. مثال: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. الأيام غير المكتوبة مغلقة. اتركه فارغًا إذا لم يكن محددًا.
field-capacity-per-hour = عمليات التفتيش في الساعة
locations-capacity-hint = عدد صحيح من 1 إلى 10000. اتركه فارغًا إذا لم يكن محددًا.
field-is-open = الحالة
locations-save = احفظ
locations-back-to-location = العودة إلى المكان
