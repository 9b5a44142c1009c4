my-data-title = Мої дані
my-data-reauth-intro = Щоб переглянути або видалити свої дані, введіть пароль ще раз. Це відкриє ці сторінки на 10 хвилин.
my-data-password = Пароль
my-data-code = Код із вашого застосунку-автентифікатора
my-data-continue = Продовжити
my-data-intro = Це все, що Garita зберігає про ваш акаунт. Ви можете завантажити це як файл.
my-data-download = Завантажити мої дані (JSON)
my-data-account = Акаунт
my-data-email = Електронна пошта
my-data-created = Створено
my-data-members = Люди у вашій групі
my-data-has-photo = фото збережено
my-data-none = Нічого.
my-data-appointments = Записи
my-data-notifications-count = { $count ->
    [one] Вам надіслано { $count } повідомлення.
    [few] Вам надіслано { $count } повідомлення.
    [many] Вам надіслано { $count } повідомлень.
   *[other] Вам надіслано { $count } повідомлення.
}
my-data-views = Хто переглядав ваші дані
my-data-views-intro = Кожен випадок, коли хтось відкривав або змінював ваші дані. Ми показуємо роль, пункт пропуску і час, але ніколи — ім'я людини.
my-data-col-time = Час
my-data-col-role = Роль
my-data-col-port = Пункт пропуску
my-data-col-action = Дія
my-data-role-traveler = Ви
my-data-role-officer = Офіцер
my-data-role-admin = Адміністратор
my-data-role-anonymous = Система
my-data-delete-title = Видалити мій акаунт
my-data-delete-link = Видалити мій акаунт і мої дані
my-data-delete-intro = Якщо ви видалите акаунт, це буде втрачено назавжди:
my-data-delete-members = { $count ->
    [one] { $count } особа з вашої групи, разом із фото.
    [few] { $count } особи з вашої групи, разом із фото.
    [many] { $count } осіб з вашої групи, разом із фото.
   *[other] { $count } особи з вашої групи, разом із фото.
}
my-data-delete-appointment = Ваш запис. Його коди запису перестануть діяти, а місця перейдуть до інших людей.
my-data-delete-request = Ваша заявка. Ваш час очікування буде втрачено.
my-data-delete-sessions = Ви вийдете з акаунта на всіх пристроях.
my-data-delete-kept = Ми зберігаємо лише позначку про те, що акаунт видалено, з його номером, але не з вашим ім'ям.
my-data-delete-confirm = Я розумію. Видаліть мій акаунт.
my-data-delete-button = Видалити назавжди
my-data-keep = Залишити мій акаунт
my-data-deleted-title = Акаунт видалено
my-data-deleted-text = Ваш акаунт і ваші дані видалено. Ви вийшли з акаунта.
my-data-action-viewed = Переглянуто ваші дані
my-data-action-exported = Завантажено ваші дані
my-data-action-message = Надіслано вам повідомлення
my-data-action-port = Зафіксовано в пункті пропуску
my-data-action-changed = Змінено ваші дані
