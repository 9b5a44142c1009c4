# Второй фактор: код из приложения-аутентификатора после пароля.
second-factor-title = Двухэтапный вход
second-factor-about = После пароля Garita запрашивает 6-значный код из приложения-аутентификатора на вашем телефоне, чтобы одного украденного пароля не хватило для входа в аккаунт.
second-factor-code-title = Введите код
second-factor-code-intro = Откройте приложение-аутентификатор и введите 6-значный код, который оно показывает для Garita.
second-factor-code-label = Код
second-factor-code-hint = 6 цифр из приложения или один из ваших резервных кодов.
second-factor-code-digits = 6 цифр, которые показывает приложение.
second-factor-code-submit = Войти
second-factor-setup-title = Настройте приложение-аутентификатор
second-factor-setup-required = Для вашей роли нужен двухэтапный вход. Настройте его сейчас, чтобы продолжить.
second-factor-setup-scan = Отсканируйте этот код приложением-аутентификатором (например, FreeOTP, Aegis или Google Authenticator).
second-factor-setup-manual = Если отсканировать не получается, добавьте этот ключ вручную:
second-factor-setup-uri = На телефоне с приложением можно также
second-factor-setup-uri-link = открыть эту ссылку в приложении
second-factor-qr-label = QR-код, который добавляет Garita в приложение-аутентификатор
second-factor-setup-confirm = Введите код, который сейчас показывает приложение
second-factor-setup-submit = Подтвердить
second-factor-recovery-title = Ваши резервные коды
second-factor-recovery-intro = Если вы потеряете телефон, каждый из этих кодов сработает один раз вместо кода из приложения. Запишите или распечатайте их сейчас: больше они показаны не будут.
second-factor-continue = Продолжить
second-factor-status-on = Двухэтапный вход включён.
second-factor-status-off = Двухэтапный вход выключен.
second-factor-recovery-left = { $count ->
    [one] Остался { $count } резервный код.
    [few] Осталось { $count } резервных кода.
    [many] Осталось { $count } резервных кодов.
   *[other] Осталось { $count } резервного кода.
}
second-factor-required-role = Ваша роль этого требует, поэтому выключить его нельзя. Если вы потеряете телефон и резервные коды, администратор может его сбросить.
second-factor-turn-on = Включить двухэтапный вход
second-factor-turn-off-title = Выключить двухэтапный вход
second-factor-turn-off-submit = Выключить
second-factor-admin-title = Сбросить второй фактор
second-factor-admin-intro = Если человек потерял телефон и резервные коды, а вы проверили, кто он, сбросьте его второй фактор. Ему сообщат по электронной почте, и при следующем входе он настроит новый.
second-factor-admin-email = Адрес электронной почты аккаунта
second-factor-admin-submit = Сбросить второй фактор
second-factor-admin-done = Второй фактор сброшен, человеку сообщено по электронной почте.
second-factor-admin-none = Ни у одного аккаунта с этим адресом нет второго фактора.
second-factor-pending-expired = Между вводом пароля и кода прошло слишком много времени. Войдите снова.
