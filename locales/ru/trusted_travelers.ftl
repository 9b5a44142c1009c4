# Членство в программах доверенных путешественников (/trusted-traveler) и собеседования (/enrollment/interviews).
ttp-title = Доверенный путешественник
ttp-intro = Ваше членство SENTRI, NEXUS, Global Entry или FAST: статус, срок действия, когда продлевать и ваше собеседование.
ttp-none = Вы ещё не привязали ни одного членства.
ttp-linked = Ваше членство привязано к этой учётной записи.
ttp-link-title = Привязать членство
ttp-link-intro = Укажите программу, ваш PASSID и дату рождения точно так, как они записаны у CBP.
field-passid = PASSID
ttp-passid-hint = 9 цифр, на вашей карте или в письме об одобрении.
ttp-link-submit = Привязать
ttp-link-not-found = Членство с такими данными не найдено. Проверьте, что вы ввели.
ttp-privacy = Каждая попытка записывается. После слишком многих попыток придётся подождать.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = Статус
ttp-status-pending_review = На рассмотрении
ttp-status-conditionally_approved = Одобрено условно
ttp-status-active = Действует
ttp-status-expired = Истекло
ttp-status-revoked = Отозвано
ttp-status-denied = Отказано
ttp-expires = Действует до
ttp-days-left = { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
    [many] осталось { $days } дней
   *[other] осталось { $days } дня
}
ttp-renewal = Продление
ttp-renewal-opens = Продлить можно с { $date }.
ttp-renewal-open-now = Открыто с { $date }: продлить можно уже сейчас.
ttp-next = Что делать дальше
ttp-next-wait = Пока ничего: CBP рассматривает ваше заявление.
ttp-next-book-interview = Запишитесь на собеседование.
ttp-next-nothing = Ничего: ваше членство действует.
ttp-next-renew = Продлите его на сайте программ доверенных путешественников CBP до окончания срока.
ttp-next-apply-again = Подайте заявление заново на сайте программ доверенных путешественников CBP.
ttp-next-contact-cbp = Если вы считаете это ошибкой, обратитесь к омбудсмену программ доверенных путешественников CBP.
ttp-interview-booked = Собеседование: { $center }, { $date } в { $time }.
ttp-interview-book = Записаться на собеседование
ttp-interview-rebook = Изменить собеседование
ttp-interview-cancel = Отменить собеседование
ttp-book-title = Запись на собеседование
ttp-book-center = Центр регистрации
ttp-book-date = День
ttp-book-show = Показать
ttp-book-slots = Время
ttp-book-times-in = Время указано по местному времени центра ({ $zone }).
ttp-book-closed = Этот центр закрыт.
ttp-book-no-slots = В этот день собеседований нет. Выберите другой день.
ttp-slot-free = { $count ->
    [one] осталось { $count } место
    [few] осталось { $count } места
    [many] осталось { $count } мест
   *[other] осталось { $count } места
}
ttp-slot-book = Записаться на { $time }
ttp-slot-unavailable = Недоступно
ttp-back = Назад к моим членствам
ttp-desk-title = Собеседования
ttp-desk-none = В этот день собеседований нет.
ttp-desk-caption = Собеседования дня
ttp-desk-time = Время
ttp-desk-outcome = Результат
ttp-desk-record = Записать
ttp-outcome-approved = Одобрено
ttp-outcome-denied = Отказано
ttp-outcome-no_show = Не пришёл
ttp-interview-status-booked = Записан
ttp-interview-status-cancelled = Отменено
ttp-interview-status-approved = Одобрено
ttp-interview-status-denied = Отказано
ttp-interview-status-no_show = Не пришёл
nav-ttp = Доверенный путешественник
notification-ttp-renewal-subject = Пора продлить членство в программе доверенных путешественников
notification-ttp-renewal-body = Срок вашего членства скоро истекает, и его уже можно продлить. Войдите, чтобы увидеть дату: { $url }/trusted-traveler
retention-kind-ttp-interviews = Собеседования доверенных путешественников, после их дня
