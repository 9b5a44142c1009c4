# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = آیا این فرد ثبت‌نام شده است؟
rosters-check-intro = دربارهٔ فردی در فهرست برنامهٔ سازمان خود بپرسید: با شمارهٔ فهرست و تاریخ تولد، یا با نام کامل و تاریخ تولد.
rosters-roster-id = شمارهٔ فهرست
rosters-roster-id-hint = همان‌طور که در فهرست آمده، مثلاً MPP-0001.
rosters-full-name = نام کامل
rosters-full-name-hint = فقط اگر شمارهٔ فهرست را ندارید.
rosters-check-submit = بررسی
rosters-yes = ثبت‌نام شده
rosters-no = در فهرست شما نیست
rosters-status = وضعیت در برنامه:
rosters-check-privacy = پاسخ فقط بله یا نه و وضعیت در برنامه است، نه چیز دیگر. هر بررسی با نام شما ثبت می‌شود.
rosters-status-enrolled = ثبت‌نام شده
rosters-status-pending = در انتظار
rosters-status-completed = پایان یافته
rosters-status-withdrawn = کناره‌گیری کرده
rosters-claim-title = جای خود را در فهرست یک برنامه بگیرید
rosters-claim-intro = اگر سازمانی شما را در برنامه‌ای ثبت‌نام کرده است، شمارهٔ فهرست و تاریخ تولد خود را وارد کنید تا به حساب شما پیوند بخورد.
rosters-claim-submit = درخواست
rosters-claimed = به حساب شما پیوند خورد: شمارهٔ فهرست { $roster_id }، وضعیت { $status }.
rosters-not-found = پیدا نشد. شمارهٔ فهرست و تاریخ تولد را بررسی کنید.
retention-kind-roster-people = افراد فهرست برنامهٔ یک سازمان، یک سال پس از آخرین واردسازی‌ای که آنان را در بر داشت
retention-kind-roster-places = جاهای رزروشده برای افراد فهرست برنامه، پس از روزِ آن نوبت

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = سهمیه‌های فهرست برنامه
rosters-quotas-intro = سهمی از جاهای هر نوبت در یک گذرگاه که برای افراد فهرست یک برنامه نگه داشته می‌شود، و اینکه چند روز پیش از روز نوبت جاهای نگه‌داشته‌شدهٔ استفاده‌نشده به قرعه‌کشی روزانه می‌روند. ۰٪ سهمیهٔ گذرگاه را پایان می‌دهد؛ جاهایی که از قبل نگه داشته شده‌اند نگه داشته می‌مانند.
rosters-quotas-saved = سهمیهٔ { $port } ذخیره شد.
rosters-quotas-caption = گذرگاه‌ها و سهمیهٔ فهرست آن‌ها
rosters-quotas-port = گذرگاه
rosters-quotas-percent = سهم نگه‌داشته
rosters-quotas-release = جاهای استفاده‌نشده به قرعه‌کشی روزانه می‌روند
rosters-quotas-percent-value = { $percent }٪
rosters-quotas-release-value = { $days ->
    [one] { $days } روز پیش
   *[other] { $days } روز پیش
}
rosters-quotas-none = بدون سهمیه
rosters-quotas-set = تعیین سهمیهٔ یک گذرگاه
rosters-quotas-percent-hint = عدد صحیحی از ۰ تا ۱۰۰. ۰ سهمیه را پایان می‌دهد.
rosters-quotas-release-hint = عدد صحیحی از ۰ تا ۶۰.
rosters-quotas-save = ذخیره
field-port-id = گذرگاه
field-percent = سهم نگه‌داشته (٪)
field-release-days-before = روزهای پیش از روز نوبت

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = قرعه‌کشی فهرست‌ها در { $date }
rosters-draw-intro = در روزهایی که جاهایی برای افراد فهرست یک برنامه نگه داشته می‌شود، قرعه‌کشی جداگانه‌ای آن‌ها را نخست میان درخواست‌های باز کسانی که جای خود را در فهرست ادعا کرده‌اند تقسیم می‌کند. بذر آن از بذر قرعه‌کشی روزانهٔ همان روز گرفته می‌شود که تعهدش پیش از بسته شدن درخواست‌ها منتشر شده بود، پس نمی‌شد آن را بعداً انتخاب کرد. جاهایی که تقسیم نمی‌کند تا زمان آزاد شدن نگه داشته می‌مانند و سپس به قرعه‌کشی روزانه می‌روند.
rosters-draw-places = جاهای نگه‌داشته برای افراد فهرست
rosters-draw-daily = قرعه‌کشی روزانهٔ همان روز
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = شمارهٔ فهرست و تاریخ تولدی را که سازمان برنامه به این شخص داده است وارد کنید تا جای او به این گروه پیوند بخورد.
rosters-back-to-group = بازگشت به گروه
rosters-helper-claimed = به این گروه پیوند خورد: شمارهٔ فهرست { $roster_id }، وضعیت { $status }.
