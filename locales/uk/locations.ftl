# Locations: land ports, airports, cargo facilities and enrollment centers (/locations).
nav-locations = Місця
locations-title = Пункти пропуску, аеропорти та інші місця
locations-intro = Усі сухопутні пункти пропуску США на кордонах з Мексикою і Канадою, міжнародні аеропорти, вантажні термінали та центри реєстрації Trusted Traveler. Години вказано за місцевим часом кожного місця.
locations-filter-kind = Вид місця
locations-filter-function = Для чого
locations-filter-state = Штат США
locations-filter-any = Усі
locations-filter-apply = Показати
locations-found = { $count ->
    [one] { $count } місце
    [few] { $count } місця
    [many] { $count } місць
   *[other] { $count } місця
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = Сухопутні пункти пропуску
locations-kind-airport = Міжнародні аеропорти
locations-kind-cargo-facility = Вантажні термінали
locations-kind-enrollment-center = Центри реєстрації Trusted Traveler
locations-function-appointments = Записи
locations-function-provisional-i94 = Попередня форма I-94
locations-function-bus-arrivals = Прибуття автобусів
locations-function-cargo-inspection = Огляд вантажів
locations-function-air-passenger-inspection = Огляд авіапасажирів
locations-function-trusted-traveler-enrollment = Реєстрація в Trusted Traveler
locations-port-code = Пункт CBP
locations-iata-code = Код аеропорту
locations-status-open = Відкрито
locations-status-closed = Закрито
locations-hours-in-zone = Години роботи { $zone }
locations-day-mon = Понеділок
locations-day-tue = Вівторок
locations-day-wed = Середа
locations-day-thu = Четвер
locations-day-fri = П'ятниця
locations-day-sat = Субота
locations-day-sun = Неділя
locations-day-span = { $first } – { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = { $opens } – { $closes }
locations-open-all-day = цілодобово
locations-closed = зачинено
locations-closed-all-week = Зачинено щодня
locations-capacity = { $count ->
    [one] { $count } огляд на годину
    [few] { $count } огляди на годину
    [many] { $count } оглядів на годину
   *[other] { $count } огляду на годину
}
locations-saved = Збережено.
locations-field-kind = Вид
locations-field-code = Код
locations-field-state = Штат
locations-field-zone = Місцевий час
locations-field-functions = Для чого
locations-field-status = Статус
locations-field-capacity = Пропускна спроможність
locations-not-stated = Не вказано
locations-hours-not-stated = Години роботи тут не опубліковано. Запитайте в цьому місці, перш ніж їхати.
locations-updated = Змінено агентством { $when }.
locations-edit = Змінити години, пропускну спроможність або статус
locations-back = Усі місця
locations-edit-title = Змінити: { $name }
locations-edit-intro = Змініть те, що агентство встановлює для цього місця. Якщо якесь поле неправильне, нічого не зберігається.
field-hours = Години роботи
locations-hours-hint = Місцевий час, дні англійською, 24-годинний формат. Приклад: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. Дні, яких не вказано, вважаються вихідними. Залиште порожнім, якщо не вказано.
field-capacity-per-hour = Оглядів на годину
locations-capacity-hint = Ціле число від 1 до 10000. Залиште порожнім, якщо не вказано.
field-is-open = Статус
locations-save = Зберегти
locations-back-to-location = Назад до місця
