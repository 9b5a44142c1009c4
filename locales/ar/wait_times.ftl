# Garita — العربية
wait-times-title = أوقات الانتظار على الحدود
wait-times-intro = مدة الانتظار المتوقعة في كل معبر حدودي، حسب ما يبلّغ عنه الموظفون هناك. الأوقات بالتوقيت المحلي لكل معبر حدودي.
wait-times-none = لا يوجد تقرير بعد لهذا المعبر الحدودي.
wait-times-not-reported = لا يوجد تقرير بعد: { $lanes }.
wait-times-port-link = التفاصيل وآخر 7 أيام
wait-times-feed = هذه الأرقام بصيغة JSON (للمبرمجين)
wait-times-history-json = آخر 7 أيام بصيغة JSON (للمبرمجين)
wait-times-back = كل المعابر الحدودية

wait-times-col-lane = المسار
wait-times-col-status = الحالة
wait-times-col-lanes-open = المسارات المفتوحة
wait-times-col-wait = الانتظار
wait-times-col-usual = المعتاد في هذه الساعة
wait-times-col-updated = آخر تحديث

wait-times-group-passenger = سيارات الركاب
wait-times-group-pedestrian = المشاة
wait-times-group-commercial = المركبات التجارية
wait-times-lane-passenger-standard = عادي
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = عادي
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = عادي
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }: { $lane }

wait-times-status-open = مفتوح
wait-times-status-lanes-reduced = مسارات مفتوحة أقل
wait-times-status-closed = مغلق

wait-times-minutes = { $minutes ->
    [zero] 0 دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
    }
wait-times-hours = { $hours ->
    [zero] 0 ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
    }
wait-times-hours-minutes = { $hours ->
    [zero] 0 ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
    } و{ $minutes ->
    [zero] 0 دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
    }
wait-times-ago-now = الآن
wait-times-ago-minutes = { $count ->
    [zero] الآن
    [one] قبل دقيقة واحدة
    [two] قبل دقيقتين
    [few] قبل { $count } دقائق
    [many] قبل { $count } دقيقة
   *[other] قبل { $count } دقيقة
    }
wait-times-ago-hours = { $count ->
    [zero] الآن
    [one] قبل ساعة واحدة
    [two] قبل ساعتين
    [few] قبل { $count } ساعات
    [many] قبل { $count } ساعة
   *[other] قبل { $count } ساعة
    }
wait-times-ago-days = { $count ->
    [zero] قبل { $count } يوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $count } أيام
    [many] قبل { $count } يومًا
   *[other] قبل { $count } يوم
}
wait-times-updated = آخر تحديث { $ago }، الساعة { $time }
wait-times-stale = آخر تحديث { $ago }، الساعة { $time } — قد لا تكون المعلومات حديثة

wait-times-port-title = أوقات الانتظار في { $port }
wait-times-port-intro = الأوقات بالتوقيت المحلي للمعبر الحدودي ({ $zone }).
wait-times-now-heading = أحدث التقارير
wait-times-usual-value = { $wait } ({ $count ->
    [zero] لا توجد تقارير
    [one] تقرير واحد
    [two] تقريران
    [few] { $count } تقارير
    [many] { $count } تقريرًا
   *[other] { $count } تقرير
})
wait-times-usual-none = لا توجد تقارير كافية
wait-times-usual-note = «المعتاد في هذه الساعة» هو الوسيط لأوقات الانتظار المبلّغ عنها لهذا المسار بين الساعة { $from } والساعة { $to } (بتوقيت المعبر الحدودي) خلال { $days ->
    [zero] آخر { $days } يوم
    [one] آخر يوم
    [two] آخر يومين
    [few] آخر { $days } أيام
    [many] آخر { $days } يومًا
   *[other] آخر { $days } يوم
}. يظهر عندما يكون هناك { $count ->
    [zero] { $count } تقرير على الأقل
    [one] تقرير واحد على الأقل
    [two] تقريران على الأقل
    [few] { $count } تقارير على الأقل
    [many] { $count } تقريرًا على الأقل
   *[other] { $count } تقرير على الأقل
    } من هذه التقارير: نصف أوقات الانتظار هذه كان أقصر، والنصف الآخر كان أطول.

