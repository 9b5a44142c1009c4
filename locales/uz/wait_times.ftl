# Garita — oʻzbekcha (lotin yozuvi)
wait-times-title = Chegaradagi kutish vaqti
wait-times-intro = Har bir chegara punktida qancha kutishingiz mumkin, u yerdagi xodimlarning hisobotiga koʻra. Vaqtlar har bir chegara punktining mahalliy vaqtida.
wait-times-none = Bu chegara punkti uchun hali hisobot yoʻq.
wait-times-not-reported = Hali hisobot yoʻq: { $lanes }.
wait-times-port-link = Batafsil va oxirgi 7 kun
wait-times-feed = Bu raqamlar JSON koʻrinishida (dasturchilar uchun)
wait-times-history-json = Oxirgi 7 kun JSON koʻrinishida (dasturchilar uchun)
wait-times-back = Barcha chegara punktlari

wait-times-col-lane = Yoʻlak
wait-times-col-status = Holat
wait-times-col-lanes-open = Ochiq yoʻlaklar
wait-times-col-wait = Kutish
wait-times-col-usual = Bu soatda odatda
wait-times-col-updated = Yangilangan

wait-times-group-passenger = Yengil mashinalar
wait-times-group-pedestrian = Piyodalar
wait-times-group-commercial = Tijorat transporti
wait-times-lane-passenger-standard = Oddiy
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = Oddiy
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = Oddiy
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = Ochiq
wait-times-status-lanes-reduced = Kamroq yoʻlak ochiq
wait-times-status-closed = Yopiq

wait-times-minutes = { $minutes ->
    [one] { $minutes } daq
   *[other] { $minutes } daq
    }
wait-times-hours = { $hours ->
    [one] { $hours } soat
   *[other] { $hours } soat
    }
wait-times-hours-minutes = { $hours ->
    [one] { $hours } soat
   *[other] { $hours } soat
    } { $minutes ->
    [one] { $minutes } daq
   *[other] { $minutes } daq
    }
wait-times-ago-now = hozirgina
wait-times-ago-minutes = { $count ->
    [one] { $count } daqiqa oldin
   *[other] { $count } daqiqa oldin
    }
wait-times-ago-hours = { $count ->
    [one] { $count } soat oldin
   *[other] { $count } soat oldin
    }
wait-times-ago-days = { $count ->
    [one] { $count } kun oldin
   *[other] { $count } kun oldin
}
wait-times-updated = Yangilangan: { $ago }, soat { $time }
wait-times-stale = Oxirgi yangilanish: { $ago }, soat { $time } — maʼlumot eskirgan boʻlishi mumkin

wait-times-port-title = { $port }: kutish vaqti
wait-times-port-intro = Vaqtlar chegara punktining mahalliy vaqtida ({ $zone }).
wait-times-now-heading = Soʻnggi hisobotlar
wait-times-usual-value = { $wait } ({ $count ->
    [one] { $count } ta hisobot
   *[other] { $count } ta hisobot
})
wait-times-usual-none = Hisobotlar yetarli emas
wait-times-usual-note = “Bu soatda odatda” — oxirgi { $days ->
    [one] { $days } kunda
   *[other] { $days } kunda
    } bu yoʻlak uchun { $from } dan { $to } gacha (chegara punkti vaqti) xabar qilingan kutish vaqtlarining medianasi. U kamida { $count ->
    [one] { $count } ta shunday hisobot
   *[other] { $count } ta shunday hisobot
    } boʻlganda koʻrsatiladi: bu kutishlarning yarmi qisqaroq, yarmi uzunroq boʻlgan.

