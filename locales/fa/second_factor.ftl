# عامل دوم: کدی از برنامهٔ احراز هویت پس از گذرواژه.
second-factor-title = ورود دومرحله‌ای
second-factor-about = پس از گذرواژه، گاریتا یک کد ۶ رقمی از برنامهٔ احراز هویت روی تلفن شما می‌خواهد تا گذرواژهٔ دزدیده‌شده به‌تنهایی نتواند حساب شما را باز کند.
second-factor-code-title = کد خود را وارد کنید
second-factor-code-intro = برنامهٔ احراز هویت را باز کنید و کد ۶ رقمی‌ای را که برای گاریتا نشان می‌دهد بنویسید.
second-factor-code-label = کد
second-factor-code-hint = ۶ رقم از برنامه، یا یکی از کدهای بازیابی شما.
second-factor-code-digits = ۶ رقمی که برنامه نشان می‌دهد.
second-factor-code-submit = ورود
second-factor-setup-title = برنامهٔ احراز هویت را راه‌اندازی کنید
second-factor-setup-required = نقش شما ورود دومرحله‌ای لازم دارد. برای ادامه، همین حالا آن را راه‌اندازی کنید.
second-factor-setup-scan = این کد را با یک برنامهٔ احراز هویت اسکن کنید (برای نمونه FreeOTP، Aegis یا Google Authenticator).
second-factor-setup-manual = اگر نمی‌توانید اسکن کنید، این کلید را دستی اضافه کنید:
second-factor-setup-uri = روی تلفنی که برنامه را دارد، می‌توانید همچنین
second-factor-setup-uri-link = این پیوند را در برنامه باز کنید
second-factor-qr-label = کد QR که گاریتا را به برنامهٔ احراز هویت اضافه می‌کند
second-factor-setup-confirm = کدی را که برنامه اکنون نشان می‌دهد بنویسید
second-factor-setup-submit = تأیید
second-factor-recovery-title = کدهای بازیابی شما
second-factor-recovery-intro = اگر تلفن خود را گم کنید، هر یک از این کدها یک بار به‌جای کد برنامه کار می‌کند. همین حالا آن‌ها را یادداشت یا چاپ کنید: دوباره نشان داده نمی‌شوند.
second-factor-continue = ادامه
second-factor-status-on = ورود دومرحله‌ای روشن است.
second-factor-status-off = ورود دومرحله‌ای خاموش است.
second-factor-recovery-left = { $count ->
    [one] { $count } کد بازیابی باقی مانده است.
   *[other] { $count } کد بازیابی باقی مانده است.
}
second-factor-required-role = نقش شما آن را لازم دارد، پس نمی‌توان خاموشش کرد. اگر تلفن و کدهای بازیابی را گم کنید، یک مدیر می‌تواند آن را بازنشانی کند.
second-factor-turn-on = روشن کردن ورود دومرحله‌ای
second-factor-turn-off-title = خاموش کردن ورود دومرحله‌ای
second-factor-turn-off-submit = خاموش کردن
second-factor-admin-title = بازنشانی عامل دوم
second-factor-admin-intro = وقتی کسی تلفن و کدهای بازیابی خود را گم کرده و شما هویتش را بررسی کرده‌اید، عامل دوم او را بازنشانی کنید. با ایمیل به او خبر داده می‌شود و در ورود بعدی عامل تازه‌ای راه‌اندازی می‌کند.
second-factor-admin-email = نشانی ایمیل حساب
second-factor-admin-submit = بازنشانی عامل دوم
second-factor-admin-done = عامل دوم بازنشانی شد و با ایمیل به آن شخص خبر داده شد.
second-factor-admin-none = هیچ حسابی با این نشانی عامل دوم ندارد.
second-factor-pending-expired = میان گذرواژه و کد شما زمان زیادی گذشت. لطفاً دوباره وارد شوید.
