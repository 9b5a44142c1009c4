# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = هل هذا الشخص مسجّل؟
rosters-check-intro = استعلم عن شخص في قائمة برنامج منظمتك: برقم القائمة وتاريخ الميلاد، أو بالاسم الكامل وتاريخ الميلاد.
rosters-roster-id = رقم القائمة
rosters-roster-id-hint = كما في القائمة، مثل MPP-0001.
rosters-full-name = الاسم الكامل
rosters-full-name-hint = فقط إن لم يكن لديك رقم القائمة.
rosters-check-submit = استعلام
rosters-yes = مسجّل
rosters-no = غير موجود في قائمتك
rosters-status = الحالة في البرنامج:
rosters-check-privacy = الجواب نعم أو لا وحالة البرنامج فقط، لا شيء غير ذلك. يُسجَّل كل استعلام باسمك.
rosters-status-enrolled = مسجّل
rosters-status-pending = قيد الانتظار
rosters-status-completed = مكتمل
rosters-status-withdrawn = منسحب
rosters-claim-title = طالب بمكانك في قائمة برنامج
rosters-claim-intro = إن سجّلتك منظمة في برنامج، أدخل رقم القائمة وتاريخ ميلادك لربطه بحسابك.
rosters-claim-submit = مطالبة
rosters-claimed = رُبط بحسابك: رقم القائمة { $roster_id }، الحالة { $status }.
rosters-not-found = لم يُعثر عليه. تحقّق من رقم القائمة وتاريخ الميلاد.
retention-kind-roster-people = الأشخاص في قائمة برنامج إحدى المنظمات، بعد سنة من آخر استيراد أدرجهم
retention-kind-roster-places = الأماكن المحجوزة لأشخاص قائمة البرنامج، بعد يوم الموعد

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = حصص قوائم البرامج
rosters-quotas-intro = حصة أماكن كل موعد في المعبر المحجوزة للأشخاص المدرجين في قائمة برنامج، وعدد الأيام قبل يوم الموعد التي تنتقل فيها الأماكن المحجوزة غير المستخدمة إلى القرعة اليومية. 0 % تُنهي حصة المعبر؛ والأماكن المحجوزة من قبل تبقى محجوزة.
rosters-quotas-saved = حُفظت حصة { $port }.
rosters-quotas-caption = المعابر وحصة القائمة لكل منها
rosters-quotas-port = المعبر
rosters-quotas-percent = الحصة المحجوزة
rosters-quotas-release = تنتقل الأماكن غير المستخدمة إلى القرعة اليومية
rosters-quotas-percent-value = { $percent }٪
rosters-quotas-release-value = { $days ->
    [zero] في يوم الموعد نفسه
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $days } أيام
    [many] قبل { $days } يومًا
   *[other] قبل { $days } يوم
}
rosters-quotas-none = لا حصة
rosters-quotas-set = تحديد حصة معبر
rosters-quotas-percent-hint = عدد صحيح من 0 إلى 100. الصفر يُنهي الحصة.
rosters-quotas-release-hint = عدد صحيح من 0 إلى 60.
rosters-quotas-save = حفظ
field-port-id = المعبر
field-percent = الحصة المحجوزة (٪)
field-release-days-before = الأيام قبل يوم الموعد

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = قرعة القوائم في { $date }
rosters-draw-intro = في الأيام التي تُحجز فيها أماكن للأشخاص المدرجين في قائمة برنامج، توزّعها قرعة خاصة أولًا على الطلبات المفتوحة لمن طالبوا بمكانهم في قائمة. تُشتق بذرتها من بذرة القرعة اليومية لذلك اليوم، التي نُشر التزامها قبل إغلاق الطلبات، فلا يمكن اختيارها بعد ذلك. الأماكن التي لا توزّعها تبقى محجوزة حتى موعد إطلاقها، ثم تنتقل إلى القرعة اليومية.
rosters-draw-places = الأماكن المحجوزة لأشخاص القوائم
rosters-draw-daily = القرعة اليومية لذلك اليوم
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = أدخل رقم القائمة وتاريخ الميلاد اللذين أعطتهما منظمة البرنامج لهذا الشخص، لربط مكانه بهذه المجموعة.
rosters-back-to-group = العودة إلى المجموعة
rosters-helper-claimed = رُبط بهذه المجموعة: رقم القائمة { $roster_id }، الحالة { $status }.
