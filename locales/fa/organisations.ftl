# سازمان‌ها، افراد آن‌ها و دعوت‌نامه‌ها؛ صفحه‌های مدیران برای سازمان‌ها و کارکنان.
nav-organisation = سازمان من
nav-organisations = سازمان‌ها
nav-staff = کارکنان

role-officer = افسر
role-agriculture-specialist = کارشناس کشاورزی
role-adjudicator = رسیدگی‌کننده به درخواست‌ها
role-enrollment-officer = افسر ثبت‌نام
role-organisation-manager = مدیر
role-organisation-member = عضو
role-admin = مدیر سامانه

organisation-kind-partner-agency = نهاد همکار
organisation-kind-customs-broker = کارگزار گمرکی
organisation-kind-carrier = شرکت حمل‌ونقل
organisation-kind-bus-line = شرکت اتوبوسرانی
organisation-kind-airline = شرکت هواپیمایی
organisation-kind-aid-organisation = سرپناه، کمک حقوقی یا سازمان بین‌المللی
organisation-kind-government-agency = نهاد دولتی

organisation-status-label = وضعیت
organisation-status-pending = در انتظار تأیید
organisation-status-approved = تأییدشده
organisation-status-suspended = تعلیق‌شده
organisation-status-rejected = ردشده

organisation-decision-approve = تأیید
organisation-decision-reject = رد
organisation-decision-suspend = تعلیق

programme-appointments = نوبت‌ها در گذرگاه‌های ورودی
programme-parole-travel = مجوزهای سفر پارول
programme-provisional-i94 = I-94 موقت
programme-trusted-traveler = برنامه‌های مسافر مورد اعتماد

field-legal-name = نام حقوقی
field-legal-name-hint = همان‌طور که نزد مقامات ثبت شده است.
field-kind = نوع سازمان
field-country = کشور
field-identifier = شناسه
field-identifier-hint = کارگزاران گمرکی: کد اظهارکننده CBP (۳ حرف یا رقم). شرکت‌های هواپیمایی: کد IATA (۲ نویسه). شرکت‌های حمل‌ونقل و اتوبوسرانی: SCAC (۲ تا ۴ حرف) یا شماره USDOT. سایرین: شماره ثبت، در صورت وجود.
field-role = نقش
field-manager-email = نشانی ایمیل مدیر
field-location = مکان
field-location-hint = برای افسران، کارشناسان کشاورزی و افسران ثبت‌نام.
field-programme = برنامه
field-programme-hint = برای رسیدگی‌کنندگان به درخواست‌ها.
field-scope = مکان یا برنامه

organisations-register-title = ثبت یک سازمان
organisations-register-intro = نهادهای همکار، کارگزاران گمرکی، شرکت‌های حمل‌ونقل، شرکت‌های اتوبوسرانی، شرکت‌های هواپیمایی، سرپناه‌ها و نهادهای دولتی پس از تأیید یک مدیر می‌توانند در Garita فعالیت کنند.
organisations-register-you = شما، نخستین مدیر
organisations-register-you-intro = شما افراد سازمان را مدیریت می‌کنید. پیوندی برای تأیید نشانی‌تان می‌فرستیم؛ در نخستین ورود، یک مرحلهٔ دوم (برنامهٔ احراز هویت) تنظیم می‌کنید.
organisations-register-submit = ثبت سازمان

organisation-waiting = پیش از آنکه بتوانید از طرف سازمانتان اقدام کنید، یک مدیر باید آن را تأیید کند. هنگام تصمیم‌گیری ایمیلی دریافت می‌کنید.
organisation-stopped = سازمان شما در حال حاضر نمی‌تواند در Garita فعالیت کند. اگر فکر می‌کنید اشتباهی رخ داده، با مدیران تماس بگیرید.
organisation-people = افراد
organisation-since = از
organisation-actions = اقدام‌ها
organisation-make-member = عضو کردن
organisation-make-manager = مدیر کردن
organisation-remove = حذف
organisation-invitations = دعوت‌نامه‌ها
organisation-no-invitations = هنوز دعوت‌نامه‌ای نیست.
organisation-invitation-status = وضعیت
organisation-expires = انقضا
organisation-revoke = پس گرفتن
organisation-invite = دعوت از کسی
organisation-invite-intro = پیوندی به این نشانی می‌فرستیم. فقط یک بار، به مدت ۷ روز و فقط برای حساب همین نشانی کار می‌کند.
organisation-invite-submit = ارسال دعوت‌نامه
organisation-api-keys = کلیدهای API
organisation-api-keys-intro = سامانه‌های خودتان می‌توانند با یک کلید از طرف سازمان اقدام کنند.
organisation-api-keys-link = مدیریت کلیدهای API

