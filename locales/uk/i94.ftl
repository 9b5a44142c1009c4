# Попередній I-94 (суходолом): сторінки мандрівника та вкладка I-94 працівника.
nav-i94 = Мої I-94
i94-mine-title = Мої I-94
i94-intro = Відвідувачі, які в’їжджають суходолом (з візою, карткою перетину кордону або за безвізовою програмою), можуть подати заяву на попередній I-94 не раніше ніж за 7 днів до прибуття, сплатити збір і завершити оформлення в будь-якому сухопутному пункті пропуску після короткої співбесіди та зняття відбитків пальців.
i94-none-yet = У вас ще немає заяв на I-94.
i94-submission-heading = Запланований пункт: { $port }
i94-arrival-on = Заплановане прибуття: { $date }
i94-status-draft = Ще не надіслано
i94-status-awaiting_payment = Очікує оплати
i94-status-paid = Оплачено
i94-status-expired = Строк сплив (не пред’явлено вчасно; збір не повертається)
i94-applicant-pending = Очікує працівника
i94-applicant-admitted = Допущено
i94-applicant-refused = Відмовлено
i94-applicant-withdrawn = Відкликано
i94-applicant-expired = Строк сплив
i94-valid-until = чинний у будь-якому сухопутному пункті до { $when }
i94-lapses-on = без оплати спливає { $when }
i94-admitted-detail = Категорія { $class }, можна перебувати до { $date }.
i94-days-left = { $days ->
    [one] Залишився { $days } день.
    [few] Залишилося { $days } дні.
    [many] Залишилося { $days } днів.
   *[other] Залишилося { $days } дня.
}
i94-number = Номер I-94: { $number }
i94-continue = Продовжити заяву
i94-open-receipt = Переглянути квитанцію
i94-history-title = Історія поїздок
i94-history-none = У Garita ще не записано жодного в’їзду.
i94-history-name = Ім’я
i94-history-class = Категорія
i94-history-port = Пункт
i94-history-date = Дата
i94-apply-title = Подати нову заяву на I-94
i94-apply-intro = Виберіть сухопутний пункт, яким плануєте скористатися, і день прибуття (сьогодні або в найближчі 7 днів). Потім додайте кожного, хто їде.
i94-fee-per-person = Збір — { $amount } доларів США з особи.
i94-field-port = Запланований сухопутний пункт
i94-field-port-hint = Лише для довідки: I-94 чинний у будь-якому сухопутному пункті.
i94-field-arrival = Запланована дата прибуття
i94-field-arrival-hint = Сьогодні або в найближчі 7 днів.
i94-start = Почати заяву
i94-submission-title = Заява на I-94
i94-any-land-port = Її можна пред’явити в будь-якому сухопутному пункті пропуску.
i94-card-confirming = Чекаємо на підтвердження оплати карткою. Коли воно надійде, на цій сторінці буде «Оплачено».
i94-continue-to-card = Перейти на сторінку оплати карткою
i94-applicants-count = { $count ->
    [one] { $count } особа
    [few] { $count } особи
    [many] { $count } осіб
   *[other] { $count } особи
}
i94-no-applicants = Ще нікого не додано.
i94-application-number = Номер заяви
i94-state = Стан
i94-remove = Вилучити
i94-add-title = Додати особу
i94-from-group = Заповнити за даними вашої групи:
i94-or-trip-only = Або додати когось лише для цієї поїздки:
i94-field-family-name = Прізвища
i94-field-given-names = Імена
i94-field-given-names-hint = Як у паспорті. Залиште порожнім, якщо в паспорті їх немає.
i94-field-sex = Стать (як у паспорті)
i94-sex-F = Жіноча
i94-sex-M = Чоловіча
i94-sex-X = Не зазначено (X)
i94-passport-legend = Паспорт
i94-field-passport-number = Номер паспорта
i94-field-passport-country = Країна, що видала паспорт
i94-field-passport-expiry = Дата закінчення строку дії паспорта
i94-visa-legend = Віза, картка перетину кордону або безвізовий в’їзд
i94-field-document-kind = Документ
i94-kind-visa = Віза США
i94-kind-bcc = Картка перетину кордону
i94-kind-visa_waiver = Безвізова програма (ESTA)
i94-field-visa-number = Номер візи або картки
i94-field-visa-number-hint = Не потрібен при безвізовому в’їзді.
i94-field-visa-class = Категорія
i94-field-visa-expiry = Дата закінчення строку дії візи або картки
i94-field-petition = Номер квитанції за петицією
i94-field-petition-hint = Лише для категорій, де потрібна петиція (H, L, O, P, Q, R): 3 літери і 10 цифр.
i94-field-sevis = Номер SEVIS
i94-field-sevis-hint = Лише для студентів і учасників обміну (F, M, J): N і 10 цифр.
i94-field-us-address = Адреса або пункт призначення в США
i94-field-us-address-hint = Де ви зупинитеся, або місто, куди їдете.
i94-field-purpose = Мета поїздки
i94-purpose-tourism = Туризм
i94-purpose-business = Ділова поїздка
i94-purpose-family = Відвідування родини
i94-purpose-study = Навчання
i94-purpose-work = Робота
i94-purpose-medical = Лікування
i94-purpose-transit = Транзит
i94-purpose-other = Інше
i94-add-person = Додати цю особу
i94-submit-title = Надіслати й оплатити
i94-amount = { $count ->
    [one] { $count } особа × { $fee } = { $amount } доларів США, одним платежем.
    [few] { $count } особи × { $fee } = { $amount } доларів США, одним платежем.
    [many] { $count } осіб × { $fee } = { $amount } доларів США, одним платежем.
   *[other] { $count } особи × { $fee } = { $amount } доларів США, одним платежем.
}
i94-no-refund = Сплачений збір не повертається, навіть якщо строк I-94 спливе без використання.
i94-submit = Надіслати заяву
i94-need-applicant = Перед надсиланням додайте хоча б одну особу.
i94-pay-title = Сплатити збір
i94-pay-at-port = Можна сплатити на пункті пропуску: назвіть працівникові номер заяви, і він запише квитанцію.
i94-pay-card = Оплатити карткою зараз
i94-paid-detail = Оплачено: { $amount } доларів США (квитанція { $reference }).
i94-print-hint = Роздрукуйте цю сторінку або збережіть її в телефоні: на ній номери ваших заяв.
i94-back = Назад до моїх I-94
i94-console-title = Попередні I-94
i94-console-intro = Знайдіть заяву, подану для будь-якого сухопутного пункту; ви працюєте в пункті { $port }.
i94-results = { $count ->
    [one] Знайдено { $count } заяву
    [few] Знайдено { $count } заяви
    [many] Знайдено { $count } заяв
   *[other] Знайдено { $count } заяви
}
i94-results-capped = Збігів більше; уточніть пошук.
i94-open = Відкрити
i94-search-number = За номером заяви
i94-search-passport = За паспортом
i94-country-code-hint = Дві літери, наприклад MX.
i94-field-mrz = Машинозчитувана зона (два рядки внизу сторінки паспорта)
i94-field-mrz-hint = Введіть або вставте обидва рядки; контрольні цифри перевіряються.
i94-search-name = За іменем і датою народження
i94-search = Шукати
i94-back-console = Назад до консолі
i94-record-payment = Записати оплату на пункті пропуску
i94-field-receipt = Номер квитанції
i94-decision = Рішення
i94-decision-admitted = Допустити
i94-decision-refused = Відмовити
i94-decision-withdrawn = Відкликано
i94-field-class-of-admission = Категорія допуску
i94-field-admit-until = Допущено до
i94-field-fingerprints = Відбитки знято
i94-record-decision = Записати рішення
retention-kind-i94 = Заяви на попередній I-94, оплати й в’їзди (ваша історія поїздок)
i94-mrz-title = Зчитати два рядки паспорта
i94-mrz-read = Оновити паспорт за цими рядками
# The traveler's "fill in from the passport's two lines" and the administrators' per-port visibility.
i94-zone-title = Заповнити за двома рядками паспорта
i94-zone-hint = Введіть або вставте два рядки внизу сторінки паспорта з фотографією; контрольні цифри перевіряються. Потім перевірте форму й заповніть решту.
i94-zone-fill = Заповнити форму
i94-zone-read = Дані паспорта заповнено за його двома рядками. Перевірте їх, а потім заповніть решту форми.
i94-ports-title = Які I-94 бачить кожен сухопутний пункт пропуску
i94-ports-intro = Тимчасова I-94 дійсна в будь-якому сухопутному пункті пропуску, тому за замовчуванням працівники кожного пункту знаходять усі заяви. Пункт можна налаштувати так, щоб він бачив лише заяви, подані на нього.
i94-ports-caption = Сухопутні пункти пропуску, що приймають тимчасові I-94
i94-ports-port = Сухопутний пункт пропуску
i94-ports-sees = Що бачать його працівники
i94-ports-sees-at = Що бачать працівники пункту { $port }
i94-ports-any_land_port = Усі заяви (будь-який сухопутний пункт)
i94-ports-own_port = Лише заяви на цей пункт
i94-ports-save = Зберегти
i94-ports-saved = Збережено для пункту { $port }.
i94-console-own-port = Ваш пункт налаштовано так, щоб бачити лише заяви, подані на нього.
