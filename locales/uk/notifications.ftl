# Notifications: the messages sent (e-mail and SMS) and the traveler's page about them.
# Messages never carry pass codes, names or photos: they say what happened and "sign in to see".

notification-footer = Увійдіть, щоб побачити подробиці: { $url }
    Це повідомлення ніколи не містить кодів запису чи імен. Garita ніколи не попросить у вас пароль.

notification-selected-subject = Вас вибрано: підтвердіть свій запис
notification-selected-body = Вашій групі надано запис у пункті пропуску { $port } на { $date } о { $time }.
    Підтвердіть його до { $deadline }, інакше місця перейдуть до інших.
notification-confirm-soon-subject = Для підтвердження запису залишилося менше 3 годин
notification-confirm-soon-body = Ваш запис у пункті пропуску { $port } на { $date } о { $time } ще не підтверджено.
    Підтвердіть його до { $deadline }, інакше місця перейдуть до інших.
notification-cancelled-subject = Ваш запис скасовано
notification-cancelled-body = Ваш запис у пункті пропуску { $port } на { $date } о { $time } скасовано. Його місця повернуто.
notification-voided-subject = Ваш запис більше не дійсний
notification-voided-body = Ваш запис у пункті пропуску { $port } на { $date } о { $time } більше не дійсний. Увійдіть, щоб дізнатися чому і що далі.
notification-moved-subject = Ваш запис перенесено
notification-moved-body = Через зміну пропускної спроможності пункту пропуску ваш запис перенесено: { $port }, { $date } о { $time }.
notification-no-show-subject = На ваш запис ніхто не прийшов
notification-no-show-body = Ніхто з вашої групи не відмітився на запис у пункті пропуску { $port } на { $date } о { $time }. Увійдіть, щоб дізнатися, коли можна знову подати заявку.
notification-registration-existing-subject = Хтось намагався зареєструватися з вашою адресою
notification-registration-existing-body = Хтось намагався створити акаунт Garita з цією адресою електронної пошти, для якої акаунт уже є. Якщо це були ви, увійдіть або скиньте пароль. Якщо ні, можете проігнорувати це повідомлення.
notification-verify-email-subject = Підтвердьте свою адресу електронної пошти
notification-verify-email-body = Відкрийте це посилання, щоб підтвердити свою адресу електронної пошти: { $link }
notification-password-reset-subject = Скидання пароля
notification-password-reset-body = Відкрийте це посилання протягом години, щоб вибрати новий пароль: { $link }
    Якщо ви цього не просили, проігноруйте це повідомлення; ваш пароль не зміниться.
notification-password-changed-subject = Ваш пароль змінено
notification-password-changed-body = Пароль вашого акаунта Garita змінено. Якщо це були не ви, негайно скиньте пароль.
notification-email-changed-subject = Вашу адресу електронної пошти змінено
notification-email-changed-body = Адресу електронної пошти вашого акаунта Garita змінено; тепер повідомлення надходять на нову адресу. Якщо це були не ви, зверніться до служби підтримки.
notification-second-factor-reset-subject = Ваш другий фактор скинуто
notification-second-factor-reset-body = Адміністратор скинув другий фактор вашого акаунта Garita. Увійдіть, щоб налаштувати його знову. Якщо ви цього не просили, зверніться до служби підтримки.
notification-sms-code-subject = Garita
notification-sms-code-body = Ваш код Garita: { $code }. Він дійсний 10 хвилин. Нікому його не повідомляйте.

notification-kind-selected = Вибрано
notification-kind-confirm-soon = Нагадування про підтвердження
notification-kind-cancelled = Скасовано
notification-kind-voided = Більше не дійсний
notification-kind-moved = Перенесено
notification-kind-no-show = Неявка
notification-kind-registration-existing = Спроба реєстрації
notification-kind-verify-email = Підтвердження адреси електронної пошти
notification-kind-password-reset = Скидання пароля
notification-kind-password-changed = Пароль змінено
notification-kind-email-changed = Адресу електронної пошти змінено
notification-kind-second-factor-reset = Скидання другого фактора
notification-kind-sms-code = Код на телефон
notification-channel-email = Електронна пошта
notification-channel-sms = SMS (текстове повідомлення)
notification-status-pending = Очікує надсилання
notification-status-sent = Надіслано
notification-status-failed = Не вдалося надіслати
notification-status-unsendable = Не надіслано (тут недоступно)
notification-status-delivered = Доставлено
notification-status-undelivered = Не доставлено

notifications-title = Повідомлення
notifications-intro = Garita повідомляє вас, коли вас вибрано, коли на підтвердження залишається мало часу і коли ваш запис змінюється. Повідомлення ніколи не містять кодів запису чи імен.
notifications-channels-title = Як вас повідомляти
notifications-channels-legend = Надсилати мені повідомлення через
notifications-save = Зберегти
notifications-sms-title = Текстові повідомлення (SMS)
notifications-sms-verified = Ваш номер телефону підтверджено.
notifications-sms-number = Номер телефону
notifications-sms-number-hint = З кодом країни, наприклад +52 55 1234 5678.
notifications-sms-send-code = Надіслати мені код
notifications-sms-code = Код, отриманий в SMS
notifications-sms-verify = Підтвердити номер
notifications-sent-title = Надіслані вам повідомлення
notifications-sent-none = Повідомлень ще немає.
notifications-col-kind = Повідомлення
notifications-col-channel = Канал
notifications-col-time = Коли
notifications-col-status = Стан
