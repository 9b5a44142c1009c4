# Getting back in: verifying the e-mail address, resetting a forgotten password, changing the
# password or the address. Answers never tell whether an address has an account.

field-current-password = Current password
field-new-password = New password
field-new-email = New e-mail address

recovery-check-email-title = Check your e-mail
recovery-check-email-text = We sent a message to the address you gave. Open the link in it to confirm your address. If the address already has an account, the message says what to do instead.
recovery-to-login = Go to sign in
recovery-to-group = Go to your group
recovery-to-home = Go to the start page

recovery-verify-title = Confirm your e-mail address
recovery-verify-text = Press the button to confirm that this e-mail address is yours.
recovery-verify-submit = Confirm my address
recovery-verified-title = Address confirmed
recovery-verified-text = Thank you. Your e-mail address is confirmed: you can now ask for an appointment.
recovery-verify-needed-title = Confirm your e-mail address
recovery-verify-needed-text = We sent a link to your e-mail address. Open it to confirm the address. You can fill in your group meanwhile.
recovery-verify-needed-request = Before asking for an appointment, confirm your e-mail address.
recovery-verify-already = Your e-mail address is confirmed.
recovery-verify-resend = Send the link again
recovery-verify-resent = We sent a new link. Check your e-mail, including the spam folder.

recovery-link-invalid-title = This link no longer works
recovery-link-invalid-text = The link has expired or was already used. Links to reset a password work for one hour, and only once.
recovery-reset-ask-again = Ask for a new link

recovery-forgot = Forgot your password?
recovery-reset-title = Reset your password
recovery-reset-intro = Write the e-mail address of your account. We will send you a link to choose a new password.
recovery-reset-submit = Send me a link
recovery-reset-sent-title = Check your e-mail
recovery-reset-sent-text = If this address has an account, we sent it a link to choose a new password. The link works for one hour, and only once.
recovery-reset-done-title = Password changed
recovery-reset-done-text = Your new password is saved and every device was signed out. Sign in with the new password.

recovery-password-title = Change your password
recovery-password-too-short = Your password is shorter than { $min } characters. Please choose a longer one now.
recovery-password-done = Your password was changed. Other devices were signed out.
recovery-password-submit = Save the new password
recovery-wrong-password = This is not your current password.

recovery-email-title = Change your e-mail address
recovery-email-intro = We will send a link to the new address. The change is made when you open it. Your old address will be told.
recovery-email-submit = Send the link
recovery-email-sent = We sent a link to the new address. Open it to finish the change.
recovery-email-confirm-title = Confirm your new e-mail address
recovery-email-confirm-text = Press the button to use this address for your Garita account.
recovery-email-confirm-submit = Use this address
recovery-email-changed-title = E-mail address changed
recovery-email-changed-text = Your account now uses the new address. We told the old address about the change.
