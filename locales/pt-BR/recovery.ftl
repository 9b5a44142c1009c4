# Recuperar o acesso: confirmar o e-mail, redefinir uma senha esquecida, trocar a senha ou o
# e-mail. As respostas nunca dizem se um endereço tem conta.

field-current-password = Senha atual
field-new-password = Nova senha
field-new-email = Novo endereço de e-mail

recovery-check-email-title = Confira seu e-mail
recovery-check-email-text = Enviamos uma mensagem para o endereço informado. Abra o link dela para confirmar o endereço. Se o endereço já tiver uma conta, a mensagem explica o que fazer.
recovery-to-login = Ir para o login
recovery-to-group = Ir para o seu grupo
recovery-to-home = Ir para a página inicial

recovery-verify-title = Confirme seu e-mail
recovery-verify-text = Toque no botão para confirmar que este endereço de e-mail é seu.
recovery-verify-submit = Confirmar meu endereço
recovery-verified-title = Endereço confirmado
recovery-verified-text = Obrigado. Seu e-mail está confirmado: agora você pode pedir um agendamento.
recovery-verify-needed-title = Confirme seu e-mail
recovery-verify-needed-text = Enviamos um link para o seu e-mail. Abra-o para confirmar o endereço. Enquanto isso, você pode preencher o seu grupo.
recovery-verify-needed-request = Antes de pedir um agendamento, confirme seu e-mail.
recovery-verify-already = Seu e-mail está confirmado.
recovery-verify-resend = Enviar o link de novo
recovery-verify-resent = Enviamos um novo link. Confira seu e-mail, inclusive a pasta de spam.

recovery-link-invalid-title = Este link não funciona mais
recovery-link-invalid-text = O link expirou ou já foi usado. Os links para redefinir a senha funcionam por uma hora e uma única vez.
recovery-reset-ask-again = Pedir um novo link

recovery-forgot = Esqueceu a senha?
recovery-reset-title = Redefinir a senha
recovery-reset-intro = Escreva o e-mail da sua conta. Vamos enviar um link para você escolher uma nova senha.
recovery-reset-submit = Enviar um link
recovery-reset-sent-title = Confira seu e-mail
recovery-reset-sent-text = Se este endereço tiver uma conta, enviamos a ele um link para escolher uma nova senha. O link funciona por uma hora e uma única vez.
recovery-reset-done-title = Senha alterada
recovery-reset-done-text = Sua nova senha foi salva e todos os aparelhos foram desconectados. Entre com a nova senha.

recovery-password-title = Trocar a senha
recovery-password-too-short = Sua senha tem menos de { $min } caracteres. Escolha agora uma senha mais longa.
recovery-password-done = Sua senha foi trocada. Os outros aparelhos foram desconectados.
recovery-password-submit = Salvar a nova senha
recovery-wrong-password = Esta não é a sua senha atual.

recovery-email-title = Trocar o e-mail
recovery-email-intro = Vamos enviar um link para o novo endereço. A troca é feita quando você abrir o link. O endereço antigo será avisado.
recovery-email-submit = Enviar o link
recovery-email-sent = Enviamos um link para o novo endereço. Abra-o para concluir a troca.
recovery-email-confirm-title = Confirme seu novo e-mail
recovery-email-confirm-text = Toque no botão para usar este endereço na sua conta Garita.
recovery-email-confirm-submit = Usar este endereço
recovery-email-changed-title = E-mail trocado
recovery-email-changed-text = Sua conta agora usa o novo endereço. Avisamos o endereço antigo sobre a troca.
