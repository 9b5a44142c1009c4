# The officer's lookup of a person by name and date of birth (port console).
lookup-link = Buscar a una persona por nombre y fecha de nacimiento
lookup-title = Buscar a una persona por nombre y fecha de nacimiento
lookup-intro = Para una persona que llegó sin el pase. Solo se buscan las citas de hoy en este puerto, y solo se encuentra una coincidencia exacta de todos los nombres (en cualquier orden; no cuentan los acentos, las mayúsculas ni los guiones) y de la fecha de nacimiento. Cada búsqueda queda registrada con su nombre.
lookup-full-name = Nombre completo
lookup-full-name-hint = Todos los nombres del documento, en cualquier orden.
lookup-submit = Buscar
lookup-results = Citas encontradas
lookup-none = No hay ninguna cita hoy en este puerto para este nombre y esta fecha de nacimiento.
lookup-capped = Hay más personas con este nombre y esta fecha de nacimiento de las que se muestran: revise el documento y la foto.
lookup-back = Volver a la lista de hoy
