# The second factor: a code from an authenticator app after the password.
second-factor-title = Двоетапний вхід
second-factor-about = Після пароля Garita просить 6-значний код із застосунку-автентифікатора на вашому телефоні, тож сам лише вкрадений пароль не відкриє ваш акаунт.
second-factor-code-title = Введіть код
second-factor-code-intro = Відкрийте застосунок-автентифікатор і введіть 6-значний код, який він показує для Garita.
second-factor-code-label = Код
second-factor-code-hint = 6 цифр із застосунку або один із ваших резервних кодів.
second-factor-code-digits = 6 цифр, які показує застосунок.
second-factor-code-submit = Увійти
second-factor-setup-title = Налаштуйте застосунок-автентифікатор
second-factor-setup-required = Для вашої ролі потрібен двоетапний вхід. Налаштуйте його зараз, щоб продовжити.
second-factor-setup-scan = Відскануйте цей код застосунком-автентифікатором (наприклад FreeOTP, Aegis або Google Authenticator).
second-factor-setup-manual = Якщо не вдається відсканувати, додайте цей ключ вручну:
second-factor-setup-uri = На телефоні, де встановлено застосунок, можна також
second-factor-setup-uri-link = відкрити це посилання в застосунку
second-factor-qr-label = QR-код, який додає Garita до застосунку-автентифікатора
second-factor-setup-confirm = Введіть код, який зараз показує застосунок
second-factor-setup-submit = Підтвердити
second-factor-recovery-title = Ваші резервні коди
second-factor-recovery-intro = Якщо ви втратите телефон, кожен із цих кодів один раз замінить код із застосунку. Запишіть або роздрукуйте їх зараз: їх більше не буде показано.
second-factor-continue = Продовжити
second-factor-status-on = Двоетапний вхід увімкнено.
second-factor-status-off = Двоетапний вхід вимкнено.
second-factor-recovery-left = { $count ->
    [one] Залишився { $count } резервний код.
    [few] Залишилося { $count } резервні коди.
    [many] Залишилося { $count } резервних кодів.
   *[other] Залишилося { $count } резервного коду.
}
second-factor-required-role = Ваша роль цього вимагає, тому його не можна вимкнути. Якщо ви втратите телефон і резервні коди, адміністратор може його скинути.
second-factor-turn-on = Увімкнути двоетапний вхід
second-factor-turn-off-title = Вимкнути двоетапний вхід
second-factor-turn-off-submit = Вимкнути
second-factor-admin-title = Скинути другий фактор
second-factor-admin-intro = Коли людина втратила телефон і резервні коди, а ви перевірили, хто вона, скиньте її другий фактор. Її буде повідомлено електронною поштою, і під час наступного входу вона налаштує новий.
second-factor-admin-email = Адреса електронної пошти акаунта
second-factor-admin-submit = Скинути другий фактор
second-factor-admin-done = Другий фактор скинуто, людину повідомлено електронною поштою.
second-factor-admin-none = Жоден акаунт із цією адресою не має другого фактора.
second-factor-pending-expired = Між введенням пароля і коду минуло забагато часу. Будь ласка, увійдіть знову.
