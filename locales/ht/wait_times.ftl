# PLACEHOLDER: English until translated
wait-times-title = Border wait times
wait-times-intro = How long you can expect to wait at each port of entry, as reported by the officers there. Times are in each port's local time.
wait-times-none = No report yet for this port.
wait-times-not-reported = No report yet: { $lanes }.
wait-times-port-link = Details and last 7 days
wait-times-feed = These figures as JSON (for developers)
wait-times-history-json = The last 7 days as JSON (for developers)
wait-times-back = All ports

wait-times-col-lane = Lane
wait-times-col-status = Status
wait-times-col-lanes-open = Lanes open
wait-times-col-wait = Wait
wait-times-col-usual = Usually at this hour
wait-times-col-updated = Updated

wait-times-group-passenger = Passenger vehicles
wait-times-group-pedestrian = Pedestrians
wait-times-group-commercial = Commercial vehicles
wait-times-lane-passenger-standard = Standard
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = Standard
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = Standard
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = Open
wait-times-status-lanes-reduced = Fewer lanes open
wait-times-status-closed = Closed

wait-times-minutes = { $minutes } min
wait-times-hours = { $hours } h
wait-times-hours-minutes = { $hours } h { $minutes } min
wait-times-ago-now = just now
wait-times-ago-minutes = { $count } min ago
wait-times-ago-hours = { $count } h ago
wait-times-ago-days = { $count ->
    [one] 1 day ago
   *[other] { $count } days ago
}
wait-times-updated = Updated { $ago }, at { $time }
wait-times-stale = Last updated { $ago }, at { $time } — may be out of date

wait-times-port-title = Wait times at { $port }
wait-times-port-intro = Times are in the port's local time ({ $zone }).
wait-times-now-heading = Latest reports
wait-times-usual-value = { $wait } ({ $count ->
    [one] 1 report
   *[other] { $count } reports
})
wait-times-usual-none = Not enough reports
wait-times-usual-note = “Usually at this hour” is the median of the waits reported for that lane between { $from } and { $to } (port time) over the last { $days } days, shown when there are at least { $count } such reports: half of those waits were shorter, half longer.

wait-times-week-heading = Last 7 days
wait-times-week-intro = Reported wait in minutes, averaged by hour, in the port's local time. A gap in a line means no reports or a closed lane.
wait-times-chart-title = { $group }: wait over the last 7 days
wait-times-chart-desc = Line chart of the reported wait, in minutes, of each lane for { $group }, by hour, from { $from } to { $to } (port time). Highest: { $max }. The same figures, day by day, are in the table after the chart.
wait-times-chart-max = { $wait } ({ $lane }, { $day } at { $time })
wait-times-chart-max-none = no wait reported, only closed lanes
wait-times-chart-empty = No reports in the last 7 days.
wait-times-axis-wait = Wait (minutes)
wait-times-axis-day = Day (port time)
wait-times-legend = Lanes
wait-times-weekday = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
} { $day }
wait-times-table-show = Show these figures as a table
wait-times-table-caption = { $group }: median wait each day in minutes (highest in brackets)
wait-times-table-day = Day
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = No reports

wait-times-console-title = Update wait times: { $port }
wait-times-console-choose-port = Update wait times: choose a port
wait-times-console-intro = Fill in only the lanes you are reporting now. Lanes left on “Do not update” keep their last report. All lanes are saved together, or none if something is wrong.
wait-times-console-save = Save wait times
wait-times-console-saved = Saved. The public page shows the new figures.
wait-times-console-nothing = Fill in at least one lane, then save.
wait-times-console-public = See the public page of this port
wait-times-field-status = Status
wait-times-field-status-skip = Do not update
wait-times-field-lanes-open = Lanes open
wait-times-field-lanes-open-hint = Lanes open: a whole number from 1 to 100. Leave it empty for a closed lane.
wait-times-field-delay = Wait in minutes
wait-times-field-delay-hint = Wait: whole minutes from 0 to 1440 (24 hours). Leave it empty for a closed lane.
wait-times-current = Last report: { $status }, { $lanes ->
    [one] 1 lane open
   *[other] { $lanes } lanes open
}, wait { $wait }. { $updated }.
wait-times-current-closed = Last report: closed. { $updated }.
wait-times-error-in = { $lane }, { $field }: { $message }
wait-times-current-none = No report yet.

error-unknown-lane = This is not a lane type. Use one of: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = Report each lane only once.
error-unknown-status = Choose a status from the list: open, fewer lanes open (lanes-reduced) or closed.
error-not-a-number = Write a whole number, for example 25.
error-number-too-small = This number cannot be less than { $limit }.
error-number-too-large = This number cannot be more than { $limit }. Check it.
