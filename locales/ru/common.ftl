# Garita — русский
app-name = Garita
# How dates are written: strftime codes (%-d day, %B month name, %Y year); keep the codes.
date-pattern = %-d %B %Y
app-tagline = Запись в наземные пункты пропуска США. Честно, бесплатно и на вашем языке.
skip-to-content = Перейти к основному тексту
nav-label = Главное меню
nav-home = Главная
nav-wait-times = Время ожидания
nav-ports = Пункты пропуска
nav-group = Моя группа
nav-login = Войти
nav-register = Создать аккаунт
nav-logout = Выйти
language-label = Язык
footer-text = Garita — свободная программа. Она не продаёт и никому не передаёт ваши данные.
footer-api = API для разработчиков
choose-option = Выберите…
home-title = Запись на границе
home-intro = Garita помогает получить запись, чтобы прийти в пункт пропуска США на границе с Мексикой. Это бесплатно.
home-steps-title = Как это работает
home-step-1 = Создайте аккаунт. Добавьте себя и людей, которые едут с вами.
home-step-2 = Подайте заявку на запись, когда вы находитесь на севере или в центре Мексики.
home-step-3 = Каждый день честная жеребьёвка распределяет записи. Чем дольше вы ждёте, тем больше ваш шанс.
home-step-4 = Подтвердите запись. Покажите QR-код записи в пункте пропуска.
home-start = Создать аккаунт
home-have-account = У меня уже есть аккаунт
home-go-group = Перейти к моей группе
ports-title = Пункты пропуска
ports-intro = Эти пункты пропуска дают записи. Время указано по местному времени каждого пункта пропуска.
ports-city = Мексиканская сторона: { $city }
ports-time-zone = Часовой пояс: { $zone }
ports-capacity = { $count ->
    [one] Около { $count } записи в день
    [few] Около { $count } записей в день
    [many] Около { $count } записей в день
   *[other] Около { $count } записей в день
    }
ports-address = Адрес
not-permission = Запись — это не разрешение на въезд в США: в пункте пропуска решение принимает сотрудник пограничной службы.