wait-times-week-heading = Oxirgi 7 kun
wait-times-week-intro = Xabar qilingan kutish, daqiqalarda, har bir soat boʻyicha oʻrtacha, chegara punktining mahalliy vaqtida. Chiziqdagi uzilish hisobot boʻlmaganini yoki yoʻlak yopiq boʻlganini bildiradi.
wait-times-chart-title = { $group }: oxirgi 7 kundagi kutish
wait-times-chart-desc = { $group } uchun har bir yoʻlakda xabar qilingan kutishning chiziqli grafigi, daqiqalarda, soatma-soat, { $from } dan { $to } gacha (chegara punkti vaqti). Eng uzuni: { $max }. Xuddi shu raqamlar, kunma-kun, grafikdan keyingi jadvalda.
wait-times-chart-max = { $wait } ({ $lane }, { $day }, soat { $time })
wait-times-chart-max-none = kutish xabar qilinmagan, faqat yopiq yoʻlaklar
wait-times-chart-empty = Oxirgi 7 kunda hisobot yoʻq.
wait-times-axis-wait = Kutish (daqiqa)
wait-times-axis-day = Kun (chegara punkti vaqti)
wait-times-legend = Yoʻlaklar
wait-times-weekday = { $weekday ->
    [1] Du
    [2] Se
    [3] Ch
    [4] Pa
    [5] Ju
    [6] Sh
   *[7] Ya
} { $day }
wait-times-table-show = Bu raqamlarni jadvalda koʻrsatish
wait-times-table-caption = { $group }: har kungi kutish medianasi, daqiqalarda (eng uzuni qavs ichida)
wait-times-table-day = Kun
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = Hisobot yoʻq

wait-times-console-title = Kutish vaqtini yangilash: { $port }
wait-times-console-choose-port = Kutish vaqtini yangilash: chegara punktini tanlang
wait-times-console-intro = Faqat hozir xabar qilayotgan yoʻlaklaringizni toʻldiring. “Yangilanmasin” holatida qoldirilgan yoʻlaklar oxirgi hisobotini saqlaydi. Barcha yoʻlaklar birga saqlanadi yoki biror narsa notoʻgʻri boʻlsa, hech biri saqlanmaydi.
wait-times-console-save = Kutish vaqtini saqlash
wait-times-console-saved = Saqlandi. Ommaviy sahifa yangi raqamlarni koʻrsatadi.
wait-times-console-nothing = Kamida bitta yoʻlakni toʻldiring, keyin saqlang.
wait-times-console-public = Bu chegara punktining ommaviy sahifasini koʻrish
wait-times-field-status = Holat
wait-times-field-status-skip = Yangilanmasin
wait-times-field-lanes-open = Ochiq yoʻlaklar
wait-times-field-lanes-open-hint = Ochiq yoʻlaklar: 1 dan 100 gacha butun son. Yopiq yoʻlak uchun boʻsh qoldiring.
wait-times-field-delay = Kutish, daqiqalarda
wait-times-field-delay-hint = Kutish: 0 dan 1440 gacha butun daqiqa (24 soat). Yopiq yoʻlak uchun boʻsh qoldiring.
wait-times-current = Oxirgi hisobot: { $status }, { $lanes ->
    [one] { $lanes } ta yoʻlak ochiq
   *[other] { $lanes } ta yoʻlak ochiq
}, kutish { $wait }. { $updated }.
wait-times-current-closed = Oxirgi hisobot: yopiq. { $updated }.
wait-times-error-in = { $lane }, { $field }: { $message }
wait-times-current-none = Hali hisobot yoʻq.

error-unknown-lane = Bunday yoʻlak turi yoʻq. Quyidagilardan birini ishlating: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = Har bir yoʻlak haqida faqat bir marta xabar bering.
error-unknown-status = Roʻyxatdan holatni tanlang: ochiq, kamroq yoʻlak ochiq (lanes-reduced) yoki yopiq.
error-not-a-number = Butun son yozing, masalan 25.
error-number-too-small = { $limit ->
    [one] Bu son { $limit } dan kichik boʻlishi mumkin emas.
   *[other] Bu son { $limit } dan kichik boʻlishi mumkin emas.
    }
error-number-too-large = { $limit ->
    [one] Bu son { $limit } dan katta boʻlishi mumkin emas. Uni tekshiring.
   *[other] Bu son { $limit } dan katta boʻlishi mumkin emas. Uni tekshiring.
    }
