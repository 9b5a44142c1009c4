group-title = Gwoup mwen
group-intro = Mete tèt ou an premye. Apre sa, mete chak moun k ap vwayaje avè w. Yon gwoup ka gen jiska { $max } moun.
group-empty = Poko gen pèsonn nan gwoup ou a. Kòmanse pa mete tèt ou.
group-add-self = Mete tèt mwen
group-add-member = Mete yon moun
group-full = Gwoup ou a plen ({ $max } moun).
group-holder = Moun ki gen kont lan
group-count = { $count ->
    [1] 1 moun
   *[other] { $count } moun
}
member-born = Dat nesans: { $date }
member-citizenship = Nasyonalite: { $country }
member-edit = Chanje
member-remove = Retire
member-new-title = Mete yon moun
member-self-title = Enfòmasyon sou ou
member-edit-title = Chanje enfòmasyon yo
field-full-name = Non konplè, jan li ekri sou papye ou yo
field-date-of-birth = Dat nesans
field-date-of-birth-hint = Ane-mwa-jou. Egzanp: 1990-05-21.
field-citizenship = Peyi nasyonalite
field-language = Lang moun sa a pale pi byen
field-document-type = Papye pou vwayaje (si genyen)
field-document-none = Pa gen papye
document-type-passport = Paspò
document-type-national-id = Kat idantite nasyonal
document-type-birth-certificate = Batistè (ak nesans)
document-type-other = Lòt papye
field-document-number = Nimewo papye a
field-contact = Telefòn oswa imèl (si genyen)
field-contact-hint = Telefòn ak kòd peyi a. Egzanp: +52 664 123 4567.
member-save = Anrejistre
member-back = Retounen nan gwoup mwen
