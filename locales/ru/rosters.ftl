# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = Зачислен ли этот человек?
rosters-check-intro = Узнайте о человеке из списка программы вашей организации: по номеру в списке и дате рождения или по полному имени и дате рождения.
rosters-roster-id = Номер в списке
rosters-roster-id-hint = Как в списке, например MPP-0001.
rosters-full-name = Полное имя
rosters-full-name-hint = Только если у вас нет номера в списке.
rosters-check-submit = Проверить
rosters-yes = Зачислен
rosters-no = Нет в вашем списке
rosters-status = Статус в программе:
rosters-check-privacy = Ответ — да или нет и статус в программе, больше ничего. Каждая проверка записывается с вашим именем.
rosters-status-enrolled = зачислен
rosters-status-pending = ожидает
rosters-status-completed = завершено
rosters-status-withdrawn = выбыл
rosters-claim-title = Подтвердите своё место в списке программы
rosters-claim-intro = Если организация включила вас в программу, введите номер в списке и дату рождения, чтобы связать его со своей учётной записью.
rosters-claim-submit = Подтвердить
rosters-claimed = Связано с вашей учётной записью: номер в списке { $roster_id }, статус { $status }.
rosters-not-found = Не найдено. Проверьте номер в списке и дату рождения.
retention-kind-roster-people = Люди из списка программы организации — через год после последнего импорта, в котором они были
retention-kind-roster-places = Места, зарезервированные для людей из списка программы, — после дня этого времени приёма

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = Квоты списков программ
rosters-quotas-intro = Доля мест каждого временного окна пункта пропуска, зарезервированная для людей из списка программы, и за сколько дней до дня окна неиспользованные зарезервированные места переходят в ежедневную жеребьёвку. 0 % отменяет квоту пункта; уже зарезервированные места остаются зарезервированными.
rosters-quotas-saved = Квота пункта { $port } сохранена.
rosters-quotas-caption = Пункты пропуска и их квота списка
rosters-quotas-port = Пункт пропуска
rosters-quotas-percent = Зарезервированная доля
rosters-quotas-release = Неиспользованные места переходят в ежедневную жеребьёвку
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] за { $days } день
    [few] за { $days } дня
    [many] за { $days } дней
   *[other] за { $days } дня
}
rosters-quotas-none = Квоты нет
rosters-quotas-set = Установить квоту пункта
rosters-quotas-percent-hint = Целое число от 0 до 100. 0 отменяет квоту.
rosters-quotas-release-hint = Целое число от 0 до 60.
rosters-quotas-save = Сохранить
field-port-id = Пункт пропуска
field-percent = Зарезервированная доля (%)
field-release-days-before = Дней до дня окна

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = Жеребьёвка по спискам { $date }
rosters-draw-intro = В дни, когда места зарезервированы для людей из списка программы, отдельная жеребьёвка сначала распределяет их среди открытых заявок тех, кто подтвердил своё место в списке. Её начальное значение выводится из начального значения ежедневной жеребьёвки этого дня, обязательство которой было опубликовано до закрытия приёма заявок, поэтому выбрать его задним числом нельзя. Нераспределённые места остаются зарезервированными до их освобождения, а затем переходят в ежедневную жеребьёвку.
rosters-draw-places = Места, зарезервированные для людей из списков
rosters-draw-daily = Ежедневная жеребьёвка этого дня
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = Введите номер в списке и дату рождения, которые организация программы выдала этому человеку, чтобы связать его место с этой группой.
rosters-back-to-group = Назад к группе
rosters-helper-claimed = Связано с этой группой: номер в списке { $roster_id }, статус { $status }.
