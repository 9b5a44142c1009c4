# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = بررسی نوبت
partner-intro = کد برگه عبور و تاریخ تولد فرد را وارد کنید. پاسخ بله یا نه است و چیز دیگری نیست.
partner-code = کد برگه عبور
partner-code-hint = همان‌طور که زیر کد QR چاپ شده است. فاصله‌ها و خط‌تیره‌ها حساب نمی‌شوند.
field-code = کد برگه عبور
partner-submit = بررسی
partner-yes = بله
partner-yes-detail = نوبت این فرد معتبر است.
partner-no = نه
partner-no-detail = برای این کد و این تاریخ تولد نوبت معتبری وجود ندارد. دلیلش گفته نمی‌شود: آنچه نوشته‌اید را بررسی کنید یا بخواهید برگه عبور را ببینید.
partner-next = بررسی فرد دیگر
partner-privacy = هر بررسی همراه با حساب شما و سازمان شما ثبت می‌شود.
nav-partner = بررسی نوبت