wait-times-week-heading = آخر 7 أيام
wait-times-week-intro = الانتظار المبلّغ عنه بالدقائق، كمتوسط لكل ساعة، بالتوقيت المحلي للمعبر الحدودي. الانقطاع في الخط يعني أنه لا توجد تقارير أو أن المسار كان مغلقًا.
wait-times-chart-title = { $group }: الانتظار خلال آخر 7 أيام
wait-times-chart-desc = رسم بياني بالخطوط للانتظار المبلّغ عنه، بالدقائق، لكل مسار من { $group }، حسب الساعة، من { $from } إلى { $to } (بتوقيت المعبر الحدودي). الأطول: { $max }. الأرقام نفسها، يومًا بيوم، موجودة في الجدول بعد الرسم.
wait-times-chart-max = { $wait } ({ $lane }، { $day } الساعة { $time })
wait-times-chart-max-none = لا يوجد انتظار مبلّغ عنه، فقط مسارات مغلقة
wait-times-chart-empty = لا توجد تقارير في آخر 7 أيام.
wait-times-axis-wait = الانتظار (بالدقائق)
wait-times-axis-day = اليوم (بتوقيت المعبر الحدودي)
wait-times-legend = المسارات
wait-times-weekday = { $weekday ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
} { $day }
wait-times-table-show = عرض هذه الأرقام في جدول
wait-times-table-caption = { $group }: وسيط الانتظار لكل يوم بالدقائق (الأطول بين قوسين)
wait-times-table-day = اليوم
wait-times-table-cell = { $median } ({ $max })
wait-times-table-none = لا توجد تقارير

wait-times-console-title = تحديث أوقات الانتظار: { $port }
wait-times-console-choose-port = تحديث أوقات الانتظار: يرجى اختيار معبر حدودي
wait-times-console-intro = يرجى ملء المسارات التي يتم التبليغ عنها الآن فقط. المسارات المتروكة على «بدون تحديث» تحتفظ بآخر تقرير لها. يتم حفظ كل المسارات معًا، أو لا يُحفظ أي منها إذا كان هناك خطأ.
wait-times-console-save = حفظ أوقات الانتظار
wait-times-console-saved = تم الحفظ. الصفحة العامة تعرض الأرقام الجديدة.
wait-times-console-nothing = يرجى ملء مسار واحد على الأقل، ثم الحفظ.
wait-times-console-public = عرض الصفحة العامة لهذا المعبر الحدودي
wait-times-field-status = الحالة
wait-times-field-status-skip = بدون تحديث
wait-times-field-lanes-open = المسارات المفتوحة
wait-times-field-lanes-open-hint = المسارات المفتوحة: عدد صحيح من 1 إلى 100. يرجى تركه فارغًا إذا كان المسار مغلقًا.
wait-times-field-delay = الانتظار بالدقائق
wait-times-field-delay-hint = الانتظار: عدد صحيح من الدقائق من 0 إلى 1440 (24 ساعة). يرجى تركه فارغًا إذا كان المسار مغلقًا.
wait-times-current = آخر تقرير: { $status }، { $lanes ->
    [zero] لا توجد مسارات مفتوحة
    [one] مسار واحد مفتوح
    [two] مساران مفتوحان
    [few] { $lanes } مسارات مفتوحة
    [many] { $lanes } مسارًا مفتوحًا
   *[other] { $lanes } مسار مفتوح
}، الانتظار { $wait }. { $updated }.
wait-times-current-closed = آخر تقرير: مغلق. { $updated }.
wait-times-error-in = { $lane }، { $field }: { $message }
wait-times-current-none = لا يوجد تقرير بعد.

error-unknown-lane = هذا ليس نوع مسار. يرجى استخدام أحد هذه الأنواع: passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = يرجى التبليغ عن كل مسار مرة واحدة فقط.
error-unknown-status = يرجى اختيار حالة من القائمة: مفتوح، مسارات مفتوحة أقل (lanes-reduced)، أو مغلق.
error-not-a-number = يرجى كتابة عدد صحيح، مثلًا 25.
error-number-too-small = { $limit ->
    [zero] لا يمكن أن يكون هذا العدد أقل من { $limit }.
    [one] لا يمكن أن يكون هذا العدد أقل من { $limit }.
    [two] لا يمكن أن يكون هذا العدد أقل من { $limit }.
    [few] لا يمكن أن يكون هذا العدد أقل من { $limit }.
    [many] لا يمكن أن يكون هذا العدد أقل من { $limit }.
   *[other] لا يمكن أن يكون هذا العدد أقل من { $limit }.
    }
error-number-too-large = { $limit ->
    [zero] لا يمكن أن يكون هذا العدد أكثر من { $limit }. يرجى التحقق منه.
    [one] لا يمكن أن يكون هذا العدد أكثر من { $limit }. يرجى التحقق منه.
    [two] لا يمكن أن يكون هذا العدد أكثر من { $limit }. يرجى التحقق منه.
    [few] لا يمكن أن يكون هذا العدد أكثر من { $limit }. يرجى التحقق منه.
    [many] لا يمكن أن يكون هذا العدد أكثر من { $limit }. يرجى التحقق منه.
   *[other] لا يمكن أن يكون هذا العدد أكثر من { $limit }. يرجى التحقق منه.
    }
