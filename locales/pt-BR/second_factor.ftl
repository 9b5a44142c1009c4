# O segundo fator: um código de um aplicativo autenticador depois da senha.
second-factor-title = Login em duas etapas
second-factor-about = Depois da senha, a Garita pede um código de 6 dígitos de um aplicativo autenticador no seu celular, para que uma senha roubada não baste para abrir sua conta.
second-factor-code-title = Digite seu código
second-factor-code-intro = Abra seu aplicativo autenticador e digite o código de 6 dígitos que ele mostra para a Garita.
second-factor-code-label = Código
second-factor-code-hint = 6 dígitos do aplicativo, ou um dos seus códigos de recuperação.
second-factor-code-digits = Os 6 dígitos que o aplicativo mostra.
second-factor-code-submit = Entrar
second-factor-setup-title = Configure seu aplicativo autenticador
second-factor-setup-required = Sua função exige o login em duas etapas. Configure agora para continuar.
second-factor-setup-scan = Escaneie este código com um aplicativo autenticador (por exemplo FreeOTP, Aegis ou Google Authenticator).
second-factor-setup-manual = Se não conseguir escanear, adicione esta chave à mão:
second-factor-setup-uri = No celular que tem o aplicativo, você também pode
second-factor-setup-uri-link = abrir este link no aplicativo
second-factor-qr-label = Código QR que adiciona a Garita a um aplicativo autenticador
second-factor-setup-confirm = Digite o código que o aplicativo mostra agora
second-factor-setup-submit = Confirmar
second-factor-recovery-title = Seus códigos de recuperação
second-factor-recovery-intro = Se você perder o celular, cada um destes códigos funciona uma única vez no lugar do código do aplicativo. Anote ou imprima agora: eles não serão mostrados de novo.
second-factor-continue = Continuar
second-factor-status-on = O login em duas etapas está ativado.
second-factor-status-off = O login em duas etapas está desativado.
second-factor-recovery-left = { $count ->
    [one] Resta { $count } código de recuperação.
   *[other] Restam { $count } códigos de recuperação.
}
second-factor-required-role = Sua função exige, então não pode ser desativado. Se você perder o celular e os códigos de recuperação, um administrador pode redefini-lo.
second-factor-turn-on = Ativar o login em duas etapas
second-factor-turn-off-title = Desativar o login em duas etapas
second-factor-turn-off-submit = Desativar
second-factor-admin-title = Redefinir um segundo fator
second-factor-admin-intro = Quando uma pessoa perdeu o celular e os códigos de recuperação, e você já verificou quem ela é, redefina o segundo fator dela. Ela é avisada por e-mail e configura um novo no próximo login.
second-factor-admin-email = E-mail da conta
second-factor-admin-submit = Redefinir o segundo fator
second-factor-admin-done = O segundo fator foi redefinido e a pessoa foi avisada por e-mail.
second-factor-admin-none = Nenhuma conta com este e-mail tem um segundo fator.
second-factor-pending-expired = Passou tempo demais entre sua senha e seu código. Entre novamente.
