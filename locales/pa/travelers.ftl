group-title = ਮੇਰਾ ਗਰੁੱਪ
group-intro = ਪਹਿਲਾਂ ਆਪਣਾ ਨਾਂ ਜੋੜੋ। ਫਿਰ ਤੁਹਾਡੇ ਨਾਲ ਸਫ਼ਰ ਕਰਨ ਵਾਲੇ ਹਰ ਵਿਅਕਤੀ ਨੂੰ ਜੋੜੋ। ਇੱਕ ਗਰੁੱਪ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਲੋਕ ਹੋ ਸਕਦੇ ਹਨ।
group-empty = ਤੁਹਾਡੇ ਗਰੁੱਪ ਵਿੱਚ ਹਾਲੇ ਕੋਈ ਨਹੀਂ ਹੈ। ਪਹਿਲਾਂ ਆਪਣਾ ਨਾਂ ਜੋੜੋ।
group-add-self = ਆਪਣਾ ਨਾਂ ਜੋੜੋ
group-add-member = ਇੱਕ ਵਿਅਕਤੀ ਜੋੜੋ
group-full = ਤੁਹਾਡਾ ਗਰੁੱਪ ਭਰ ਗਿਆ ਹੈ ({ $max } ਲੋਕ)।
group-holder = ਅਕਾਊਂਟ ਵਾਲਾ ਵਿਅਕਤੀ
group-count = { $count ->
    [one] { $count } ਵਿਅਕਤੀ
   *[other] { $count } ਲੋਕ
}
member-born = ਜਨਮ: { $date }
member-citizenship = ਨਾਗਰਿਕਤਾ: { $country }
member-edit = ਬਦਲੋ
member-remove = ਹਟਾਓ
member-new-title = ਇੱਕ ਵਿਅਕਤੀ ਜੋੜੋ
member-self-title = ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ
member-edit-title = ਜਾਣਕਾਰੀ ਬਦਲੋ
field-full-name = ਪੂਰਾ ਨਾਂ, ਜਿਵੇਂ ਤੁਹਾਡੇ ਕਾਗਜ਼ਾਂ ਵਿੱਚ ਲਿਖਿਆ ਹੈ
field-date-of-birth = ਜਨਮ ਦੀ ਤਾਰੀਖ
field-date-of-birth-hint = ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ। ਉਦਾਹਰਨ: 1990-05-21.
field-citizenship = ਨਾਗਰਿਕਤਾ ਵਾਲਾ ਦੇਸ਼
field-language = ਉਹ ਭਾਸ਼ਾ ਜੋ ਇਹ ਵਿਅਕਤੀ ਸਭ ਤੋਂ ਵਧੀਆ ਬੋਲਦਾ ਜਾਂ ਬੋਲਦੀ ਹੈ
field-document-type = ਸਫ਼ਰ ਦਾ ਦਸਤਾਵੇਜ਼ (ਜੇ ਹੈ)
field-document-none = ਕੋਈ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ
document-type-passport = ਪਾਸਪੋਰਟ
document-type-national-id = ਰਾਸ਼ਟਰੀ ਪਛਾਣ ਪੱਤਰ
document-type-birth-certificate = ਜਨਮ ਸਰਟੀਫ਼ਿਕੇਟ
document-type-other = ਹੋਰ ਦਸਤਾਵੇਜ਼
field-document-number = ਦਸਤਾਵੇਜ਼ ਦਾ ਨੰਬਰ
field-contact = ਫ਼ੋਨ ਜਾਂ ਈਮੇਲ (ਜੇ ਹੈ)
field-contact-hint = ਦੇਸ਼ ਦੇ ਕੋਡ ਨਾਲ ਫ਼ੋਨ ਨੰਬਰ। ਉਦਾਹਰਨ: +52 664 123 4567.
member-save = ਸੇਵ ਕਰੋ
member-back = ਮੇਰੇ ਗਰੁੱਪ 'ਤੇ ਵਾਪਸ ਜਾਓ
