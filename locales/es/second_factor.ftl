# El segundo factor: un código de una aplicación de autenticación después de la contraseña.
second-factor-title = Inicio de sesión en dos pasos
second-factor-about = Después de la contraseña, Garita pide un código de 6 dígitos de una aplicación de autenticación en su teléfono, para que una contraseña robada no baste para abrir su cuenta.
second-factor-code-title = Escriba su código
second-factor-code-intro = Abra su aplicación de autenticación y escriba el código de 6 dígitos que muestra para Garita.
second-factor-code-label = Código
second-factor-code-hint = 6 dígitos de la aplicación, o uno de sus códigos de recuperación.
second-factor-code-digits = Los 6 dígitos que muestra la aplicación.
second-factor-code-submit = Iniciar sesión
second-factor-setup-title = Configure su aplicación de autenticación
second-factor-setup-required = Su función exige el inicio de sesión en dos pasos. Configúrelo ahora para continuar.
second-factor-setup-scan = Escanee este código con una aplicación de autenticación (por ejemplo FreeOTP, Aegis o Google Authenticator).
second-factor-setup-manual = Si no puede escanearlo, agregue esta clave a mano:
second-factor-setup-uri = En el teléfono que tiene la aplicación, también puede
second-factor-setup-uri-link = abrir este enlace en la aplicación
second-factor-qr-label = Código QR que agrega Garita a una aplicación de autenticación
second-factor-setup-confirm = Escriba el código que muestra ahora la aplicación
second-factor-setup-submit = Confirmar
second-factor-recovery-title = Sus códigos de recuperación
second-factor-recovery-intro = Si pierde su teléfono, cada uno de estos códigos sirve una sola vez en lugar del código de la aplicación. Anótelos o imprímalos ahora: no se volverán a mostrar.
second-factor-continue = Continuar
second-factor-status-on = El inicio de sesión en dos pasos está activado.
second-factor-status-off = El inicio de sesión en dos pasos está desactivado.
second-factor-recovery-left = { $count ->
    [one] Queda { $count } código de recuperación.
   *[other] Quedan { $count } códigos de recuperación.
}
second-factor-required-role = Su función lo exige, así que no se puede desactivar. Si pierde su teléfono y sus códigos de recuperación, una persona administradora puede restablecerlo.
second-factor-turn-on = Activar el inicio de sesión en dos pasos
second-factor-turn-off-title = Desactivar el inicio de sesión en dos pasos
second-factor-turn-off-submit = Desactivar
second-factor-admin-title = Restablecer un segundo factor
second-factor-admin-intro = Cuando una persona perdió su teléfono y sus códigos de recuperación, y usted ya comprobó quién es, restablezca su segundo factor. Se le avisa por correo electrónico y configura uno nuevo al iniciar sesión.
second-factor-admin-email = Correo electrónico de la cuenta
second-factor-admin-submit = Restablecer el segundo factor
second-factor-admin-done = Se restableció el segundo factor y se avisó a la persona por correo electrónico.
second-factor-admin-none = Ninguna cuenta con este correo electrónico tiene un segundo factor.
second-factor-pending-expired = Pasó demasiado tiempo entre su contraseña y su código. Inicie sesión de nuevo.
