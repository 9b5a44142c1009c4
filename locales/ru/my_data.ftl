my-data-title = Мои данные
my-data-reauth-intro = Чтобы посмотреть или удалить свои данные, введите пароль ещё раз. Эти страницы будут открыты 10 минут.
my-data-password = Пароль
my-data-code = Код из приложения-аутентификатора
my-data-continue = Продолжить
my-data-intro = Здесь всё, что Garita хранит о вашем аккаунте. Это можно скачать файлом.
my-data-download = Скачать мои данные (JSON)
my-data-account = Аккаунт
my-data-email = Электронная почта
my-data-created = Создан
my-data-members = Люди в вашей группе
my-data-has-photo = фото хранится
my-data-none = Ничего.
my-data-appointments = Записи
my-data-notifications-count = { $count ->
    [one] Вам отправлено { $count } сообщение.
    [few] Вам отправлено { $count } сообщения.
    [many] Вам отправлено { $count } сообщений.
   *[other] Вам отправлено { $count } сообщения.
}
my-data-views = Кто видел ваши данные
my-data-views-intro = Каждый раз, когда кто-то открывал или менял ваши данные. Мы показываем роль, пункт пропуска и время, но никогда не имя человека.
my-data-col-time = Время
my-data-col-role = Роль
my-data-col-port = Пункт пропуска
my-data-col-action = Действие
my-data-role-traveler = Вы
my-data-role-officer = Сотрудник
my-data-role-admin = Администратор
my-data-role-anonymous = Система
my-data-delete-title = Удалить мой аккаунт
my-data-delete-link = Удалить мой аккаунт и мои данные
my-data-delete-intro = Если вы удалите аккаунт, это будет потеряно навсегда:
my-data-delete-members = { $count ->
    [one] { $count } человек из вашей группы, с фото.
    [few] { $count } человека из вашей группы, с фото.
    [many] { $count } человек из вашей группы, с фото.
   *[other] { $count } человека из вашей группы, с фото.
}
my-data-delete-appointment = Ваша запись. Её коды перестанут работать, а места получат другие люди.
my-data-delete-request = Ваша заявка. Время ожидания будет потеряно.
my-data-delete-sessions = Вы выйдете из аккаунта на всех устройствах.
my-data-delete-kept = Мы храним только отметку о том, что аккаунт удалён, с его номером, а не с вашим именем.
my-data-delete-confirm = Я понимаю. Удалить мой аккаунт.
my-data-delete-button = Удалить навсегда
my-data-keep = Оставить аккаунт
my-data-deleted-title = Аккаунт удалён
my-data-deleted-text = Ваш аккаунт и данные удалены. Вы вышли из аккаунта.
my-data-action-viewed = Просмотр ваших данных
my-data-action-exported = Скачивание ваших данных
my-data-action-message = Отправлено сообщение
my-data-action-port = Запись на пункте пропуска
my-data-action-changed = Изменение ваших данных
