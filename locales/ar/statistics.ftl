stats-title = إحصاءات مفتوحة
stats-nav = الإحصاءات
stats-intro = كم شخصًا طلب موعدًا، واختير، وأكّد، ووصل إلى المنفذ، ولم يحضر، أو ألغى، يومًا بيوم، محسوبًا مما سجّله Garita. يُنشر كل يوم بعد انتهائه ولا يتغيّر بعد ذلك.
stats-licence = يمكنك إعادة استخدام هذه الأرقام بحرية مع ذكر Garita مصدرًا. الترخيص:
stats-hidden-note = لحماية الأشخاص، يُخفى كل رقم يخص أقل من { $threshold } أشخاص، وتُخفى معه أرقام أخرى حتى لا يمكن استنتاج الرقم المخفي بالطرح.
stats-from = من
stats-to = إلى
stats-show = اعرض
stats-period = من { $from } إلى { $to }
stats-download-csv = نزّل الأرقام (CSV)
stats-download-json = الأرقام بصيغة JSON
stats-none = لم تُنشر أرقام لهذه الأيام بعد.
stats-chart-requests = الأشخاص الذين طلبوا موعدًا
stats-chart-selected = الأشخاص الذين اختيروا في القرعة
stats-chart-confirmed = الأشخاص الذين تأكّد موعدهم
stats-chart-checked-in = الأشخاص الذين سُجّل وصولهم في المنفذ
stats-chart-no-shows = الأشخاص الذين لم يحضروا
stats-chart-cancellations = الأشخاص الذين رفضوا أو ألغوا
stats-chart-desc = { $days ->
    [zero] لا أيام
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}، كل المنافذ. { $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
} في الأيام المعروضة. { $hidden ->
    [0] لا يوم مخفي.
    [zero] لا يوم مخفي.
    [one] يوم واحد مخفي.
    [two] يومان مخفيان.
    [few] { $hidden } أيام مخفية.
    [many] { $hidden } يومًا مخفيًا.
   *[other] { $hidden } يوم مخفي.
}
stats-chart-caption = عمود لكل يوم، كل المنافذ معًا. العلامة البرتقالية تعني أن الرقم مخفي.
stats-table-show = اعرض الأرقام في جدول
stats-day = اليوم
stats-people = الأشخاص
stats-groups = المجموعات
stats-hidden = مخفي
stats-states-title = الطلبات حسب الولاية، أسبوع { $week }
stats-state = الولاية
stats-port = المنفذ لأوقات الانتظار
stats-nationalities-title = الطلبات حسب جنسية صاحب المجموعة، أسبوع { $week }
stats-nationality = الجنسية
stats-nationality-unknown = غير معروفة
stats-wait-title = الانتظار الوسيط في { $port }: { $lane }
stats-wait-desc = { $days ->
    [zero] لا أيام
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}. { $empty ->
    [0] يوجد بلاغ كل يوم.
    [zero] يوجد بلاغ كل يوم.
    [one] يوم واحد بلا بلاغ.
    [two] يومان بلا بلاغ.
    [few] { $empty } أيام بلا بلاغ.
    [many] { $empty } يومًا بلا بلاغ.
   *[other] { $empty } يوم بلا بلاغ.
}
stats-wait-caption = عمود لكل يوم: القيمة الوسطى لأوقات الانتظار التي أبلغ عنها الموظفون في هذا المسار ذلك اليوم. غياب العمود يعني عدم وجود بلاغ ذلك اليوم.
stats-wait-median = الانتظار الوسيط
stats-wait-reports = البلاغات
stats-wait-none = لا بلاغ
