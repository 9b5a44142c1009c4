api-keys-title = Ключі API
api-keys-intro = Ключі дають власним системам вашої організації змогу користуватися API Garita. Кожен ключ має лише вибрані вами дозволи, діє, доки не мине строк його дії або його не відкличуть, і показується лише один раз — під час створення.
api-keys-none = У вашої організації ще немає ключів API.
api-keys-caption = Ключі вашої організації
api-keys-name = Назва
api-keys-name-hint = Для чого ключ, щоб ви могли розрізняти ключі. Приклад: Диспетчерська система.
api-keys-prefix = Початок ключа
api-keys-permissions = Дозволи
api-keys-permissions-hint = Виберіть лише те, що потрібно системі.
api-keys-permission-organisation-read = Читати дані вашої організації
api-keys-permission-manifests-write = Подавати списки пасажирів (маніфести)
api-keys-permission-cargo-write = Подавати дані про вантажі
api-keys-permission-authorizations-read = Перевіряти дозволи на поїздку
api-keys-permission-appointments-validate = Перевіряти записи
api-keys-created = Створено
api-keys-expires = Діє до
api-keys-last-used = Востаннє використано
api-keys-never-used = Ніколи
api-keys-state = Стан
api-keys-state-active = Діє
api-keys-state-expired = Строк дії минув
api-keys-state-revoked = Відкликано
api-keys-revoke = Відкликати
api-keys-new = Створити ключ
api-keys-lifetime = Строк дії
api-keys-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
api-keys-create = Створити ключ
api-keys-created-title = Ваш новий ключ API
api-keys-shown-once = Скопіюйте цей ключ зараз і зберігайте в надійному місці. Його показано лише цього разу: Garita зберігає тільки його відбиток і не може показати його знову. Якщо ви його втратите, відкличте його і створіть інший.
api-keys-the-key = Ключ
api-keys-how-to-use = Ваша система надсилає його з кожним запитом у заголовку Authorization: слово Bearer, пробіл, потім ключ.
api-keys-back = Назад до ключів API
api-keys-revoke-title = Відкликати цей ключ?
api-keys-revoke-explain = Ключ одразу перестане діяти: наступний запит із ним буде відхилено. Це не можна скасувати; системі, якій ще потрібен доступ, знадобиться новий ключ.
api-keys-revoke-yes = Відкликати ключ
api-keys-revoke-no = Залишити ключ
field-permissions = Дозволи
field-expires-in-days = Строк дії
