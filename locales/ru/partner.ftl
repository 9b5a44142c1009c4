# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = Проверить запись
partner-intro = Введите код пропуска и дату рождения человека. Ответ — да или нет, и больше ничего.
partner-code = Код пропуска
partner-code-hint = Как напечатано под QR-кодом. Пробелы и дефисы не учитываются.
field-code = Код пропуска
partner-submit = Проверить
partner-yes = ДА
partner-yes-detail = Запись этого человека действительна.
partner-no = НЕТ
partner-no-detail = Для этого кода и этой даты рождения действительной записи нет. Причина не сообщается: проверьте введённое или попросите показать пропуск.
partner-next = Проверить другого человека
partner-privacy = Каждая проверка записывается вместе с вашей учётной записью и вашей организацией.
nav-partner = Проверить запись
