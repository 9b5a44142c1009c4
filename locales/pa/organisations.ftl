# ਸੰਗਠਨ, ਉਨ੍ਹਾਂ ਦੇ ਲੋਕ ਅਤੇ ਸੱਦੇ; ਸੰਗਠਨਾਂ ਅਤੇ ਕਰਮਚਾਰੀਆਂ ਲਈ ਪ੍ਰਬੰਧਕ ਪੰਨੇ।
nav-organisation = ਮੇਰਾ ਸੰਗਠਨ
nav-organisations = ਸੰਗਠਨ
nav-staff = ਕਰਮਚਾਰੀ

role-officer = ਅਫ਼ਸਰ
role-agriculture-specialist = ਖੇਤੀਬਾੜੀ ਮਾਹਰ
role-adjudicator = ਅਰਜ਼ੀ ਫ਼ੈਸਲਾਕਾਰ
role-enrollment-officer = ਦਾਖ਼ਲਾ ਅਫ਼ਸਰ
role-organisation-manager = ਮੈਨੇਜਰ
role-organisation-member = ਮੈਂਬਰ
role-admin = ਪ੍ਰਬੰਧਕ

organisation-kind-partner-agency = ਭਾਈਵਾਲ ਏਜੰਸੀ
organisation-kind-customs-broker = ਕਸਟਮ ਬ੍ਰੋਕਰ
organisation-kind-carrier = ਢੋਆ-ਢੁਆਈ ਕੰਪਨੀ
organisation-kind-bus-line = ਬੱਸ ਕੰਪਨੀ
organisation-kind-airline = ਏਅਰਲਾਈਨ
organisation-kind-aid-organisation = ਆਸਰਾ, ਕਾਨੂੰਨੀ ਸਹਾਇਤਾ ਜਾਂ ਅੰਤਰਰਾਸ਼ਟਰੀ ਸੰਗਠਨ
organisation-kind-government-agency = ਸਰਕਾਰੀ ਏਜੰਸੀ

organisation-status-label = ਸਥਿਤੀ
organisation-status-pending = ਮਨਜ਼ੂਰੀ ਦੀ ਉਡੀਕ ਵਿੱਚ
organisation-status-approved = ਮਨਜ਼ੂਰ
organisation-status-suspended = ਮੁਅੱਤਲ
organisation-status-rejected = ਨਾਮਨਜ਼ੂਰ

organisation-decision-approve = ਮਨਜ਼ੂਰ ਕਰੋ
organisation-decision-reject = ਨਾਮਨਜ਼ੂਰ ਕਰੋ
organisation-decision-suspend = ਮੁਅੱਤਲ ਕਰੋ

programme-appointments = ਦਾਖ਼ਲਾ ਬੰਦਰਗਾਹਾਂ 'ਤੇ ਮੁਲਾਕਾਤਾਂ
programme-parole-travel = ਪੈਰੋਲ ਯਾਤਰਾ ਇਜਾਜ਼ਤਾਂ
programme-provisional-i94 = ਆਰਜ਼ੀ I-94
programme-trusted-traveler = ਟਰੱਸਟਡ ਟ੍ਰੈਵਲਰ ਪ੍ਰੋਗਰਾਮ

field-legal-name = ਕਾਨੂੰਨੀ ਨਾਮ
field-legal-name-hint = ਜਿਵੇਂ ਅਧਿਕਾਰੀਆਂ ਕੋਲ ਦਰਜ ਹੈ।
field-kind = ਸੰਗਠਨ ਦੀ ਕਿਸਮ
field-country = ਦੇਸ਼
field-identifier = ਪਛਾਣ ਨੰਬਰ
field-identifier-hint = ਕਸਟਮ ਬ੍ਰੋਕਰ: CBP ਫਾਈਲਰ ਕੋਡ (3 ਅੱਖਰ ਜਾਂ ਅੰਕ)। ਏਅਰਲਾਈਨਾਂ: IATA ਕੋਡ (2 ਅੱਖਰ)। ਢੋਆ-ਢੁਆਈ ਅਤੇ ਬੱਸ ਕੰਪਨੀਆਂ: SCAC (2 ਤੋਂ 4 ਅੱਖਰ) ਜਾਂ USDOT ਨੰਬਰ। ਹੋਰ: ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਨੰਬਰ, ਜੇ ਹੋਵੇ।
field-role = ਭੂਮਿਕਾ
field-manager-email = ਮੈਨੇਜਰ ਦਾ ਈਮੇਲ ਪਤਾ
field-location = ਥਾਂ
field-location-hint = ਅਫ਼ਸਰਾਂ, ਖੇਤੀਬਾੜੀ ਮਾਹਰਾਂ ਅਤੇ ਦਾਖ਼ਲਾ ਅਫ਼ਸਰਾਂ ਲਈ।
field-programme = ਪ੍ਰੋਗਰਾਮ
field-programme-hint = ਅਰਜ਼ੀ ਫ਼ੈਸਲਾਕਾਰਾਂ ਲਈ।
field-scope = ਥਾਂ ਜਾਂ ਪ੍ਰੋਗਰਾਮ

