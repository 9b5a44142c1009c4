# The second factor: a code from an authenticator app after the password.
second-factor-title = Two-step sign-in
second-factor-about = After your password, Garita asks for a 6-digit code from an authenticator app on your phone, so a stolen password alone cannot open your account.
second-factor-code-title = Enter your code
second-factor-code-intro = Open your authenticator app and type the 6-digit code it shows for Garita.
second-factor-code-label = Code
second-factor-code-hint = 6 digits from the app, or one of your recovery codes.
second-factor-code-digits = The 6 digits the app shows.
second-factor-code-submit = Sign in
second-factor-setup-title = Set up your authenticator app
second-factor-setup-required = Your role needs two-step sign-in. Set it up now to continue.
second-factor-setup-scan = Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator).
second-factor-setup-manual = If you cannot scan it, add this key by hand:
second-factor-setup-uri = On the phone that has the app, you can also
second-factor-setup-uri-link = open this link in the app
second-factor-qr-label = QR code that adds Garita to an authenticator app
second-factor-setup-confirm = Type the code the app now shows
second-factor-setup-submit = Confirm
second-factor-recovery-title = Your recovery codes
second-factor-recovery-intro = If you lose your phone, each of these codes works once instead of the app's code. Write them down or print them now: they will not be shown again.
second-factor-continue = Continue
second-factor-status-on = Two-step sign-in is on.
second-factor-status-off = Two-step sign-in is off.
second-factor-recovery-left = { $count ->
    [one] { $count } recovery code left.
   *[other] { $count } recovery codes left.
}
second-factor-required-role = Your role needs it, so it cannot be turned off. If you lose your phone and your recovery codes, an administrator can reset it.
second-factor-turn-on = Turn on two-step sign-in
second-factor-turn-off-title = Turn off two-step sign-in
second-factor-turn-off-submit = Turn off
second-factor-admin-title = Reset a second factor
second-factor-admin-intro = When a person has lost their phone and their recovery codes, and you have checked who they are, reset their second factor. They are told by e-mail and set up a new one at their next sign-in.
second-factor-admin-email = E-mail address of the account
second-factor-admin-submit = Reset the second factor
second-factor-admin-done = The second factor was reset and the person was told by e-mail.
second-factor-admin-none = No account with this address has a second factor.
second-factor-pending-expired = The sign-in took too long between your password and your code. Please sign in again.
