group-title = Mi grupo
group-intro = Primero agréguese usted. Luego agregue a cada persona que viaja con usted. Un grupo puede tener hasta { $max } personas.
group-empty = Todavía no hay nadie en su grupo. Empiece agregándose usted.
group-add-self = Agregarme
group-add-member = Agregar una persona
group-full = Su grupo está completo ({ $max } personas).
group-holder = Titular de la cuenta
group-count = { $count ->
    [one] 1 persona
   *[other] { $count } personas
}
member-born = Fecha de nacimiento: { $date }
member-citizenship = Nacionalidad: { $country }
member-edit = Editar
member-remove = Quitar
member-new-title = Agregar una persona
member-self-title = Sus datos
member-edit-title = Editar datos
field-full-name = Nombre completo, como en sus documentos
field-date-of-birth = Fecha de nacimiento
field-date-of-birth-hint = Año-mes-día. Ejemplo: 1990-05-21.
field-citizenship = País de nacionalidad
field-language = Idioma que esta persona habla mejor
field-document-type = Documento de viaje (si tiene)
field-document-none = Sin documento
document-type-passport = Pasaporte
document-type-national-id = Documento nacional de identidad
document-type-birth-certificate = Acta de nacimiento
document-type-other = Otro documento
field-document-number = Número del documento
field-contact = Teléfono o correo (si tiene)
field-contact-hint = Teléfono con código de país. Ejemplo: +52 664 123 4567.
member-save = Guardar
member-back = Volver a mi grupo
