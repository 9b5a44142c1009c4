# The officer's lookup of a person by name and date of birth (port console).
lookup-link = Find a person by name and date of birth
lookup-title = Find a person by name and date of birth
lookup-intro = For a person who came without the pass. Only today's appointments at this port are searched, and only an exact match of every name (in any order; accents, capitals and hyphens do not count) and of the date of birth is found. Each search is recorded with your name.
lookup-full-name = Full name
lookup-full-name-hint = Every name on the document, in any order.
lookup-submit = Search
lookup-results = Appointments found
lookup-none = No appointment today at this port for this name and date of birth.
lookup-capped = More people have this name and date of birth than are shown: check the document and the photo.
lookup-back = Back to today's list
