# Вернуть доступ: подтверждение адреса почты, сброс забытого пароля, смена пароля или адреса.
# Ответы никогда не выдают, есть ли у адреса аккаунт.

field-current-password = Текущий пароль
field-new-password = Новый пароль
field-new-email = Новый адрес электронной почты

recovery-check-email-title = Проверьте почту
recovery-check-email-text = Мы отправили письмо на указанный адрес. Откройте ссылку в нём, чтобы подтвердить адрес. Если у адреса уже есть аккаунт, в письме сказано, что делать.
recovery-to-login = Перейти ко входу
recovery-to-group = Перейти к вашей группе
recovery-to-home = На главную страницу

recovery-verify-title = Подтвердите адрес почты
recovery-verify-text = Нажмите кнопку, чтобы подтвердить, что этот адрес почты ваш.
recovery-verify-submit = Подтвердить мой адрес
recovery-verified-title = Адрес подтверждён
recovery-verified-text = Спасибо. Ваш адрес почты подтверждён: теперь можно подать заявку на запись.
recovery-verify-needed-title = Подтвердите адрес почты
recovery-verify-needed-text = Мы отправили ссылку на вашу почту. Откройте её, чтобы подтвердить адрес. Пока можно заполнять данные группы.
recovery-verify-needed-request = Прежде чем подать заявку на запись, подтвердите адрес почты.
recovery-verify-already = Ваш адрес почты подтверждён.
recovery-verify-resend = Отправить ссылку ещё раз
recovery-verify-resent = Мы отправили новую ссылку. Проверьте почту, в том числе папку «Спам».

recovery-link-invalid-title = Эта ссылка больше не работает
recovery-link-invalid-text = Срок действия ссылки истёк, или она уже использована. Ссылка для сброса пароля действует один час и только один раз.
recovery-reset-ask-again = Запросить новую ссылку

recovery-forgot = Забыли пароль?
recovery-reset-title = Сброс пароля
recovery-reset-intro = Введите адрес почты вашего аккаунта. Мы пришлём ссылку, чтобы выбрать новый пароль.
recovery-reset-submit = Прислать ссылку
recovery-reset-sent-title = Проверьте почту
recovery-reset-sent-text = Если у этого адреса есть аккаунт, мы отправили на него ссылку для выбора нового пароля. Ссылка действует один час и только один раз.
recovery-reset-done-title = Пароль изменён
recovery-reset-done-text = Новый пароль сохранён, выход выполнен на всех устройствах. Войдите с новым паролем.

recovery-password-title = Смена пароля
recovery-password-too-short = { $min ->
    [one] Ваш пароль короче { $min } знака. Пожалуйста, выберите сейчас пароль длиннее.
    [few] Ваш пароль короче { $min } знаков. Пожалуйста, выберите сейчас пароль длиннее.
    [many] Ваш пароль короче { $min } знаков. Пожалуйста, выберите сейчас пароль длиннее.
   *[other] Ваш пароль короче { $min } знака. Пожалуйста, выберите сейчас пароль длиннее.
}
recovery-password-done = Пароль изменён. На других устройствах выполнен выход.
recovery-password-submit = Сохранить новый пароль
recovery-wrong-password = Это не ваш текущий пароль.

recovery-email-title = Смена адреса почты
recovery-email-intro = Мы отправим ссылку на новый адрес. Смена произойдёт, когда вы её откроете. Старый адрес получит уведомление.
recovery-email-submit = Отправить ссылку
recovery-email-sent = Мы отправили ссылку на новый адрес. Откройте её, чтобы завершить смену.
recovery-email-confirm-title = Подтвердите новый адрес почты
recovery-email-confirm-text = Нажмите кнопку, чтобы использовать этот адрес для аккаунта Garita.
recovery-email-confirm-submit = Использовать этот адрес
recovery-email-changed-title = Адрес почты изменён
recovery-email-changed-text = Теперь ваш аккаунт использует новый адрес. Мы сообщили о смене на старый адрес.
