# The officer's lookup of a person by name and date of birth (port console).
lookup-link = Trouver une personne par son nom et sa date de naissance
lookup-title = Trouver une personne par son nom et sa date de naissance
lookup-intro = Pour une personne venue sans son laissez-passer. Seuls les rendez-vous d'aujourd'hui à ce point de passage sont cherchés, et seule une correspondance exacte de tous les noms (dans n'importe quel ordre ; les accents, les majuscules et les traits d'union ne comptent pas) et de la date de naissance est trouvée. Chaque recherche est enregistrée avec votre nom.
lookup-full-name = Nom complet
lookup-full-name-hint = Tous les noms du document, dans n'importe quel ordre.
lookup-submit = Chercher
lookup-results = Rendez-vous trouvés
lookup-none = Aucun rendez-vous aujourd'hui à ce point de passage pour ce nom et cette date de naissance.
lookup-capped = Plus de personnes ont ce nom et cette date de naissance que celles affichées : vérifiez le document et la photo.
lookup-back = Retour à la liste du jour
