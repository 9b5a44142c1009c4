# Finding the place: the Mexican side of each port, the map links, the distance warning,
# and the town search without GPS.
places-meeting-address = 集合地点
places-open-map-app = 在地图应用中打开
places-open-osm = 在 OpenStreetMap 上查看
places-where-ports = 各口岸在墨西哥一侧的位置
places-far-away = 这个口岸离您提出申请的地方（{ $state }）很远：约 { $km } 公里，走公路约 { $hours } 小时。
places-far-estimate = 这是估算：直线距离 × 1.3，按每小时 60 公里，从该州离口岸最近的城镇算起。这不是路线。
places-city-label = 您所在的城市或城镇
places-city-hint = 没有 GPS？输入您所在城镇的名称并从列表中选择。重音符号和大小写不影响。
places-city-find = 查找我的城镇
places-city-choose = 选择您的城镇
places-city-none = 没有找到这个名称的城镇。请检查拼写，或试试附近较大的城镇。
places-typed = { $place } 的位置：手动输入，非测量所得。
places-credit = 城镇列表：GeoNames（CC BY 4.0）。
places-to-confirm = { $what ->
    [city] 城市
    [crossing] 墨西哥一侧的过境点
    [us_crossing] 美国一侧的过境点
    [meeting_address] 集合地点地址
   *[meeting_point] 地图上的集合地点
}: 待机构确认
