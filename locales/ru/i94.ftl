# Предварительный I-94 (по суше): страницы путешественника и вкладка I-94 сотрудника.
nav-i94 = Мои I-94
i94-mine-title = Мои I-94
i94-intro = Посетители, въезжающие по суше (с визой, картой пересечения границы или по безвизовой программе), могут подать заявление на предварительный I-94 не раньше чем за 7 дней до прибытия, оплатить сбор и завершить оформление в любом сухопутном пункте пропуска после короткого собеседования и снятия отпечатков пальцев.
i94-none-yet = У вас пока нет заявлений на I-94.
i94-submission-heading = Предполагаемый пункт: { $port }
i94-arrival-on = Предполагаемое прибытие: { $date }
i94-status-draft = Ещё не отправлено
i94-status-awaiting_payment = Ожидает оплаты
i94-status-paid = Оплачено
i94-status-expired = Истёк срок (не предъявлено вовремя; сбор не возвращается)
i94-applicant-pending = Ожидает сотрудника
i94-applicant-admitted = Допущен(а)
i94-applicant-refused = Отказано
i94-applicant-withdrawn = Отозвано
i94-applicant-expired = Срок истёк
i94-valid-until = действует в любом сухопутном пункте до { $when }
i94-lapses-on = без оплаты истекает { $when }
i94-admitted-detail = Категория { $class }, можно оставаться до { $date }.
i94-days-left = { $days ->
    [one] Остался { $days } день.
    [few] Осталось { $days } дня.
    [many] Осталось { $days } дней.
   *[other] Осталось { $days } дня.
}
i94-number = Номер I-94: { $number }
i94-continue = Продолжить заявление
i94-open-receipt = Посмотреть квитанцию
i94-history-title = История поездок
i94-history-none = В Garita пока не записано ни одного въезда.
i94-history-name = Имя
i94-history-class = Категория
i94-history-port = Пункт
i94-history-date = Дата
i94-apply-title = Подать новое заявление на I-94
i94-apply-intro = Выберите сухопутный пункт, которым собираетесь воспользоваться, и день прибытия (сегодня или в ближайшие 7 дней). Затем добавьте каждого, кто едет.
i94-fee-per-person = Сбор — { $amount } долларов США с человека.
i94-field-port = Предполагаемый сухопутный пункт
i94-field-port-hint = Только для сведения: I-94 действует в любом сухопутном пункте.
i94-field-arrival = Предполагаемая дата прибытия
i94-field-arrival-hint = Сегодня или в ближайшие 7 дней.
i94-start = Начать заявление
i94-submission-title = Заявление на I-94
i94-any-land-port = Его можно предъявить в любом сухопутном пункте пропуска.
i94-card-confirming = Ждём подтверждения оплаты картой. Когда оно придёт, на этой странице будет «Оплачено».
i94-continue-to-card = Перейти на страницу оплаты картой
i94-applicants-count = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
i94-no-applicants = Пока никто не добавлен.
i94-application-number = Номер заявления
i94-state = Состояние
i94-remove = Удалить
i94-add-title = Добавить человека
i94-from-group = Заполнить по данным вашей группы:
i94-or-trip-only = Или добавить человека только для этой поездки:
i94-field-family-name = Фамилии
i94-field-given-names = Имена
i94-field-given-names-hint = Как в паспорте. Оставьте пустым, если в паспорте их нет.
i94-field-sex = Пол (как в паспорте)
i94-sex-F = Женский
i94-sex-M = Мужской
i94-sex-X = Не указан (X)
i94-passport-legend = Паспорт
i94-field-passport-number = Номер паспорта
i94-field-passport-country = Страна, выдавшая паспорт
i94-field-passport-expiry = Дата окончания срока паспорта
i94-visa-legend = Виза, карта пересечения границы или безвизовый въезд
i94-field-document-kind = Документ
i94-kind-visa = Виза США
i94-kind-bcc = Карта пересечения границы
i94-kind-visa_waiver = Безвизовая программа (ESTA)
i94-field-visa-number = Номер визы или карты
i94-field-visa-number-hint = Не нужен при безвизовом въезде.
i94-field-visa-class = Категория
i94-field-visa-expiry = Дата окончания срока визы или карты
i94-field-petition = Номер квитанции по петиции
i94-field-petition-hint = Только для категорий, где нужна петиция (H, L, O, P, Q, R): 3 буквы и 10 цифр.
i94-field-sevis = Номер SEVIS
i94-field-sevis-hint = Только для студентов и участников обмена (F, M, J): N и 10 цифр.
i94-field-us-address = Адрес или пункт назначения в США
i94-field-us-address-hint = Где вы остановитесь, или город, куда едете.
i94-field-purpose = Цель поездки
i94-purpose-tourism = Туризм
i94-purpose-business = Деловая поездка
i94-purpose-family = Визит к родственникам
i94-purpose-study = Учёба
i94-purpose-work = Работа
i94-purpose-medical = Лечение
i94-purpose-transit = Транзит
i94-purpose-other = Другое
i94-add-person = Добавить этого человека
i94-submit-title = Отправить и оплатить
i94-amount = { $count ->
    [one] { $count } человек × { $fee } = { $amount } долларов США, одним платежом.
    [few] { $count } человека × { $fee } = { $amount } долларов США, одним платежом.
    [many] { $count } человек × { $fee } = { $amount } долларов США, одним платежом.
   *[other] { $count } человека × { $fee } = { $amount } долларов США, одним платежом.
}
i94-no-refund = Оплаченный сбор не возвращается, даже если I-94 истечёт неиспользованным.
i94-submit = Отправить заявление
i94-need-applicant = Перед отправкой добавьте хотя бы одного человека.
i94-pay-title = Оплатить сбор
i94-pay-at-port = Можно оплатить на пункте пропуска: назовите сотруднику номер заявления, он запишет квитанцию.
i94-pay-card = Оплатить картой сейчас
i94-paid-detail = Оплачено: { $amount } долларов США (квитанция { $reference }).
i94-print-hint = Распечатайте эту страницу или сохраните её в телефоне: на ней номера ваших заявлений.
i94-back = Назад к моим I-94
i94-console-title = Предварительные I-94
i94-console-intro = Найдите заявление, поданное для любого сухопутного пункта; вы работаете в пункте { $port }.
i94-results = { $count ->
    [one] Найдено { $count } заявление
    [few] Найдено { $count } заявления
    [many] Найдено { $count } заявлений
   *[other] Найдено { $count } заявления
}
i94-results-capped = Совпадений больше; уточните поиск.
i94-open = Открыть
i94-search-number = По номеру заявления
i94-search-passport = По паспорту
i94-country-code-hint = Две буквы, например MX.
i94-field-mrz = Машиночитаемая зона (две строки внизу страницы паспорта)
i94-field-mrz-hint = Введите или вставьте обе строки; контрольные цифры проверяются.
i94-search-name = По имени и дате рождения
i94-search = Искать
i94-back-console = Назад к консоли
i94-record-payment = Записать оплату на пункте пропуска
i94-field-receipt = Номер квитанции
i94-decision = Решение
i94-decision-admitted = Допустить
i94-decision-refused = Отказать
i94-decision-withdrawn = Отозвано
i94-field-class-of-admission = Категория допуска
i94-field-admit-until = Допущен(а) до
i94-field-fingerprints = Отпечатки сняты
i94-record-decision = Записать решение
retention-kind-i94 = Заявления на предварительный I-94, оплаты и въезды (ваша история поездок)
i94-mrz-title = Считать две строки паспорта
i94-mrz-read = Обновить паспорт по этим строкам
