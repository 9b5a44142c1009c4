# Organisations, their people and invitations; the administrators' organisations and staff pages.
nav-organisation = Моя організація
nav-organisations = Організації
nav-staff = Працівники

role-officer = Офіцер
role-agriculture-specialist = Спеціаліст із сільськогосподарського контролю
role-adjudicator = Працівник, який ухвалює рішення
role-enrollment-officer = Офіцер реєстрації
role-organisation-manager = Менеджер
role-organisation-member = Член
role-admin = Адміністратор

organisation-kind-partner-agency = Агентство-партнер
organisation-kind-customs-broker = Митний брокер
organisation-kind-carrier = Перевізник
organisation-kind-bus-line = Автобусна лінія
organisation-kind-airline = Авіакомпанія
organisation-kind-aid-organisation = Притулок, юридична допомога або міжнародна організація
organisation-kind-government-agency = Державна установа

organisation-status-label = Статус
organisation-status-pending = Очікує схвалення
organisation-status-approved = Схвалено
organisation-status-suspended = Призупинено
organisation-status-rejected = Відхилено

organisation-decision-approve = Схвалити
organisation-decision-reject = Відхилити
organisation-decision-suspend = Призупинити

programme-appointments = Записи в пунктах пропуску
programme-parole-travel = Попередні дозволи на поїздку за гуманітарним паролем (parole)
programme-provisional-i94 = Попередня форма I-94
programme-trusted-traveler = Програми довірених мандрівників (Trusted Traveler)

field-legal-name = Офіційна назва
field-legal-name-hint = Як зареєстровано в органах влади.
field-kind = Вид організації
field-country = Країна
field-identifier = Ідентифікатор
field-identifier-hint = Митні брокери: код заявника CBP (3 літери або цифри). Авіакомпанії: код IATA (2 символи). Перевізники й автобусні лінії: SCAC (від 2 до 4 літер) або номер U.S. DOT. Інші: реєстраційний номер, якщо є.
field-role = Роль
field-manager-email = Адреса електронної пошти менеджера
field-location = Місце
field-location-hint = Для офіцерів, спеціалістів із сільськогосподарського контролю та офіцерів реєстрації.
field-programme = Програма
field-programme-hint = Для працівників, які ухвалюють рішення.
field-scope = Місце або програма

organisations-register-title = Зареєструвати організацію
organisations-register-intro = Агентства-партнери, митні брокери, перевізники, автобусні лінії, авіакомпанії, притулки й державні установи можуть діяти в Garita, щойно їх схвалить адміністратор.
organisations-register-you = Ви — перший менеджер
organisations-register-you-intro = Ви керуватимете людьми організації. Ми надішлемо посилання для підтвердження вашої адреси; під час першого входу ви налаштуєте другий етап (застосунок-автентифікатор).
organisations-register-submit = Зареєструвати організацію

organisation-waiting = Адміністратор має схвалити вашу організацію, перш ніж ви зможете діяти від її імені. Коли рішення буде ухвалено, ви отримаєте електронний лист.
organisation-stopped = Ваша організація зараз не може діяти в Garita. Якщо ви вважаєте, що це помилка, зверніться до адміністраторів.
organisation-people = Люди
organisation-since = Відколи
organisation-actions = Дії
organisation-make-member = Зробити членом
organisation-make-manager = Зробити менеджером
organisation-remove = Видалити
organisation-invitations = Запрошення
organisation-no-invitations = Запрошень ще немає.
organisation-invitation-status = Статус
organisation-expires = Діє до
organisation-revoke = Відкликати
organisation-invite = Запросити когось
organisation-invite-intro = Ми надішлемо посилання на цю адресу. Воно діє один раз, 7 днів, і лише для акаунта цієї адреси.
organisation-invite-submit = Надіслати запрошення
organisation-api-keys = Ключі API
organisation-api-keys-intro = Ваші власні системи можуть діяти від імені організації за допомогою ключа.
organisation-api-keys-link = Керувати ключами API

invitation-status-pending = Очікує
invitation-status-accepted = Прийнято
invitation-status-expired = Строк дії минув
invitation-status-revoked = Відкликано

invitation-title = Запрошення
invitation-to-organisation = Вас запрошують діяти від імені
invitation-to-staff = Вас запрошують діяти в Garita як працівника CBP.
invitation-accept = Прийняти запрошення
invitation-sign-in = Для цієї адреси вже є акаунт. Увійдіть у нього, щоб прийняти.
invitation-new-account = Виберіть пароль, щоб створити акаунт. Під час першого входу ви налаштуєте другий етап (застосунок-автентифікатор).
invitation-password-hint = Щонайменше 15 символів.

organisations-admin-title = Організації
organisations-all = Усі
organisations-none = Тут немає організацій.
organisations-registered = Зареєстровано
organisations-create = Створити організацію
organisations-create-intro = Створена вами організація схвалюється одразу; її менеджер отримає запрошення електронною поштою.
organisations-create-submit = Створити й запросити менеджера

staff-title = Працівники CBP
staff-grants = Ролі
staff-scope-platform = уся платформа
staff-remove-grant = Видалити
staff-invite = Запросити людину
staff-invite-intro = Виберіть роль і де вона діє: місце — для офіцерів, спеціалістів і офіцерів реєстрації, програма — для працівників, які ухвалюють рішення. Посилання діє один раз, 7 днів.
staff-invite-submit = Надіслати запрошення

notification-invitation-subject = Запрошення діяти в Garita від імені { $organisation }
notification-invitation-body = Вас запрошують діяти в Garita від імені { $organisation }. Щоб прийняти, відкрийте це посилання протягом 7 днів: { $link } Якщо ви не чекали цього запрошення, можете його проігнорувати.
notification-staff-invitation-subject = Запрошення діяти в Garita як працівник CBP
notification-staff-invitation-body = Вас запрошують діяти в Garita як працівника CBP. Щоб прийняти, відкрийте це посилання протягом 7 днів: { $link } Якщо ви не чекали цього запрошення, можете його проігнорувати.
notification-organisation-approved-subject = { $organisation }: схвалено
notification-organisation-approved-body = Адміністратор схвалив організацію { $organisation }. Тепер її люди можуть діяти від її імені в Garita: { $url }
notification-organisation-rejected-subject = { $organisation }: не схвалено
notification-organisation-rejected-body = Адміністратор не схвалив реєстрацію організації { $organisation }. Якщо ви вважаєте, що це помилка, зверніться до адміністраторів.
notification-organisation-suspended-subject = { $organisation }: призупинено
notification-organisation-suspended-body = Адміністратор призупинив організацію { $organisation }. Її люди та ключі не можуть діяти від її імені, доки її знову не схвалять.
notification-kind-invitation = Запрошення
notification-kind-staff-invitation = Запрошення для працівника
notification-kind-organisation-approved = Організацію схвалено
notification-kind-organisation-rejected = Організацію не схвалено
notification-kind-organisation-suspended = Організацію призупинено
