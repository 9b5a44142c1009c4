app-name = Garita
# How dates are written: strftime codes (%-d day, %B month name, %Y year); keep the codes.
# Українська: «26 листопада 2026 р.» (dates are formatted through ICU4X/CLDR; this is the fallback).
date-pattern = %-d %B %Y р.
app-tagline = Записи в сухопутних пунктах пропуску США. Чесно, безкоштовно і вашою мовою.
skip-to-content = Перейти до основного вмісту
nav-label = Головне меню
nav-home = Головна
nav-wait-times = Час очікування
nav-ports = Пункти пропуску
nav-group = Моя група
nav-login = Увійти
nav-register = Створити акаунт
nav-logout = Вийти
language-label = Мова
footer-text = Garita — вільне програмне забезпечення. Вона не продає і не передає ваші дані.
footer-api = API для розробників
choose-option = Виберіть…
home-title = Записи на кордоні
home-intro = Garita допомагає отримати запис, щоб з'явитися в пункті пропуску США на кордоні з Мексикою. Це безкоштовно.
home-steps-title = Як це працює
home-step-1 = Створіть акаунт. Додайте себе та людей, які їдуть з вами.
home-step-2 = Подайте заявку на запис, поки ви на півночі або в центрі Мексики.
home-step-3 = Щодня чесне жеребкування розподіляє записи. Що довше ви чекаєте, то більші ваші шанси.
home-step-4 = Підтвердіть свій запис. Покажіть код запису в пункті пропуску.
home-start = Створити акаунт
home-have-account = У мене вже є акаунт
home-go-group = Перейти до моєї групи
ports-title = Пункти пропуску
ports-intro = Ці пункти пропуску надають записи. Час указано місцевий для кожного пункту пропуску.
ports-city = Мексиканська сторона: { $city }
# CLDR names Ukrainian zones as "за тихоокеанським часом (PT)": the sentence is built around it.
ports-time-zone = Години вказано { $zone }
ports-capacity = { $count ->
    [one] Близько { $count } запису на день
    [few] Близько { $count } записів на день
    [many] Близько { $count } записів на день
   *[other] Близько { $count } запису на день
    }
ports-address = Адреса
not-permission = Запис — це не дозвіл на в'їзд до Сполучених Штатів: у пункті пропуску рішення ухвалює офіцер.
