# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = Перевірити запис
partner-intro = Введіть код запису та дату народження людини. Відповідь — так або ні, і більше нічого.
partner-code = Код запису
partner-code-hint = Як надруковано під QR-кодом. Пробіли й дефіси не враховуються.
field-code = Код запису
partner-submit = Перевірити
partner-yes = ТАК
partner-yes-detail = Запис цієї людини дійсний.
partner-no = НІ
partner-no-detail = Для цього коду та дати народження дійсного запису немає. Причину не повідомляють: перевірте, що ви ввели, або попросіть показати код запису.
partner-next = Перевірити іншу людину
partner-privacy = Кожна перевірка фіксується разом із вашим акаунтом і вашою організацією.
nav-partner = Перевірити запис
