group-title = Mon groupe
group-intro = Ajoutez-vous d'abord. Ensuite, ajoutez chaque personne qui voyage avec vous. Un groupe peut avoir jusqu'à { $max } personnes.
group-empty = Il n'y a encore personne dans votre groupe. Commencez par vous ajouter.
group-add-self = M'ajouter
group-add-member = Ajouter une personne
group-full = Votre groupe est complet ({ $max } personnes).
group-holder = Titulaire du compte
group-count = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
member-born = Date de naissance : { $date }
member-citizenship = Nationalité : { $country }
member-edit = Modifier
member-remove = Retirer
member-new-title = Ajouter une personne
member-self-title = Vos informations
member-edit-title = Modifier les informations
field-full-name = Nom complet, comme sur vos papiers
field-date-of-birth = Date de naissance
field-date-of-birth-hint = Année-mois-jour. Exemple : 1990-05-21.
field-citizenship = Pays de nationalité
field-language = Langue que cette personne parle le mieux
field-document-type = Document de voyage (s'il y en a un)
field-document-none = Pas de document
document-type-passport = Passeport
document-type-national-id = Carte nationale d'identité
document-type-birth-certificate = Acte de naissance
document-type-other = Autre document
field-document-number = Numéro du document
field-contact = Téléphone ou e-mail (s'il y en a un)
field-contact-hint = Téléphone avec l'indicatif du pays. Exemple : +52 664 123 4567.
member-save = Enregistrer
member-back = Retour à mon groupe
