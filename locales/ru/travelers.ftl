group-title = Моя группа
group-intro = Сначала добавьте себя. Потом добавьте каждого человека, который едет с вами. { $max ->
    [one] В группе может быть не больше { $max } человека.
    [few] В группе может быть не больше { $max } человек.
    [many] В группе может быть не больше { $max } человек.
   *[other] В группе может быть не больше { $max } человек.
    }
group-empty = В вашей группе пока никого нет. Начните с себя.
group-add-self = Добавить себя
group-add-member = Добавить человека
group-full = { $max ->
    [one] Ваша группа заполнена ({ $max } человек).
    [few] Ваша группа заполнена ({ $max } человека).
    [many] Ваша группа заполнена ({ $max } человек).
   *[other] Ваша группа заполнена ({ $max } человека).
    }
group-holder = Владелец аккаунта
group-count = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
member-born = Дата рождения: { $date }
member-citizenship = Гражданство: { $country }
member-edit = Изменить
member-remove = Удалить
member-new-title = Добавить человека
member-self-title = О вас
member-edit-title = Изменить данные
field-full-name = Полное имя, как в документах
field-date-of-birth = Дата рождения
field-date-of-birth-hint = Год-месяц-день. Пример: 1990-05-21.
field-citizenship = Страна гражданства
field-language = Язык, на котором этот человек лучше всего говорит
field-document-type = Документ для поездки (если есть)
field-document-none = Нет документа
document-type-passport = Паспорт
document-type-national-id = Удостоверение личности
document-type-birth-certificate = Свидетельство о рождении
document-type-other = Другой документ
field-document-number = Номер документа
field-contact = Телефон или электронная почта (если есть)
field-contact-hint = Телефон с кодом страны. Пример: +52 664 123 4567.
member-save = Сохранить
member-back = Назад к моей группе
member-change-confirm-title = Изменение группы отменяет вашу запись
member-change-confirm-yes = Да, изменить группу и потерять запись
member-remove-title = Удалить { $name } из группы?
member-remove-loses = Данные и фото { $name } будут удалены. Это нельзя отменить.
member-remove-yes = Да, удалить
member-remove-no = Нет, вернуться
