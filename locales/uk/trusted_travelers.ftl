# Членство в програмах довірених мандрівників (/trusted-traveler) і співбесіди (/enrollment/interviews).
ttp-title = Довірений мандрівник
ttp-intro = Ваше членство SENTRI, NEXUS, Global Entry або FAST: статус, строк дії, коли подовжувати і ваша співбесіда.
ttp-none = Ви ще не прив'язали жодного членства.
ttp-linked = Ваше членство прив'язано до цього облікового запису.
ttp-link-title = Прив'язати членство
ttp-link-intro = Вкажіть програму, ваш PASSID і дату народження точно так, як вони записані в CBP.
field-passid = PASSID
ttp-passid-hint = 9 цифр, на вашій картці або в листі про схвалення.
ttp-link-submit = Прив'язати
ttp-link-not-found = Членства з такими даними не знайдено. Перевірте, що ви ввели.
ttp-privacy = Кожна спроба записується. Після надто багатьох спроб доведеться зачекати.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = Статус
ttp-status-pending_review = На розгляді
ttp-status-conditionally_approved = Схвалено умовно
ttp-status-active = Чинне
ttp-status-expired = Закінчилося
ttp-status-revoked = Відкликано
ttp-status-denied = Відмовлено
ttp-expires = Чинне до
ttp-days-left = { $days ->
    [one] залишився { $days } день
    [few] залишилося { $days } дні
    [many] залишилося { $days } днів
   *[other] залишилося { $days } дня
}
ttp-renewal = Подовження
ttp-renewal-opens = Подовжити можна з { $date }.
ttp-renewal-open-now = Відкрито з { $date }: подовжити можна вже зараз.
ttp-next = Що робити далі
ttp-next-wait = Поки нічого: CBP розглядає вашу заяву.
ttp-next-book-interview = Запишіться на співбесіду.
ttp-next-nothing = Нічого: ваше членство чинне.
ttp-next-renew = Подовжте його на сайті програм довірених мандрівників CBP до закінчення строку.
ttp-next-apply-again = Подайте заяву знову на сайті програм довірених мандрівників CBP.
ttp-next-contact-cbp = Якщо ви вважаєте це помилкою, зверніться до омбудсмена програм довірених мандрівників CBP.
ttp-interview-booked = Співбесіда: { $center }, { $date } о { $time }.
ttp-interview-book = Записатися на співбесіду
ttp-interview-rebook = Змінити співбесіду
ttp-interview-cancel = Скасувати співбесіду
ttp-book-title = Запис на співбесіду
ttp-book-center = Центр реєстрації
ttp-book-date = День
ttp-book-show = Показати
ttp-book-slots = Час
ttp-book-times-in = Час указано за місцевим часом центру ({ $zone }).
ttp-book-closed = Цей центр зачинено.
ttp-book-no-slots = Цього дня співбесід немає. Виберіть інший день.
ttp-slot-free = { $count ->
    [one] залишилося { $count } місце
    [few] залишилося { $count } місця
    [many] залишилося { $count } місць
   *[other] залишилося { $count } місця
}
ttp-slot-book = Записатися на { $time }
ttp-slot-unavailable = Недоступно
ttp-back = Назад до моїх членств
ttp-desk-title = Співбесіди
ttp-desk-none = Цього дня співбесід немає.
ttp-desk-caption = Співбесіди дня
ttp-desk-time = Час
ttp-desk-outcome = Результат
ttp-desk-record = Записати
ttp-outcome-approved = Схвалено
ttp-outcome-denied = Відмовлено
ttp-outcome-no_show = Не прийшов
ttp-interview-status-booked = Записано
ttp-interview-status-cancelled = Скасовано
ttp-interview-status-approved = Схвалено
ttp-interview-status-denied = Відмовлено
ttp-interview-status-no_show = Не прийшов
nav-ttp = Довірений мандрівник
notification-ttp-renewal-subject = Час подовжити членство в програмі довірених мандрівників
notification-ttp-renewal-body = Строк вашого членства скоро закінчується, і його вже можна подовжити. Увійдіть, щоб побачити дату: { $url }/trusted-traveler
retention-kind-ttp-interviews = Співбесіди довірених мандрівників, після їхнього дня
