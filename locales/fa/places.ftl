# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = محل قرار
places-open-map-app = باز کردن در برنامهٔ نقشه
places-open-osm = دیدن در OpenStreetMap
places-where-ports = محل هر گذرگاه در سمت مکزیک
places-far-away = این گذرگاه از جایی که درخواست داده‌اید ({ $state }) دور است: حدود { $km } کیلومتر، حدود { $hours } ساعت در جاده.
places-far-estimate = این یک برآورد است: فاصلهٔ خط مستقیم × ۱٫۳ با سرعت ۶۰ کیلومتر در ساعت، از نزدیک‌ترین شهر آن ایالت به گذرگاه. این یک مسیر نیست.
places-city-label = شهر یا آبادی شما
places-city-hint = GPS ندارید؟ نام شهرتان را بنویسید و از فهرست انتخاب کنید. اعراب و حروف بزرگ مهم نیست.
places-city-find = پیدا کردن شهر من
places-city-choose = شهر خود را انتخاب کنید
places-city-none = شهری با این نام پیدا نشد. املا را بررسی کنید یا شهر بزرگ‌تری در همان نزدیکی را امتحان کنید.
places-typed = موقعیت { $place }: نوشته شده، اندازه‌گیری نشده.
places-credit = فهرست شهرها: GeoNames (CC BY 4.0).
places-to-confirm = { $what ->
    [city] شهر
    [crossing] گذرگاه در سمت مکزیک
    [us_crossing] گذرگاه در سمت آمریکا
    [meeting_address] نشانی محل قرار
   *[meeting_point] محل قرار روی نقشه
}: باید سازمان تأیید کند
