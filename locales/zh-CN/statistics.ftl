stats-title = 公开统计
stats-nav = 统计
stats-intro = 每天有多少人申请预约、被抽中、确认、到达口岸、未到或取消，均根据 Garita 的记录统计。每一天结束后才发布，发布后不再更改。
stats-licence = 注明 Garita 为来源即可自由再使用这些数字。许可协议：
stats-hidden-note = 为保护个人，凡涉及少于 { $threshold } 人的数字都会隐藏，另有部分数字也会一并隐藏，使隐藏的数字无法通过相减推算出来。
stats-from = 从
stats-to = 到
stats-show = 显示
stats-period = { $from } 至 { $to }
stats-download-csv = 下载数字（CSV）
stats-download-json = JSON 格式的数字
stats-none = 这些日期尚未发布数字。
stats-chart-requests = 申请预约的人数
stats-chart-selected = 抽签中被选中的人数
stats-chart-confirmed = 预约已确认的人数
stats-chart-checked-in = 在口岸登记到达的人数
stats-chart-no-shows = 未到的人数
stats-chart-cancellations = 拒绝或取消的人数
stats-chart-desc = { $days } 天，所有口岸。所示日期内共 { $people } 人。{ $hidden ->
    [0] 没有隐藏的日期。
   *[other] { $hidden } 天的数字已隐藏。
}
stats-chart-caption = 每天一根柱，所有口岸合计。橙色标记表示该数字已隐藏。
stats-table-show = 以表格显示数字
stats-day = 日期
stats-people = 人数
stats-groups = 组数
stats-hidden = 已隐藏
stats-states-title = 按州统计的申请，{ $week } 当周
stats-state = 州
stats-port = 等候时间的口岸
stats-nationalities-title = 按团体主申请人国籍统计的申请，{ $week } 当周
stats-nationality = 国籍
stats-nationality-unknown = 未知
stats-wait-title = { $port } 的等候时间中位数：{ $lane }
stats-wait-desc = { $days ->
   *[other] { $days } 天
}。{ $empty ->
    [0] 每天都有报告。
   *[other] { $empty } 天没有报告。
}
stats-wait-caption = 每天一根柱：当天工作人员在此通道报告的等候时间的中间值。没有柱表示当天没有报告。
stats-wait-median = 等候时间中位数
stats-wait-reports = 报告数
stats-wait-none = 无报告
