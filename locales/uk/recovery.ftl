# Getting back in: verifying the e-mail address, resetting a forgotten password, changing the
# password or the address. Answers never tell whether an address has an account.

field-current-password = Поточний пароль
field-new-password = Новий пароль
field-new-email = Нова адреса електронної пошти

recovery-check-email-title = Перевірте електронну пошту
recovery-check-email-text = Ми надіслали повідомлення на вказану вами адресу. Відкрийте посилання в ньому, щоб підтвердити адресу. Якщо для цієї адреси вже є акаунт, у повідомленні сказано, що робити.
recovery-to-login = Перейти до входу
recovery-to-group = Перейти до вашої групи
recovery-to-home = Перейти на початкову сторінку

recovery-verify-title = Підтвердьте свою адресу електронної пошти
recovery-verify-text = Натисніть кнопку, щоб підтвердити, що ця адреса електронної пошти ваша.
recovery-verify-submit = Підтвердити мою адресу
recovery-verified-title = Адресу підтверджено
recovery-verified-text = Дякуємо. Вашу адресу електронної пошти підтверджено: тепер ви можете подати заявку на запис.
recovery-verify-needed-title = Підтвердьте свою адресу електронної пошти
recovery-verify-needed-text = Ми надіслали посилання на вашу адресу електронної пошти. Відкрийте його, щоб підтвердити адресу. Тим часом ви можете заповнити дані своєї групи.
recovery-verify-needed-request = Перш ніж подавати заявку на запис, підтвердьте свою адресу електронної пошти.
recovery-verify-already = Вашу адресу електронної пошти підтверджено.
recovery-verify-resend = Надіслати посилання ще раз
recovery-verify-resent = Ми надіслали нове посилання. Перевірте електронну пошту, зокрема папку «Спам».

recovery-link-invalid-title = Це посилання більше не діє
recovery-link-invalid-text = Посилання прострочене або вже використане. Посилання для скидання пароля діють одну годину і лише один раз.
recovery-reset-ask-again = Попросити нове посилання

recovery-forgot = Забули пароль?
recovery-reset-title = Скидання пароля
recovery-reset-intro = Напишіть адресу електронної пошти свого акаунта. Ми надішлемо вам посилання, щоб вибрати новий пароль.
recovery-reset-submit = Надіслати мені посилання
recovery-reset-sent-title = Перевірте електронну пошту
recovery-reset-sent-text = Якщо для цієї адреси є акаунт, ми надіслали на неї посилання, щоб вибрати новий пароль. Посилання діє одну годину і лише один раз.
recovery-reset-done-title = Пароль змінено
recovery-reset-done-text = Ваш новий пароль збережено, і на всіх пристроях виконано вихід. Увійдіть з новим паролем.

recovery-password-title = Зміна пароля
recovery-password-too-short = { $min ->
    [one] Ваш пароль коротший за { $min } символ. Будь ласка, виберіть зараз довший.
    [few] Ваш пароль коротший за { $min } символи. Будь ласка, виберіть зараз довший.
    [many] Ваш пароль коротший за { $min } символів. Будь ласка, виберіть зараз довший.
   *[other] Ваш пароль коротший за { $min } символу. Будь ласка, виберіть зараз довший.
}
recovery-password-done = Ваш пароль змінено. На інших пристроях виконано вихід.
recovery-password-submit = Зберегти новий пароль
recovery-wrong-password = Це не ваш поточний пароль.

recovery-email-title = Зміна адреси електронної пошти
recovery-email-intro = Ми надішлемо посилання на нову адресу. Зміна відбудеться, коли ви його відкриєте. Вашу стару адресу буде повідомлено.
recovery-email-submit = Надіслати посилання
recovery-email-sent = Ми надіслали посилання на нову адресу. Відкрийте його, щоб завершити зміну.
recovery-email-confirm-title = Підтвердьте нову адресу електронної пошти
recovery-email-confirm-text = Натисніть кнопку, щоб використовувати цю адресу для вашого акаунта Garita.
recovery-email-confirm-submit = Використовувати цю адресу
recovery-email-changed-title = Адресу електронної пошти змінено
recovery-email-changed-text = Тепер ваш акаунт використовує нову адресу. Ми повідомили стару адресу про зміну.
