# Locations (/locations).
nav-locations = Места
locations-title = Пункты пропуска, аэропорты и другие места
locations-intro = Все сухопутные пункты въезда в США на границах с Мексикой и Канадой, международные аэропорты, грузовые терминалы и центры регистрации в программах «Надёжный путешественник». Часы работы указаны по местному времени каждого места.
locations-filter-kind = Вид места
locations-filter-function = Для чего
locations-filter-state = Штат США
locations-filter-any = Все
locations-filter-apply = Показать
locations-found = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } места
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = Сухопутные пункты въезда
locations-kind-airport = Международные аэропорты
locations-kind-cargo-facility = Грузовые терминалы
locations-kind-enrollment-center = Центры регистрации «Надёжный путешественник»
locations-function-appointments = Запись на приём
locations-function-provisional-i94 = Предварительная I-94
locations-function-bus-arrivals = Прибытие автобусов
locations-function-cargo-inspection = Досмотр грузов
locations-function-air-passenger-inspection = Досмотр авиапассажиров
locations-function-trusted-traveler-enrollment = Регистрация «Надёжный путешественник»
locations-port-code = Порт CBP
locations-iata-code = Код аэропорта
locations-status-open = Открыто
locations-status-closed = Закрыто
locations-hours-in-zone = Часы работы ({ $zone })
locations-day-mon = понедельник
locations-day-tue = вторник
locations-day-wed = среда
locations-day-thu = четверг
locations-day-fri = пятница
locations-day-sat = суббота
locations-day-sun = воскресенье
locations-day-span = { $first } — { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = с { $opens } до { $closes }
locations-open-all-day = круглосуточно
locations-closed = закрыто
locations-closed-all-week = Закрыто каждый день
locations-capacity = { $count ->
    [one] { $count } досмотр в час
    [few] { $count } досмотра в час
    [many] { $count } досмотров в час
   *[other] { $count } досмотра в час
}
locations-saved = Сохранено.
locations-field-kind = Вид
locations-field-code = Код
locations-field-state = Штат
locations-field-zone = Часовой пояс
locations-field-functions = Для чего
locations-field-status = Состояние
locations-field-capacity = Пропускная способность
locations-not-stated = Не указано
locations-hours-not-stated = Часы работы здесь не публикуются. Уточните их на месте, прежде чем ехать.
locations-updated = Изменено ведомством: { $when }.
locations-edit = Изменить часы, пропускную способность или состояние
locations-back = Все места
locations-edit-title = Изменить: { $name }
locations-edit-intro = Измените то, что ведомство устанавливает для этого места. Если поле заполнено неверно, ничего не сохраняется.
field-hours = Часы работы
locations-hours-hint = Местное время, дни по-английски, 24-часовой формат. Пример: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. Дни, которые не указаны, — выходные. Оставьте пустым, если не известно.
field-capacity-per-hour = Досмотров в час
locations-capacity-hint = Целое число от 1 до 10000. Оставьте пустым, если не известно.
field-is-open = Состояние
locations-save = Сохранить
locations-back-to-location = Назад к месту
