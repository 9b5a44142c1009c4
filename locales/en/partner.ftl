# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = Check an appointment
partner-intro = Type the pass code and the person's date of birth. The answer is yes or no, and nothing else.
partner-code = Pass code
partner-code-hint = As printed under the QR code. Spaces and dashes do not count.
field-code = Pass code
partner-submit = Check
partner-yes = YES
partner-yes-detail = This person's appointment is valid.
partner-no = NO
partner-no-detail = This is not a valid appointment for this code and date of birth. No reason is given: check what you typed, or ask to see the pass.
partner-next = Check another person
partner-privacy = Every check is recorded with your account and your organisation.
nav-partner = Check an appointment
