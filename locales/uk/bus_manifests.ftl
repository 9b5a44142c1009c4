# Попередні списки пасажирів автобусів: сторінки автобусної компанії, «Автобуси сьогодні» в пункті пропуску, помилки файлу.
nav-bus-manifests = Списки пасажирів автобусів
bus-manifest-title = Списки пасажирів автобусів
bus-manifest-intro = Повідомте пункт пропуску, хто їде в кожному автобусі, до його прибуття: кожного пасажира, водія та екіпаж. Надішліть файл, введіть дані невеликого автобуса вручну або скористайтеся API.
bus-manifest-upload-title = Завантажити список (CSV)
bus-manifest-new-title = Ввести невеликий список вручну
bus-manifest-template = Завантажити шаблон CSV
bus-manifest-trips = Ваші рейси
bus-manifest-counts-only = Ви бачите, скільки людей відзначив пункт пропуску, але ніколи не бачите рішень щодо когось.
bus-manifest-no-trips = Рейсів поки немає.
bus-manifest-status = Статус
bus-manifest-status-expected = Очікується
bus-manifest-status-arrived = Прибув
bus-manifest-status-processed = Оформлено
bus-manifest-count-manifested = У списку
bus-manifest-count-arrived = Пройшли пункт пропуску
bus-manifest-count-missing = Не було в автобусі
bus-manifest-count-added = Додані на місці
bus-manifest-counts = Цифри
bus-manifest-trip-title = Рейс
bus-manifest-saved = Список збережено. Його можна виправляти до прибуття автобуса.
bus-manifest-correct = Завантажити виправлення (нову версію)
bus-manifest-correcting = Цей файл замінить список рейсу новою версією; попередня збережеться.
bus-manifest-versions = Версії
bus-manifest-version = Версія
bus-manifest-version-at = Надіслано
bus-manifest-version-source = Спосіб
bus-manifest-source-form = Форма
bus-manifest-source-csv = Файл CSV
bus-manifest-source-api = API
bus-manifest-back = До ваших рейсів
bus-manifest-trip = Рейс
bus-manifest-column-trip-number = Номер рейсу
bus-manifest-column-origin-city = Звідки (місто)
bus-manifest-column-port = Пункт пропуску прибуття
bus-manifest-column-arrival-at = Прибуття
bus-manifest-column-plate = Номерний знак автобуса
bus-manifest-column-plate-country = Країна номерного знака
bus-manifest-choose-port = Виберіть пункт пропуску
bus-manifest-arrival-hint = Дата й час у пункті пропуску, наприклад 2026-12-02 14:30.
bus-manifest-country-hint = Дволітерний код країни, наприклад MX або US.
bus-manifest-column-role = Роль (passenger, driver, crew)
bus-manifest-column-family-name = Прізвище
bus-manifest-column-given-names = Імена
bus-manifest-column-date-of-birth = Дата народження
bus-manifest-column-sex = Стать (F, M, X)
bus-manifest-column-citizenship = Громадянство
bus-manifest-column-residence-country = Країна проживання
bus-manifest-column-document-type = Проїзний документ
bus-manifest-column-document-number = Номер документа
bus-manifest-column-document-country = Країна видачі
bus-manifest-column-document-expiry = Строк дії документа
bus-manifest-column-us-address = Адреса в США
bus-manifest-upload-intro = Один рядок на людину, із заголовком із шаблону. Дати у вигляді РРРР-ММ-ДД. Файл із помилкою не зберігається; звіт називає рядок і стовпець.
bus-manifest-file = Файл CSV
bus-manifest-file-hint = До 10 000 людей, 4 МБ.
bus-manifest-encoding = Кодування файлу
bus-manifest-encoding-utf8 = UTF-8 (з BOM або без)
bus-manifest-encoding-windows-1252 = Windows-1252 (старий Excel)
bus-manifest-accept-valid = Прийняти правильні рядки
bus-manifest-accept-valid-hint = Зберегти рядки без помилок, решту пропустити. Людей, яких бракує, надішліть у виправленні.
bus-manifest-upload-submit = Перевірити й надіслати
bus-manifest-new-intro = Для невеликого автобуса: по одному блоку на людину. Порожні блоки пропускаються.
bus-manifest-person-n = Людина { $position }
bus-manifest-values-hint = Роль: passenger (пасажир), driver (водій) або crew (екіпаж). Стать: F, M або X. Країни двома літерами (MX). Дати у вигляді РРРР-ММ-ДД. Проїзний документ: passport, passport-card, permanent-resident-card, border-crossing-card, trusted-traveler-card, enhanced-drivers-license, refugee-travel-document, reentry-permit, military-id, merchant-mariner-document, facilitation-document.
bus-manifest-new-submit = Перевірити й надіслати
bus-manifest-report-title = Список не збережено
bus-manifest-report-line = Рядок { $row }, { $column }: { $message }
bus-manifest-report-trip = { $column }: { $message }
bus-manifest-report-more = { $count ->
    [one] …і ще { $count } помилка.
    [few] …і ще { $count } помилки.
    [many] …і ще { $count } помилок.
   *[other] …і ще { $count } помилки.
}
bus-manifest-problem-date-not-iso = Запишіть дату у вигляді РРРР-ММ-ДД (наприклад 2026-03-04). Дату на зразок 03/04/2026 не прийнято: її можна прочитати двома способами.
bus-manifest-problem-document-expired = Строк дії документа спливає до дня прибуття.
bus-manifest-problem-duplicate-traveler = Той самий документ, що в рядку { $first }.
bus-manifest-problem-row-width = У цьому рядку комірок: { $found }; у заголовку: { $expected }.
bus-manifest-invalid = { $count ->
    [one] У списку { $count } помилка. Нічого не збережено.
    [few] У списку { $count } помилки. Нічого не збережено.
    [many] У списку { $count } помилок. Нічого не збережено.
   *[other] У списку { $count } помилки. Нічого не збережено.
}
bus-manifest-invalid-title = Помилки у списку
bus-manifest-empty = У списку немає жодної людини.
bus-manifest-empty-title = Порожній список
bus-manifest-too-many = { $limit ->
    [one] У списку може бути не більше { $limit } людини.
    [few] У списку може бути не більше { $limit } людей.
    [many] У списку може бути не більше { $limit } людей.
   *[other] У списку може бути не більше { $limit } людини.
}
bus-manifest-too-many-title = Забагато людей
bus-manifest-not-utf8 = Файл не в кодуванні UTF-8 (рядок { $line }). Збережіть його як «CSV UTF-8» або виберіть Windows-1252.
bus-manifest-not-utf8-title = Неправильне кодування
bus-manifest-malformed = Не вдалося прочитати файл як CSV (рядок { $line }): перевірте лапки.
bus-manifest-malformed-title = Це не файл CSV
bus-manifest-no-file = Виберіть файл для завантаження.
bus-manifest-no-file-title = Немає файлу
bus-manifest-header-empty = Файл порожній: першим рядком має бути заголовок із шаблону.
bus-manifest-header-empty-title = Порожній файл
bus-manifest-header-missing = У заголовку немає стовпця «{ $column }». Використайте заголовок із шаблону.
bus-manifest-header-missing-title = Неправильний заголовок
bus-manifest-header-unknown = У заголовку є стовпець, якого немає в шаблоні: «{ $column }».
bus-manifest-header-unknown-title = Неправильний заголовок
bus-manifest-header-repeated = Стовпець «{ $column }» трапляється в заголовку двічі.
bus-manifest-header-repeated-title = Неправильний заголовок
bus-manifest-console-title = Автобуси сьогодні
bus-manifest-console-list = Очікувані автобуси за часом прибуття
bus-manifest-console-empty = Сьогодні автобусів не очікується.
bus-manifest-carrier = Автобусна компанія
bus-manifest-changes-title = Що змінилося порівняно з версією { $version }
bus-manifest-changes-none = Нічого не змінилося.
bus-manifest-change-added = Додано
bus-manifest-change-removed = Вилучено
bus-manifest-change-changed = Змінено
bus-manifest-people = В автобусі
bus-manifest-person = Людина
bus-manifest-document = Документ
bus-manifest-record = Відзначити
bus-manifest-role-passenger = пасажир
bus-manifest-role-driver = водій
bus-manifest-role-crew = екіпаж
bus-manifest-added-here = додано на місці
bus-manifest-person-expected = Очікується
bus-manifest-person-processed = Оформлено
bus-manifest-person-not-on-board = Не було в автобусі
bus-manifest-outcome = Рішення
bus-manifest-outcome-admitted = Допущено
bus-manifest-outcome-secondary = Направлено на додатковий огляд
bus-manifest-outcome-refused = У в'їзді відмовлено
bus-manifest-mark-processed = Оформлено
bus-manifest-mark-not-on-board = Не було в автобусі
bus-manifest-add-title = Додати людину, якої немає у списку
bus-manifest-add-submit = Додати й відзначити
bus-manifest-close-title = Закрити рейс
bus-manifest-close-hint = Усі, кого не відзначено, вважаються відсутніми в автобусі. Цифри зберігаються.
bus-manifest-close = Закрити рейс
bus-manifest-closed = Цей рейс закрито.
bus-manifest-export = Завантажити список (CSV)
bus-manifest-document-passport = Паспорт
bus-manifest-document-passport-card = Паспортна картка США
bus-manifest-document-permanent-resident-card = Картка постійного мешканця
bus-manifest-document-border-crossing-card = Картка перетину кордону
bus-manifest-document-trusted-traveler-card = Картка довіреного мандрівника (NEXUS, SENTRI, FAST)
bus-manifest-document-enhanced-drivers-license = Розширене посвідчення водія
bus-manifest-document-refugee-travel-document = Проїзний документ біженця
bus-manifest-document-reentry-permit = Дозвіл на повторний в'їзд
bus-manifest-document-military-id = Військове посвідчення
bus-manifest-document-merchant-mariner-document = Документ моряка торговельного флоту
retention-kind-bus-manifests = Списки пасажирів автобусів, після дня прибуття
bus-manifest-organisation-link = Надсилати й відстежувати списки пасажирів автобусів
bus-manifest-document-facilitation-document = Документ спрощеного перетину (APIS F)
bus-manifest-problem-secondary-document = Віза (код APIS V) — лише додатковий документ: зазначте паспорт, у якому вона є.
bus-manifest-values-apis = Приймаються й коди документів APIS CBP: P паспорт, C або A картка постійного мешканця, M військовий квиток, T дозвіл на повторний в’їзд, IN NEXUS, IS SENTRI, F документ спрощеного перетину.
