register-title = Створити акаунт
register-intro = Вам потрібні адреса електронної пошти і пароль. Ніхто інший не бачить ваших даних.
field-email = Адреса електронної пошти
field-password = Пароль
field-password-hint = { $min ->
    [one] Щонайменше { $min } символ.
    [few] Щонайменше { $min } символи.
    [many] Щонайменше { $min } символів.
   *[other] Щонайменше { $min } символу.
    } Добре підходить коротке речення, яке ви легко запам'ятаєте.
register-submit = Створити акаунт
register-have-account = Уже є акаунт? Увійдіть.
login-title = Вхід
login-submit = Увійти
login-no-account = Ще немає акаунта? Створіть його.
logout-submit = Вийти
