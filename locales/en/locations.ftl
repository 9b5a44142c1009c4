# Locations: land ports, airports, cargo facilities and enrollment centers (/locations).
nav-locations = Places
locations-title = Ports, airports and other places
locations-intro = Every U.S. land port of entry on the Mexican and Canadian borders, international airports, cargo facilities and Trusted Traveler enrollment centers. Hours are local time where each place is.
locations-filter-kind = Kind of place
locations-filter-function = What it is for
locations-filter-state = U.S. state
locations-filter-any = All
locations-filter-apply = Show
locations-found = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
locations-section = { $kind } ({ $total })
locations-kind-land-port = Land ports of entry
locations-kind-airport = International airports
locations-kind-cargo-facility = Cargo facilities
locations-kind-enrollment-center = Trusted Traveler enrollment centers
locations-function-appointments = Appointments
locations-function-provisional-i94 = Provisional I-94
locations-function-bus-arrivals = Bus arrivals
locations-function-cargo-inspection = Cargo inspection
locations-function-air-passenger-inspection = Air passenger inspection
locations-function-trusted-traveler-enrollment = Trusted Traveler enrollment
locations-port-code = CBP port
locations-iata-code = Airport code
locations-status-open = Open
locations-status-closed = Closed
locations-hours-in-zone = Hours ({ $zone })
locations-day-mon = Monday
locations-day-tue = Tuesday
locations-day-wed = Wednesday
locations-day-thu = Thursday
locations-day-fri = Friday
locations-day-sat = Saturday
locations-day-sun = Sunday
locations-day-span = { $first } to { $last }
locations-hours-line = { $span }: { $time }
locations-time-range = { $opens } to { $closes }
locations-open-all-day = open 24 hours
locations-closed = closed
locations-closed-all-week = Closed every day
locations-capacity = { $count ->
    [one] { $count } inspection an hour
   *[other] { $count } inspections an hour
}
locations-saved = Saved.
locations-field-kind = Kind
locations-field-code = Code
locations-field-state = State
locations-field-zone = Time zone
locations-field-functions = What it is for
locations-field-status = Status
locations-field-capacity = Capacity
locations-not-stated = Not stated
locations-hours-not-stated = Hours are not published here. Ask the place before you go.
locations-updated = Changed by the agency on { $when }.
locations-edit = Change hours, capacity or status
locations-back = All places
locations-edit-title = Change { $name }
locations-edit-intro = Change what the agency sets for this place. Nothing is saved if a field is wrong.
field-hours = Opening hours
locations-hours-hint = Local time, days in English, 24-hour clock. Example: Mon-Fri 08:00-16:00; Sat 09:00-13:00; Sun closed. Days not written are closed. Leave empty if not stated.
field-capacity-per-hour = Inspections an hour
locations-capacity-hint = A whole number from 1 to 10000. Leave empty if not stated.
field-is-open = Status
locations-save = Save
locations-back-to-location = Back to the place
