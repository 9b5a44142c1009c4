stats-title = Открытая статистика
stats-nav = Статистика
stats-intro = Сколько человек запросили запись, были выбраны, подтвердили, пришли в пункт пропуска, не пришли или отменили — по дням, по данным, которые записал Garita. День публикуется после его окончания и потом больше не меняется.
stats-licence = Эти цифры можно свободно использовать, указав Garita как источник. Лицензия:
stats-hidden-note = Чтобы защитить людей, любая цифра меньше чем о { $threshold } людях скрыта, а также некоторые другие, чтобы скрытую цифру нельзя было вычислить вычитанием.
stats-from = С
stats-to = По
stats-show = Показать
stats-period = С { $from } по { $to }
stats-download-csv = Скачать цифры (CSV)
stats-download-json = Цифры в формате JSON
stats-none = За эти дни цифры ещё не опубликованы.
stats-chart-requests = Люди, запросившие запись
stats-chart-selected = Люди, выбранные в розыгрыше
stats-chart-confirmed = Люди, подтвердившие запись
stats-chart-checked-in = Люди, отмеченные в пункте пропуска
stats-chart-no-shows = Люди, которые не пришли
stats-chart-cancellations = Люди, которые отказались или отменили
stats-chart-desc = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}, все пункты. { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
} за показанные дни. { $hidden ->
    [0] Скрытых дней нет.
    [one] Скрыт { $hidden } день.
    [few] Скрыто { $hidden } дня.
    [many] Скрыто { $hidden } дней.
   *[other] Скрыто { $hidden } дня.
}
stats-chart-caption = Один столбец на день, все пункты вместе. Оранжевая отметка означает, что цифра скрыта.
stats-table-show = Показать цифры в таблице
stats-day = День
stats-people = Люди
stats-groups = Группы
stats-hidden = скрыто
stats-states-title = Запросы по штатам, неделя с { $week }
stats-state = Штат
stats-port = Пункт для времени ожидания
stats-nationalities-title = Запросы по гражданству главы группы, неделя с { $week }
stats-nationality = Гражданство
stats-nationality-unknown = Неизвестно
stats-wait-title = Медианное ожидание в { $port }: { $lane }
stats-wait-desc = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}. { $empty ->
    [0] Сведения есть за каждый день.
    [one] { $empty } день без сведений.
    [few] { $empty } дня без сведений.
    [many] { $empty } дней без сведений.
   *[other] { $empty } дня без сведений.
}
stats-wait-caption = Один столбец на день: среднее (медианное) значение ожидания, о котором сотрудники сообщили по этой полосе в тот день. Нет столбца — в тот день сведений не было.
stats-wait-median = Медианное ожидание
stats-wait-reports = Сообщения
stats-wait-none = нет сведений
