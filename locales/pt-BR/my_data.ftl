my-data-title = Meus dados
my-data-reauth-intro = Para ver ou apagar seus dados, digite sua senha de novo. Estas páginas ficam abertas por 10 minutos.
my-data-password = Senha
my-data-code = Código do seu aplicativo autenticador
my-data-continue = Continuar
my-data-intro = Isto é tudo o que o Garita guarda da sua conta. Você pode baixar em um arquivo.
my-data-download = Baixar meus dados (JSON)
my-data-account = Conta
my-data-email = E-mail
my-data-created = Criada em
my-data-members = Pessoas do seu grupo
my-data-has-photo = foto guardada
my-data-none = Nada.
my-data-appointments = Agendamentos
my-data-notifications-count = { $count ->
    [one] { $count } mensagem enviada a você.
   *[other] { $count } mensagens enviadas a você.
}
my-data-views = Quem viu seus dados
my-data-views-intro = Cada vez que alguém abriu ou mudou seus dados. Mostramos a função, o posto e a hora, nunca o nome da pessoa.
my-data-col-time = Hora
my-data-col-role = Função
my-data-col-port = Posto
my-data-col-action = Ação
my-data-role-traveler = Você
my-data-role-officer = Agente
my-data-role-admin = Administração
my-data-role-anonymous = Sistema
my-data-delete-title = Apagar minha conta
my-data-delete-link = Apagar minha conta e meus dados
my-data-delete-intro = Se você apagar sua conta, isto se perde para sempre:
my-data-delete-members = { $count ->
    [one] { $count } pessoa do seu grupo, com a foto.
   *[other] { $count } pessoas do seu grupo, com as fotos.
}
my-data-delete-appointment = Seu agendamento. Os passes deixam de valer e as vagas vão para outras pessoas.
my-data-delete-request = Seu pedido. Seu tempo de espera se perde.
my-data-delete-sessions = Você sai da conta em todos os aparelhos.
my-data-delete-kept = Guardamos só um registro de que uma conta foi apagada, com o número dela, não o seu nome.
my-data-delete-confirm = Entendo. Apagar minha conta.
my-data-delete-button = Apagar para sempre
my-data-keep = Manter minha conta
my-data-deleted-title = Conta apagada
my-data-deleted-text = Sua conta e seus dados foram apagados. Você saiu da conta.
my-data-action-viewed = Viu seus dados
my-data-action-exported = Baixou seus dados
my-data-action-message = Enviou uma mensagem a você
my-data-action-port = Registro no porto
my-data-action-changed = Alterou seus dados
