# Garita — українська
wait-times-title = Час очікування на кордоні
wait-times-intro = Скільки приблизно доведеться чекати в кожному пункті пропуску, за звітами офіцерів цього пункту. Час указано місцевий для кожного пункту пропуску.
wait-times-none = Для цього пункту пропуску звітів ще немає.
wait-times-not-reported = Звітів ще немає: { $lanes }.
wait-times-port-link = Докладніше та останні 7 днів
wait-times-feed = Ці дані у форматі JSON (для розробників)
wait-times-history-json = Останні 7 днів у форматі JSON (для розробників)
wait-times-back = Усі пункти пропуску

wait-times-col-lane = Смуга
wait-times-col-status = Статус
wait-times-col-lanes-open = Відкрито смуг
wait-times-col-wait = Очікування
wait-times-col-usual = Зазвичай о цій годині
wait-times-col-updated = Оновлено

wait-times-group-passenger = Легкові автомобілі
wait-times-group-pedestrian = Пішоходи
wait-times-group-commercial = Вантажний транспорт
wait-times-lane-passenger-standard = Звичайна
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = Звичайна
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = Звичайна
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = Відкрито
wait-times-status-lanes-reduced = Відкрито менше смуг
wait-times-status-closed = Закрито

wait-times-minutes = { $minutes ->
    [one] { $minutes } хв
    [few] { $minutes } хв
    [many] { $minutes } хв
   *[other] { $minutes } хв
    }
wait-times-hours = { $hours ->
    [one] { $hours } год
    [few] { $hours } год
    [many] { $hours } год
   *[other] { $hours } год
    }
wait-times-hours-minutes = { $hours ->
    [one] { $hours } год
    [few] { $hours } год
    [many] { $hours } год
   *[other] { $hours } год
    } { $minutes ->
    [one] { $minutes } хв
    [few] { $minutes } хв
    [many] { $minutes } хв
   *[other] { $minutes } хв
    }
wait-times-ago-now = щойно
wait-times-ago-minutes = { $count ->
    [one] { $count } хвилину тому
    [few] { $count } хвилини тому
    [many] { $count } хвилин тому
   *[other] { $count } хвилини тому
    }
wait-times-ago-hours = { $count ->
    [one] { $count } годину тому
    [few] { $count } години тому
    [many] { $count } годин тому
   *[other] { $count } години тому
    }
wait-times-ago-days = { $count ->
    [one] { $count } день тому
    [few] { $count } дні тому
    [many] { $count } днів тому
   *[other] { $count } дня тому
}
wait-times-updated = Оновлено { $ago }, о { $time }
wait-times-stale = Востаннє оновлено { $ago }, о { $time }. Дані можуть бути застарілими

wait-times-port-title = Час очікування: { $port }
wait-times-port-intro = Час указано місцевий для пункту пропуску: { $zone }.
wait-times-now-heading = Останні звіти
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } звіт
    [few] { $count } звіти
    [many] { $count } звітів
   *[other] { $count } звіту
})
wait-times-usual-none = Замало звітів
wait-times-usual-note = «Зазвичай о цій годині» — це медіана очікування за звітами для цієї смуги з { $from } до { $to } (час пункту пропуску) за { $days ->
    [one] останній { $days } день
    [few] останні { $days } дні
    [many] останні { $days } днів
   *[other] останні { $days } дня
}. Її показують, якщо { $count ->
    [one] є щонайменше { $count } такий звіт
    [few] є щонайменше { $count } такі звіти
    [many] є щонайменше { $count } таких звітів
   *[other] є щонайменше { $count } такого звіту
    }: половина цих очікувань була коротшою, половина — довшою.

wait-times-week-heading = Останні 7 днів
wait-times-week-intro = Очікування за звітами, у хвилинах, у середньому за кожну годину, за місцевим часом пункту пропуску. Розрив лінії означає, що звітів не було або смуга була закрита.
wait-times-chart-title = { $group }: очікування за останні 7 днів
wait-times-chart-desc = Лінійний графік очікування за звітами, у хвилинах, для кожної смуги ({ $group }), за годинами, з { $from } по { $to } (час пункту пропуску). Найдовше: { $max }. Ті самі дані по днях є в таблиці після графіка.
wait-times-chart-max = { $wait } ({ $lane }, { $day } о { $time })
wait-times-chart-max-none = очікування не вказано, лише закриті смуги
wait-times-chart-empty = За останні 7 днів звітів немає.
wait-times-axis-wait = Очікування (хвилини)
wait-times-axis-day = День (час пункту пропуску)
wait-times-legend = Смуги
wait-times-weekday = { $weekday ->
    [1] пн
    [2] вт
    [3] ср
    [4] чт
    [5] пт
    [6] сб
   *[7] нд
} { $day }
wait-times-table-show = Показати ці дані таблицею
wait-times-table-caption = { $group }: медіана очікування за кожен день, у хвилинах (у дужках — найдовше)
wait-times-table-day = День
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = Немає звітів

wait-times-console-title = Оновити час очікування: { $port }
wait-times-console-choose-port = Оновити час очікування: виберіть пункт пропуску
wait-times-console-intro = Заповніть лише ті смуги, про які ви повідомляєте зараз. Смуги з вибраним «Не оновлювати» збережуть останній звіт. Усі смуги зберігаються разом — або жодна, якщо щось не так.
wait-times-console-save = Зберегти час очікування
wait-times-console-saved = Збережено. Публічна сторінка показує нові дані.
wait-times-console-nothing = Заповніть щонайменше одну смугу, потім збережіть.
wait-times-console-public = Відкрити публічну сторінку цього пункту пропуску
wait-times-field-status = Статус
wait-times-field-status-skip = Не оновлювати
wait-times-field-lanes-open = Відкрито смуг
wait-times-field-lanes-open-hint = Відкрито смуг: ціле число від 1 до 100. Для закритої смуги залиште порожнім.
wait-times-field-delay = Очікування у хвилинах
wait-times-field-delay-hint = Очікування: ціле число хвилин від 0 до 1440 (24 години). Для закритої смуги залиште порожнім.
wait-times-current = Останній звіт: { $status }, { $lanes ->
    [one] відкрита { $lanes } смуга
    [few] відкрито { $lanes } смуги
    [many] відкрито { $lanes } смуг
   *[other] відкрито { $lanes } смуги
}, очікування { $wait }. { $updated }.
wait-times-current-closed = Останній звіт: закрито. { $updated }.
wait-times-error-in = { $lane }, { $field }: { $message }
wait-times-current-none = Звітів ще немає.

error-unknown-lane = Такого типу смуги немає. Використайте один із цих: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = Указуйте кожну смугу лише один раз.
error-unknown-status = Виберіть статус зі списку: відкрито, відкрито менше смуг (lanes-reduced) або закрито.
error-not-a-number = Напишіть ціле число, наприклад 25.
error-number-too-small = { $limit ->
    [one] Це число не може бути меншим за { $limit }.
    [few] Це число не може бути меншим за { $limit }.
    [many] Це число не може бути меншим за { $limit }.
   *[other] Це число не може бути меншим за { $limit }.
    }
error-number-too-large = { $limit ->
    [one] Це число не може бути більшим за { $limit }. Перевірте його.
    [few] Це число не може бути більшим за { $limit }. Перевірте його.
    [many] Це число не може бути більшим за { $limit }. Перевірте його.
   *[other] Це число не може бути більшим за { $limit }. Перевірте його.
    }
