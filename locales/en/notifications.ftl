# Notifications: the messages sent (e-mail and SMS) and the traveler's page about them.
# Messages never carry pass codes, names or photos: they say what happened and "sign in to see".

notification-footer = Sign in to see the details: { $url }
    This message never contains pass codes or names. Garita will never ask you for your password.

notification-selected-subject = You were selected: confirm your appointment
notification-selected-body = Your group was given an appointment at { $port } on { $date } at { $time }.
    Confirm it before { $deadline }, or the places go to others.
notification-confirm-soon-subject = Less than 3 hours left to confirm your appointment
notification-confirm-soon-body = Your appointment at { $port } on { $date } at { $time } is not confirmed yet.
    Confirm it before { $deadline }, or the places go to others.
notification-cancelled-subject = Your appointment was cancelled
notification-cancelled-body = Your appointment at { $port } on { $date } at { $time } was cancelled. Its places were given back.
notification-voided-subject = Your appointment is no longer valid
notification-voided-body = Your appointment at { $port } on { $date } at { $time } is no longer valid. Sign in to see why and what comes next.
notification-moved-subject = Your appointment was moved
notification-moved-body = Because the port's capacity changed, your appointment was moved to { $port } on { $date } at { $time }.
notification-no-show-subject = Nobody came to your appointment
notification-no-show-body = Nobody from your group checked in for the appointment at { $port } on { $date } at { $time }. Sign in to see when you may ask again.
notification-registration-existing-subject = Someone tried to register with your address
notification-registration-existing-body = Someone tried to create a Garita account with this e-mail address, which already has one. If it was you, sign in or reset your password. If not, you can ignore this message.
notification-verify-email-subject = Confirm your e-mail address
notification-verify-email-body = Open this link to confirm your e-mail address: { $link }
notification-password-reset-subject = Reset your password
notification-password-reset-body = Open this link within one hour to choose a new password: { $link }
    If you did not ask for this, ignore this message; your password stays the same.
notification-password-changed-subject = Your password was changed
notification-password-changed-body = The password of your Garita account was changed. If it was not you, reset your password now.
notification-email-changed-subject = Your e-mail address was changed
notification-email-changed-body = The e-mail address of your Garita account was changed; messages now go to the new address. If it was not you, contact the help desk.
notification-second-factor-reset-subject = Your second factor was reset
notification-second-factor-reset-body = An administrator reset the second factor of your Garita account. Sign in to set it up again. If you did not ask for this, contact the help desk.
notification-sms-code-subject = Garita
notification-sms-code-body = Your Garita code is { $code }. It is valid for 10 minutes. Do not share it.

notification-kind-selected = Selected
notification-kind-confirm-soon = Reminder to confirm
notification-kind-cancelled = Cancelled
notification-kind-voided = No longer valid
notification-kind-moved = Moved
notification-kind-no-show = No-show
notification-kind-registration-existing = Registration attempt
notification-kind-verify-email = E-mail confirmation
notification-kind-password-reset = Password reset
notification-kind-password-changed = Password changed
notification-kind-email-changed = E-mail changed
notification-kind-second-factor-reset = Second factor reset
notification-kind-sms-code = Phone code
notification-channel-email = E-mail
notification-channel-sms = SMS (text message)
notification-status-pending = Waiting to be sent
notification-status-sent = Sent
notification-status-failed = Could not be sent
notification-status-unsendable = Not sent (not available here)
notification-status-delivered = Delivered
notification-status-undelivered = Not delivered

notifications-title = Messages
notifications-intro = Garita tells you when you are selected, when little time is left to confirm, and when your appointment changes. Messages never contain pass codes or names.
notifications-channels-title = How to tell you
notifications-channels-legend = Send me messages by
notifications-save = Save
notifications-sms-title = Text messages (SMS)
notifications-sms-verified = Your phone number is confirmed.
notifications-sms-number = Phone number
notifications-sms-number-hint = With the country code, for example +52 55 1234 5678.
notifications-sms-send-code = Send me a code
notifications-sms-code = Code received by SMS
notifications-sms-verify = Confirm the number
notifications-sent-title = Messages sent to you
notifications-sent-none = No messages yet.
notifications-col-kind = Message
notifications-col-channel = By
notifications-col-time = When
notifications-col-status = Status
