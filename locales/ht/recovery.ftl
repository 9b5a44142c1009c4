# Rantre ankò nan kont ou: konfime imèl la, chanje yon modpas ou bliye, chanje modpas la oswa
# imèl la. Repons yo pa janm di si yon adrès gen yon kont.

field-current-password = Modpas ou genyen kounye a
field-new-password = Nouvo modpas
field-new-email = Nouvo adrès imèl

recovery-check-email-title = Gade imèl ou
recovery-check-email-text = Nou voye yon mesaj nan adrès ou bay la. Louvri lyen ki ladan l pou konfime adrès la. Si adrès la gen yon kont deja, mesaj la di sa pou w fè.
recovery-to-login = Ale konekte
recovery-to-group = Ale nan gwoup ou
recovery-to-home = Ale nan paj dakèy la

recovery-verify-title = Konfime adrès imèl ou
recovery-verify-text = Peze bouton an pou konfime adrès imèl sa a se pou ou.
recovery-verify-submit = Konfime adrès mwen
recovery-verified-title = Adrès la konfime
recovery-verified-text = Mèsi. Imèl ou konfime: kounye a ou ka mande yon randevou.
recovery-verify-needed-title = Konfime adrès imèl ou
recovery-verify-needed-text = Nou voye yon lyen nan imèl ou. Louvri l pou konfime adrès la. Pandan tan sa a, ou ka ranpli gwoup ou.
recovery-verify-needed-request = Anvan ou mande yon randevou, konfime adrès imèl ou.
recovery-verify-already = Adrès imèl ou konfime.
recovery-verify-resend = Voye lyen an ankò
recovery-verify-resent = Nou voye yon nouvo lyen. Gade imèl ou, menm nan dosye espam lan.

recovery-link-invalid-title = Lyen sa a pa mache ankò
recovery-link-invalid-text = Lyen an ekspire oswa yo te deja sèvi avè l. Lyen pou chanje modpas mache pandan inèdtan, yon sèl fwa.
recovery-reset-ask-again = Mande yon nouvo lyen

recovery-forgot = Ou bliye modpas ou?
recovery-reset-title = Chanje modpas ou bliye a
recovery-reset-intro = Ekri adrès imèl kont ou. N ap voye yon lyen pou w chwazi yon nouvo modpas.
recovery-reset-submit = Voye yon lyen ban mwen
recovery-reset-sent-title = Gade imèl ou
recovery-reset-sent-text = Si adrès sa a gen yon kont, nou voye yon lyen ba li pou chwazi yon nouvo modpas. Lyen an mache pandan inèdtan, yon sèl fwa.
recovery-reset-done-title = Modpas la chanje
recovery-reset-done-text = Nouvo modpas ou anrejistre epi tout aparèy yo dekonekte. Konekte ak nouvo modpas la.

recovery-password-title = Chanje modpas ou
recovery-password-too-short = Modpas ou gen mwens pase { $min } karaktè. Tanpri chwazi yon modpas ki pi long kounye a.
recovery-password-done = Modpas ou chanje. Lòt aparèy yo dekonekte.
recovery-password-submit = Anrejistre nouvo modpas la
recovery-wrong-password = Sa a se pa modpas ou genyen kounye a.

recovery-email-title = Chanje adrès imèl ou
recovery-email-intro = N ap voye yon lyen nan nouvo adrès la. Chanjman an fèt lè w louvri l. N ap avèti ansyen adrès la.
recovery-email-submit = Voye lyen an
recovery-email-sent = Nou voye yon lyen nan nouvo adrès la. Louvri l pou fini chanjman an.
recovery-email-confirm-title = Konfime nouvo adrès imèl ou
recovery-email-confirm-text = Peze bouton an pou sèvi ak adrès sa a pou kont Garita ou.
recovery-email-confirm-submit = Sèvi ak adrès sa a
recovery-email-changed-title = Adrès imèl la chanje
recovery-email-changed-text = Kont ou sèvi ak nouvo adrès la kounye a. Nou avèti ansyen adrès la sou chanjman an.
