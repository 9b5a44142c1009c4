# Recuperar el acceso: confirmar el correo, restablecer una contraseña olvidada, cambiar la
# contraseña o el correo. Las respuestas nunca dicen si una dirección tiene cuenta.

field-current-password = Contraseña actual
field-new-password = Contraseña nueva
field-new-email = Correo electrónico nuevo

recovery-check-email-title = Revise su correo
recovery-check-email-text = Enviamos un mensaje a la dirección indicada. Abra el enlace que contiene para confirmar la dirección. Si la dirección ya tiene una cuenta, el mensaje explica qué hacer.
recovery-to-login = Ir a iniciar sesión
recovery-to-group = Ir a su grupo
recovery-to-home = Ir a la página de inicio

recovery-verify-title = Confirme su correo electrónico
recovery-verify-text = Pulse el botón para confirmar que esta dirección de correo es suya.
recovery-verify-submit = Confirmar mi dirección
recovery-verified-title = Dirección confirmada
recovery-verified-text = Gracias. Su correo está confirmado: ya puede pedir una cita.
recovery-verify-needed-title = Confirme su correo electrónico
recovery-verify-needed-text = Enviamos un enlace a su correo. Ábralo para confirmar la dirección. Mientras tanto puede completar su grupo.
recovery-verify-needed-request = Antes de pedir una cita, confirme su correo electrónico.
recovery-verify-already = Su correo electrónico está confirmado.
recovery-verify-resend = Enviar el enlace otra vez
recovery-verify-resent = Enviamos un enlace nuevo. Revise su correo, también la carpeta de correo no deseado.

recovery-link-invalid-title = Este enlace ya no funciona
recovery-link-invalid-text = El enlace venció o ya se usó. Los enlaces para restablecer la contraseña funcionan durante una hora y una sola vez.
recovery-reset-ask-again = Pedir un enlace nuevo

recovery-forgot = ¿Olvidó su contraseña?
recovery-reset-title = Restablecer la contraseña
recovery-reset-intro = Escriba el correo de su cuenta. Le enviaremos un enlace para elegir una contraseña nueva.
recovery-reset-submit = Enviarme un enlace
recovery-reset-sent-title = Revise su correo
recovery-reset-sent-text = Si esta dirección tiene una cuenta, le enviamos un enlace para elegir una contraseña nueva. El enlace funciona durante una hora y una sola vez.
recovery-reset-done-title = Contraseña cambiada
recovery-reset-done-text = Su contraseña nueva quedó guardada y se cerró la sesión en todos los dispositivos. Inicie sesión con la contraseña nueva.

recovery-password-title = Cambiar la contraseña
recovery-password-too-short = Su contraseña tiene menos de { $min } caracteres. Elija ahora una más larga.
recovery-password-done = Su contraseña se cambió. Se cerró la sesión en los demás dispositivos.
recovery-password-submit = Guardar la contraseña nueva
recovery-wrong-password = Esta no es su contraseña actual.

recovery-email-title = Cambiar el correo electrónico
recovery-email-intro = Enviaremos un enlace a la dirección nueva. El cambio se hace cuando lo abra. Avisaremos a la dirección anterior.
recovery-email-submit = Enviar el enlace
recovery-email-sent = Enviamos un enlace a la dirección nueva. Ábralo para terminar el cambio.
recovery-email-confirm-title = Confirme su correo nuevo
recovery-email-confirm-text = Pulse el botón para usar esta dirección en su cuenta de Garita.
recovery-email-confirm-submit = Usar esta dirección
recovery-email-changed-title = Correo electrónico cambiado
recovery-email-changed-text = Su cuenta ahora usa la dirección nueva. Avisamos del cambio a la dirección anterior.
