api-keys-title = Ключи API
api-keys-intro = Ключи позволяют собственным системам вашей организации пользоваться API Гариты. У каждого ключа есть только выбранные вами разрешения; он работает, пока не истечёт его срок или его не отзовут, и показывается только один раз — при создании.
api-keys-none = У вашей организации пока нет ключей API.
api-keys-caption = Ключи вашей организации
api-keys-name = Название
api-keys-name-hint = Для чего ключ, чтобы отличать ключи друг от друга. Например: Система диспетчеризации.
api-keys-prefix = Начало ключа
api-keys-permissions = Разрешения
api-keys-permissions-hint = Выберите только то, что нужно системе.
api-keys-permission-organisation-read = Читать сведения о вашей организации
api-keys-permission-manifests-write = Подавать списки пассажиров
api-keys-permission-cargo-write = Декларировать грузы
api-keys-permission-authorizations-read = Проверять разрешения на поездку
api-keys-permission-appointments-validate = Подтверждать записи на приём
api-keys-created = Создан
api-keys-expires = Действует до
api-keys-last-used = Последнее использование
api-keys-never-used = Ни разу
api-keys-state = Состояние
api-keys-state-active = Действует
api-keys-state-expired = Срок истёк
api-keys-state-revoked = Отозван
api-keys-revoke = Отозвать
api-keys-new = Создать ключ
api-keys-lifetime = Срок действия
api-keys-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
api-keys-create = Создать ключ
api-keys-created-title = Ваш новый ключ API
api-keys-shown-once = Скопируйте этот ключ сейчас и храните его в надёжном месте. Он показывается только в этот раз: Гарита хранит лишь его отпечаток и не может показать его снова. Если вы его потеряете, отзовите его и создайте новый.
api-keys-the-key = Ключ
api-keys-how-to-use = Ваша система отправляет его с каждым запросом в заголовке Authorization: слово Bearer, пробел, затем ключ.
api-keys-back = Назад к ключам API
api-keys-revoke-title = Отозвать этот ключ?
api-keys-revoke-explain = Ключ сразу перестанет работать: следующий запрос с ним будет отклонён. Это нельзя отменить; системе, которой ещё нужен доступ, понадобится новый ключ.
api-keys-revoke-yes = Отозвать ключ
api-keys-revoke-no = Оставить ключ
field-permissions = Разрешения
field-expires-in-days = Срок действия
