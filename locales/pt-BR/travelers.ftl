group-title = Meu grupo
group-intro = Primeiro, adicione você. Depois, adicione cada pessoa que viaja com você. Um grupo pode ter até { $max } pessoas.
group-empty = Ainda não há ninguém no seu grupo. Comece adicionando você.
group-add-self = Me adicionar
group-add-member = Adicionar uma pessoa
group-full = O seu grupo está completo ({ $max } pessoas).
group-holder = Titular da conta
group-count = { $count ->
    [one] { $count } pessoa
   *[other] { $count } pessoas
}
member-born = Data de nascimento: { $date }
member-citizenship = Nacionalidade: { $country }
member-edit = Editar
member-remove = Remover
member-new-title = Adicionar uma pessoa
member-self-title = Sobre você
member-edit-title = Editar os dados
field-full-name = Nome completo, como nos seus documentos
field-date-of-birth = Data de nascimento
field-date-of-birth-hint = Ano-mês-dia. Exemplo: 1990-05-21.
field-citizenship = País de nacionalidade
field-language = Idioma que esta pessoa fala melhor
field-document-type = Documento de viagem (se tiver)
field-document-none = Nenhum documento
document-type-passport = Passaporte
document-type-national-id = Carteira de identidade
document-type-birth-certificate = Certidão de nascimento
document-type-other = Outro documento
field-document-number = Número do documento
field-contact = Telefone ou e-mail (se tiver)
field-contact-hint = Telefone com o código do país. Exemplo: +52 664 123 4567.
member-save = Salvar
member-back = Voltar para o meu grupo