organisations-register-title = ਸੰਗਠਨ ਰਜਿਸਟਰ ਕਰੋ
organisations-register-intro = ਭਾਈਵਾਲ ਏਜੰਸੀਆਂ, ਕਸਟਮ ਬ੍ਰੋਕਰ, ਢੋਆ-ਢੁਆਈ ਕੰਪਨੀਆਂ, ਬੱਸ ਕੰਪਨੀਆਂ, ਏਅਰਲਾਈਨਾਂ, ਆਸਰੇ ਅਤੇ ਸਰਕਾਰੀ ਏਜੰਸੀਆਂ ਪ੍ਰਬੰਧਕ ਦੀ ਮਨਜ਼ੂਰੀ ਤੋਂ ਬਾਅਦ Garita 'ਤੇ ਕੰਮ ਕਰ ਸਕਦੀਆਂ ਹਨ।
organisations-register-you = ਤੁਸੀਂ, ਪਹਿਲੇ ਮੈਨੇਜਰ
organisations-register-you-intro = ਤੁਸੀਂ ਸੰਗਠਨ ਦੇ ਲੋਕਾਂ ਦਾ ਪ੍ਰਬੰਧ ਕਰੋਗੇ। ਅਸੀਂ ਤੁਹਾਡਾ ਪਤਾ ਪੱਕਾ ਕਰਨ ਲਈ ਲਿੰਕ ਭੇਜਦੇ ਹਾਂ; ਪਹਿਲੀ ਵਾਰ ਸਾਈਨ ਇਨ ਕਰਨ 'ਤੇ ਤੁਸੀਂ ਦੂਜਾ ਕਦਮ (ਇੱਕ ਪ੍ਰਮਾਣੀਕਰਨ ਐਪ) ਸੈੱਟ ਕਰਦੇ ਹੋ।
organisations-register-submit = ਸੰਗਠਨ ਰਜਿਸਟਰ ਕਰੋ

organisation-waiting = ਤੁਹਾਡੇ ਸੰਗਠਨ ਵੱਲੋਂ ਕੰਮ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਕਿਸੇ ਪ੍ਰਬੰਧਕ ਨੂੰ ਉਸਨੂੰ ਮਨਜ਼ੂਰ ਕਰਨਾ ਪਵੇਗਾ। ਫ਼ੈਸਲਾ ਹੋਣ 'ਤੇ ਤੁਹਾਨੂੰ ਈਮੇਲ ਮਿਲੇਗੀ।
organisation-stopped = ਤੁਹਾਡਾ ਸੰਗਠਨ ਇਸ ਸਮੇਂ Garita 'ਤੇ ਕੰਮ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਗ਼ਲਤੀ ਹੈ, ਤਾਂ ਪ੍ਰਬੰਧਕਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
organisation-people = ਲੋਕ
organisation-since = ਕਦੋਂ ਤੋਂ
organisation-actions = ਕਾਰਵਾਈਆਂ
organisation-make-member = ਮੈਂਬਰ ਬਣਾਓ
organisation-make-manager = ਮੈਨੇਜਰ ਬਣਾਓ
organisation-remove = ਹਟਾਓ
organisation-invitations = ਸੱਦੇ
organisation-no-invitations = ਅਜੇ ਕੋਈ ਸੱਦਾ ਨਹੀਂ।
organisation-invitation-status = ਸਥਿਤੀ
organisation-expires = ਮਿਆਦ ਖ਼ਤਮ
organisation-revoke = ਵਾਪਸ ਲਓ
organisation-invite = ਕਿਸੇ ਨੂੰ ਸੱਦਾ ਦਿਓ
organisation-invite-intro = ਅਸੀਂ ਇਸ ਪਤੇ 'ਤੇ ਲਿੰਕ ਭੇਜਦੇ ਹਾਂ। ਇਹ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ, 7 ਦਿਨਾਂ ਲਈ ਅਤੇ ਸਿਰਫ਼ ਉਸੇ ਪਤੇ ਦੇ ਖਾਤੇ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ।
organisation-invite-submit = ਸੱਦਾ ਭੇਜੋ
organisation-api-keys = API ਕੁੰਜੀਆਂ
organisation-api-keys-intro = ਤੁਹਾਡੇ ਆਪਣੇ ਸਿਸਟਮ ਇੱਕ ਕੁੰਜੀ ਨਾਲ ਸੰਗਠਨ ਵੱਲੋਂ ਕੰਮ ਕਰ ਸਕਦੇ ਹਨ।
organisation-api-keys-link = API ਕੁੰਜੀਆਂ ਦਾ ਪ੍ਰਬੰਧ ਕਰੋ

