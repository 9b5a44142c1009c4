group-title = My group
group-intro = Add yourself first. Then add each person travelling with you. A group can have up to { $max } people.
group-empty = Nobody is in your group yet. Start by adding yourself.
group-add-self = Add yourself
group-add-member = Add a person
group-full = Your group is full ({ $max } people).
group-holder = Account holder
group-count = { $count ->
    [one] 1 person
   *[other] { $count } people
}
member-born = Born: { $date }
member-citizenship = Citizenship: { $country }
member-edit = Edit
member-remove = Remove
member-new-title = Add a person
member-self-title = About you
member-edit-title = Edit details
field-full-name = Full name, as on your documents
field-date-of-birth = Date of birth
field-date-of-birth-hint = Year-month-day. Example: 1990-05-21.
field-citizenship = Country of citizenship
field-language = Language this person speaks best
field-document-type = Travel document (if any)
field-document-none = No document
document-type-passport = Passport
document-type-national-id = National identity card
document-type-birth-certificate = Birth certificate
document-type-other = Other document
field-document-number = Document number
field-contact = Phone or e-mail (if any)
field-contact-hint = Phone with country code. Example: +52 664 123 4567.
member-save = Save
member-back = Back to my group
