# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = Verificar una cita
partner-intro = Escriba el código del pase y la fecha de nacimiento de la persona. La respuesta es sí o no, y nada más.
partner-code = Código del pase
partner-code-hint = Tal como aparece bajo el código QR. Los espacios y guiones no cuentan.
field-code = Código del pase
partner-submit = Verificar
partner-yes = SÍ
partner-yes-detail = La cita de esta persona es válida.
partner-no = NO
partner-no-detail = No es una cita válida para este código y esta fecha de nacimiento. No se indica el motivo: revise lo que escribió o pida ver el pase.
partner-next = Verificar a otra persona
partner-privacy = Cada verificación queda registrada con su cuenta y su organización.
nav-partner = Verificar una cita