invitation-status-pending = در انتظار
invitation-status-accepted = پذیرفته‌شده
invitation-status-expired = منقضی‌شده
invitation-status-revoked = پس‌گرفته‌شده

invitation-title = دعوت‌نامه
invitation-to-organisation = از شما دعوت شده است که از طرف این سازمان اقدام کنید:
invitation-to-staff = از شما دعوت شده است که به‌عنوان کارمند CBP در Garita فعالیت کنید.
invitation-accept = پذیرفتن دعوت
invitation-sign-in = این نشانی از قبل حساب دارد. برای پذیرفتن، با آن وارد شوید.
invitation-new-account = برای ساختن حسابتان یک گذرواژه انتخاب کنید. در نخستین ورود، یک مرحلهٔ دوم (برنامهٔ احراز هویت) تنظیم می‌کنید.
invitation-password-hint = دست‌کم ۱۵ نویسه.

organisations-admin-title = سازمان‌ها
organisations-all = همه
organisations-none = سازمانی اینجا نیست.
organisations-registered = تاریخ ثبت
organisations-create = ایجاد سازمان
organisations-create-intro = سازمانی که شما ایجاد می‌کنید بی‌درنگ تأیید می‌شود؛ مدیر آن دعوت‌نامه‌ای با ایمیل دریافت می‌کند.
organisations-create-submit = ایجاد و دعوت از مدیر

staff-title = کارکنان CBP
staff-grants = نقش‌ها
staff-scope-platform = کل سامانه
staff-remove-grant = حذف
staff-invite = دعوت از یک نفر
staff-invite-intro = نقشی را انتخاب کنید و جایی که اعمال می‌شود: مکانی برای افسران، کارشناسان و افسران ثبت‌نام، برنامه‌ای برای رسیدگی‌کنندگان. پیوند فقط یک بار و به مدت ۷ روز کار می‌کند.
staff-invite-submit = ارسال دعوت‌نامه

notification-invitation-subject = دعوت برای اقدام از طرف { $organisation } در Garita
notification-invitation-body = از شما دعوت شده است که در Garita از طرف { $organisation } اقدام کنید. برای پذیرفتن، این پیوند را ظرف ۷ روز باز کنید: { $link } اگر انتظار این دعوت را نداشتید، می‌توانید آن را نادیده بگیرید.
notification-staff-invitation-subject = دعوت برای فعالیت به‌عنوان کارمند CBP در Garita
notification-staff-invitation-body = از شما دعوت شده است که به‌عنوان کارمند CBP در Garita فعالیت کنید. برای پذیرفتن، این پیوند را ظرف ۷ روز باز کنید: { $link } اگر انتظار این دعوت را نداشتید، می‌توانید آن را نادیده بگیرید.
notification-organisation-approved-subject = { $organisation } تأیید شد
notification-organisation-approved-body = یک مدیر { $organisation } را تأیید کرد. افراد آن اکنون می‌توانند در Garita از طرف آن اقدام کنند: { $url }
notification-organisation-rejected-subject = { $organisation } تأیید نشد
notification-organisation-rejected-body = یک مدیر ثبت { $organisation } را تأیید نکرد. اگر فکر می‌کنید اشتباهی رخ داده، با مدیران تماس بگیرید.
notification-organisation-suspended-subject = { $organisation } تعلیق شد
notification-organisation-suspended-body = یک مدیر { $organisation } را تعلیق کرد. تا تأیید دوباره، افراد و کلیدهای آن نمی‌توانند از طرف آن اقدام کنند.
notification-kind-invitation = دعوت‌نامه
notification-kind-staff-invitation = دعوت‌نامهٔ کارکنان
notification-kind-organisation-approved = سازمان تأیید شد
notification-kind-organisation-rejected = سازمان تأیید نشد
notification-kind-organisation-suspended = سازمان تعلیق شد
