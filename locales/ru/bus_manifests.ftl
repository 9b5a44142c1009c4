# Предварительные списки пассажиров автобусов: страницы автобусной компании, «Автобусы сегодня» в пункте пропуска, ошибки файла.
nav-bus-manifests = Списки пассажиров автобусов
bus-manifest-title = Списки пассажиров автобусов
bus-manifest-intro = Сообщите пункту пропуска, кто едет в каждом автобусе, до его прибытия: каждого пассажира, водителя и экипаж. Отправьте файл, введите данные небольшого автобуса вручную или используйте API.
bus-manifest-upload-title = Загрузить список (CSV)
bus-manifest-new-title = Ввести небольшой список вручную
bus-manifest-template = Скачать шаблон CSV
bus-manifest-trips = Ваши рейсы
bus-manifest-counts-only = Вы видите, сколько человек отметил пункт пропуска, но никогда не видите решений о ком-либо.
bus-manifest-no-trips = Рейсов пока нет.
bus-manifest-status = Статус
bus-manifest-status-expected = Ожидается
bus-manifest-status-arrived = Прибыл
bus-manifest-status-processed = Оформлен
bus-manifest-count-manifested = В списке
bus-manifest-count-arrived = Прошли пункт пропуска
bus-manifest-count-missing = Не было в автобусе
bus-manifest-count-added = Добавлены на месте
bus-manifest-counts = Цифры
bus-manifest-trip-title = Рейс
bus-manifest-saved = Список сохранён. Его можно исправлять до прибытия автобуса.
bus-manifest-correct = Загрузить исправление (новую версию)
bus-manifest-correcting = Этот файл заменит список рейса новой версией; прежняя сохранится.
bus-manifest-versions = Версии
bus-manifest-version = Версия
bus-manifest-version-at = Отправлена
bus-manifest-version-source = Способ
bus-manifest-source-form = Форма
bus-manifest-source-csv = Файл CSV
bus-manifest-source-api = API
bus-manifest-back = К вашим рейсам
bus-manifest-trip = Рейс
bus-manifest-column-trip-number = Номер рейса
bus-manifest-column-origin-city = Откуда (город)
bus-manifest-column-port = Пункт пропуска прибытия
bus-manifest-column-arrival-at = Прибытие
bus-manifest-column-plate = Номерной знак автобуса
bus-manifest-column-plate-country = Страна номерного знака
bus-manifest-choose-port = Выберите пункт пропуска
bus-manifest-arrival-hint = Дата и время в пункте пропуска, например 2026-12-02 14:30.
bus-manifest-country-hint = Двухбуквенный код страны, например MX или US.
bus-manifest-column-role = Роль (passenger, driver, crew)
bus-manifest-column-family-name = Фамилия
bus-manifest-column-given-names = Имена
bus-manifest-column-date-of-birth = Дата рождения
bus-manifest-column-sex = Пол (F, M, X)
bus-manifest-column-citizenship = Гражданство
bus-manifest-column-residence-country = Страна проживания
bus-manifest-column-document-type = Проездной документ
bus-manifest-column-document-number = Номер документа
bus-manifest-column-document-country = Страна выдачи
bus-manifest-column-document-expiry = Срок действия документа
bus-manifest-column-us-address = Адрес в США
bus-manifest-upload-intro = Одна строка на человека, с заголовком из шаблона. Даты в виде ГГГГ-ММ-ДД. Файл с ошибкой не сохраняется; отчёт называет строку и столбец.
bus-manifest-file = Файл CSV
bus-manifest-file-hint = До 10 000 человек, 4 МБ.
bus-manifest-encoding = Кодировка файла
bus-manifest-encoding-utf8 = UTF-8 (с BOM или без)
bus-manifest-encoding-windows-1252 = Windows-1252 (старый Excel)
bus-manifest-accept-valid = Принять правильные строки
bus-manifest-accept-valid-hint = Сохранить строки без ошибок, остальные пропустить. Недостающих людей отправьте в исправлении.
bus-manifest-upload-submit = Проверить и отправить
bus-manifest-new-intro = Для небольшого автобуса: по одному блоку на человека. Пустые блоки пропускаются.
bus-manifest-person-n = Человек { $position }
bus-manifest-values-hint = Роль: passenger (пассажир), driver (водитель) или crew (экипаж). Пол: F, M или X. Страны двумя буквами (MX). Даты в виде ГГГГ-ММ-ДД. Проездной документ: passport, passport-card, permanent-resident-card, border-crossing-card, trusted-traveler-card, enhanced-drivers-license, refugee-travel-document, reentry-permit, military-id, merchant-mariner-document, facilitation-document.
bus-manifest-new-submit = Проверить и отправить
bus-manifest-report-title = Список не сохранён
bus-manifest-report-line = Строка { $row }, { $column }: { $message }
bus-manifest-report-trip = { $column }: { $message }
bus-manifest-report-more = { $count ->
    [one] …и ещё { $count } ошибка.
    [few] …и ещё { $count } ошибки.
    [many] …и ещё { $count } ошибок.
   *[other] …и ещё { $count } ошибки.
}
bus-manifest-problem-date-not-iso = Запишите дату в виде ГГГГ-ММ-ДД (например 2026-03-04). Дата вида 03/04/2026 не принимается: её можно прочитать двумя способами.
bus-manifest-problem-document-expired = Срок действия документа истекает до дня прибытия.
bus-manifest-problem-duplicate-traveler = Тот же документ, что в строке { $first }.
bus-manifest-problem-row-width = В этой строке ячеек: { $found }; в заголовке: { $expected }.
bus-manifest-invalid = { $count ->
    [one] В списке { $count } ошибка. Ничего не сохранено.
    [few] В списке { $count } ошибки. Ничего не сохранено.
    [many] В списке { $count } ошибок. Ничего не сохранено.
   *[other] В списке { $count } ошибки. Ничего не сохранено.
}
bus-manifest-invalid-title = Ошибки в списке
bus-manifest-empty = В списке нет ни одного человека.
bus-manifest-empty-title = Пустой список
bus-manifest-too-many = { $limit ->
    [one] В списке может быть не больше { $limit } человека.
    [few] В списке может быть не больше { $limit } человек.
    [many] В списке может быть не больше { $limit } человек.
   *[other] В списке может быть не больше { $limit } человека.
}
bus-manifest-too-many-title = Слишком много людей
bus-manifest-not-utf8 = Файл не в кодировке UTF-8 (строка { $line }). Сохраните его как «CSV UTF-8» или выберите Windows-1252.
bus-manifest-not-utf8-title = Неверная кодировка
bus-manifest-malformed = Не удалось прочитать файл как CSV (строка { $line }): проверьте кавычки.
bus-manifest-malformed-title = Это не файл CSV
bus-manifest-no-file = Выберите файл для загрузки.
bus-manifest-no-file-title = Нет файла
bus-manifest-header-empty = Файл пуст: первой строкой должен быть заголовок из шаблона.
bus-manifest-header-empty-title = Пустой файл
bus-manifest-header-missing = В заголовке нет столбца «{ $column }». Используйте заголовок из шаблона.
bus-manifest-header-missing-title = Неверный заголовок
bus-manifest-header-unknown = В заголовке есть столбец, которого нет в шаблоне: «{ $column }».
bus-manifest-header-unknown-title = Неверный заголовок
bus-manifest-header-repeated = Столбец «{ $column }» встречается в заголовке дважды.
bus-manifest-header-repeated-title = Неверный заголовок
bus-manifest-console-title = Автобусы сегодня
bus-manifest-console-list = Ожидаемые автобусы по времени прибытия
bus-manifest-console-empty = Сегодня автобусов не ожидается.
bus-manifest-carrier = Автобусная компания
bus-manifest-changes-title = Что изменилось по сравнению с версией { $version }
bus-manifest-changes-none = Ничего не изменилось.
bus-manifest-change-added = Добавлен(а)
bus-manifest-change-removed = Удалён(а)
bus-manifest-change-changed = Изменён(а)
bus-manifest-people = В автобусе
bus-manifest-person = Человек
bus-manifest-document = Документ
bus-manifest-record = Отметить
bus-manifest-role-passenger = пассажир
bus-manifest-role-driver = водитель
bus-manifest-role-crew = экипаж
bus-manifest-added-here = добавлен(а) на месте
bus-manifest-person-expected = Ожидается
bus-manifest-person-processed = Оформлен(а)
bus-manifest-person-not-on-board = Не было в автобусе
bus-manifest-outcome = Решение
bus-manifest-outcome-admitted = Допущен(а)
bus-manifest-outcome-secondary = Направлен(а) на дополнительный досмотр
bus-manifest-outcome-refused = Во въезде отказано
bus-manifest-mark-processed = Оформлен(а)
bus-manifest-mark-not-on-board = Не было в автобусе
bus-manifest-add-title = Добавить человека, которого нет в списке
bus-manifest-add-submit = Добавить и отметить
bus-manifest-close-title = Закрыть рейс
bus-manifest-close-hint = Все, кто не отмечен, считаются отсутствовавшими в автобусе. Цифры сохраняются.
bus-manifest-close = Закрыть рейс
bus-manifest-closed = Этот рейс закрыт.
bus-manifest-export = Скачать список (CSV)
bus-manifest-document-passport = Паспорт
bus-manifest-document-passport-card = Паспортная карта США
bus-manifest-document-permanent-resident-card = Карта постоянного жителя
bus-manifest-document-border-crossing-card = Карта пересечения границы
bus-manifest-document-trusted-traveler-card = Карта доверенного путешественника (NEXUS, SENTRI, FAST)
bus-manifest-document-enhanced-drivers-license = Расширенное водительское удостоверение
bus-manifest-document-refugee-travel-document = Проездной документ беженца
bus-manifest-document-reentry-permit = Разрешение на повторный въезд
bus-manifest-document-military-id = Военное удостоверение
bus-manifest-document-merchant-mariner-document = Документ моряка торгового флота
retention-kind-bus-manifests = Списки пассажиров автобусов, после дня прибытия
bus-manifest-organisation-link = Отправлять и отслеживать списки пассажиров автобусов
bus-manifest-document-facilitation-document = Документ упрощённого пропуска (APIS F)
bus-manifest-problem-secondary-document = Виза (код APIS V) — только дополнительный документ: укажите паспорт, в котором она стоит.
bus-manifest-values-apis = Принимаются и коды документов APIS CBP: P паспорт, C или A карта постоянного жителя, M военный билет, T разрешение на повторный въезд, IN NEXUS, IS SENTRI, F документ упрощённого пропуска.
