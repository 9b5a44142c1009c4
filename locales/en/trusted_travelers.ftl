# Trusted Traveler memberships (/trusted-traveler) and enrollment interviews (/enrollment/interviews).
ttp-title = Trusted Traveler
ttp-intro = Your SENTRI, NEXUS, Global Entry or FAST membership: its status, when it expires, when to renew, and your enrollment interview.
ttp-none = You have not linked a membership yet.
ttp-linked = Your membership is linked to this account.
ttp-link-title = Link a membership
ttp-link-intro = Type the programme, your PASSID and your date of birth exactly as CBP has them.
field-passid = PASSID
ttp-passid-hint = 9 digits, on your card or your approval letter.
ttp-link-submit = Link
ttp-link-not-found = No membership was found with these details. Check what you typed.
ttp-privacy = Every attempt is recorded. After too many attempts you must wait before trying again.
ttp-programme-sentri = SENTRI
ttp-programme-nexus = NEXUS
ttp-programme-global_entry = Global Entry
ttp-programme-fast = FAST
ttp-status-label = Status
ttp-status-pending_review = Pending review
ttp-status-conditionally_approved = Conditionally approved
ttp-status-active = Active
ttp-status-expired = Expired
ttp-status-revoked = Revoked
ttp-status-denied = Denied
ttp-expires = Expires
ttp-days-left = { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
ttp-renewal = Renewal
ttp-renewal-opens = You can renew from { $date }.
ttp-renewal-open-now = Open since { $date }: you can renew now.
ttp-next = What to do next
ttp-next-wait = Nothing for now: CBP is reviewing your application.
ttp-next-book-interview = Book your enrollment interview.
ttp-next-nothing = Nothing: your membership is active.
ttp-next-renew = Renew on CBP's Trusted Traveler Programs website before it expires.
ttp-next-apply-again = Apply again on CBP's Trusted Traveler Programs website.
ttp-next-contact-cbp = Contact CBP's Trusted Traveler ombudsman if you think this is a mistake.
ttp-interview-booked = Interview: { $center }, { $date } at { $time }.
ttp-interview-book = Book the interview
ttp-interview-rebook = Change the interview
ttp-interview-cancel = Cancel the interview
ttp-book-title = Book the enrollment interview
ttp-book-center = Enrollment center
ttp-book-date = Day
ttp-book-show = Show
ttp-book-slots = Times
ttp-book-times-in = Times are the center's local time ({ $zone }).
ttp-book-closed = This center is closed.
ttp-book-no-slots = No interviews on this day. Choose another day.
ttp-slot-free = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
ttp-slot-book = Book { $time }
ttp-slot-unavailable = Not available
ttp-back = Back to my memberships
ttp-desk-title = Enrollment interviews
ttp-desk-none = No interviews on this day.
ttp-desk-caption = Interviews of the day
ttp-desk-time = Time
ttp-desk-outcome = Outcome
ttp-desk-record = Record
ttp-outcome-approved = Approved
ttp-outcome-denied = Denied
ttp-outcome-no_show = Did not come
ttp-interview-status-booked = Booked
ttp-interview-status-cancelled = Cancelled
ttp-interview-status-approved = Approved
ttp-interview-status-denied = Denied
ttp-interview-status-no_show = Did not come
nav-ttp = Trusted Traveler
notification-ttp-renewal-subject = Time to renew your Trusted Traveler membership
notification-ttp-renewal-body = Your Trusted Traveler membership expires soon and can now be renewed. Sign in to see the date: { $url }/trusted-traveler
retention-kind-ttp-interviews = Trusted Traveler interviews, after their day
