# 机构、其人员与邀请；管理员的机构页和工作人员页。
nav-organisation = 我的机构
nav-organisations = 机构
nav-staff = 工作人员

role-officer = 官员
role-agriculture-specialist = 农业专员
role-adjudicator = 申请审理员
role-enrollment-officer = 登记官员
role-organisation-manager = 管理人
role-organisation-member = 成员
role-admin = 系统管理员

organisation-kind-partner-agency = 合作机构
organisation-kind-customs-broker = 报关行
organisation-kind-carrier = 运输公司
organisation-kind-bus-line = 客运巴士公司
organisation-kind-airline = 航空公司
organisation-kind-aid-organisation = 庇护所、法律援助或国际组织
organisation-kind-government-agency = 政府机构

organisation-status-label = 状态
organisation-status-pending = 等待批准
organisation-status-approved = 已批准
organisation-status-suspended = 已暂停
organisation-status-rejected = 已拒绝

organisation-decision-approve = 批准
organisation-decision-reject = 拒绝
organisation-decision-suspend = 暂停

programme-appointments = 入境口岸预约
programme-parole-travel = 假释旅行授权
programme-provisional-i94 = 临时 I-94
programme-trusted-traveler = 可信旅客计划

field-legal-name = 法定名称
field-legal-name-hint = 与在主管部门登记的名称一致。
field-kind = 机构类型
field-country = 国家
field-identifier = 识别码
field-identifier-hint = 报关行：CBP 申报人代码（3 个字母或数字）。航空公司：IATA 代码（2 个字符）。运输公司和巴士公司：SCAC（2 至 4 个字母）或 USDOT 编号。其他：登记号（如有）。
field-role = 角色
field-manager-email = 管理人的电子邮件地址
field-location = 地点
field-location-hint = 适用于官员、农业专员和登记官员。
field-programme = 项目
field-programme-hint = 适用于申请审理员。
field-scope = 地点或项目

organisations-register-title = 登记机构
organisations-register-intro = 合作机构、报关行、运输公司、巴士公司、航空公司、庇护所和政府机构经管理员批准后即可在 Garita 上办理事务。
organisations-register-you = 您，首位管理人
organisations-register-you-intro = 您将管理机构的人员。我们会发送一个链接来验证您的地址；首次登录时，您需要设置第二步验证（身份验证器应用）。
organisations-register-submit = 登记机构

organisation-waiting = 管理员批准您的机构后，您才能代表其办理事务。作出决定后您会收到电子邮件。
organisation-stopped = 您的机构目前不能在 Garita 上办理事务。如果您认为有误，请联系管理员。
organisation-people = 人员
organisation-since = 起始日期
organisation-actions = 操作
organisation-make-member = 设为成员
organisation-make-manager = 设为管理人
organisation-remove = 移除
organisation-invitations = 邀请
organisation-no-invitations = 还没有邀请。
organisation-invitation-status = 状态
organisation-expires = 到期
organisation-revoke = 撤回
organisation-invite = 邀请他人
organisation-invite-intro = 我们会向此地址发送链接。链接只能使用一次，有效期 7 天，且仅限该地址的账户使用。
organisation-invite-submit = 发送邀请
organisation-api-keys = API 密钥
organisation-api-keys-intro = 您自己的系统可以凭密钥代表机构办理事务。
organisation-api-keys-link = 管理 API 密钥

invitation-status-pending = 等待中
invitation-status-accepted = 已接受
invitation-status-expired = 已过期
invitation-status-revoked = 已撤回

invitation-title = 邀请
invitation-to-organisation = 您受邀代表以下机构办理事务：
invitation-to-staff = 您受邀以 CBP 工作人员身份在 Garita 上工作。
invitation-accept = 接受邀请
invitation-sign-in = 此地址已有账户。请用该账户登录后接受。
invitation-new-account = 请设置密码以创建账户。首次登录时，您需要设置第二步验证（身份验证器应用）。
invitation-password-hint = 至少 15 个字符。

organisations-admin-title = 机构
organisations-all = 全部
organisations-none = 这里没有机构。
organisations-registered = 登记日期
organisations-create = 创建机构
organisations-create-intro = 您创建的机构立即获得批准；其管理人会收到电子邮件邀请。
organisations-create-submit = 创建并邀请管理人

staff-title = CBP 工作人员
staff-grants = 角色
staff-scope-platform = 整个平台
staff-remove-grant = 移除
staff-invite = 邀请人员
staff-invite-intro = 选择一个角色及其适用范围：官员、专员和登记官员选择地点，申请审理员选择项目。链接只能使用一次，有效期 7 天。
staff-invite-submit = 发送邀请

notification-invitation-subject = 邀请您在 Garita 上代表 { $organisation } 办理事务
notification-invitation-body = 您受邀在 Garita 上代表 { $organisation } 办理事务。请在 7 天内打开此链接接受邀请：{ $link } 如果您并未期待此邀请，可以忽略它。
notification-staff-invitation-subject = 邀请您以 CBP 工作人员身份在 Garita 上工作
notification-staff-invitation-body = 您受邀以 CBP 工作人员身份在 Garita 上工作。请在 7 天内打开此链接接受邀请：{ $link } 如果您并未期待此邀请，可以忽略它。
notification-organisation-approved-subject = { $organisation } 已获批准
notification-organisation-approved-body = 管理员已批准 { $organisation }。其人员现在可以在 Garita 上代表其办理事务：{ $url }
notification-organisation-rejected-subject = { $organisation } 未获批准
notification-organisation-rejected-body = 管理员未批准 { $organisation } 的登记。如果您认为有误，请联系管理员。
notification-organisation-suspended-subject = { $organisation } 已被暂停
notification-organisation-suspended-body = 管理员已暂停 { $organisation }。在重新获批之前，其人员和密钥不能代表其办理事务。
notification-kind-invitation = 邀请
notification-kind-staff-invitation = 工作人员邀请
notification-kind-organisation-approved = 机构已获批准
notification-kind-organisation-rejected = 机构未获批准
notification-kind-organisation-suspended = 机构已被暂停
