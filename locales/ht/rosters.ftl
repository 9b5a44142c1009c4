# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = Èske moun sa a enskri?
rosters-check-intro = Mande sou yon moun ki sou lis pwogram òganizasyon ou: ak nimewo lis la ak dat nesans, oswa ak non konplè ak dat nesans.
rosters-roster-id = Nimewo lis
rosters-roster-id-hint = Jan li ye sou lis la, pa egzanp MPP-0001.
rosters-full-name = Non konplè
rosters-full-name-hint = Sèlman si ou pa gen nimewo lis la.
rosters-check-submit = Verifye
rosters-yes = Enskri
rosters-no = Pa sou lis ou
rosters-status = Sitiyasyon nan pwogram nan:
rosters-check-privacy = Repons lan se wi oswa non ak sitiyasyon nan pwogram nan, anyen lòt. Yo anrejistre chak verifikasyon ak non ou.
rosters-status-enrolled = enskri
rosters-status-pending = an atant
rosters-status-completed = fini
rosters-status-withdrawn = retire
rosters-claim-title = Reklame plas ou sou lis yon pwogram
rosters-claim-intro = Si yon òganizasyon te enskri ou nan yon pwogram, antre nimewo lis ou ak dat nesans ou pou konekte l ak kont ou.
rosters-claim-submit = Reklame
rosters-claimed = Konekte ak kont ou: nimewo lis { $roster_id }, sitiyasyon { $status }.
rosters-not-found = Nou pa jwenn. Verifye nimewo lis la ak dat nesans la.
retention-kind-roster-people = Moun ki sou lis pwogram yon òganizasyon, yon ane apre dènye enpòtasyon ki te mete yo ladan l
retention-kind-roster-places = Plas ki rezève pou moun ki sou lis pwogram nan, apre jou orè randevou a

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = Kota lis pwogram yo
rosters-quotas-intro = Pati plas chak orè nan yon pò ki rezève pou moun ki sou lis yon pwogram, ak konbyen jou anvan jou orè a plas rezève ki pa itilize yo ale nan tiraj chak jou a. 0 % fini kota yon pò; plas ki deja rezève yo rete rezève.
rosters-quotas-saved = Kota { $port } anrejistre.
rosters-quotas-caption = Pò yo ak kota lis yo
rosters-quotas-port = Pò
rosters-quotas-percent = Pati rezève
rosters-quotas-release = Plas ki pa itilize ale nan tiraj chak jou a
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] { $days } jou anvan
   *[other] { $days } jou anvan
}
rosters-quotas-none = Pa gen kota
rosters-quotas-set = Fikse kota yon pò
rosters-quotas-percent-hint = Yon nonb antye ant 0 ak 100. 0 fini kota a.
rosters-quotas-release-hint = Yon nonb antye ant 0 ak 60.
rosters-quotas-save = Anrejistre
field-port-id = Pò
field-percent = Pati rezève (%)
field-release-days-before = Jou anvan jou orè a

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = Tiraj lis yo { $date }
rosters-draw-intro = Jou kote gen plas rezève pou moun ki sou lis yon pwogram, yon tiraj pa li separe bay plas sa yo anvan, pami demann ki louvri moun ki reklame plas yo sou yon lis. Grenn li soti nan grenn tiraj chak jou jou sa a, e angajman tiraj sa a te pibliye anvan demann yo fèmen, kidonk pèsonn pa t ka chwazi l apre. Plas li pa bay yo rete rezève jiskaske yo libere, epi yo ale nan tiraj chak jou a.
rosters-draw-places = Plas rezève pou moun ki sou lis
rosters-draw-daily = Tiraj chak jou jou sa a
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = Antre nimewo lis la ak dat nesans òganizasyon pwogram nan te bay moun sa a, pou mare plas li ak gwoup sa a.
rosters-back-to-group = Retounen nan gwoup la
rosters-helper-claimed = Konekte ak gwoup sa a: nimewo lis { $roster_id }, sitiyasyon { $status }.