invitation-status-pending = ਉਡੀਕ ਵਿੱਚ
invitation-status-accepted = ਸਵੀਕਾਰ ਕੀਤਾ
invitation-status-expired = ਮਿਆਦ ਖ਼ਤਮ
invitation-status-revoked = ਵਾਪਸ ਲਿਆ

invitation-title = ਸੱਦਾ
invitation-to-organisation = ਤੁਹਾਨੂੰ ਇਸ ਸੰਗਠਨ ਵੱਲੋਂ ਕੰਮ ਕਰਨ ਲਈ ਸੱਦਿਆ ਗਿਆ ਹੈ:
invitation-to-staff = ਤੁਹਾਨੂੰ Garita 'ਤੇ CBP ਕਰਮਚਾਰੀ ਵਜੋਂ ਕੰਮ ਕਰਨ ਲਈ ਸੱਦਿਆ ਗਿਆ ਹੈ।
invitation-accept = ਸੱਦਾ ਸਵੀਕਾਰ ਕਰੋ
invitation-sign-in = ਇਸ ਪਤੇ ਦਾ ਪਹਿਲਾਂ ਹੀ ਖਾਤਾ ਹੈ। ਸਵੀਕਾਰ ਕਰਨ ਲਈ ਉਸ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ।
invitation-new-account = ਆਪਣਾ ਖਾਤਾ ਬਣਾਉਣ ਲਈ ਪਾਸਵਰਡ ਚੁਣੋ। ਪਹਿਲੀ ਵਾਰ ਸਾਈਨ ਇਨ ਕਰਨ 'ਤੇ ਤੁਸੀਂ ਦੂਜਾ ਕਦਮ (ਇੱਕ ਪ੍ਰਮਾਣੀਕਰਨ ਐਪ) ਸੈੱਟ ਕਰਦੇ ਹੋ।
invitation-password-hint = ਘੱਟੋ-ਘੱਟ 15 ਅੱਖਰ।

organisations-admin-title = ਸੰਗਠਨ
organisations-all = ਸਾਰੇ
organisations-none = ਇੱਥੇ ਕੋਈ ਸੰਗਠਨ ਨਹੀਂ।
organisations-registered = ਰਜਿਸਟ੍ਰੇਸ਼ਨ
organisations-create = ਸੰਗਠਨ ਬਣਾਓ
organisations-create-intro = ਤੁਹਾਡੇ ਵੱਲੋਂ ਬਣਾਇਆ ਸੰਗਠਨ ਤੁਰੰਤ ਮਨਜ਼ੂਰ ਹੁੰਦਾ ਹੈ; ਇਸਦੇ ਮੈਨੇਜਰ ਨੂੰ ਈਮੇਲ ਰਾਹੀਂ ਸੱਦਾ ਮਿਲਦਾ ਹੈ।
organisations-create-submit = ਬਣਾਓ ਅਤੇ ਮੈਨੇਜਰ ਨੂੰ ਸੱਦਾ ਦਿਓ

staff-title = CBP ਕਰਮਚਾਰੀ
staff-grants = ਭੂਮਿਕਾਵਾਂ
staff-scope-platform = ਪੂਰਾ ਪਲੇਟਫਾਰਮ
staff-remove-grant = ਹਟਾਓ
staff-invite = ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਸੱਦਾ ਦਿਓ
staff-invite-intro = ਇੱਕ ਭੂਮਿਕਾ ਚੁਣੋ ਅਤੇ ਇਹ ਕਿੱਥੇ ਲਾਗੂ ਹੁੰਦੀ ਹੈ: ਅਫ਼ਸਰਾਂ, ਮਾਹਰਾਂ ਅਤੇ ਦਾਖ਼ਲਾ ਅਫ਼ਸਰਾਂ ਲਈ ਥਾਂ, ਅਰਜ਼ੀ ਫ਼ੈਸਲਾਕਾਰਾਂ ਲਈ ਪ੍ਰੋਗਰਾਮ। ਲਿੰਕ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ, 7 ਦਿਨਾਂ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ।
staff-invite-submit = ਸੱਦਾ ਭੇਜੋ

