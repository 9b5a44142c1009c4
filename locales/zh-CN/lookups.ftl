# The officer's lookup of a person by name and date of birth (port console).
lookup-link = 按姓名和出生日期查找人员
lookup-title = 按姓名和出生日期查找人员
lookup-intro = 用于未带通行证前来的人员。只在本口岸今天的预约中查找，且只有所有姓名（顺序不限；重音符号、大小写和连字符不计）与出生日期完全一致时才会找到。每次查找都会连同您的姓名一起记录。
lookup-full-name = 全名
lookup-full-name-hint = 证件上的所有姓名，顺序不限。
lookup-submit = 查找
lookup-results = 找到的预约
lookup-none = 今天本口岸没有此姓名和此出生日期的预约。
lookup-capped = 拥有此姓名和此出生日期的人多于所显示的人数：请核对证件和照片。
lookup-back = 返回今天的名单
