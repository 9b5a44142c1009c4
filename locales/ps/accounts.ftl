register-title = حساب جوړول
register-intro = تاسو یوې ایمیل پتې او یو پټنوم ته اړتیا لرئ. بل هېڅوک ستاسو معلومات نه شي لیدلای.
field-email = ایمیل پته
field-password = پټنوم
field-password-hint = { $min ->
    [one] لږ تر لږه { $min } توری.
   *[other] لږ تر لږه { $min } توري.
    } یوه لنډه جمله چې یې په یاد ولرئ ښه ده.
register-submit = حساب جوړ کړئ
register-have-account = حساب لرئ؟ ننوځئ.
login-title = ننوتل
login-submit = ننوځئ
login-no-account = تر اوسه حساب نه لرئ؟ یو جوړ کړئ.
logout-submit = وتل
