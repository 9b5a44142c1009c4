help-title = Ajuda
help-intro = O Garita distribui agendamentos nos postos de fronteira terrestres dos EUA. É gratuito. Veja cada passo em palavras simples.
help-steps-title = Passo a passo
help-step-account = Crie uma conta com seu e-mail e uma senha.
help-step-members = Adicione você e cada pessoa que viaja com você. Cada pessoa precisa de uma foto recente do rosto: tire com o celular ou escolha da galeria.
help-step-request = Peça um agendamento enquanto estiver no norte ou no centro do México. Escolha os portos que você consegue alcançar. Compartilhe sua localização uma vez, ou digite sua cidade.
help-step-draw = Todos os dias, um sorteio distribui as vagas. Se você não for escolhido, seu pedido continua no sorteio do dia seguinte.
help-step-confirm = Se for escolhido, você recebe uma oferta. Confirme antes do horário indicado; senão, as vagas vão para outras pessoas.
help-step-pass = Depois de confirmar, cada pessoa recebe um passe: um código e um QR code do agendamento. Guarde-os no celular ou imprima.
help-draw-title = Como funciona o sorteio
help-draw-text = O sorteio é uma loteria entre todos os pedidos abertos. Cada dia de espera aumenta sua chance. As respostas às perguntas sobre necessidades especiais também aumentam. Ninguém pode comprar uma chance melhor.
help-draw-check = Antes de cada sorteio, o Garita publica um número lacrado; depois, a semente e a lista. Qualquer pessoa pode conferir que o resultado não foi mudado.
help-bring-title = O que levar ao posto
help-bring-passes = O passe de cada pessoa (no celular ou impresso).
help-bring-documents = Os documentos de identidade que cada pessoa tiver, como passaporte ou certidão de nascimento.
help-bring-everyone = Todas as pessoas do agendamento. Chegue ao ponto de encontro 30 minutos antes do horário do passe.
help-port-title = O que acontece no posto
help-port-text = Um agente lê cada passe e confere quem é cada pessoa. O agente pode fazer perguntas e pode mandar você para uma segunda verificação. Depois, o agente decide.
help-not-permission = Um agendamento não é permissão para entrar nos Estados Unidos. No posto, um agente decide.
help-privacy-link = Privacidade: o que guardamos e por quanto tempo
help-contact-link = Contato e ajuda
privacy-title = Privacidade
privacy-intro = Esta página diz o que o Garita guarda sobre você, quem pode ver e quando é apagado.
privacy-what-title = O que guardamos
privacy-what-text = Seu e-mail e um hash da sua senha. De cada pessoa do seu grupo: nome, data de nascimento, nacionalidade, idioma, um documento se você informar e uma foto ao vivo. Seu pedido, seu agendamento e os passes. Nomes, documentos, fotos e e-mail ficam guardados criptografados.
privacy-who-title = Quem pode ver
privacy-who-text = Você. Os agentes do posto do seu agendamento veem seu grupo para conferir cada pessoa. Cada vez que um agente abre os dados do seu grupo, isso fica registrado. Você pode ver esses registros em Meus dados.
privacy-retention-title = Por quanto tempo guardamos cada tipo de dado
privacy-col-kind = Dado
privacy-col-kept = Guardado por
privacy-col-deleted-by = Apagado por
privacy-rights-title = Ver ou apagar seus dados
privacy-rights-text = Você pode baixar tudo o que o Garita guarda da sua conta, e apagar a conta, quando quiser.
privacy-my-data-link = Ir para Meus dados
retention-keep-while-account = Enquanto sua conta existir
retention-keep-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
retention-keep-hours = { $n ->
    [one] { $n } hora no máximo
   *[other] { $n } horas no máximo
}
retention-keep-days = { $n ->
    [one] { $n } dia
   *[other] { $n } dias
}
retention-keep-always = Sempre (sem nomes, só números)
retention-by-you = Você, em Meus dados
retention-by-job = Apagado automaticamente quando o prazo termina
retention-by-nothing = Nunca é apagado, para que o registro não possa ser mudado
retention-kind-account = Conta (e-mail, hash da senha, idioma)
retention-kind-members = Pessoas do seu grupo e suas fotos
retention-kind-requests = Pedidos, depois de encerrados
retention-kind-appointments = Agendamentos e passes, depois do dia do agendamento
retention-kind-check-ins = Registros de chegada ao posto, depois do dia do agendamento
retention-kind-sessions = Sessões abertas
retention-kind-reauthentications = Conferência de senha para Meus dados
retention-kind-sign-in-steps = Etapas entre sua senha e seu código
retention-kind-account-links = Links que enviamos por e-mail (verificar, redefinir, novo endereço)
retention-kind-idempotency = Registros que impedem enviar um formulário duas vezes
retention-kind-notification-bodies = Texto das mensagens enviadas a você
retention-kind-notifications = Lista de mensagens enviadas (tipo, hora, situação)
retention-kind-wait-times = Relatos de tempo de espera dos agentes
retention-kind-audit = Registro de quem viu ou mudou dados (números, função, posto, hora)
contact-title = Contato
contact-write = Para falar com quem administra este serviço, escreva para:
contact-none = Quem administra este serviço ainda não publicou um endereço de contato.
contact-site = Para ver ou apagar o que o Garita guarda sobre você, entre na conta e abra Meus dados.
contact-port = No posto, só os agentes podem responder perguntas sobre a sua entrada.
contact-legal = O Garita não pode dar orientação jurídica. Para isso, procure um advogado ou um grupo de ajuda jurídica de confiança.
contact-never-pay = O Garita é gratuito. Ninguém pode vender um agendamento nem uma chance melhor. Se alguém pedir dinheiro, não pague.
