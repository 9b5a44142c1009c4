stats-title = Open statistics
stats-nav = Statistics
stats-intro = How many people asked for an appointment, were selected, confirmed, came to the port, did not come or cancelled, day by day, counted from what Garita recorded. A day is published once it is over, and never changes afterwards.
stats-licence = You may reuse these figures freely if you name Garita as the source. Licence:
stats-hidden-note = To protect people, a figure about fewer than { $threshold } people is hidden, and so are some other figures, so that a hidden one cannot be worked out by subtracting.
stats-from = From
stats-to = To
stats-show = Show
stats-period = From { $from } to { $to }
stats-download-csv = Download the figures (CSV)
stats-download-json = The figures as JSON
stats-none = No figures have been published for these days yet.
stats-chart-requests = People who asked for an appointment
stats-chart-selected = People selected in the draw
stats-chart-confirmed = People whose appointment was confirmed
stats-chart-checked-in = People checked in at the port
stats-chart-no-shows = People who did not come
stats-chart-cancellations = People who declined or cancelled
stats-chart-desc = { $days ->
    [one] One day
   *[other] { $days } days
}, all ports. { $people ->
    [one] One person
   *[other] { $people } people
} in the days shown. { $hidden ->
    [0] No day hidden.
    [one] One day hidden.
   *[other] { $hidden } days hidden.
}
stats-chart-caption = One bar per day, all ports together. An orange mark means the figure is hidden.
stats-table-show = Show the figures as a table
stats-day = Day
stats-people = People
stats-groups = Groups
stats-hidden = hidden
stats-states-title = Requests by state, week of { $week }
stats-state = State
stats-port = Port for the wait times
stats-nationalities-title = Requests by the nationality of the group's holder, week of { $week }
stats-nationality = Nationality
stats-nationality-unknown = Not known
stats-wait-title = Median wait at { $port }: { $lane }
stats-wait-desc = { $days ->
    [one] One day
   *[other] { $days } days
}. { $empty ->
    [0] A report every day.
    [one] One day without a report.
   *[other] { $empty } days without a report.
}
stats-wait-caption = One bar per day: the middle value of the waits officers reported on this lane that day. No bar means no report that day.
stats-wait-median = Median wait
stats-wait-reports = Reports
stats-wait-none = no report
