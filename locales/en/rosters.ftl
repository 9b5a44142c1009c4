# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = Is this person enrolled?
rosters-check-intro = Ask about a person on your organisation's programme roster: by roster id and date of birth, or by full name and date of birth.
rosters-roster-id = Roster id
rosters-roster-id-hint = As on the roster, for example MPP-0001.
rosters-full-name = Full name
rosters-full-name-hint = Only if you do not have the roster id.
rosters-check-submit = Check
rosters-yes = Enrolled
rosters-no = Not on your roster
rosters-status = Programme status:
rosters-check-privacy = The answer is yes or no and the programme status, nothing else. Each check is recorded with your name.
rosters-status-enrolled = enrolled
rosters-status-pending = pending
rosters-status-completed = completed
rosters-status-withdrawn = withdrawn
rosters-claim-title = Claim your place on a programme roster
rosters-claim-intro = If an organisation enrolled you in a programme, enter your roster id and date of birth to link it to your account.
rosters-claim-submit = Claim
rosters-claimed = Linked to your account: roster id { $roster_id }, status { $status }.
rosters-not-found = Not found. Check the roster id and the date of birth.
retention-kind-roster-people = People of an organisation's programme roster, a year after the last import that listed them
retention-kind-roster-places = Places reserved for roster people, after the day of the appointment slot

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = Roster quotas
rosters-quotas-intro = The share of each slot's places at a port held for people on a programme roster, and how many days before the slot's day the unused held places go to the daily draw. 0 % ends a port's quota; places already held stay held.
rosters-quotas-saved = The quota of { $port } is saved.
rosters-quotas-caption = Ports and their roster quota
rosters-quotas-port = Port
rosters-quotas-percent = Share held
rosters-quotas-release = Unused places go to the daily draw
rosters-quotas-percent-value = { $percent } %
rosters-quotas-release-value = { $days ->
    [one] { $days } day before
   *[other] { $days } days before
}
rosters-quotas-none = No quota
rosters-quotas-set = Set a port's quota
rosters-quotas-percent-hint = A whole number from 0 to 100. 0 ends the quota.
rosters-quotas-release-hint = A whole number from 0 to 60.
rosters-quotas-save = Save
field-port-id = Port
field-percent = Share held (%)
field-release-days-before = Days before the slot's day

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = Roster draw of { $date }
rosters-draw-intro = On days when places are held for people on a programme roster, a draw of its own gives them out first, among the open requests of people who claimed their place on a roster. Its seed is derived from the seed of that day's daily draw, whose commitment was published before requests closed, so it could not be chosen after the fact. Places it does not give out stay held until their release, then go to the daily draw.
rosters-draw-places = Places held for roster people
rosters-draw-daily = The daily draw of that day
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = Enter the roster id and date of birth the programme's organisation gave this person, to link their place to this group.
rosters-back-to-group = Back to the group
rosters-helper-claimed = Linked to this group: roster id { $roster_id }, status { $status }.
