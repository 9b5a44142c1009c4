help-title = Ayuda
help-intro = Garita da citas en los puertos de entrada terrestres de EE. UU. Es gratis. Aquí está cada paso en palabras sencillas.
help-steps-title = Paso a paso
help-step-account = Cree una cuenta con su correo electrónico y una contraseña.
help-step-members = Agréguese usted y a cada persona que viaja con usted. Cada persona necesita una foto reciente de su cara: tómela con el teléfono o elíjala de la galería.
help-step-request = Pida una cita mientras está en el norte o el centro de México. Elija los puertos a los que puede llegar. Comparta su ubicación una vez, o escriba su localidad.
help-step-draw = Cada día, un sorteo reparte los lugares. Si no sale elegida su solicitud, sigue en el sorteo del día siguiente.
help-step-confirm = Si sale elegida, recibe una oferta. Confírmela antes de la hora indicada; si no, los lugares pasan a otras personas.
help-step-pass = Cuando confirma, cada persona recibe un pase: un código y un código QR de la cita. Guárdelos en el teléfono o imprímalos.
help-draw-title = Cómo funciona el sorteo
help-draw-text = El sorteo es una lotería entre todas las solicitudes abiertas. Cada día de espera aumenta su oportunidad. Las respuestas a las preguntas sobre necesidades especiales también la aumentan. Nadie puede comprar una oportunidad mejor.
help-draw-check = Antes de cada sorteo, Garita publica un número sellado; después, la semilla y la lista. Cualquier persona puede comprobar que el resultado no se cambió.
help-bring-title = Qué llevar al puerto
help-bring-passes = El pase de cada persona (en el teléfono o impreso).
help-bring-documents = Los documentos de identidad que tenga cada persona, como pasaporte o acta de nacimiento.
help-bring-everyone = Todas las personas de la cita. Llegue al punto de encuentro 30 minutos antes de la hora del pase.
help-port-title = Qué pasa en el puerto
help-port-text = Un oficial escanea cada pase y revisa quién es cada persona. Puede hacer preguntas y puede enviarle a una segunda revisión. Después, el oficial decide.
help-not-permission = Una cita no es un permiso para entrar a Estados Unidos. En el puerto, decide un oficial.
help-privacy-link = Privacidad: qué guardamos y por cuánto tiempo
help-contact-link = Contacto y ayuda
privacy-title = Privacidad
privacy-intro = Esta página dice qué guarda Garita sobre usted, quién puede verlo y cuándo se borra.
privacy-what-title = Qué guardamos
privacy-what-text = Su correo electrónico y un hash de su contraseña. De cada persona de su grupo: nombre, fecha de nacimiento, nacionalidad, idioma, un documento si lo da y una foto en vivo. Su solicitud, su cita y sus pases. Los nombres, documentos, fotos y correos se guardan cifrados.
privacy-who-title = Quién puede verlo
privacy-who-text = Usted. Los oficiales del puerto de su cita ven su grupo para revisar a cada persona. Cada vez que un oficial abre los datos de su grupo, queda registrado. Puede ver esos registros en Mis datos.
privacy-retention-title = Cuánto tiempo guardamos cada tipo de dato
privacy-col-kind = Dato
privacy-col-kept = Se guarda
privacy-col-deleted-by = Lo borra
privacy-rights-title = Ver o borrar sus datos
privacy-rights-text = Puede descargar todo lo que Garita guarda de su cuenta, y borrar la cuenta, cuando quiera.
privacy-my-data-link = Ir a Mis datos
retention-keep-while-account = Mientras exista su cuenta
retention-keep-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
retention-keep-hours = { $n ->
    [one] { $n } hora como máximo
   *[other] { $n } horas como máximo
}
retention-keep-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
retention-keep-always = Siempre (sin nombres, solo números)
retention-by-you = Usted, en Mis datos
retention-by-job = Se borra solo cuando se cumple el plazo
retention-by-nothing = Nunca se borra, para que el registro no se pueda cambiar
retention-kind-account = Cuenta (correo, hash de la contraseña, idioma)
retention-kind-members = Personas de su grupo y sus fotos
retention-kind-requests = Solicitudes, después de cerrarse
retention-kind-appointments = Citas y pases, después del día de la cita
retention-kind-check-ins = Registros de llegada al puerto, después del día de la cita
retention-kind-sessions = Sesiones iniciadas
retention-kind-reauthentications = Revisión de contraseña para Mis datos
retention-kind-sign-in-steps = Pasos entre su contraseña y su código
retention-kind-account-links = Enlaces que le enviamos por correo (verificar, restablecer, nueva dirección)
retention-kind-idempotency = Registros que evitan enviar un formulario dos veces
retention-kind-notification-bodies = Texto de los mensajes que le enviamos
retention-kind-notifications = Lista de mensajes enviados (tipo, hora, estado)
retention-kind-wait-times = Reportes de tiempos de espera de los oficiales
retention-kind-audit = Registro de quién vio o cambió datos (números, rol, puerto, hora)
contact-title = Contacto
contact-write = Para comunicarse con quienes administran este servicio, escriba a:
contact-none = Quienes administran este servicio todavía no han publicado una dirección de contacto.
contact-site = Para ver o borrar lo que Garita guarda de usted, inicie sesión y abra Mis datos.
contact-port = En el puerto, solo los oficiales pueden responder preguntas sobre su entrada.
contact-legal = Garita no puede dar consejo legal. Para eso, consulte a un abogado o a un grupo de ayuda legal de confianza.
contact-never-pay = Garita es gratis. Nadie puede venderle una cita ni una mejor oportunidad. Si alguien le pide dinero, no pague.
