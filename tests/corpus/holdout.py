"""A held-out labelled set, written independently of the shared development corpus.

Different products, phrasings and disguises from the development rows, so a rule tuned to
those rows alone shows up here. Same shape as the development corpus: each case has the
categories it must get (`expect`) and those that are acceptable either way (`ok`).
Duplicate groups use ids G<digit><member>.
"""
from __future__ import annotations

A, L, D, M, P, F, X, T = ("absolute-term", "off-platform", "duplicate", "mismatch",
                          "privacy", "false-claim", "prohibited", "format")
COLUMNS = ["id", "title", "description", "price", "brand", "category", "attributes"]
CASES: list[dict] = []


def case(id, title, desc="", price="", brand="", category="", attrs="", expect=(), ok=()):
    CASES.append(dict(id=id, title=title, description=desc, price=price, brand=brand,
                      category=category, attributes=attrs, expect=set(expect), ok=set(ok)))


# --- absolute terms -------------------------------------------------------------------------
case("HA01", "全球首发 折叠屏 平板电脑", price="3999", expect=[A])
case("HA02", "销量冠军 316不锈钢 保温杯", price="79", expect=[A])
case("HA03", "史上最低价 加绒卫衣 男", price="59", expect=[A])
case("HA04", "顶级工艺 头层牛皮 钱包 男", price="199", expect=[A])
case("HA05", "NO.1 人气 蓝牙耳机 降噪", price="129", expect=[A])
case("HA06", "独一无二 定制 情侣手链", price="88", expect=[A])
case("HA07", "蓝牙音箱 户外", "<p>采用<b>最先进</b>的数字功放芯片</p>", "239", expect=[A])
case("HA08", "最便宜 的 抽纸 整箱 家用", price="29", expect=[A])
case("HA09", "TOP 1 瑜伽裤 女 高腰", price="69", expect=[A])
case("HA10", "空气净化器 家用 除甲醛", "行业领先的过滤效率", "899", expect=[A])
case("HA11", "世界级 音质 HiFi 耳机", price="599", expect=[A])
case("HA12", "婴儿湿巾 80抽", "宝妈首选品牌", "19", expect=[A])
case("HA13", "最潮 韩版 棒球帽", price="39", expect=[A])
case("HA14", "電動牙刷 成人", "全網最熱銷的款式", "159", expect=[A])
# absolute-term look-alikes
case("HA51", "第一季 动漫 周边 钥匙扣", price="15", expect=[])
case("HA52", "最终幻想 手办 摆件", price="299", expect=[])
case("HA53", "全国联保 变频空调 1.5匹", price="2599", expect=[])
case("HA54", "一级 压榨 菜籽油 5L", price="69", expect=[])
case("HA55", "极简风 实木 书架", price="399", expect=[])
case("HA56", "特级初榨 橄榄油 750ml", price="89", expect=[])
case("HA57", "世界杯 足球 纪念品 徽章", price="25", expect=[])
case("HA58", "第一步 学画画 儿童 绘本", price="35", expect=[])
case("HA59", "冰箱 顶部 收纳架", price="45", expect=[])
case("HA60", "100%纯棉 T恤 男 短袖", price="49", expect=[], ok=[A])
case("HA61", "最近很火 ins风 马克杯", price="29", expect=[])
case("HA62", "升降桌 电动 最高可调120cm", price="899", expect=[], ok=[A])
# --- off-platform -------------------------------------------------------------------------
case("HL01", "手工皂 精油皂", "有问题联系 威信: tb_shop99", "25", expect=[L])
case("HL02", "定制T恤 印字", "批量定制请加Q 12345678 详谈", "39", expect=[L])
case("HL03", "二手相机 镜头", "客服电话 138 0013 8000", "1999", expect=[L], ok=[P])
case("HL04", "红木 茶盘", "联系 一五九 八八八八 六六六六", "699", expect=[L], ok=[P])
case("HL05", "家居 挂画", "<p>更多图片</p><a href='http://www.myartshop.cn/list'>点击进入</a>", "89", expect=[L])
case("HL06", "实木 餐桌", "更多款式 请到抖音搜 小李家居", "1299", expect=[L])
case("HL07", "多肉 植物 盆栽", "vx: abc_home 备注淘宝", "19", expect=[L])
case("HL08", "卫衣 女", "拼多多同款更便宜 私聊", "59", expect=[L])
case("HL09", "香水 小样", "官网 www点perfumeshop点com 查真伪", "99", expect=[L])
case("HL10", "手机壳 定制", "设计图发邮箱 design_case@163.com", "29", expect=[L])
case("HL11", "面霜 补水", "加微 领取 小样", "129", expect=[L])
# off-platform look-alikes
case("HL51", "QQ糖 软糖 儿童零食 混合口味", price="12", expect=[])
case("HL52", "V领 针织衫 女 秋", price="89", expect=[])
case("HL53", "洗发水 500ml", "条码 6901234567892", "39", expect=[])
case("HL54", "床单 单件", "尺寸 138x200cm 纯棉", "69", expect=[])
case("HL55", "电钻 家用", "型号 KD-13800 功率 800W", "159", expect=[])
case("HL56", "月饼 礼盒", "生产日期 2024年08月15日 保质期 60天", "128", expect=[])
case("HL57", "微单相机 收纳包", price="79", expect=[])
case("HL58", "降噪耳机", "售价 1399元 支持花呗分期", "1399", expect=[])
case("HL59", "vivo X100 手机壳 硅胶", price="19", brand="无品牌", attrs="品牌:无品牌", expect=[])
case("HL60", "适用 京东方 屏幕 保护膜", price="15", expect=[], ok=[L])
# --- privacy --------------------------------------------------------------------------------
case("HP01", "闲置 显示器", "原机主 李明 身份证 440305198511201231", "600", expect=[P])
case("HP02", "银行卡 卡套", "示例 6222 0212 3456 7890 128", "6", expect=[P])
case("HP03", "充值卡", "卡号 6228480012345678903", "100", expect=[P])
case("HP51", "工业 传感器", "序列号 440305198511201234", "399", expect=[])
case("HP52", "发票夹 文件袋", "订单号 1234567890123456789", "9", expect=[])
# --- false claims -------------------------------------------------------------------------
case("HF01", "苦荞茶 降三高 养生茶", price="39", expect=[F])
case("HF02", "灵芝孢子粉 抗癌", price="299", expect=[F])
case("HF03", "膏药贴 消炎止痛 颈椎", price="49", expect=[F])
case("HF04", "恭喜中奖 免费领 平板电脑", price="1", expect=[F])
case("HF05", "减肥茶", "一个月瘦20斤 无效退款", "99", expect=[F])
case("HF06", "生发液 防脱", "七天见效 根治脱发", "129", expect=[F])
# false-claim look-alikes
case("HF51", "驱蚊手环 儿童 户外", price="19", expect=[])
case("HF52", "防晒喷雾 SPF50", price="69", expect=[])
case("HF53", "保湿 补水 面膜 10片", price="49", expect=[])
case("HF54", "消毒湿巾 75%酒精", price="15", expect=[])
# --- prohibited -----------------------------------------------------------------------------
case("HX01", "电子烟 烟弹 套装", price="99", expect=[X])
case("HX02", "仿真枪 金属 可发射", price="399", expect=[X])
case("HX03", "代开发票 正规", price="10", expect=[X])
case("HX04", "弹簧刀 户外 折叠", price="89", expect=[X])
case("HX05", "复刻 劳力士 手表 男", price="599", expect=[X], ok=[M])
# prohibited look-alikes
case("HX51", "烟灰缸 水晶 创意", price="39", expect=[])
case("HX52", "水枪 儿童 玩具 夏天", price="29", expect=[])
case("HX53", "刀叉 餐具 套装 不锈钢", price="59", expect=[])
case("HX54", "枪灰色 运动裤 男", price="79", expect=[])
case("HX55", "复刻版 经典 游戏机 怀旧", price="199", expect=[], ok=[X])
# --- mismatch -------------------------------------------------------------------------------
case("HM01", "李宁 篮球鞋 男 高帮", price="499", brand="安踏", attrs="品牌:安踏", expect=[M])
case("HM02", "纯棉 衬衫 男 长袖", price="129", attrs="材质:聚酯纤维100%", expect=[M])
case("HM03", "男士 钱包 短款", price="99", attrs="适用性别:女", expect=[M])
case("HM04", "5kg 东北大米", price="49", attrs="净含量:2.5kg", expect=[M])
case("HM05", "9.9元包邮 数据线 快充", price="29.9", expect=[M])
case("HM06", "耐克 阿迪 彪马 同款 运动裤", price="89", expect=[M])
case("HM07", "连衣裙 女 夏 碎花", price="129", category="手机/手机壳", expect=[M])
case("HM51", "黑色 羽绒服 女", price="599", attrs="颜色分类:黑色;白色;红色", expect=[])
case("HM52", "500ml 保温杯", price="59", attrs="容量:500mL", expect=[], ok=[D])
case("HM53", "10斤 苹果 新鲜 水果", price="59", attrs="净含量:5kg", expect=[])
case("HM54", "苹果 iPhone15 手机壳 透明", price="19", brand="无品牌", attrs="品牌:无品牌", expect=[])
case("HM55", "小米粥 杂粮 500g", price="15", brand="五谷磨房", attrs="品牌:五谷磨房", expect=[])
case("HM56", "39元3件 纯棉 袜子", price="13", expect=[])
case("HM57", "蓝牙耳机 无线", price="99", category="3C数码配件/耳机", expect=[])
case("HM58", "Nike 耐克 跑步鞋 男", price="599", brand="Nike/耐克", attrs="品牌:Nike/耐克", expect=[])
# --- duplicates -----------------------------------------------------------------------------
case("G31", "加厚 珊瑚绒 毛毯 冬季 床上用品", "双面加绒", "99", expect=[D])
case("G32", "冬季 床上用品 加厚 珊瑚绒 毛毯", "双面加绒", "99", expect=[D])
case("G41", "不锈钢 保温杯 500ml 红色款", "真空内胆", "59", expect=[D])
case("G42", "不锈钢 保温杯 500ml 蓝色款", "真空内胆", "59", expect=[D])
case("HD51", "不锈钢 保温杯 1000ml 大容量", "真空内胆", "79", expect=[])
case("HD52", "iPhone 13 钢化膜 高清", price="15", expect=[])
case("HD53", "iPhone 14 钢化膜 高清", price="15", expect=[])
case("HD54", "男士 棉袜 5双装", price="25", expect=[])
case("HD55", "女士 棉袜 5双装", price="25", expect=[])
# --- format ---------------------------------------------------------------------------------
case("HT01", "🔥爆款 女鞋 单鞋", price="99", expect=[T])
case("HT02", "男士休闲裤宽松直筒春秋季新款百搭潮流工装裤子男款弹力加厚长裤大码", price="89", expect=[T])
case("HT03", "！！！清仓！！！ 棉服 外套", price="99", expect=[T])
case("HT51", "【现货】 女鞋 单鞋 软底", price="99", expect=[])
case("HT52", "儿童 画板 3-6岁 磁性", price="39", expect=[])
