# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = Règ tiraj chak jou
policies-intro = Ajans ki fè sèvis sa a mache deside règ yo: ki lè yo pran demann, kijan yo bay plas yo ak ki kote moun ka mande. Chak gwoup règ aplike apati yon jou; men tout dosye a.
policies-caption = Règ yo ak jou chak te kòmanse aplike
policies-from = Apati tiraj
policies-name = Non
policies-rules = Règ
policies-digest = Anprent (SHA-256)
policies-in-force = an vigè
policies-used-from = Premye fwa yon tiraj te sèvi ak li
policies-text = Tout tèks la
policies-admin-title = Politik
policies-admin-intro = Pwograme nouvo règ apati yon jou. Yon jou ki gen tiraj li deja fèt kenbe règ li. Si tèks la gen yon pwoblèm, yo pa anrejistre anyen.
policies-not-saved = Yo pa anrejistre anyen; règ ki an vigè yo rete.
policies-schedule = Pwograme règ sa yo
policies-date-required = Ekri premye jou règ yo aplike.
policies-rule-weighted = tiraj ak pwa (jou ou tann yo konte)
policies-rule-oldest-share-then-random = yon pati pou enskripsyon ki pi ansyen yo, rès la o aza
policies-carry-over = demann yo rete pou pwochen tiraj
policies-no-carry-over = mande ankò chak jou
policies-region-latitude = nan nò latitid { $latitude }°
policies-region-states = eta ki ladan: { $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = Adrès kote w ap ale Ozetazini
policies-us-address-hint = Kote gwoup la pral Ozetazini: yon sèl adrès pou tout moun nan gwoup la, jan règ ki an vigè yo mande l.
field-us-state = Eta
field-us-zip = Kòd postal ZIP (5 chif)
field-us-street = Ri ak nimewo
# The region of the rules in force, as rules and a map.
policies-region-title = Kote w ka mande soti
policies-region-included = Tout eta sa yo: { $states }
policies-region-north-of = Nenpòt kote sou latitid { $latitude }° N oswa plis nan nò
policies-region-excluded = Eksepte eta sa yo: { $states }
policies-region-exception-holder = Yon gwoup kote titilè a se sitwayen { $countries } ka mande soti nenpòt kote nan Meksik
policies-region-exception-all = Yon gwoup kote tout manm yo se sitwayen { $countries } ka mande soti nenpòt kote nan Meksik
policies-region-map-label = Kat Meksik: eta kote w ka mande yo ranpli; liy lan se limit latitid la. Lis la di menm bagay la an mo.
policies-region-map-caption = Ranpli: ou ka mande. Ranpli klè: ou ka mande nan nò liy lan.
# Confirming under rules that check the location again.
policies-recheck-title = Konfime soti kote w ye a
policies-recheck-intro = Règ ki an vigè yo verifye ankò si w nan rejyon an anvan w konfime. Pataje pozisyon w yon sèl fwa, oswa ekri vil ou.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = nou pa ka li tèks la: { $detail }
policies-problem-window-order = peryòd demann yo fèmen anvan li ouvri
policies-problem-window-too-long = peryòd demann yo dire plis pase 24 èdtan
policies-problem-allocation-before-close = tiraj la fèt anvan peryòd demann yo fèmen
policies-problem-out-of-range = li dwe ant { $lowest } ak { $highest }
policies-problem-unknown-state = { $value } se pa yon kòd eta nou konnen (ekri yon kòd tankou MX.BN)
policies-problem-unknown-country = { $value } se pa yon kòd peyi nou konnen (ekri yon kòd tankou MX)
policies-problem-empty-region = pa gen okenn kote nan rejyon an
policies-problem-invalid-id = { $value } se pa yon non ki valab (lèt miniskil, chif ak tirè)
policies-problem-repeated = { $value } parèt de fwa
