# بازگشت به حساب: تأیید نشانی ایمیل، بازنشانی رمز فراموش‌شده، تغییر رمز یا نشانی.
# پاسخ‌ها هرگز نمی‌گویند که آیا نشانی حسابی دارد یا نه.

field-current-password = رمز کنونی
field-new-password = رمز تازه
field-new-email = نشانی ایمیل تازه

recovery-check-email-title = ایمیل خود را ببینید
recovery-check-email-text = پیامی به نشانی‌ای که دادید فرستادیم. برای تأیید نشانی، پیوند داخل آن را باز کنید. اگر این نشانی از پیش حسابی داشته باشد، پیام می‌گوید چه کنید.
recovery-to-login = رفتن به ورود
recovery-to-group = رفتن به گروه شما
recovery-to-home = رفتن به صفحهٔ نخست

recovery-verify-title = نشانی ایمیل خود را تأیید کنید
recovery-verify-text = دکمه را بزنید تا تأیید کنید این نشانی ایمیل از آنِ شماست.
recovery-verify-submit = تأیید نشانی من
recovery-verified-title = نشانی تأیید شد
recovery-verified-text = سپاس. ایمیل شما تأیید شد: اکنون می‌توانید درخواست نوبت بدهید.
recovery-verify-needed-title = نشانی ایمیل خود را تأیید کنید
recovery-verify-needed-text = پیوندی به ایمیل شما فرستادیم. برای تأیید نشانی آن را باز کنید. در این میان می‌توانید گروه خود را کامل کنید.
recovery-verify-needed-request = پیش از درخواست نوبت، نشانی ایمیل خود را تأیید کنید.
recovery-verify-already = نشانی ایمیل شما تأیید شده است.
recovery-verify-resend = فرستادن دوبارهٔ پیوند
recovery-verify-resent = پیوند تازه‌ای فرستادیم. ایمیل خود، از جمله پوشهٔ هرزنامه را ببینید.

recovery-link-invalid-title = این پیوند دیگر کار نمی‌کند
recovery-link-invalid-text = پیوند منقضی شده یا پیش‌تر به کار رفته است. پیوندهای بازنشانی رمز یک ساعت و فقط یک بار کار می‌کنند.
recovery-reset-ask-again = درخواست پیوند تازه

recovery-forgot = رمز خود را فراموش کرده‌اید؟
recovery-reset-title = بازنشانی رمز
recovery-reset-intro = نشانی ایمیل حساب خود را بنویسید. پیوندی برای انتخاب رمز تازه برایتان می‌فرستیم.
recovery-reset-submit = برایم پیوند بفرستید
recovery-reset-sent-title = ایمیل خود را ببینید
recovery-reset-sent-text = اگر این نشانی حسابی داشته باشد، پیوندی برای انتخاب رمز تازه به آن فرستادیم. پیوند یک ساعت و فقط یک بار کار می‌کند.
recovery-reset-done-title = رمز تغییر کرد
recovery-reset-done-text = رمز تازهٔ شما ذخیره شد و از همهٔ دستگاه‌ها خارج شدید. با رمز تازه وارد شوید.

recovery-password-title = تغییر رمز
recovery-password-too-short = رمز شما کوتاه‌تر از { $min } نویسه است. لطفاً اکنون رمز بلندتری برگزینید.
recovery-password-done = رمز شما تغییر کرد. از دستگاه‌های دیگر خارج شدید.
recovery-password-submit = ذخیرهٔ رمز تازه
recovery-wrong-password = این رمز کنونی شما نیست.

recovery-email-title = تغییر نشانی ایمیل
recovery-email-intro = پیوندی به نشانی تازه می‌فرستیم. تغییر وقتی انجام می‌شود که آن را باز کنید. به نشانی پیشین خبر داده می‌شود.
recovery-email-submit = فرستادن پیوند
recovery-email-sent = پیوندی به نشانی تازه فرستادیم. برای پایان دادن به تغییر آن را باز کنید.
recovery-email-confirm-title = نشانی ایمیل تازه را تأیید کنید
recovery-email-confirm-text = دکمه را بزنید تا این نشانی برای حساب Garita شما به کار رود.
recovery-email-confirm-submit = به کار بردن این نشانی
recovery-email-changed-title = نشانی ایمیل تغییر کرد
recovery-email-changed-text = حساب شما اکنون نشانی تازه را به کار می‌برد. تغییر را به نشانی پیشین خبر دادیم.
