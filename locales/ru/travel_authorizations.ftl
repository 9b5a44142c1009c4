# Разрешение на поездку по программам parole (/ata, /ata/case, /ata/adjudication, /ata/check).
# Глоссарий этого файла:
#   parole = гуманитарный пароль (parole) — временное разрешение въехать в США; не виза. Никогда «условно-досрочное освобождение».
#   advance travel authorization (ATA) = предварительное разрешение на поездку (перелёт в США)
#   supporter = поручитель (тот, кто подал форму I-134A в США)
ata-title = Разрешение на поездку по гуманитарному паролю (parole)
ata-intro = Для программ гуманитарного пароля (parole): поручитель в США подаёт форму I-134A в USCIS. Если вас пригласили, вы подтверждаете здесь свои данные, и CBP решает, выдать ли вам предварительное разрешение на перелёт в США.
ata-programmes = Программы
ata-programme-open = Открыта: принимает дела.
ata-programme-closed = Закрыта: ничего нового не принимает.
ata-nationalities = Гражданство
ata-monthly-cap = Приглашений в месяц
ata-opens = Открыта с
ata-closes = Закрыта с
ata-selections = Ежемесячный отбор
ata-selections-intro = Каждый месяц, в пределах лимита, выбираются подтверждённые дела: половина — самые давние, половина — по жребию. Обязательство публикуется заранее, полный протокол — после, чтобы любой мог проверить.
ata-selections-none = Отбора ещё не было.
ata-programme = Программа
ata-month = Месяц
ata-commitment = Обязательство
ata-selected = Выбрано / в списке
ata-record = протокол
ata-not-run = ещё не проводился
ata-invitation-title = Ваше приглашение
ata-programme-closed-detail = Эта программа закрыта. Новые шаги и дела не принимаются.
ata-invitation-accept-intro = Эта ссылка только для вас и действует один раз. Примите её, чтобы привязать дело к своему аккаунту, затем пройдите шаги.
ata-invitation-accept = Принять приглашение
ata-invitation-sign-in = Сначала войдите или создайте аккаунт, затем снова откройте эту ссылку.
ata-sign-in = Войти
ata-register = Создать аккаунт
ata-case-title = Моё разрешение на поездку
ata-case-number = Дело
ata-status-pending = Форма вашего поручителя ещё не подтверждена.
ata-status-confirmed = Ваше дело ждёт ежемесячного отбора.
ata-status-invited = Вас пригласили: пройдите шаги ниже.
ata-status-submitted = Все шаги пройдены. Решение примет сотрудник CBP. Ответ появится здесь.
ata-status-granted = Разрешение на поездку выдано.
ata-status-refused = В разрешении на поездку отказано.
ata-status-expired = Срок вашего разрешения на поездку истёк.
ata-granted-until = Вы можете вылететь в США до { $date }.
ata-next-fly = Летите в аэропорт внутри США (не на сухопутную границу).
ata-next-passport = Возьмите паспорт, который вы указали здесь. Авиакомпания его проверит.
ata-next-expires = После { $date } это разрешение больше не действует.
ata-refused-title = Причина
ata-steps-left = Оставшиеся шаги
ata-step-biographic = Подтвердите свои данные
ata-step-passport = Паспорт
ata-step-attestations = Заявления
ata-step-photo = Фото в реальном времени
ata-step-done = готово
ata-biographic-hint = Пишите так, как в паспорте. Если что-то отличается от формы поручителя, это посмотрит сотрудник; отказа из-за этого нет.
ata-field-family-name = Фамилия
ata-field-given-names = Имя
ata-field-date-of-birth = Дата рождения
ata-save = Сохранить
ata-passport-number = Номер паспорта
ata-passport-country = Страна, выдавшая паспорт
ata-country-hint = Две буквы, например HT, CU, VE, NI, UA.
ata-passport-expires = Срок действия паспорта
ata-passport-expires-hint = { $days ->
    [one] Паспорт должен действовать ещё не менее { $days } дня.
    [few] Паспорт должен действовать ещё не менее { $days } дней.
    [many] Паспорт должен действовать ещё не менее { $days } дней.
   *[other] Паспорт должен действовать ещё не менее { $days } дня.
}
ata-attestation-vaccinations = У меня есть прививки, нужные для поездки в США, или они будут до вылета.
ata-attestation-truthful = Всё, что я написал(а), — правда и написано полностью.
ata-photo-label = Фото вашего лица, сделанное сейчас
ata-photo-hint = Смотрите в камеру при хорошем свете, без шапки и очков. Фото смотрит человек; никакая программа его не отклоняет.
ata-photo-alt = Фото бенефициара в реальном времени
ata-no-case = У вас пока нет дела. Откройте ссылку из письма с приглашением.
ata-queue-title = Дела на решение
ata-nationality = Гражданство
ata-filter = Фильтр
ata-queue-empty = Нет дел в ожидании.
ata-submitted = Подано
ata-mismatches = Отличия от дела
ata-review-title = Дело
ata-supporter = Поручитель
ata-decision = Решение
ata-grant = Выдать разрешение на поездку
ata-reason = Причина отказа
ata-refuse = Отказать
ata-back-to-queue = Назад к делам
ata-reason-identity-not-confirmed = Мы не смогли подтвердить, что вы — человек из этого дела.
ata-reason-passport-not-valid = Паспорт не годится для этой поездки.
ata-reason-security-vetting = Проверки безопасности этого не позволили.
ata-reason-supporter-not-confirmed = Форма вашего поручителя не подтверждена.
ata-reason-not-eligible = Вы не отвечаете условиям этой программы.
ata-check-title = Проверить разрешение на поездку
ata-check-intro = Введите паспорт и дату рождения пассажира. Ответ — только да (с последним днём) или нет.
ata-check-submit = Проверить
ata-check-authorized = Разрешено до { $date }
ata-check-not-authorized = Не разрешено

# Retention (privacy page)
retention-kind-ata-cases = Разрешения на поездку по программе пароль: отказанные дела — после решения, истёкшие разрешения — после последнего дня действия (невыбранные дела хранятся, пока программа открыта)
retention-kind-ata-invitations = Ссылки-приглашения на разрешение на поездку — после использования или истечения срока

# Invitation e-mail / notification-ata-invitation
notification-ata-invitation-subject = Вас приглашают запросить разрешение на поездку
notification-ata-invitation-body = Форма вашего поручителя подтверждена, и ваше дело выбрано для продолжения. Откройте эту ссылку, чтобы выполнить свою часть (ваши данные, паспорт, заявления и фото в реальном времени): { $link }
    Ссылка только для вас, действует один раз и до { $until }. Сначала войдите или создайте аккаунт. Если вы не ждали этого сообщения, просто не обращайте на него внимания.
notification-kind-ata-invitation = Приглашение к разрешению на поездку
