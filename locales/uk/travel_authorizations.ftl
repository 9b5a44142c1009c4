# Дозвіл на поїздку за програмами гуманітарного пароля (/ata, /ata/case, /ata/adjudication, /ata/check).
# Глосарій цього файлу (за locales/uk/GLOSSARY.md):
#   parole = гуманітарний пароль (parole); «пароль» без «гуманітарний» — лише пароль для входу; ніколи «умовне звільнення»
#   advance travel authorization (ATA) = попередній дозвіл на поїздку (до США)
#   supporter = поручитель (форма I-134A)
#   beneficiary = бенефіціар
ata-title = Дозвіл на поїздку за гуманітарним паролем (parole)
ata-intro = Для програм гуманітарного пароля (parole): поручитель у США подає до USCIS форму I-134A. Якщо вас запросили, ви підтверджуєте тут свої дані, а CBP вирішує, чи видати вам попередній дозвіл на поїздку до США.
ata-programmes = Програми
ata-programme-open = Відкрита: приймає справи.
ata-programme-closed = Закрита: нічого нового не приймає.
ata-nationalities = Громадянство
ata-monthly-cap = Запрошень на місяць
ata-opens = Відкрита з
ata-closes = Закрита з
ata-selections = Щомісячний відбір
ata-selections-intro = Щомісяця, в межах ліміту, обирають підтверджені справи: половину — найдавніші, половину — жеребом. Зобов'язання публікують заздалегідь, повний протокол — після, щоб кожен міг перевірити.
ata-selections-none = Відбору ще не було.
ata-programme = Програма
ata-month = Місяць
ata-commitment = Зобов'язання
ata-selected = Обрано / у списку
ata-record = протокол
ata-not-run = ще не проводився
ata-invitation-title = Ваше запрошення
ata-programme-closed-detail = Ця програма закрита. Нових кроків і справ не приймає.
ata-invitation-accept-intro = Це посилання лише для вас і діє один раз. Прийміть його, щоб пов'язати справу зі своїм акаунтом, а тоді пройдіть кроки.
ata-invitation-accept = Прийняти запрошення
ata-invitation-sign-in = Спершу увійдіть або створіть акаунт, а тоді знову відкрийте це посилання.
ata-sign-in = Увійти
ata-register = Створити акаунт
ata-case-title = Мій дозвіл на поїздку
ata-case-number = Справа
ata-status-pending = Форму вашого поручителя ще не підтверджено.
ata-status-confirmed = Ваша справа чекає на щомісячний відбір.
ata-status-invited = Вас запрошено: пройдіть кроки нижче.
ata-status-submitted = Усі кроки пройдено. Рішення ухвалить офіцер CBP. Відповідь з'явиться тут.
ata-status-granted = Попередній дозвіл на поїздку видано.
ata-status-refused = У попередньому дозволі на поїздку відмовлено.
ata-status-expired = Строк вашого дозволу на поїздку минув.
ata-granted-until = Ви можете летіти до США до { $date }.
ata-next-fly = Летіть до аеропорту всередині США (не до сухопутного кордону).
ata-next-passport = Візьміть паспорт, який ви вказали тут. Авіакомпанія його перевірить.
ata-next-expires = Після { $date } цей дозвіл більше не діє.
ata-refused-title = Причина
ata-steps-left = Залишилися кроки
ata-step-biographic = Підтвердьте свої дані
ata-step-passport = Паспорт
ata-step-attestations = Заяви
ata-step-photo = Фото наживо
ata-step-done = виконано
ata-biographic-hint = Пишіть так, як у паспорті. Якщо щось відрізняється від форми поручителя, це перегляне офіцер; через це не відмовляють.
ata-field-family-name = Прізвище
ata-field-given-names = Ім'я
ata-field-date-of-birth = Дата народження
ata-save = Зберегти
ata-passport-number = Номер паспорта
ata-passport-country = Країна, що видала паспорт
ata-country-hint = Дві літери, наприклад UA, HT, CU, VE, NI.
ata-passport-expires = Дата закінчення строку дії паспорта
ata-passport-expires-hint = { $days ->
    [one] Паспорт має бути дійсним ще щонайменше { $days } день.
    [few] Паспорт має бути дійсним ще щонайменше { $days } дні.
    [many] Паспорт має бути дійсним ще щонайменше { $days } днів.
   *[other] Паспорт має бути дійсним ще щонайменше { $days } дня.
}
ata-attestation-vaccinations = Я маю щеплення, потрібні для поїздки до США, або матиму їх до вильоту.
ata-attestation-truthful = Усе, що я написав(-ла), — правда і написано повністю.
ata-photo-label = Фото вашого обличчя, зроблене зараз
ata-photo-hint = Дивіться в камеру при доброму світлі, без шапки й окулярів. Фото переглядає людина; жодна програма його не відхиляє.
ata-photo-alt = Фото бенефіціара наживо
ata-no-case = У вас ще немає справи. Відкрийте посилання з листа-запрошення.
ata-queue-title = Справи для рішення
ata-nationality = Громадянство
ata-filter = Фільтр
ata-queue-empty = Немає справ в очікуванні.
ata-submitted = Подано
ata-mismatches = Відмінності від справи
ata-review-title = Справа
ata-supporter = Поручитель
ata-decision = Рішення
ata-grant = Видати дозвіл на поїздку
ata-reason = Причина відмови
ata-refuse = Відмовити
ata-back-to-queue = Назад до справ
ata-reason-identity-not-confirmed = Ми не змогли підтвердити, що ви — особа з цієї справи.
ata-reason-passport-not-valid = Паспорт не придатний для цієї поїздки.
ata-reason-security-vetting = Перевірки безпеки цього не дозволили.
ata-reason-supporter-not-confirmed = Форму вашого поручителя не підтверджено.
ata-reason-not-eligible = Ви не відповідаєте умовам цієї програми.
ata-check-title = Перевірити дозвіл на поїздку
ata-check-intro = Введіть паспорт і дату народження пасажира. Відповідь — лише так (з останнім днем) або ні.
ata-check-submit = Перевірити
ata-check-authorized = Дозволено до { $date }
ata-check-not-authorized = Не дозволено

# Retention (privacy page)
retention-kind-ata-cases = Попередні дозволи на поїздку за гуманітарним паролем (parole): відхилені справи — після рішення, дозволи, що втратили чинність, — після останнього дня дії (невідібрані справи зберігаються, поки програма відкрита)
retention-kind-ata-invitations = Посилання-запрошення на попередній дозвіл на поїздку — після використання або закінчення строку

# Invitation e-mail / notification-ata-invitation
notification-ata-invitation-subject = Вас запрошують попросити попередній дозвіл на поїздку
notification-ata-invitation-body = Форму вашого поручителя підтверджено, і вашу справу обрано для продовження. Відкрийте це посилання, щоб виконати свою частину (ваші дані, паспорт, заяви та фото наживо): { $link }
    Посилання лише для вас, діє один раз і до { $until }. Спершу увійдіть або створіть акаунт. Якщо ви не чекали цього повідомлення, можете не зважати на нього.
notification-kind-ata-invitation = Запрошення до дозволу на поїздку
