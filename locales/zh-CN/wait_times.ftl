# Garita — 简体中文
wait-times-title = 边境等候时间
wait-times-intro = 在每个入境口岸大概要等多久，由那里的官员报告。时间都是各口岸的当地时间。
wait-times-none = 这个口岸还没有报告。
wait-times-not-reported = 还没有报告：{ $lanes }。
wait-times-port-link = 详情和最近 7 天
wait-times-feed = 这些数据的 JSON 格式（给开发者）
wait-times-history-json = 最近 7 天的数据，JSON 格式（给开发者）
wait-times-back = 所有口岸

wait-times-col-lane = 通道
wait-times-col-status = 状态
wait-times-col-lanes-open = 开放通道数
wait-times-col-wait = 等候
wait-times-col-usual = 这个钟点通常要等
wait-times-col-updated = 更新

wait-times-group-passenger = 小客车
wait-times-group-pedestrian = 行人
wait-times-group-commercial = 商用车辆
wait-times-lane-passenger-standard = 普通
wait-times-lane-passenger-ready = Ready Lane
wait-times-lane-passenger-sentri = SENTRI
wait-times-lane-pedestrian-standard = 普通
wait-times-lane-pedestrian-ready = Ready Lane
wait-times-lane-commercial-standard = 普通
wait-times-lane-commercial-fast = FAST
wait-times-lane-full = { $group }：{ $lane }

wait-times-status-open = 开放
wait-times-status-lanes-reduced = 开放通道减少
wait-times-status-closed = 关闭

wait-times-minutes = { $minutes } 分钟
wait-times-hours = { $hours } 小时
wait-times-hours-minutes = { $hours } 小时 { $minutes } 分钟
wait-times-ago-now = 刚刚
wait-times-ago-minutes = { $count } 分钟前
wait-times-ago-hours = { $count } 小时前
wait-times-ago-days = { $count ->
   *[other] { $count } 天前
}
wait-times-updated = { $ago }更新（{ $time }）
wait-times-stale = 最后更新：{ $ago }（{ $time }），可能已经过时

wait-times-port-title = { $port } 的等候时间
wait-times-port-intro = 时间是口岸的当地时间（{ $zone }）。
wait-times-now-heading = 最新报告
wait-times-usual-value = { $wait }（{ $count ->
   *[other] { $count } 份报告
}）
wait-times-usual-none = 报告不够
wait-times-usual-note = “这个钟点通常要等”是指最近 { $days } 天里，这条通道在 { $from } 到 { $to }（口岸时间）之间报告的等候时间的中位数。至少有 { $count } 份这样的报告时才显示：其中一半的等候时间比它短，一半比它长。

wait-times-week-heading = 最近 7 天
wait-times-week-intro = 报告的等候时间，单位是分钟，按小时取平均值，用口岸的当地时间。线断开表示没有报告，或者通道关闭。
wait-times-chart-title = { $group }：最近 7 天的等候时间
wait-times-chart-desc = 折线图：{ $group }每条通道报告的等候时间（分钟），按小时显示，从 { $from } 到 { $to }（口岸时间）。最长：{ $max }。图表后面的表格里有同样的数据，按天列出。
wait-times-chart-max = { $wait }（{ $lane }，{ $day } { $time }）
wait-times-chart-max-none = 没有报告等候时间，只有关闭的通道
wait-times-chart-empty = 最近 7 天没有报告。
wait-times-axis-wait = 等候时间（分钟）
wait-times-axis-day = 日期（口岸时间）
wait-times-legend = 通道
wait-times-weekday = { $weekday ->
    [1] 周一
    [2] 周二
    [3] 周三
    [4] 周四
    [5] 周五
    [6] 周六
   *[7] 周日
} { $day }日
wait-times-table-show = 用表格显示这些数据
wait-times-table-caption = { $group }：每天等候时间的中位数，单位分钟（括号里是最长的）
wait-times-table-day = 日期
wait-times-table-cell = { $median }（{ $max }）
wait-times-table-none = 没有报告

wait-times-console-title = 更新等候时间：{ $port }
wait-times-console-choose-port = 更新等候时间：选择一个口岸
wait-times-console-intro = 只填写您现在要报告的通道。选择“不更新”的通道会保留上一次的报告。所有通道一起保存；如果有错，就都不保存。
wait-times-console-save = 保存等候时间
wait-times-console-saved = 已保存。公开页面已经显示新数据。
wait-times-console-nothing = 至少填写一条通道，然后保存。
wait-times-console-public = 查看这个口岸的公开页面
wait-times-field-status = 状态
wait-times-field-status-skip = 不更新
wait-times-field-lanes-open = 开放通道数
wait-times-field-lanes-open-hint = 开放通道数：1 到 100 之间的整数。通道关闭时留空。
wait-times-field-delay = 等候时间（分钟）
wait-times-field-delay-hint = 等候时间：0 到 1440 之间的整数分钟（24 小时）。通道关闭时留空。
wait-times-current = 上次报告：{ $status }，{ $lanes ->
   *[other] 开放 { $lanes } 条通道
}，等候 { $wait }。{ $updated }。
wait-times-current-closed = 上次报告：关闭。{ $updated }。
wait-times-error-in = { $lane }，{ $field }：{ $message }
wait-times-current-none = 还没有报告。

error-unknown-lane = 这不是一种通道类型。请使用以下其中一种：passenger-standard, passenger-ready, passenger-sentri, pedestrian-standard, pedestrian-ready, commercial-standard, commercial-fast.
error-duplicate-lane = 每条通道只报告一次。
error-unknown-status = 请从列表中选择一个状态：开放、开放通道减少（lanes-reduced）或关闭。
error-not-a-number = 请写一个整数，例如 25。
error-number-too-small = 这个数字不能小于 { $limit }。
error-number-too-large = 这个数字不能大于 { $limit }。请检查一下。
