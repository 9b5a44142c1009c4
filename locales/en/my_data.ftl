my-data-title = My data
my-data-reauth-intro = To see or delete your data, enter your password again. This opens these pages for 10 minutes.
my-data-password = Password
my-data-code = Code from your authenticator app
my-data-continue = Continue
my-data-intro = This is everything Garita holds on your account. You can download it as a file.
my-data-download = Download my data (JSON)
my-data-account = Account
my-data-email = E-mail
my-data-created = Created
my-data-members = People in your group
my-data-has-photo = photo kept
my-data-none = Nothing.
my-data-appointments = Appointments
my-data-notifications-count = { $count ->
    [one] { $count } message sent to you.
   *[other] { $count } messages sent to you.
}
my-data-views = Who viewed your data
my-data-views-intro = Each time someone opened or changed your data. We show the role, the port and the time, never the person's name.
my-data-col-time = Time
my-data-col-role = Role
my-data-col-port = Port
my-data-col-action = Action
my-data-role-traveler = You
my-data-role-officer = Officer
my-data-role-admin = Administrator
my-data-role-anonymous = System
my-data-delete-title = Delete my account
my-data-delete-link = Delete my account and my data
my-data-delete-intro = If you delete your account, this is lost for good:
my-data-delete-members = { $count ->
    [one] { $count } person in your group, with the photo.
   *[other] { $count } people in your group, with their photos.
}
my-data-delete-appointment = Your appointment. Its passes stop working and the places go to other people.
my-data-delete-request = Your request. Your waiting time is lost.
my-data-delete-sessions = You are signed out on every device.
my-data-delete-kept = We keep only a record that an account was deleted, with its number, not your name.
my-data-delete-confirm = I understand. Delete my account.
my-data-delete-button = Delete for good
my-data-keep = Keep my account
my-data-deleted-title = Account deleted
my-data-deleted-text = Your account and your data are deleted. You are signed out.
my-data-action-viewed = Looked at your data
my-data-action-exported = Downloaded your data
my-data-action-message = Sent you a message
my-data-action-port = Recorded at the port
my-data-action-changed = Changed your data
