# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = قوانین قرعه‌کشی هر روز
policies-intro = نهادی که این خدمت را اداره می‌کند قوانین را تعیین می‌کند: چه زمانی درخواست‌ها پذیرفته می‌شوند، جاها چگونه تقسیم می‌شوند و از کجا می‌توان درخواست داد. هر مجموعه قوانین از یک روز معین اجرا می‌شود؛ این سابقه کامل است.
policies-caption = قوانین و روزی که هر کدام از آن اجرا شد
policies-from = از قرعه‌کشی
policies-name = نام
policies-rules = قوانین
policies-digest = چکیده (SHA-256)
policies-in-force = در حال اجرا
policies-used-from = نخستین بار در قرعه‌کشی
policies-text = متن کامل
policies-admin-title = سیاست‌ها
policies-admin-intro = قوانین تازه را از یک روز معین برنامه‌ریزی کنید. روزی که قرعه‌کشی آن انجام شده قوانین خود را نگه می‌دارد. اگر متن مشکلی داشته باشد، چیزی ذخیره نمی‌شود.
policies-not-saved = چیزی ذخیره نشد؛ قوانین فعلی برقرار می‌مانند.
policies-schedule = برنامه‌ریزی این قوانین
policies-date-required = نخستین روزی را که قوانین اجرا می‌شوند بنویسید.
policies-rule-weighted = قرعه‌کشی وزنی (روزهای انتظار حساب می‌شوند)
policies-rule-oldest-share-then-random = سهمی برای قدیمی‌ترین ثبت‌نام‌ها، بقیه تصادفی
policies-carry-over = درخواست‌ها باقی می‌مانند
policies-no-carry-over = هر روز دوباره درخواست دهید
policies-region-latitude = شمال عرض جغرافیایی { $latitude }°
policies-region-states = ایالت‌های شامل: { $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = نشانی مقصد در ایالات متحده
policies-us-address-hint = جایی که گروه در ایالات متحده می‌رود: یک نشانی برای همهٔ افراد گروه، همان‌طور که قواعد جاری می‌خواهند.
field-us-state = ایالت
field-us-zip = کد پستی ZIP (۵ رقم)
field-us-street = خیابان و پلاک
# The region of the rules in force, as rules and a map.
policies-region-title = از کجا می‌توانید درخواست دهید
policies-region-included = این ایالت‌ها به‌طور کامل: { $states }
policies-region-north-of = هر جا روی عرض جغرافیایی { $latitude }° شمالی یا شمال آن
policies-region-excluded = به‌جز این ایالت‌ها: { $states }
policies-region-exception-holder = گروهی که سرپرستش شهروند { $countries } است می‌تواند از هر جای مکزیک درخواست دهد
policies-region-exception-all = گروهی که همهٔ اعضایش شهروند { $countries } هستند می‌تواند از هر جای مکزیک درخواست دهد
policies-region-map-label = نقشهٔ مکزیک: ایالت‌هایی که می‌توان از آن‌ها درخواست داد پر شده‌اند؛ خط، مرز عرض جغرافیایی است. فهرست همین را با کلمات می‌گوید.
policies-region-map-caption = پر: مجاز. کم‌رنگ: شمال خط مجاز است.
# Confirming under rules that check the location again.
policies-recheck-title = از جایی که هستید تأیید کنید
policies-recheck-intro = قواعد جاری پیش از تأیید دوباره بررسی می‌کنند که در منطقه هستید. یک بار موقعیت خود را به اشتراک بگذارید یا نام شهرتان را بنویسید.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = متن خوانده نمی‌شود: { $detail }
policies-problem-window-order = بازهٔ درخواست‌ها پیش از باز شدن بسته می‌شود
policies-problem-window-too-long = بازهٔ درخواست‌ها بیش از ۲۴ ساعت است
policies-problem-allocation-before-close = قرعه‌کشی پیش از بسته شدن بازهٔ درخواست‌ها انجام می‌شود
policies-problem-out-of-range = مقدار باید بین { $lowest } و { $highest } باشد
policies-problem-unknown-state = { $value } کد ایالت شناخته‌شده‌ای نیست (کدی مانند MX.BN بنویسید)
policies-problem-unknown-country = { $value } کد کشور شناخته‌شده‌ای نیست (کدی مانند MX بنویسید)
policies-problem-empty-region = هیچ جایی در منطقه نیست
policies-problem-invalid-id = { $value } نام معتبری نیست (حروف کوچک، رقم و خط تیره)
policies-problem-repeated = { $value } دو بار آمده است
