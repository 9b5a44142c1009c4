# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = Чи зарахована ця особа?
rosters-check-intro = Дізнайтеся про особу зі списку програми вашої організації: за номером у списку й датою народження або за повним іменем і датою народження.
rosters-roster-id = Номер у списку
rosters-roster-id-hint = Як у списку, наприклад MPP-0001.
rosters-full-name = Повне ім'я
rosters-full-name-hint = Лише якщо у вас немає номера в списку.
rosters-check-submit = Перевірити
rosters-yes = Зарахована
rosters-no = Немає у вашому списку
rosters-status = Статус у програмі:
rosters-check-privacy = Відповідь — так чи ні та статус у програмі, нічого більше. Кожну перевірку записують із вашим ім'ям.
rosters-status-enrolled = зарахована
rosters-status-pending = очікує
rosters-status-completed = завершено
rosters-status-withdrawn = вибула
rosters-claim-title = Підтвердьте своє місце в списку програми
rosters-claim-intro = Якщо організація внесла вас до програми, введіть номер у списку й дату народження, щоб пов'язати його зі своїм обліковим записом.
rosters-claim-submit = Підтвердити
rosters-claimed = Пов'язано з вашим обліковим записом: номер у списку { $roster_id }, статус { $status }.
rosters-not-found = Не знайдено. Перевірте номер у списку й дату народження.
retention-kind-roster-people = Люди зі списку програми організації — через рік після останнього імпорту, в якому вони були
retention-kind-roster-places = Місця, зарезервовані для людей зі списку програми, — після дня цього часу прийому

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = Квоти списків програм
rosters-quotas-intro = Частка місць кожного часового вікна пункту пропуску, зарезервована для людей зі списку програми, і за скільки днів до дня вікна невикористані зарезервовані місця переходять до щоденного жеребкування. 0 % скасовує квоту пункту; уже зарезервовані місця залишаються зарезервованими.
rosters-quotas-saved = Квоту пункту { $port } збережено.
rosters-quotas-caption = Пункти пропуску та їхня квота списку
rosters-quotas-port = Пункт пропуску
rosters-quotas-percent = Зарезервована частка
rosters-quotas-release = Невикористані місця переходять до щоденного жеребкування
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] за { $days } день
    [few] за { $days } дні
    [many] за { $days } днів
   *[other] за { $days } дня
}
rosters-quotas-none = Квоти немає
rosters-quotas-set = Встановити квоту пункту
rosters-quotas-percent-hint = Ціле число від 0 до 100. 0 скасовує квоту.
rosters-quotas-release-hint = Ціле число від 0 до 60.
rosters-quotas-save = Зберегти
field-port-id = Пункт пропуску
field-percent = Зарезервована частка (%)
field-release-days-before = Днів до дня вікна

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = Жеребкування за списками { $date }
rosters-draw-intro = У дні, коли місця зарезервовано для людей зі списку програми, окреме жеребкування спершу розподіляє їх серед відкритих заявок тих, хто підтвердив своє місце в списку. Його початкове значення виводиться з початкового значення щоденного жеребкування цього дня, зобов’язання якого було опубліковано до закриття заявок, тож обрати його заднім числом неможливо. Нерозподілені місця залишаються зарезервованими до їх звільнення, а потім переходять до щоденного жеребкування.
rosters-draw-places = Місця, зарезервовані для людей зі списків
rosters-draw-daily = Щоденне жеребкування цього дня
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = Введіть номер у списку та дату народження, які організація програми видала цій людині, щоб пов'язати її місце з цією групою.
rosters-back-to-group = Назад до групи
rosters-helper-claimed = Пов'язано з цією групою: номер у списку { $roster_id }, статус { $status }.
