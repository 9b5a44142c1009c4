register-title = Создать аккаунт
register-intro = Нужны адрес электронной почты и пароль. Никто другой не видит ваши данные.
field-email = Адрес электронной почты
field-password = Пароль
field-password-hint = { $min ->
    [one] Не меньше { $min } знака.
    [few] Не меньше { $min } знаков.
    [many] Не меньше { $min } знаков.
   *[other] Не меньше { $min } знаков.
    } Хорошо подходит короткая фраза, которую вы легко запомните.
register-submit = Создать аккаунт
register-have-account = Уже есть аккаунт? Войдите.
login-title = Вход
login-submit = Войти
login-no-account = Ещё нет аккаунта? Создайте его.
logout-submit = Выйти
