# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = نقطة اللقاء
places-open-map-app = افتح في تطبيق الخرائط
places-open-osm = اعرض على OpenStreetMap
places-where-ports = مكان كل معبر في الجانب المكسيكي
places-far-away = { $hours ->
    [zero] هذا المعبر بعيد عن المكان الذي قدّمت منه الطلب ({ $state }): نحو { $km } كم، ونحو { $hours } ساعة بالطريق.
    [one] هذا المعبر بعيد عن المكان الذي قدّمت منه الطلب ({ $state }): نحو { $km } كم، ونحو ساعة واحدة بالطريق.
    [two] هذا المعبر بعيد عن المكان الذي قدّمت منه الطلب ({ $state }): نحو { $km } كم، ونحو ساعتين بالطريق.
    [few] هذا المعبر بعيد عن المكان الذي قدّمت منه الطلب ({ $state }): نحو { $km } كم، ونحو { $hours } ساعات بالطريق.
    [many] هذا المعبر بعيد عن المكان الذي قدّمت منه الطلب ({ $state }): نحو { $km } كم، ونحو { $hours } ساعة بالطريق.
   *[other] هذا المعبر بعيد عن المكان الذي قدّمت منه الطلب ({ $state }): نحو { $km } كم، ونحو { $hours } ساعة بالطريق.
}
places-far-estimate = هذا تقدير: المسافة في خط مستقيم × 1.3 بسرعة 60 كم/ساعة، من أقرب بلدة في تلك الولاية إلى المعبر. وليس مسارًا.
places-city-label = مدينتك أو بلدتك
places-city-hint = لا يوجد GPS؟ اكتب اسم بلدتك واخترها من القائمة. لا تهم علامات التشكيل ولا الأحرف الكبيرة.
places-city-find = ابحث عن بلدتي
places-city-choose = اختر بلدتك
places-city-none = لم نجد بلدة بهذا الاسم. تحقق من الكتابة أو جرّب بلدة أكبر قريبة.
places-typed = موقع { $place }: مكتوب يدويًا، غير مَقيس.
places-credit = قائمة البلدات: GeoNames (CC BY 4.0).
places-to-confirm = { $what ->
    [city] المدينة
    [crossing] المعبر في الجانب المكسيكي
    [us_crossing] المعبر في الجانب الأمريكي
    [meeting_address] عنوان نقطة اللقاء
   *[meeting_point] نقطة اللقاء على الخريطة
}: على الجهة المسؤولة تأكيده
