# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = Verificar um agendamento
partner-intro = Digite o código do passe e a data de nascimento da pessoa. A resposta é sim ou não, e nada mais.
partner-code = Código do passe
partner-code-hint = Como aparece impresso abaixo do código QR. Espaços e hifens não contam.
field-code = Código do passe
partner-submit = Verificar
partner-yes = SIM
partner-yes-detail = O agendamento desta pessoa é válido.
partner-no = NÃO
partner-no-detail = Não é um agendamento válido para este código e esta data de nascimento. O motivo não é informado: confira o que digitou ou peça para ver o passe.
partner-next = Verificar outra pessoa
partner-privacy = Cada verificação é registrada com a sua conta e a sua organização.
nav-partner = Verificar um agendamento
