stats-title = Відкрита статистика
stats-nav = Статистика
stats-intro = Скільки людей запросили запис, були обрані, підтвердили, прийшли до пункту пропуску, не прийшли або скасували — день за днем, за даними, які записав Garita. День публікується після його завершення і потім більше не змінюється.
stats-licence = Ці цифри можна вільно використовувати, зазначивши Garita як джерело. Ліцензія:
stats-hidden-note = Щоб захистити людей, будь-яку цифру менш ніж про { $threshold } людей приховано, а також деякі інші, щоб приховану цифру не можна було обчислити відніманням.
stats-from = З
stats-to = По
stats-show = Показати
stats-period = З { $from } по { $to }
stats-download-csv = Завантажити цифри (CSV)
stats-download-json = Цифри у форматі JSON
stats-none = За ці дні цифри ще не опубліковано.
stats-chart-requests = Люди, які запросили запис
stats-chart-selected = Люди, обрані в розіграші
stats-chart-confirmed = Люди, які підтвердили запис
stats-chart-checked-in = Люди, зареєстровані в пункті пропуску
stats-chart-no-shows = Люди, які не прийшли
stats-chart-cancellations = Люди, які відмовилися або скасували
stats-chart-desc = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}, усі пункти. { $people ->
    [one] { $people } особа
    [few] { $people } особи
    [many] { $people } осіб
   *[other] { $people } особи
} за показані дні. { $hidden ->
    [0] Прихованих днів немає.
    [one] Приховано { $hidden } день.
    [few] Приховано { $hidden } дні.
    [many] Приховано { $hidden } днів.
   *[other] Приховано { $hidden } дня.
}
stats-chart-caption = Один стовпчик на день, усі пункти разом. Помаранчева позначка означає, що цифру приховано.
stats-table-show = Показати цифри в таблиці
stats-day = День
stats-people = Люди
stats-groups = Групи
stats-hidden = приховано
stats-states-title = Запити за штатами, тиждень з { $week }
stats-state = Штат
stats-port = Пункт для часу очікування
stats-nationalities-title = Запити за громадянством голови групи, тиждень з { $week }
stats-nationality = Громадянство
stats-nationality-unknown = Невідомо
stats-wait-title = Медіанне очікування в { $port }: { $lane }
stats-wait-desc = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}. { $empty ->
    [0] Відомості є за кожен день.
    [one] { $empty } день без відомостей.
    [few] { $empty } дні без відомостей.
    [many] { $empty } днів без відомостей.
   *[other] { $empty } дня без відомостей.
}
stats-wait-caption = Один стовпчик на день: серединне (медіанне) значення очікування, про яке працівники повідомили на цій смузі того дня. Немає стовпчика — того дня відомостей не було.
stats-wait-median = Медіанне очікування
stats-wait-reports = Повідомлення
stats-wait-none = немає відомостей
