# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = Правила жеребкування кожного дня
policies-intro = Правила визначає агентство, яке керує цим сервісом: коли приймають заявки, як розподіляють місця і звідки можна подавати заявки. Кожен набір правил діє з певного дня; тут — повний перелік.
policies-caption = Правила та день, з якого діяв кожен набір
policies-from = Починаючи з жеребкування
policies-name = Назва
policies-rules = Правила
policies-digest = Дайджест (SHA-256)
policies-in-force = чинні
policies-used-from = Уперше застосовано в жеребкуванні
policies-text = Повний текст
policies-admin-title = Правила
policies-admin-intro = Заплануйте нові правила з певного дня. День, жеребкування якого вже відбулося, зберігає свої правила. Якщо в тексті є проблема, нічого не зберігається.
policies-not-saved = Нічого не збережено; чинні правила залишаються.
policies-schedule = Запланувати ці правила
policies-date-required = Напишіть перший день, з якого діють правила.
policies-rule-weighted = зважене жеребкування (враховуються дні очікування)
policies-rule-oldest-share-then-random = частка — найдавнішим реєстраціям, решта — випадково
policies-carry-over = заявки переходять на наступний день
policies-no-carry-over = подавати заявку щодня заново
policies-region-latitude = на північ від широти { $latitude }°
policies-region-states = { $count ->
    [one] включено { $count } штат
    [few] включено { $count } штати
    [many] включено { $count } штатів
   *[other] включено { $count } штату
}

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = Адреса призначення в США
policies-us-address-hint = Куди група поїде в Сполучених Штатах: одна адреса для всіх у групі, як вимагають чинні правила.
field-us-state = Штат
field-us-zip = Поштовий індекс ZIP (5 цифр)
field-us-street = Вулиця та номер будинку
# The region of the rules in force, as rules and a map.
policies-region-title = Звідки можна подавати заявку
policies-region-included = Ці штати повністю: { $states }
policies-region-north-of = Будь-де на широті { $latitude }° пн. ш. або північніше
policies-region-excluded = Крім цих штатів: { $states }
policies-region-exception-holder = Група, власник акаунта якої має громадянство однієї з цих країн: { $countries }, може подавати заявку з будь-якого місця в Мексиці
policies-region-exception-all = Група, усі члени якої мають громадянство однієї з цих країн: { $countries }, може подавати заявку з будь-якого місця в Мексиці
policies-region-map-label = Карта Мексики: штати, з яких можна подавати заявку, зафарбовано; лінія — межа широти. Список нижче каже те саме словами.
policies-region-map-caption = Зафарбовано: можна. Злегка зафарбовано: можна на північ від лінії.
# Confirming under rules that check the location again.
policies-recheck-title = Підтвердіть, звідки ви
policies-recheck-intro = Чинні правила ще раз перевіряють, що ви в регіоні, перш ніж ви підтвердите запис. Один раз поділіться своїм місцезнаходженням або впишіть своє місто.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = текст неможливо прочитати: { $detail }
policies-problem-window-order = вікно прийому заявок закривається раніше, ніж відкривається
policies-problem-window-too-long = вікно прийому заявок довше за 24 години
policies-problem-allocation-before-close = жеребкування відбувається до закриття вікна прийому заявок
policies-problem-out-of-range = має бути від { $lowest } до { $highest }
policies-problem-unknown-state = { $value } — невідомий код штату (напишіть код на кшталт MX.BN)
policies-problem-unknown-country = { $value } — невідомий код країни (напишіть код на кшталт MX)
policies-problem-empty-region = у регіоні немає жодного місця
policies-problem-invalid-id = { $value } — неправильна назва (малі латинські літери, цифри та дефіси)
policies-problem-repeated = { $value } вказано двічі
