# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = Правила розыгрыша каждого дня
policies-intro = Правила устанавливает ведомство, которое управляет этим сервисом: когда принимаются заявки, как распределяются места и откуда можно подать заявку. Каждый набор правил действует с определённого дня; здесь полная история.
policies-caption = Правила и день, с которого действовал каждый набор
policies-from = С розыгрыша
policies-name = Название
policies-rules = Правила
policies-digest = Хеш (SHA-256)
policies-in-force = действует
policies-used-from = Впервые применено в розыгрыше
policies-text = Полный текст
policies-admin-title = Политики
policies-admin-intro = Назначьте новые правила с определённого дня. День, розыгрыш которого уже прошёл, сохраняет свои правила. Если в тексте есть ошибка, ничего не сохраняется.
policies-not-saved = Ничего не сохранено; действующие правила остаются.
policies-schedule = Назначить эти правила
policies-date-required = Укажите первый день действия правил.
policies-rule-weighted = взвешенный розыгрыш (учитывается срок ожидания)
policies-rule-oldest-share-then-random = часть мест — самым давним регистрациям, остальное — случайно
policies-carry-over = заявки переносятся
policies-no-carry-over = подавать заново каждый день
policies-region-latitude = севернее широты { $latitude }°
policies-region-states = { $count ->
    [one] включён { $count } штат
    [few] включено { $count } штата
    [many] включено { $count } штатов
   *[other] включено { $count } штата
}

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = Адрес назначения в США
policies-us-address-hint = Куда группа поедет в США: один адрес для всех в группе, как требуют действующие правила.
field-us-state = Штат
field-us-zip = Почтовый индекс ZIP (5 цифр)
field-us-street = Улица и номер дома
# The region of the rules in force, as rules and a map.
policies-region-title = Откуда можно подать запрос
policies-region-included = Эти штаты целиком: { $states }
policies-region-north-of = Любое место на широте { $latitude }° с. ш. или севернее
policies-region-excluded = Кроме этих штатов: { $states }
policies-region-exception-holder = Группа, глава которой — гражданин { $countries }, может подать запрос из любого места Мексики
policies-region-exception-all = Группа, все члены которой — граждане { $countries }, может подать запрос из любого места Мексики
policies-region-map-label = Карта Мексики: штаты, откуда можно подать запрос, закрашены; линия — граница по широте. Список говорит то же словами.
policies-region-map-caption = Закрашено: можно. Светлая заливка: можно севернее линии.
# Confirming under rules that check the location again.
policies-recheck-title = Подтвердите, где вы находитесь
policies-recheck-intro = Действующие правила снова проверяют, что вы в регионе, перед подтверждением. Поделитесь местоположением один раз или введите свой город.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = текст не читается: { $detail }
policies-problem-window-order = приём запросов закрывается раньше, чем открывается
policies-problem-window-too-long = приём запросов длится больше 24 часов
policies-problem-allocation-before-close = розыгрыш проходит до окончания приёма запросов
policies-problem-out-of-range = значение должно быть от { $lowest } до { $highest }
policies-problem-unknown-state = { $value } — неизвестный код штата (пример кода: MX.BN)
policies-problem-unknown-country = { $value } — неизвестный код страны (пример кода: MX)
policies-problem-empty-region = в регион не входит ни одно место
policies-problem-invalid-id = { $value } — недопустимое имя (строчные буквы, цифры и дефисы)
policies-problem-repeated = { $value } указано дважды
