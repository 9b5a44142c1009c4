# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = Verifye yon randevou
partner-intro = Tape kòd pas la ak dat nesans moun nan. Repons lan se wi oswa non, anyen plis.
partner-code = Kòd pas la
partner-code-hint = Jan li ekri anba kòd QR la. Espas ak tirè pa konte.
field-code = Kòd pas la
partner-submit = Verifye
partner-yes = WI
partner-yes-detail = Randevou moun sa a valab.
partner-no = NON
partner-no-detail = Sa a pa yon randevou valab pou kòd sa a ak dat nesans sa a. Nou pa bay rezon an: tcheke sa ou tape a, oswa mande pou wè pas la.
partner-next = Verifye yon lòt moun
partner-privacy = Chak verifikasyon anrejistre ak kont ou ak òganizasyon ou.
nav-partner = Verifye yon randevou
