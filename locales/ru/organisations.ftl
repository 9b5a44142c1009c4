# Организации, их сотрудники и приглашения; страницы администраторов для организаций и персонала.
nav-organisation = Моя организация
nav-organisations = Организации
nav-staff = Персонал

role-officer = Офицер
role-agriculture-specialist = Специалист по сельскому хозяйству
role-adjudicator = Специалист по рассмотрению
role-enrollment-officer = Офицер по регистрации
role-organisation-manager = Руководитель
role-organisation-member = Сотрудник
role-admin = Администратор

organisation-kind-partner-agency = Партнёрское ведомство
organisation-kind-customs-broker = Таможенный брокер
organisation-kind-carrier = Перевозчик
organisation-kind-bus-line = Автобусная компания
organisation-kind-airline = Авиакомпания
organisation-kind-aid-organisation = Приют, юридическая помощь или международная организация
organisation-kind-government-agency = Государственное ведомство

organisation-status-label = Статус
organisation-status-pending = Ожидает одобрения
organisation-status-approved = Одобрена
organisation-status-suspended = Приостановлена
organisation-status-rejected = Отклонена

organisation-decision-approve = Одобрить
organisation-decision-reject = Отклонить
organisation-decision-suspend = Приостановить

programme-appointments = Записи в пунктах въезда
programme-parole-travel = Разрешения на поездку по пароле
programme-provisional-i94 = Предварительная форма I-94
programme-trusted-traveler = Программы Trusted Traveler

field-legal-name = Официальное название
field-legal-name-hint = Как зарегистрировано у властей.
field-kind = Тип организации
field-country = Страна
field-identifier = Идентификатор
field-identifier-hint = Таможенные брокеры: код декларанта CBP (3 буквы или цифры). Авиакомпании: код IATA (2 символа). Перевозчики и автобусные компании: SCAC (от 2 до 4 букв) или номер USDOT. Другие: регистрационный номер, если есть.
field-role = Роль
field-manager-email = Адрес электронной почты руководителя
field-location = Место
field-location-hint = Для офицеров, специалистов по сельскому хозяйству и офицеров по регистрации.
field-programme = Программа
field-programme-hint = Для специалистов по рассмотрению.
field-scope = Место или программа

organisations-register-title = Зарегистрировать организацию
organisations-register-intro = Партнёрские ведомства, таможенные брокеры, перевозчики, автобусные компании, авиакомпании, приюты и государственные ведомства могут работать в Garita после одобрения администратором.
organisations-register-you = Вы — первый руководитель
organisations-register-you-intro = Вы будете управлять сотрудниками организации. Мы отправим ссылку для подтверждения адреса; при первом входе вы настроите второй шаг (приложение-аутентификатор).
organisations-register-submit = Зарегистрировать организацию

organisation-waiting = Администратор должен одобрить вашу организацию, прежде чем вы сможете действовать от её имени. Вы получите письмо, когда решение будет принято.
organisation-stopped = Ваша организация сейчас не может работать в Garita. Свяжитесь с администраторами, если считаете это ошибкой.
organisation-people = Сотрудники
organisation-since = С
organisation-actions = Действия
organisation-make-member = Сделать сотрудником
organisation-make-manager = Сделать руководителем
organisation-remove = Удалить
organisation-invitations = Приглашения
organisation-no-invitations = Приглашений пока нет.
organisation-invitation-status = Статус
organisation-expires = Истекает
organisation-revoke = Отозвать
organisation-invite = Пригласить
organisation-invite-intro = Мы отправим ссылку на этот адрес. Она работает один раз, 7 дней и только для учётной записи этого адреса.
organisation-invite-submit = Отправить приглашение
organisation-api-keys = Ключи API
organisation-api-keys-intro = Ваши собственные системы могут действовать от имени организации с помощью ключа.
organisation-api-keys-link = Управлять ключами API

invitation-status-pending = Ожидает
invitation-status-accepted = Принято
invitation-status-expired = Истекло
invitation-status-revoked = Отозвано

invitation-title = Приглашение
invitation-to-organisation = Вас приглашают действовать от имени организации
invitation-to-staff = Вас приглашают работать в Garita в качестве сотрудника CBP.
invitation-accept = Принять приглашение
invitation-sign-in = У этого адреса уже есть учётная запись. Войдите в неё, чтобы принять.
invitation-new-account = Выберите пароль, чтобы создать учётную запись. При первом входе вы настроите второй шаг (приложение-аутентификатор).
invitation-password-hint = Не менее 15 символов.

organisations-admin-title = Организации
organisations-all = Все
organisations-none = Здесь нет организаций.
organisations-registered = Зарегистрирована
organisations-create = Создать организацию
organisations-create-intro = Созданная вами организация сразу одобрена; её руководитель получает приглашение по электронной почте.
organisations-create-submit = Создать и пригласить руководителя

staff-title = Сотрудники CBP
staff-grants = Роли
staff-scope-platform = вся платформа
staff-remove-grant = Удалить
staff-invite = Пригласить сотрудника
staff-invite-intro = Выберите роль и где она действует: место для офицеров, специалистов и офицеров по регистрации, программа для специалистов по рассмотрению. Ссылка работает один раз, 7 дней.
staff-invite-submit = Отправить приглашение

notification-invitation-subject = Приглашение действовать от имени { $organisation } в Garita
notification-invitation-body = Вас приглашают действовать от имени { $organisation } в Garita. Откройте эту ссылку в течение 7 дней, чтобы принять: { $link } Если вы не ждали этого приглашения, просто проигнорируйте его.
notification-staff-invitation-subject = Приглашение работать в Garita в качестве сотрудника CBP
notification-staff-invitation-body = Вас приглашают работать в Garita в качестве сотрудника CBP. Откройте эту ссылку в течение 7 дней, чтобы принять: { $link } Если вы не ждали этого приглашения, просто проигнорируйте его.
notification-organisation-approved-subject = { $organisation }: организация одобрена
notification-organisation-approved-body = Администратор одобрил организацию { $organisation }. Её сотрудники теперь могут действовать от её имени в Garita: { $url }
notification-organisation-rejected-subject = { $organisation }: организация не одобрена
notification-organisation-rejected-body = Администратор не одобрил регистрацию организации { $organisation }. Свяжитесь с администраторами, если считаете это ошибкой.
notification-organisation-suspended-subject = { $organisation }: работа приостановлена
notification-organisation-suspended-body = Администратор приостановил организацию { $organisation }. Её сотрудники и ключи не могут действовать от её имени, пока её снова не одобрят.
notification-kind-invitation = Приглашение
notification-kind-staff-invitation = Приглашение сотрудника
notification-kind-organisation-approved = Организация одобрена
notification-kind-organisation-rejected = Организация не одобрена
notification-kind-organisation-suspended = Организация приостановлена
