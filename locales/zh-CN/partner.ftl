# Appointment validation for partner agencies (/partner/validate): yes or no, nothing else.
partner-title = 核验预约
partner-intro = 输入通行证代码和此人的出生日期。回答只有“是”或“否”，别无其他。
partner-code = 通行证代码
partner-code-hint = 按二维码下方印的输入。空格和短横线不计。
field-code = 通行证代码
partner-submit = 核验
partner-yes = 是
partner-yes-detail = 此人的预约有效。
partner-no = 否
partner-no-detail = 此代码和此出生日期没有有效的预约。不提供原因：请检查您输入的内容，或请对方出示通行证。
partner-next = 核验另一个人
partner-privacy = 每次核验都会连同您的账户和您的组织一起记录。
nav-partner = 核验预约
