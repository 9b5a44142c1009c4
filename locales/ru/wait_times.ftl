# Garita — русский
wait-times-title = Время ожидания на границе
wait-times-intro = Сколько примерно придётся ждать в каждом пункте пропуска, по отчётам сотрудников этого пункта. Время указано местное для каждого пункта пропуска.
wait-times-none = По этому пункту пропуска отчётов пока нет.
wait-times-not-reported = Отчётов пока нет: { $lanes }.
wait-times-port-link = Подробнее и последние 7 дней
wait-times-feed = Эти данные в JSON (для разработчиков)
wait-times-history-json = Последние 7 дней в JSON (для разработчиков)
wait-times-back = Все пункты пропуска

wait-times-col-lane = Полоса
wait-times-col-status = Статус
wait-times-col-lanes-open = Открыто полос
wait-times-col-wait = Ожидание
wait-times-col-usual = Обычно в этот час
wait-times-col-updated = Обновлено

wait-times-group-passenger = Легковые машины
wait-times-group-pedestrian = Пешеходы
wait-times-group-commercial = Грузовой транспорт
wait-times-lane-passenger-standard = Обычная
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = Обычная
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = Обычная
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = Открыто
wait-times-status-lanes-reduced = Открыто меньше полос
wait-times-status-closed = Закрыто

wait-times-minutes = { $minutes ->
    [one] { $minutes } мин
    [few] { $minutes } мин
    [many] { $minutes } мин
   *[other] { $minutes } мин
    }
wait-times-hours = { $hours ->
    [one] { $hours } ч
    [few] { $hours } ч
    [many] { $hours } ч
   *[other] { $hours } ч
    }
wait-times-hours-minutes = { $hours ->
    [one] { $hours } ч
    [few] { $hours } ч
    [many] { $hours } ч
   *[other] { $hours } ч
    } { $minutes ->
    [one] { $minutes } мин
    [few] { $minutes } мин
    [many] { $minutes } мин
   *[other] { $minutes } мин
    }
wait-times-ago-now = только что
wait-times-ago-minutes = { $count ->
    [one] { $count } минуту назад
    [few] { $count } минуты назад
    [many] { $count } минут назад
   *[other] { $count } минуты назад
    }
wait-times-ago-hours = { $count ->
    [one] { $count } час назад
    [few] { $count } часа назад
    [many] { $count } часов назад
   *[other] { $count } часа назад
    }
wait-times-ago-days = { $count ->
    [one] { $count } день назад
    [few] { $count } дня назад
    [many] { $count } дней назад
   *[other] { $count } дня назад
}
wait-times-updated = Обновлено { $ago }, в { $time }
wait-times-stale = Последнее обновление { $ago }, в { $time }. Данные могут быть устаревшими

wait-times-port-title = Время ожидания: { $port }
wait-times-port-intro = Время указано местное для пункта пропуска ({ $zone }).
wait-times-now-heading = Последние отчёты
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } отчёт
    [few] { $count } отчёта
    [many] { $count } отчётов
   *[other] { $count } отчёта
})
wait-times-usual-none = Мало отчётов
wait-times-usual-note = «Обычно в этот час» — это медиана ожидания по отчётам для этой полосы с { $from } до { $to } (время пункта пропуска) за { $days ->
    [one] последний { $days } день
    [few] последние { $days } дня
    [many] последние { $days } дней
   *[other] последние { $days } дня
}. Её показывают, если { $count ->
    [one] есть хотя бы { $count } такой отчёт
    [few] таких отчётов не меньше { $count }
    [many] таких отчётов не меньше { $count }
   *[other] таких отчётов не меньше { $count }
    }: половина этих ожиданий была короче, половина — дольше.

wait-times-week-heading = Последние 7 дней
wait-times-week-intro = Ожидание по отчётам, в минутах, в среднем за каждый час, по местному времени пункта пропуска. Разрыв линии значит, что отчётов не было или полоса была закрыта.
wait-times-chart-title = { $group }: ожидание за последние 7 дней
wait-times-chart-desc = Линейный график ожидания по отчётам, в минутах, для каждой полосы ({ $group }), по часам, с { $from } по { $to } (время пункта пропуска). Самое долгое: { $max }. Те же данные по дням есть в таблице после графика.
wait-times-chart-max = { $wait } ({ $lane }, { $day } в { $time })
wait-times-chart-max-none = ожидание не указано, только закрытые полосы
wait-times-chart-empty = За последние 7 дней отчётов нет.
wait-times-axis-wait = Ожидание (минуты)
wait-times-axis-day = День (время пункта пропуска)
wait-times-legend = Полосы
wait-times-weekday = { $weekday ->
    [1] пн
    [2] вт
    [3] ср
    [4] чт
    [5] пт
    [6] сб
   *[7] вс
} { $day }
wait-times-table-show = Показать эти данные таблицей
wait-times-table-caption = { $group }: медиана ожидания за каждый день, в минутах (в скобках — самое долгое)
wait-times-table-day = День
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = Нет отчётов

wait-times-console-title = Обновить время ожидания: { $port }
wait-times-console-choose-port = Обновить время ожидания: выберите пункт пропуска
wait-times-console-intro = Заполните только те полосы, по которым вы сообщаете сейчас. Полосы, где выбрано «Не обновлять», сохранят последний отчёт. Все полосы сохраняются вместе, или ни одна, если что-то не так.
wait-times-console-save = Сохранить время ожидания
wait-times-console-saved = Сохранено. Публичная страница показывает новые данные.
wait-times-console-nothing = Заполните хотя бы одну полосу, потом сохраните.
wait-times-console-public = Открыть публичную страницу этого пункта пропуска
wait-times-field-status = Статус
wait-times-field-status-skip = Не обновлять
wait-times-field-lanes-open = Открыто полос
wait-times-field-lanes-open-hint = Открыто полос: целое число от 1 до 100. Для закрытой полосы оставьте пустым.
wait-times-field-delay = Ожидание в минутах
wait-times-field-delay-hint = Ожидание: целое число минут от 0 до 1440 (24 часа). Для закрытой полосы оставьте пустым.
wait-times-current = Последний отчёт: { $status }, { $lanes ->
    [one] открыта { $lanes } полоса
    [few] открыто { $lanes } полосы
    [many] открыто { $lanes } полос
   *[other] открыто { $lanes } полосы
}, ожидание { $wait }. { $updated }.
wait-times-current-closed = Последний отчёт: закрыто. { $updated }.
wait-times-error-in = { $lane }, { $field }: { $message }
wait-times-current-none = Отчётов пока нет.

error-unknown-lane = Такого типа полосы нет. Используйте один из этих: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = Указывайте каждую полосу только один раз.
error-unknown-status = Выберите статус из списка: открыто, открыто меньше полос (lanes-reduced) или закрыто.
error-not-a-number = Напишите целое число, например 25.
error-number-too-small = { $limit ->
    [one] Это число не может быть меньше { $limit }.
    [few] Это число не может быть меньше { $limit }.
    [many] Это число не может быть меньше { $limit }.
   *[other] Это число не может быть меньше { $limit }.
    }
error-number-too-large = { $limit ->
    [one] Это число не может быть больше { $limit }. Проверьте его.
    [few] Это число не может быть больше { $limit }. Проверьте его.
    [many] Это число не может быть больше { $limit }. Проверьте его.
   *[other] Это число не может быть больше { $limit }. Проверьте его.
    }
