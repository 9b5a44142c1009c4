# Ikkinchi omil: paroldan keyin autentifikator ilovasidan kod.
second-factor-title = Ikki bosqichli kirish
second-factor-about = Paroldan keyin Garita telefoningizdagi autentifikator ilovasidan 6 xonali kod soʻraydi, shunda oʻgʻirlangan parolning oʻzi hisobingizni ochishga yetmaydi.
second-factor-code-title = Kodingizni kiriting
second-factor-code-intro = Autentifikator ilovasini oching va u Garita uchun koʻrsatayotgan 6 xonali kodni kiriting.
second-factor-code-label = Kod
second-factor-code-hint = Ilovadagi 6 ta raqam yoki tiklash kodlaringizdan biri.
second-factor-code-digits = Ilova koʻrsatayotgan 6 ta raqam.
second-factor-code-submit = Kirish
second-factor-setup-title = Autentifikator ilovasini sozlang
second-factor-setup-required = Rolingiz uchun ikki bosqichli kirish shart. Davom etish uchun uni hozir sozlang.
second-factor-setup-scan = Bu kodni autentifikator ilovasi bilan skanerlang (masalan, FreeOTP, Aegis yoki Google Authenticator).
second-factor-setup-manual = Skanerlay olmasangiz, bu kalitni qoʻlda qoʻshing:
second-factor-setup-uri = Ilova oʻrnatilgan telefonda, shuningdek,
second-factor-setup-uri-link = bu havolani ilovada ochishingiz mumkin
second-factor-qr-label = Garitani autentifikator ilovasiga qoʻshadigan QR kod
second-factor-setup-confirm = Ilova hozir koʻrsatayotgan kodni kiriting
second-factor-setup-submit = Tasdiqlash
second-factor-recovery-title = Tiklash kodlaringiz
second-factor-recovery-intro = Telefoningizni yoʻqotsangiz, bu kodlarning har biri ilova kodi oʻrniga bir marta ishlaydi. Ularni hozir yozib oling yoki chop eting: ular boshqa koʻrsatilmaydi.
second-factor-continue = Davom etish
second-factor-status-on = Ikki bosqichli kirish yoqilgan.
second-factor-status-off = Ikki bosqichli kirish oʻchirilgan.
second-factor-recovery-left = { $count ->
    [one] { $count } ta tiklash kodi qoldi.
   *[other] { $count } ta tiklash kodi qoldi.
}
second-factor-required-role = Rolingiz buni talab qiladi, shuning uchun uni oʻchirib boʻlmaydi. Telefoningiz va tiklash kodlaringizni yoʻqotsangiz, administrator uni qayta tiklashi mumkin.
second-factor-turn-on = Ikki bosqichli kirishni yoqish
second-factor-turn-off-title = Ikki bosqichli kirishni oʻchirish
second-factor-turn-off-submit = Oʻchirish
second-factor-admin-title = Ikkinchi omilni qayta tiklash
second-factor-admin-intro = Agar kishi telefoni va tiklash kodlarini yoʻqotgan boʻlsa va siz uning kimligini tekshirgan boʻlsangiz, uning ikkinchi omilini qayta tiklang. Unga elektron pochta orqali xabar beriladi va keyingi kirishda u yangisini sozlaydi.
second-factor-admin-email = Hisobning elektron pochta manzili
second-factor-admin-submit = Ikkinchi omilni qayta tiklash
second-factor-admin-done = Ikkinchi omil qayta tiklandi va kishiga elektron pochta orqali xabar berildi.
second-factor-admin-none = Bu manzilli hech bir hisobda ikkinchi omil yoʻq.
second-factor-pending-expired = Parol va kod orasida juda ko‘p vaqt o‘tdi. Iltimos, qaytadan kiring.
