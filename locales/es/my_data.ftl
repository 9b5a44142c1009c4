my-data-title = Mis datos
my-data-reauth-intro = Para ver o borrar sus datos, escriba otra vez su contraseña. Estas páginas quedan abiertas 10 minutos.
my-data-password = Contraseña
my-data-code = Código de su aplicación de autenticación
my-data-continue = Continuar
my-data-intro = Esto es todo lo que Garita guarda de su cuenta. Puede descargarlo en un archivo.
my-data-download = Descargar mis datos (JSON)
my-data-account = Cuenta
my-data-email = Correo electrónico
my-data-created = Creada
my-data-members = Personas de su grupo
my-data-has-photo = foto guardada
my-data-none = Nada.
my-data-appointments = Citas
my-data-notifications-count = { $count ->
    [one] { $count } mensaje enviado a usted.
   *[other] { $count } mensajes enviados a usted.
}
my-data-views = Quién vio sus datos
my-data-views-intro = Cada vez que alguien abrió o cambió sus datos. Mostramos el rol, el puerto y la hora, nunca el nombre de la persona.
my-data-col-time = Hora
my-data-col-role = Rol
my-data-col-port = Puerto
my-data-col-action = Acción
my-data-role-traveler = Usted
my-data-role-officer = Oficial
my-data-role-admin = Administración
my-data-role-anonymous = Sistema
my-data-delete-title = Borrar mi cuenta
my-data-delete-link = Borrar mi cuenta y mis datos
my-data-delete-intro = Si borra su cuenta, esto se pierde para siempre:
my-data-delete-members = { $count ->
    [one] { $count } persona de su grupo, con su foto.
   *[other] { $count } personas de su grupo, con sus fotos.
}
my-data-delete-appointment = Su cita. Sus pases dejan de servir y los lugares pasan a otras personas.
my-data-delete-request = Su solicitud. Se pierde su tiempo de espera.
my-data-delete-sessions = Se cierra su sesión en todos los dispositivos.
my-data-delete-kept = Solo guardamos un registro de que se borró una cuenta, con su número, no con su nombre.
my-data-delete-confirm = Entiendo. Borrar mi cuenta.
my-data-delete-button = Borrar para siempre
my-data-keep = Conservar mi cuenta
my-data-deleted-title = Cuenta borrada
my-data-deleted-text = Su cuenta y sus datos están borrados. Su sesión está cerrada.
my-data-action-viewed = Vio sus datos
my-data-action-exported = Descargó sus datos
my-data-action-message = Le envió un mensaje
my-data-action-port = Registro en el puerto
my-data-action-changed = Cambió sus datos
