group-title = Моя група
group-intro = Спочатку додайте себе. Потім додайте кожну людину, яка їде з вами. { $max ->
    [one] У групі може бути щонайбільше { $max } особа.
    [few] У групі може бути щонайбільше { $max } особи.
    [many] У групі може бути щонайбільше { $max } осіб.
   *[other] У групі може бути щонайбільше { $max } особи.
    }
group-empty = У вашій групі ще нікого немає. Почніть із себе.
group-add-self = Додати себе
group-add-member = Додати людину
group-full = { $max ->
    [one] Ваша група заповнена ({ $max } особа).
    [few] Ваша група заповнена ({ $max } особи).
    [many] Ваша група заповнена ({ $max } осіб).
   *[other] Ваша група заповнена ({ $max } особи).
    }
group-holder = Власник акаунта
group-count = { $count ->
    [one] { $count } особа
    [few] { $count } особи
    [many] { $count } осіб
   *[other] { $count } особи
}
member-born = Дата народження: { $date }
member-citizenship = Громадянство: { $country }
member-edit = Змінити
member-remove = Видалити
member-new-title = Додати людину
member-self-title = Про вас
member-edit-title = Змінити дані
field-full-name = Повне ім'я, як у ваших документах
field-date-of-birth = Дата народження
field-date-of-birth-hint = Рік-місяць-день. Приклад: 1990-05-21.
field-citizenship = Країна громадянства
field-language = Мова, якою ця людина володіє найкраще
field-document-type = Проїзний документ (якщо є)
field-document-none = Немає документа
document-type-passport = Паспорт
document-type-national-id = Національне посвідчення особи
document-type-birth-certificate = Свідоцтво про народження
document-type-other = Інший документ
field-document-number = Номер документа
field-contact = Телефон або електронна пошта (якщо є)
field-contact-hint = Телефон із кодом країни. Приклад: +52 664 123 4567.
member-save = Зберегти
member-back = Назад до моєї групи
member-change-confirm-title = Зміна групи завершує ваш запис
member-change-confirm-yes = Так, змінити мою групу і втратити запис
member-remove-title = Видалити { $name } з вашої групи?
member-remove-loses = Дані та фото { $name } буде видалено. Це не можна скасувати.
member-remove-yes = Так, видалити
member-remove-no = Ні, повернутися
