# The officer's lookup of a person by name and date of birth (port console).
lookup-link = Buscar uma pessoa por nome e data de nascimento
lookup-title = Buscar uma pessoa por nome e data de nascimento
lookup-intro = Para uma pessoa que chegou sem o passe. Só são buscados os agendamentos de hoje neste porto, e só é encontrada uma correspondência exata de todos os nomes (em qualquer ordem; acentos, maiúsculas e hifens não contam) e da data de nascimento. Cada busca fica registrada com o seu nome.
lookup-full-name = Nome completo
lookup-full-name-hint = Todos os nomes do documento, em qualquer ordem.
lookup-submit = Buscar
lookup-results = Agendamentos encontrados
lookup-none = Nenhum agendamento hoje neste porto para este nome e esta data de nascimento.
lookup-capped = Há mais pessoas com este nome e esta data de nascimento do que as mostradas: confira o documento e a foto.
lookup-back = Voltar à lista de hoje
