# Dezyèm faktè a: yon kòd ki soti nan yon aplikasyon otantifikasyon apre modpas la.
second-factor-title = Koneksyon an de etap
second-factor-about = Apre modpas ou, Garita mande yon kòd 6 chif ki soti nan yon aplikasyon otantifikasyon sou telefòn ou, konsa yon modpas yo vòlè pa ase pou louvri kont ou.
second-factor-code-title = Tape kòd ou
second-factor-code-intro = Louvri aplikasyon otantifikasyon ou epi tape kòd 6 chif li montre pou Garita.
second-factor-code-label = Kòd
second-factor-code-hint = 6 chif ki soti nan aplikasyon an, oswa youn nan kòd rekiperasyon ou yo.
second-factor-code-digits = 6 chif aplikasyon an montre.
second-factor-code-submit = Konekte
second-factor-setup-title = Mete aplikasyon otantifikasyon ou an plas
second-factor-setup-required = Wòl ou mande koneksyon an de etap. Mete l an plas kounye a pou w kontinye.
second-factor-setup-scan = Eskane kòd sa a ak yon aplikasyon otantifikasyon (pa egzanp FreeOTP, Aegis oswa Google Authenticator).
second-factor-setup-manual = Si ou pa ka eskane l, ajoute kle sa a ak men:
second-factor-setup-uri = Sou telefòn ki gen aplikasyon an, ou ka tou
second-factor-setup-uri-link = louvri lyen sa a nan aplikasyon an
second-factor-qr-label = Kòd QR ki ajoute Garita nan yon aplikasyon otantifikasyon
second-factor-setup-confirm = Tape kòd aplikasyon an montre kounye a
second-factor-setup-submit = Konfime
second-factor-recovery-title = Kòd rekiperasyon ou yo
second-factor-recovery-intro = Si ou pèdi telefòn ou, chak kòd sa yo mache yon sèl fwa olye kòd aplikasyon an. Ekri yo oswa enprime yo kounye a: yo p ap parèt ankò.
second-factor-continue = Kontinye
second-factor-status-on = Koneksyon an de etap aktive.
second-factor-status-off = Koneksyon an de etap pa aktive.
second-factor-recovery-left = { $count ->
    [one] Rete { $count } kòd rekiperasyon.
   *[other] Rete { $count } kòd rekiperasyon.
}
second-factor-required-role = Wòl ou mande l, kidonk ou pa ka dezaktive l. Si ou pèdi telefòn ou ak kòd rekiperasyon ou yo, yon administratè ka reyinisyalize l.
second-factor-turn-on = Aktive koneksyon an de etap
second-factor-turn-off-title = Dezaktive koneksyon an de etap
second-factor-turn-off-submit = Dezaktive
second-factor-admin-title = Reyinisyalize yon dezyèm faktè
second-factor-admin-intro = Lè yon moun pèdi telefòn li ak kòd rekiperasyon li yo, epi ou verifye kiyès li ye, reyinisyalize dezyèm faktè li. Y ap di l sa pa imèl epi l ap mete yon nouvo an plas lè l konekte ankò.
second-factor-admin-email = Adrès imèl kont lan
second-factor-admin-submit = Reyinisyalize dezyèm faktè a
second-factor-admin-done = Dezyèm faktè a reyinisyalize epi moun nan resevwa yon imèl.
second-factor-admin-none = Pa gen okenn kont ak adrès sa a ki gen yon dezyèm faktè.
second-factor-pending-expired = Twòp tan pase ant modpas ou ak kòd ou. Tanpri konekte ankò.
