# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = Règles du tirage de chaque jour
policies-intro = L'agence qui gère ce service décide des règles : quand les demandes sont acceptées, comment les places sont attribuées et d'où l'on peut demander. Chaque ensemble de règles s'applique à partir d'un jour ; voici l'historique complet.
policies-caption = Les règles et le jour à partir duquel chacune s'est appliquée
policies-from = À partir du tirage du
policies-name = Nom
policies-rules = Règles
policies-digest = Empreinte (SHA-256)
policies-in-force = en vigueur
policies-used-from = Utilisée pour la première fois par le tirage du
policies-text = Texte complet
policies-admin-title = Politiques
policies-admin-intro = Programmez de nouvelles règles à partir d'un jour. Un jour dont le tirage a eu lieu garde ses règles. Rien n'est enregistré si le texte a un problème.
policies-not-saved = Rien n'a été enregistré ; les règles en vigueur restent.
policies-schedule = Programmer ces règles
policies-date-required = Indiquez le premier jour où les règles s'appliquent.
policies-rule-weighted = tirage pondéré (les jours d'attente comptent)
policies-rule-oldest-share-then-random = une part aux inscriptions les plus anciennes, le reste au hasard
policies-carry-over = les demandes sont reportées
policies-no-carry-over = redemander chaque jour
policies-region-latitude = au nord de la latitude { $latitude }°
policies-region-states = États inclus : { $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = Adresse de destination aux États-Unis
policies-us-address-hint = Où le groupe ira aux États-Unis : une seule adresse pour tout le groupe, comme l’exigent les règles en vigueur.
field-us-state = État
field-us-zip = Code postal ZIP (5 chiffres)
field-us-street = Rue et numéro
# The region of the rules in force, as rules and a map.
policies-region-title = D’où vous pouvez faire la demande
policies-region-included = Ces États entiers : { $states }
policies-region-north-of = Partout à la latitude { $latitude }° N ou au nord
policies-region-excluded = Sauf ces États : { $states }
policies-region-exception-holder = Un groupe dont le titulaire est citoyen de { $countries } peut faire la demande de partout au Mexique
policies-region-exception-all = Un groupe dont tous les membres sont citoyens de { $countries } peut faire la demande de partout au Mexique
policies-region-map-label = Carte du Mexique : les États d’où l’on peut faire la demande sont remplis ; la ligne est la limite de latitude. La liste dit la même chose en mots.
policies-region-map-caption = Rempli : admissible. Rempli clair : admissible au nord de la ligne.
# Confirming under rules that check the location again.
policies-recheck-title = Confirmer depuis l’endroit où vous êtes
policies-recheck-intro = Les règles en vigueur vérifient de nouveau que vous êtes dans la région avant la confirmation. Partagez votre position une fois, ou écrivez votre ville.
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = le texte est illisible : { $detail }
policies-problem-window-order = la période des demandes se ferme avant de s’ouvrir
policies-problem-window-too-long = la période des demandes dure plus de 24 heures
policies-problem-allocation-before-close = le tirage a lieu avant la fin de la période des demandes
policies-problem-out-of-range = la valeur doit être entre { $lowest } et { $highest }
policies-problem-unknown-state = { $value } n’est pas un code d’État connu (écrivez un code comme MX.BN)
policies-problem-unknown-country = { $value } n’est pas un code de pays connu (écrivez un code comme MX)
policies-problem-empty-region = aucun lieu n’est dans la région
policies-problem-invalid-id = { $value } n’est pas un nom valide (minuscules, chiffres et tirets)
policies-problem-repeated = { $value } figure deux fois
