# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = Bu shaxs roʻyxatga olinganmi?
rosters-check-intro = Tashkilotingiz dasturi roʻyxatidagi shaxs haqida soʻrang: roʻyxat raqami va tugʻilgan sana yoki toʻliq ism va tugʻilgan sana boʻyicha.
rosters-roster-id = Roʻyxat raqami
rosters-roster-id-hint = Roʻyxatdagidek, masalan MPP-0001.
rosters-full-name = Toʻliq ism
rosters-full-name-hint = Faqat roʻyxat raqami boʻlmasa.
rosters-check-submit = Tekshirish
rosters-yes = Roʻyxatga olingan
rosters-no = Roʻyxatingizda yoʻq
rosters-status = Dasturdagi holati:
rosters-check-privacy = Javob — ha yoki yoʻq va dasturdagi holat, boshqa hech narsa. Har bir tekshiruv ismingiz bilan qayd etiladi.
rosters-status-enrolled = roʻyxatga olingan
rosters-status-pending = kutilmoqda
rosters-status-completed = yakunlangan
rosters-status-withdrawn = chiqarilgan
rosters-claim-title = Dastur roʻyxatidagi oʻrningizni tasdiqlang
rosters-claim-intro = Agar tashkilot sizni dasturga yozgan boʻlsa, uni hisobingizga bogʻlash uchun roʻyxat raqamingiz va tugʻilgan sanangizni kiriting.
rosters-claim-submit = Tasdiqlash
rosters-claimed = Hisobingizga bogʻlandi: roʻyxat raqami { $roster_id }, holati { $status }.
rosters-not-found = Topilmadi. Roʻyxat raqami va tugʻilgan sanani tekshiring.
retention-kind-roster-people = Tashkilot dasturi roʻyxatidagi odamlar — ularni kiritgan oxirgi importdan bir yil oʻtgach
retention-kind-roster-places = Dastur roʻyxatidagi odamlar uchun ajratilgan joylar — qabul vaqti kunidan keyin

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = Dastur roʻyxatlari kvotalari
rosters-quotas-intro = Chegara punktidagi har bir vaqt oraligʻi joylarining dastur roʻyxatidagi odamlar uchun ajratilgan ulushi va oraliq kunidan necha kun oldin foydalanilmagan ajratilgan joylar kundalik qurʼaga oʻtishi. 0 % punkt kvotasini tugatadi; allaqachon ajratilgan joylar ajratilganicha qoladi.
rosters-quotas-saved = { $port } kvotasi saqlandi.
rosters-quotas-caption = Chegara punktlari va ularning roʻyxat kvotasi
rosters-quotas-port = Chegara punkti
rosters-quotas-percent = Ajratilgan ulush
rosters-quotas-release = Foydalanilmagan joylar kundalik qurʼaga oʻtadi
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] { $days } kun oldin
   *[other] { $days } kun oldin
}
rosters-quotas-none = Kvota yoʻq
rosters-quotas-set = Punkt kvotasini belgilash
rosters-quotas-percent-hint = 0 dan 100 gacha butun son. 0 kvotani tugatadi.
rosters-quotas-release-hint = 0 dan 60 gacha butun son.
rosters-quotas-save = Saqlash
field-port-id = Chegara punkti
field-percent = Ajratilgan ulush (%)
field-release-days-before = Oraliq kunidan oldingi kunlar

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = Roʻyxatlar qurʼasi: { $date }
rosters-draw-intro = Dastur roʻyxatidagi odamlar uchun joylar ajratilgan kunlarda alohida qurʼa ularni avval roʻyxatdagi oʻrnini tasdiqlagan odamlarning ochiq soʻrovlari orasida taqsimlaydi. Uning boshlangʻich qiymati oʻsha kungi kundalik qurʼaning boshlangʻich qiymatidan olinadi; u qurʼaning majburiyati soʻrovlar yopilishidan oldin eʼlon qilingan, shuning uchun uni keyin tanlab boʻlmaydi. Taqsimlanmagan joylar boʻshatilguncha ajratilgan qoladi, soʻng kundalik qurʼaga oʻtadi.
rosters-draw-places = Roʻyxatdagi odamlar uchun ajratilgan joylar
rosters-draw-daily = Oʻsha kungi kundalik qurʼa
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = Dastur tashkiloti bu shaxsga bergan roʻyxat raqami va tugʻilgan sanani kiriting — oʻrni shu guruhga bogʻlanadi.
rosters-back-to-group = Guruhga qaytish
rosters-helper-claimed = Shu guruhga bogʻlandi: roʻyxat raqami { $roster_id }, holati { $status }.
