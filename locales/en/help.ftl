help-title = Help
help-intro = Garita gives out appointments at U.S. land ports of entry. It is free. Here is each step in plain words.
help-steps-title = Step by step
help-step-account = Create an account with your e-mail and a password.
help-step-members = Add yourself and each person who travels with you. Each person needs a recent photo of their face: take it with the phone or choose one from the gallery.
help-step-request = Ask for an appointment while you are in northern or central Mexico. Choose the ports you can reach. Share your location once, or type your town.
help-step-draw = Every day a draw gives out the places. If you are not chosen, your request stays in for the next draw.
help-step-confirm = If you are chosen, you get an offer. Confirm it before the time shown, or the places go to other people.
help-step-pass = After you confirm, each person gets a pass: a code and a QR code for the appointment. Keep them on your phone or print them.
help-draw-title = How the draw works
help-draw-text = The draw is a lottery among all open requests. Each day you wait adds to your chance. Answers to the questions about special needs also add to it. Nobody can buy a better chance.
help-draw-check = Before each draw Garita publishes a sealed number; after it, the seed and the list. Anyone can check that the result was not changed.
help-bring-title = What to bring to the port
help-bring-passes = The pass of each person (on the phone or printed).
help-bring-documents = Any identity document each person has, such as a passport or a birth certificate.
help-bring-everyone = Everyone on the appointment. Come to the meeting point 30 minutes before the time on the pass.
help-port-title = What happens at the port
help-port-text = An officer scans each pass and checks who each person is. The officer may ask questions and may send you to a second check. The officer then decides.
help-not-permission = An appointment is not permission to enter the United States. At the port, an officer decides.
help-privacy-link = Privacy: what we keep and for how long
help-contact-link = Contact and help
privacy-title = Privacy
privacy-intro = This page says what Garita keeps about you, who can see it, and when it is deleted.
privacy-what-title = What we keep
privacy-what-text = Your e-mail and a hash of your password. For each person in your group: name, date of birth, citizenship, language, a document if you give one, and a live photo. Your request, your appointment and its passes. Names, documents, photos and e-mail are stored encrypted.
privacy-who-title = Who can see it
privacy-who-text = You. Officers at the port of your appointment see your group, to check each person. Each time an officer opens your group's data, it is recorded. You can see these records in My data.
privacy-retention-title = How long we keep each kind of data
privacy-col-kind = Data
privacy-col-kept = Kept for
privacy-col-deleted-by = Deleted by
privacy-rights-title = See or delete your data
privacy-rights-text = You can download everything Garita holds on your account, and delete the account, at any time.
privacy-my-data-link = Go to My data
retention-keep-while-account = As long as your account exists
retention-keep-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
retention-keep-hours = { $n ->
    [one] { $n } hour at most
   *[other] { $n } hours at most
}
retention-keep-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
retention-keep-always = Always (no names, only numbers)
retention-by-you = You, in My data
retention-by-job = Deleted automatically when the time is up
retention-by-nothing = Never deleted, so the record cannot be changed
retention-kind-account = Account (e-mail, password hash, language)
retention-kind-members = People in your group and their photos
retention-kind-requests = Requests, after they close
retention-kind-appointments = Appointments and passes, after the appointment day
retention-kind-check-ins = Check-in records at the port, after the appointment day
retention-kind-sessions = Sign-in sessions
retention-kind-reauthentications = Password check for My data
retention-kind-sign-in-steps = Steps between your password and your code
retention-kind-account-links = Links we sent you by e-mail (verify, reset, new address)
retention-kind-idempotency = Records that stop a form being sent twice
retention-kind-notification-bodies = Text of the messages sent to you
retention-kind-notifications = List of messages sent (type, time, status)
retention-kind-wait-times = Wait-time reports by officers
retention-kind-audit = Record of who viewed or changed data (numbers, role, port, time)
contact-title = Contact
contact-write = To reach the people who run this service, write to:
contact-none = The people who run this service have not published a contact address yet.
contact-site = To see or delete what Garita holds on you, sign in and open My data.
contact-port = At the port, only the officers can answer questions about your entry.
contact-legal = Garita cannot give legal advice. For advice, ask a lawyer or a legal aid group you trust.
contact-never-pay = Garita is free. Nobody can sell you an appointment or a better chance. If someone asks you for money, do not pay.
