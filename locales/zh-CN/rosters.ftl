# Programme rosters: the enrollment check and the claim (issue 20).
rosters-check-title = 此人是否已登记？
rosters-check-intro = 查询贵机构项目名单上的某人：按名单编号和出生日期，或按全名和出生日期。
rosters-roster-id = 名单编号
rosters-roster-id-hint = 与名单上一致，例如 MPP-0001。
rosters-full-name = 全名
rosters-full-name-hint = 仅在没有名单编号时填写。
rosters-check-submit = 查询
rosters-yes = 已登记
rosters-no = 不在贵机构名单上
rosters-status = 项目状态：
rosters-check-privacy = 答复只有是或否以及项目状态，没有其他内容。每次查询都会以您的名义记录。
rosters-status-enrolled = 已登记
rosters-status-pending = 待定
rosters-status-completed = 已完成
rosters-status-withdrawn = 已退出
rosters-claim-title = 认领您在项目名单上的位置
rosters-claim-intro = 如果某机构已将您登记到某个项目，请输入名单编号和出生日期，将其关联到您的账户。
rosters-claim-submit = 认领
rosters-claimed = 已关联到您的账户：名单编号 { $roster_id }，状态 { $status }。
rosters-not-found = 未找到。请检查名单编号和出生日期。
retention-kind-roster-people = 机构项目名单中的人员：在最后一次列出他们的导入之后一年
retention-kind-roster-places = 为项目名单人员保留的名额：在该时段当天之后

# The administrators' page of roster quotas (/admin/rosters/quotas).
rosters-quotas-title = 项目名单配额
rosters-quotas-intro = 口岸每个时段的名额中为项目名单上的人保留的比例，以及在时段当天之前多少天，未使用的保留名额转入每日抽签。0 % 即结束该口岸的配额；已保留的名额仍保留。
rosters-quotas-saved = { $port } 的配额已保存。
rosters-quotas-caption = 各口岸及其名单配额
rosters-quotas-port = 口岸
rosters-quotas-percent = 保留比例
rosters-quotas-release = 未使用的名额转入每日抽签
rosters-quotas-percent-value = { $percent }%
rosters-quotas-release-value = { $days ->
   *[other] 提前 { $days } 天
}
rosters-quotas-none = 无配额
rosters-quotas-set = 设置口岸的配额
rosters-quotas-percent-hint = 0 到 100 之间的整数。0 即结束配额。
rosters-quotas-release-hint = 0 到 60 之间的整数。
rosters-quotas-save = 保存
field-port-id = 口岸
field-percent = 保留比例（%）
field-release-days-before = 时段当天之前的天数

# The public page of a day's roster draw (/rosters/draws/{date}).
rosters-draw-title = { $date } 的名单抽签
rosters-draw-intro = 在为项目名单上的人保留名额的日子里，一次单独的抽签先在已认领名单位置者的未结申请中分配这些名额。它的种子由当天每日抽签的种子派生，而每日抽签的承诺在申请截止前已公布，因此事后无法选择。它未分配的名额在释放前仍保留，之后转入每日抽签。
rosters-draw-places = 为名单上的人保留的名额
rosters-draw-daily = 当天的每日抽签
rosters-draw-verify-command = garita verify-draw roster-draw-{ $file }.json
rosters-helper-claim-intro = 输入项目机构给此人的名单编号和出生日期，把其名额关联到此群组。
rosters-back-to-group = 返回群组
rosters-helper-claimed = 已关联到此群组：名单编号 { $roster_id }，状态 { $status }。
