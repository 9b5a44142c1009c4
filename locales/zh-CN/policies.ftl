# Policies: the rules of each day's draw (public record) and the admins' page.
policies-title = 每日抽签的规则
policies-intro = 运营本服务的机构决定规则：何时受理申请、名额如何分配、可以从哪里申请。每套规则从某一天起生效；以下是完整记录。
policies-caption = 规则及其各自生效的日期
policies-from = 自该日抽签起
policies-name = 名称
policies-rules = 规则
policies-digest = 摘要（SHA-256）
policies-in-force = 现行
policies-used-from = 首次使用于该日抽签
policies-text = 全文
policies-admin-title = 政策
policies-admin-intro = 安排从某一天起生效的新规则。已经抽签的日期保留其原有规则。文本有问题时不会保存任何内容。
policies-not-saved = 未保存任何内容；现行规则不变。
policies-schedule = 安排这些规则
policies-date-required = 请填写规则生效的第一天。
policies-rule-weighted = 加权抽签（计入等待天数）
policies-rule-oldest-share-then-random = 一部分给注册最早的人，其余随机
policies-carry-over = 申请保留到下一次抽签
policies-no-carry-over = 每天重新申请
policies-region-latitude = 北纬 { $latitude }° 以北
policies-region-states = 包含的州：{ $count }

# The group's U.S. destination address (when the policy asks for it).
policies-us-address-legend = 美国目的地地址
policies-us-address-hint = 团组在美国要去的地方：按现行规则要求，全组共用一个地址。
field-us-state = 州
field-us-zip = ZIP 邮政编码（5 位数字）
field-us-street = 街道和门牌号
# The region of the rules in force, as rules and a map.
policies-region-title = 可以从哪里申请
policies-region-included = 以下整个州：{ $states }
policies-region-north-of = 北纬 { $latitude }° 线上或其以北的任何地方
policies-region-excluded = 以下各州除外：{ $states }
policies-region-exception-holder = 主申请人为 { $countries } 公民的团组可以从墨西哥任何地方申请
policies-region-exception-all = 所有成员均为 { $countries } 公民的团组可以从墨西哥任何地方申请
policies-region-map-label = 墨西哥地图：可以申请的州已填色；线条是纬度界限。列表用文字说明同样的内容。
policies-region-map-caption = 填色：符合条件。浅色：线以北符合条件。
# Confirming under rules that check the location again.
policies-recheck-title = 在您所在的地方确认
policies-recheck-intro = 现行规则在确认前会再次核实您在区域内。请分享一次您的位置，或输入您所在的城市。
# What is wrong with a policy's text (the field is named separately).
policies-problem-syntax = 无法读取文本：{ $detail }
policies-problem-window-order = 申请时段在开始之前就结束了
policies-problem-window-too-long = 申请时段超过 24 小时
policies-problem-allocation-before-close = 抽签在申请时段结束之前进行
policies-problem-out-of-range = 必须在 { $lowest } 到 { $highest } 之间
policies-problem-unknown-state = { $value } 不是已知的州代码（请写类似 MX.BN 的代码）
policies-problem-unknown-country = { $value } 不是已知的国家代码（请写类似 MX 的代码）
policies-problem-empty-region = 区域内没有任何地方
policies-problem-invalid-id = { $value } 不是有效的名称（小写字母、数字和连字符）
policies-problem-repeated = { $value } 出现了两次