notification-invitation-subject = Garita 'ਤੇ { $organisation } ਵੱਲੋਂ ਕੰਮ ਕਰਨ ਦਾ ਸੱਦਾ
notification-invitation-body = ਤੁਹਾਨੂੰ Garita 'ਤੇ { $organisation } ਵੱਲੋਂ ਕੰਮ ਕਰਨ ਲਈ ਸੱਦਿਆ ਗਿਆ ਹੈ। ਸਵੀਕਾਰ ਕਰਨ ਲਈ ਇਹ ਲਿੰਕ 7 ਦਿਨਾਂ ਵਿੱਚ ਖੋਲ੍ਹੋ: { $link } ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਸੱਦੇ ਦੀ ਉਮੀਦ ਨਹੀਂ ਸੀ, ਤਾਂ ਤੁਸੀਂ ਇਸਨੂੰ ਅਣਡਿੱਠਾ ਕਰ ਸਕਦੇ ਹੋ।
notification-staff-invitation-subject = Garita 'ਤੇ CBP ਕਰਮਚਾਰੀ ਵਜੋਂ ਕੰਮ ਕਰਨ ਦਾ ਸੱਦਾ
notification-staff-invitation-body = ਤੁਹਾਨੂੰ Garita 'ਤੇ CBP ਕਰਮਚਾਰੀ ਵਜੋਂ ਕੰਮ ਕਰਨ ਲਈ ਸੱਦਿਆ ਗਿਆ ਹੈ। ਸਵੀਕਾਰ ਕਰਨ ਲਈ ਇਹ ਲਿੰਕ 7 ਦਿਨਾਂ ਵਿੱਚ ਖੋਲ੍ਹੋ: { $link } ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਸੱਦੇ ਦੀ ਉਮੀਦ ਨਹੀਂ ਸੀ, ਤਾਂ ਤੁਸੀਂ ਇਸਨੂੰ ਅਣਡਿੱਠਾ ਕਰ ਸਕਦੇ ਹੋ।
notification-organisation-approved-subject = { $organisation } ਮਨਜ਼ੂਰ ਹੋਇਆ
notification-organisation-approved-body = ਇੱਕ ਪ੍ਰਬੰਧਕ ਨੇ { $organisation } ਨੂੰ ਮਨਜ਼ੂਰ ਕੀਤਾ। ਇਸਦੇ ਲੋਕ ਹੁਣ Garita 'ਤੇ ਇਸ ਵੱਲੋਂ ਕੰਮ ਕਰ ਸਕਦੇ ਹਨ: { $url }
notification-organisation-rejected-subject = { $organisation } ਮਨਜ਼ੂਰ ਨਹੀਂ ਹੋਇਆ
notification-organisation-rejected-body = ਇੱਕ ਪ੍ਰਬੰਧਕ ਨੇ { $organisation } ਦੀ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਮਨਜ਼ੂਰ ਨਹੀਂ ਕੀਤੀ। ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਗ਼ਲਤੀ ਹੈ, ਤਾਂ ਪ੍ਰਬੰਧਕਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
notification-organisation-suspended-subject = { $organisation } ਮੁਅੱਤਲ ਹੋਇਆ
notification-organisation-suspended-body = ਇੱਕ ਪ੍ਰਬੰਧਕ ਨੇ { $organisation } ਨੂੰ ਮੁਅੱਤਲ ਕੀਤਾ। ਦੁਬਾਰਾ ਮਨਜ਼ੂਰੀ ਤੱਕ ਇਸਦੇ ਲੋਕ ਅਤੇ ਕੁੰਜੀਆਂ ਇਸ ਵੱਲੋਂ ਕੰਮ ਨਹੀਂ ਕਰ ਸਕਦੇ।
notification-kind-invitation = ਸੱਦਾ
notification-kind-staff-invitation = ਕਰਮਚਾਰੀ ਸੱਦਾ
notification-kind-organisation-approved = ਸੰਗਠਨ ਮਨਜ਼ੂਰ
notification-kind-organisation-rejected = ਸੰਗਠਨ ਮਨਜ਼ੂਰ ਨਹੀਂ
notification-kind-organisation-suspended = ਸੰਗਠਨ ਮੁਅੱਤਲ
