group-title = زما ډله
group-intro = لومړی ځان ورزیات کړئ. بیا هر هغه کس ورزیات کړئ چې له تاسو سره سفر کوي. { $max ->
    [one] په یوه ډله کې یوازې { $max } کس کېدای شي.
   *[other] په یوه ډله کې تر { $max } کسانو پورې کېدای شي.
    }
group-empty = ستاسو په ډله کې تر اوسه هېڅوک نشته. له ځان څخه پیل وکړئ.
group-add-self = ځان ورزیات کړئ
group-add-member = یو کس ورزیات کړئ
group-full = { $max ->
    [one] ستاسو ډله ډکه ده ({ $max } کس).
   *[other] ستاسو ډله ډکه ده ({ $max } کسان).
    }
group-holder = د حساب څښتن
group-count = { $count ->
    [one] { $count } کس
   *[other] { $count } کسان
}
member-born = د زېږېدو نېټه: { $date }
member-citizenship = تابعیت: { $country }
member-edit = بدلول
member-remove = لرې کول
member-new-title = یو کس ورزیات کړئ
member-self-title = ستاسو په اړه
member-edit-title = معلومات بدل کړئ
field-full-name = بشپړ نوم، لکه څنګه چې ستاسو په اسنادو کې لیکل شوی
field-date-of-birth = د زېږېدو نېټه
field-date-of-birth-hint = کال-میاشت-ورځ (میلادي). بېلګه: 1990-05-21.
field-citizenship = د تابعیت هېواد
field-language = هغه ژبه چې دا کس یې تر ټولو ښه خبرې پرې کوي
field-document-type = د سفر سند (که یې لري)
field-document-none = سند نشته
document-type-passport = پاسپورټ
document-type-national-id = تذکره (ملي پېژند کارت)
document-type-birth-certificate = د زېږېدو سند
document-type-other = بل سند
field-document-number = د سند شمېره
field-contact = تلیفون یا ایمیل (که یې لري)
field-contact-hint = تلیفون د هېواد له کوډ سره. بېلګه: +52 664 123 4567.
member-save = خوندي کړئ
member-back = زما ډلې ته بېرته
member-change-confirm-title = د ډلې بدلول ستاسو نوبت پای ته رسوي
member-change-confirm-yes = هو، زما ډله بدله کړه او نوبت له لاسه ورکړه
member-remove-title = { $name } له خپلې ډلې لرې کوئ؟
member-remove-loses = د { $name } معلومات او عکس به ړنګ شي. دا بېرته نه راګرځي.
member-remove-yes = هو، لرې یې کړه
member-remove-no = نه، بېرته
