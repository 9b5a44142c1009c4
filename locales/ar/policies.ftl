# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = قواعد قرعة كل يوم
policies-intro = تحدد الجهة التي تدير هذه الخدمة القواعد: متى تُقبل الطلبات، وكيف توزَّع الأماكن، ومن أين يمكن التقديم. تسري كل مجموعة من القواعد ابتداءً من يوم معيّن؛ هذا هو السجل الكامل.
policies-caption = القواعد واليوم الذي بدأ فيه سريان كل منها
policies-from = ابتداءً من قرعة
policies-name = الاسم
policies-rules = القواعد
policies-digest = البصمة (SHA-256)
policies-in-force = سارية
policies-used-from = أول قرعة استخدمتها
policies-text = النص الكامل
policies-admin-title = السياسات
policies-admin-intro = حدِّد قواعد جديدة تسري ابتداءً من يوم معيّن. اليوم الذي أُجريت قرعته يحتفظ بقواعده. لا يُحفظ أي شيء إذا كان في النص خطأ.
policies-not-saved = لم يُحفظ أي شيء؛ تبقى القواعد السارية.
policies-schedule = حدِّد هذه القواعد
policies-date-required = اكتب أول يوم تسري فيه القواعد.
policies-rule-weighted = قرعة مرجَّحة (تُحسب أيام الانتظار)
policies-rule-oldest-share-then-random = حصة لأقدم التسجيلات، والباقي عشوائيًا
policies-carry-over = تبقى الطلبات للقرعة التالية
policies-no-carry-over = قدِّم من جديد كل يوم
policies-region-latitude = شمال خط العرض { $latitude }°
policies-region-states = { $count ->
    [zero] لا ولايات مشمولة
    [one] ولاية واحدة مشمولة
    [two] ولايتان مشمولتان
    [few] { $count } ولايات مشمولة
    [many] { $count } ولاية مشمولة
   *[other] { $count } ولاية مشمولة
}

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = عنوان الوجهة في الولايات المتحدة
policies-us-address-hint = المكان الذي ستذهب إليه المجموعة في الولايات المتحدة: عنوان واحد لكل أفراد المجموعة، كما تشترط القواعد المعمول بها.
field-us-state = الولاية
field-us-zip = الرمز البريدي ZIP (5 أرقام)
field-us-street = الشارع والرقم
# The region of the rules in force, as rules and a map.
policies-region-title = من أين يمكنك تقديم الطلب
policies-region-included = هذه الولايات بكاملها: { $states }
policies-region-north-of = أي مكان عند خط العرض { $latitude }° شمالًا أو شماله
policies-region-excluded = باستثناء هذه الولايات: { $states }
policies-region-exception-holder = يمكن للمجموعة التي يحمل صاحبها جنسية { $countries } أن تطلب من أي مكان في المكسيك
policies-region-exception-all = يمكن للمجموعة التي يحمل كل أفرادها جنسية { $countries } أن تطلب من أي مكان في المكسيك
policies-region-map-label = خريطة المكسيك: الولايات التي يمكن الطلب منها ملوّنة؛ والخط هو حد خط العرض. والقائمة تقول الشيء نفسه بالكلمات.
policies-region-map-caption = ملوّن: مؤهل. ملوّن بلون فاتح: مؤهل شمال الخط.
# Confirming under rules that check the location again.
policies-recheck-title = أكّد من مكانك الحالي
policies-recheck-intro = تتحقق القواعد المعمول بها مرة أخرى من وجودك في المنطقة قبل التأكيد. شارك موقعك مرة واحدة، أو اكتب اسم مدينتك.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = تعذّرت قراءة النص: { $detail }
policies-problem-window-order = فترة الطلبات تُغلق قبل أن تُفتح
policies-problem-window-too-long = فترة الطلبات أطول من 24 ساعة
policies-problem-allocation-before-close = القرعة تجري قبل إغلاق فترة الطلبات
policies-problem-out-of-range = يجب أن تكون القيمة بين { $lowest } و{ $highest }
policies-problem-unknown-state = { $value } ليس رمز ولاية معروفًا (اكتب رمزًا مثل MX.BN)
policies-problem-unknown-country = { $value } ليس رمز بلد معروفًا (اكتب رمزًا مثل MX)
policies-problem-empty-region = لا يقع أي مكان في المنطقة
policies-problem-invalid-id = { $value } ليس اسمًا صالحًا (أحرف صغيرة وأرقام وشرطات)
policies-problem-repeated = { $value } مذكور مرتين
