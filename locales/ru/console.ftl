# Garita — русский
nav-console = Консоль пункта пропуска
nav-audit = Журнал аудита
console-title = Записи на сегодня
console-code = Код записи
console-code-hint = Введите код под QR-кодом или отсканируйте QR-код.
console-check-in = Отметить прибытие
console-counts = Сегодня на данный момент
console-status = Статус
console-status-expected = Ожидается
console-status-arrived = Прибыли
console-status-verified = Личность проверена
console-status-processed = Оформлены
console-status-referred = Направлены на проверку
console-status-no-show = Не пришли
console-search = Поиск по имени или коду записи
console-search-submit = Найти
console-list = Записи по времени
console-empty = Записей нет.
console-slot = Время
console-people = Люди
console-open = Открыть
console-check-in-title = Прибытие
console-person-decides = Сравните каждого человека с его фото сами. Garita никогда не определяет личность автоматически.
console-attested = Со слов группы
console-identity = Личность
console-identity-confirmed = Личность подтверждена
console-identity-not-confirmed = Личность не подтверждена
console-identity-referred = Направление на вторичную проверку
console-outcome = Итог
console-outcome-pending = Ещё не решено
console-outcome-paroled-nta = Впуск по parole с уведомлением о явке (Notice to Appear)
console-outcome-processed-other = Оформлено (другое)
console-outcome-referred-secondary = Направление на вторичную проверку
console-outcome-withdrew = Добровольный отзыв заявления о въезде (не отказ во въезде)
console-record = Сохранить
console-back = Назад к списку на сегодня
capacity-title = Число мест
capacity-intro = Укажите, сколько человек можно принять в каждое время за день. Если вы поставите меньше, чем уже выдано мест, эти группы перенесут на ближайшее свободное время в пункте пропуска, который им подходит. Если это невозможно, им сообщат и дадут приоритет в следующей жеребьёвке.
capacity-date = День
capacity-show = Показать
capacity-taken = Выдано мест
capacity-places = Число мест
capacity-save = Сохранить число мест
capacity-report = Сохранено. { $moved ->
    [one] Перенесена { $moved } группа.
    [few] Перенесены { $moved } группы.
    [many] Перенесено { $moved } групп.
   *[other] Перенесены { $moved } группы.
    } { $notified ->
    [one] { $notified } группе сообщили и дали приоритет.
    [few] { $notified } группам сообщили и дали приоритет.
    [many] { $notified } группам сообщили и дали приоритет.
   *[other] { $notified } группам сообщили и дали приоритет.
    }
audit-title = Журнал аудита
audit-intro = Каждый просмотр личных данных и каждое изменение, по порядку. Каждая строка журнала связана с предыдущей, как звено цепи, поэтому любое изменение будет видно.
audit-export = Выгрузить всё (JSON Lines)
audit-caption = Последние строки
audit-when = Когда (секунды UTC)
audit-who = Кто
audit-action = Действие
audit-subject = Объект
audit-from = Откуда
notice-moved = Пункт пропуска изменил число мест, поэтому вашу запись перенесли. Посмотрите новую дату и время ниже.
notice-capacity-cut = Пункту пропуска пришлось отменить вашу запись. Нам очень жаль. В следующей жеребьёвке вы будете первыми.
notice-no-show = Вы не пришли по своей записи.
notice-blocked-until = Вы можете подать заявку на новую запись с { $date }.
error-pass-unknown-title = Неизвестный код записи
error-pass-unknown = Записи с таким кодом нет. Проверьте код и введите его ещё раз.
error-pass-other-port-title = Код записи в другой пункт пропуска
error-pass-other-port = Этот код — запись в { $port }, а не в этот пункт пропуска.
error-pass-other-day-title = Код записи на другой день
error-pass-other-day = Этот код — запись на { $date }, а не на сегодня.
error-pass-not-confirmed-title = Не подтверждено
error-pass-not-confirmed = Путешественник так и не подтвердил эту запись.
error-pass-cancelled-title = Код записи отменён
error-pass-cancelled = Эта запись отменена или закончилась. Её код недействителен.
error-pass-already-checked-in-title = Прибытие уже отмечено
error-pass-already-checked-in = Прибытие этой группы уже отмечено.
error-pass-no-show-title = Пропущенная запись
error-pass-no-show = Эта запись отмечена как неявка. Её код больше недействителен.
error-not-checked-in-title = Прибытие не отмечено
error-not-checked-in = Сначала отметьте прибытие группы, потом сохраняйте решения.
error-no-show-wait-title = Пожалуйста, подождите
error-no-show-wait = Вы не пришли по своей последней записи. Вы можете снова подать заявку с { $date }.
error-capacity-invalid = Впишите для каждого времени целое число: 0 или больше.
notice-declined = Вы отказались от записи на { $date } в пункт { $port }. Ваша заявка остаётся в следующей жеребьёвке и сохраняет время ожидания.
notice-cancelled = Вы отменили запись на { $date } в пункт { $port }. Её места перешли к другим людям, а её коды больше не действуют. Если подать заявку снова, время ожидания начнётся заново.
notice-voided = Ваша группа изменилась после отбора, поэтому запись на { $date } в пункт { $port } отменена, а её коды больше не действуют. Ваша заявка остаётся в следующей жеребьёвке и сохраняет время ожидания.
console-undo-no-show = Опоздали: отменить неявку
console-undo-no-show-reason = Причина (сохраняется в журнале аудита)
