nav-console = Консоль пункту пропуску
nav-audit = Журнал аудиту
console-title = Сьогоднішні записи
console-code = Код запису
console-code-hint = Введіть код під QR-кодом або відскануйте його.
console-check-in = Відмітити прибуття
console-counts = Сьогодні станом на зараз
console-status = Стан
console-status-expected = Очікується
console-status-arrived = Прибули
console-status-verified = Особу перевірено
console-status-processed = Оформлено
console-status-referred = Направлено
console-status-no-show = Неявка
console-search = Пошук за ім'ям або кодом запису
console-search-submit = Шукати
console-list = Записи за часовими проміжками
console-empty = Немає записів для показу.
console-slot = Часовий проміжок
console-people = Люди
console-open = Відкрити
console-check-in-title = Відмітка прибуття
console-person-decides = Порівняйте кожну людину з її фото самостійно. Garita ніколи не визначає особу автоматично.
console-attested = Група повідомила
console-identity = Особа
console-identity-confirmed = Особу підтверджено
console-identity-not-confirmed = Особу не підтверджено
console-identity-referred = Направлено на додаткову перевірку
console-outcome = Результат
console-outcome-pending = Ще не вирішено
console-outcome-paroled-nta = Дозволено в'їзд за процедурою parole з повідомленням про явку (Notice to Appear)
console-outcome-processed-other = Оформлено (інше)
console-outcome-referred-secondary = Направлено на додаткову перевірку
console-outcome-withdrew = Добровільно відкликав заяву про в'їзд (це не відмова у в'їзді)
console-record = Зберегти
console-back = Назад до сьогоднішнього списку
capacity-title = Пропускна спроможність
capacity-intro = Вкажіть, скільки людей може прийняти кожен часовий проміжок у певний день. Якщо ви зменшите її нижче кількості вже наданих місць, ці групи буде перенесено на найближчий вільний проміжок у пункті пропуску, який вони приймають, або повідомлено й надано їм пріоритет у наступному жеребкуванні.
capacity-date = День
capacity-show = Показати
capacity-taken = Надано місць
capacity-places = Місткість
capacity-save = Зберегти місткість
capacity-report = Збережено. { $moved ->
    [one] Перенесено { $moved } групу.
    [few] Перенесено { $moved } групи.
    [many] Перенесено { $moved } груп.
   *[other] Перенесено { $moved } групи.
    } { $notified ->
    [one] { $notified } групу повідомлено й надано їй пріоритет.
    [few] { $notified } групи повідомлено й надано їм пріоритет.
    [many] { $notified } груп повідомлено й надано їм пріоритет.
   *[other] { $notified } групи повідомлено й надано їм пріоритет.
    }
audit-title = Журнал аудиту
audit-intro = Кожен перегляд персональних даних і кожна зміна, по порядку. Кожна подія журналу пов'язана з попередньою, як ланка ланцюга, тому будь-яку зміну буде помітно.
audit-export = Експортувати все (JSON Lines)
audit-caption = Останні події журналу
audit-when = Коли (секунди UTC)
audit-who = Хто
audit-action = Дія
audit-subject = Об'єкт
audit-from = Звідки
notice-moved = Пункт пропуску змінив пропускну спроможність, тому ваш запис перенесено. Перевірте нову дату й час нижче.
notice-capacity-cut = Пункт пропуску змушений був скасувати ваш запис. Нам шкода. Ви будете першими в наступному жеребкуванні.
notice-no-show = Ви не прийшли на свій запис.
notice-blocked-until = Ви можете подати заявку на новий запис з { $date }.
error-pass-unknown-title = Невідомий код запису
error-pass-unknown = Такого коду запису немає. Перевірте код і введіть його знову.
error-pass-other-port-title = Код запису для іншого пункту пропуску
error-pass-other-port = Цей код запису для пункту пропуску { $port }, а не для цього.
error-pass-other-day-title = Код запису на інший день
error-pass-other-day = Цей код запису на { $date }, а не на сьогодні.
error-pass-not-confirmed-title = Не підтверджено
error-pass-not-confirmed = Мандрівник так і не підтвердив цей запис.
error-pass-cancelled-title = Код запису скасовано
error-pass-cancelled = Цей запис скасовано або завершено. Код запису не дійсний.
error-pass-already-checked-in-title = Прибуття вже відмічено
error-pass-already-checked-in = Прибуття цієї групи вже відмічено.
error-pass-no-show-title = Пропущений запис
error-pass-no-show = Цей запис позначено як неявку. Код запису більше не дійсний.
error-not-checked-in-title = Прибуття не відмічено
error-not-checked-in = Відмітьте прибуття групи, перш ніж фіксувати рішення.
error-no-show-wait-title = Будь ласка, зачекайте
error-no-show-wait = Ви не прийшли на свій останній запис. Ви можете знову подати заявку з { $date }.
error-capacity-invalid = Напишіть для кожного проміжку ціле число, 0 або більше.
notice-declined = Ви відмовилися від запису на { $date } у пункті пропуску { $port }. Ваша заявка залишається на наступне жеребкування і зберігає свій час очікування.
notice-cancelled = Ви скасували запис на { $date } у пункті пропуску { $port }. Його місця перейшли до інших людей, а його коди запису більше не діють. Якщо ви подасте заявку знову, час очікування почнеться спочатку.
notice-voided = Після того як вас вибрали, ваша група змінилася, тому ваш запис на { $date } у пункті пропуску { $port } скасовано, а його коди запису більше не діють. Ваша заявка залишається на наступне жеребкування і зберігає свій час очікування.
console-undo-no-show = Прибули із запізненням: скасувати неявку
console-undo-no-show-reason = Причина (зберігається в журналі аудиту)
