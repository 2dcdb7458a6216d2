"""MIS rules: agreeing and contradicting listings per check, side by side."""
from __future__ import annotations

import pytest

from listlint.config import Settings
from listlint.rules.mismatch_price import parse_price_field
from listlint.rules.mismatch_values import quantities
from listlint.text.normalize import normalize_text
from tests.conftest import lint_one


def mis(select, **fields):
    return sorted({f.rule for f in lint_one(select=[select], **fields)})


def spans(select, **fields):
    return sorted((f.rule, f.field, f.text) for f in lint_one(select=[select], **fields))


# --- MIS001 brand vs brand attribute ------------------------------------------------------
BRAND = [
    ("gaming-laptop-names-no-compat-brand", dict(title="联想拯救者 游戏本 R9000P 16英寸", attributes="品牌:华硕"), True),
    ("switch-controller-is-compat", dict(title="游戏手柄 适用Switch 无线蓝牙 Pro手柄", attributes="品牌:良值"), False),
    ("beer-short-name", dict(title="雪花 勇闯天涯 啤酒 500ml*12听 整箱", attributes="品牌:青岛啤酒"), True),
    ("snowflake-is-no-beer", dict(title="雪花纹 冬季毛衣女 宽松", attributes="品牌:优衣库"), False),
    # Cherry switches inside another brand's keyboard
    ("pull-back-car-is-no-brand", dict(title="合金车模 1:24 仿真汽车模型 回力车", attributes="品牌:美致"), False),
    # from a clean catalogue: model codes, ecosystems, the maker's own brand on a fitted accessory
    ("brand-letters-in-model-code", dict(title="容声 十字对开门冰箱 BCD-529WD18HP", attributes="品牌:Ronshen/容声"), False),
    ("brand-letters-in-hyphen-code", dict(title="松下 电烤箱 38L NB-HM3810", attributes="品牌:Panasonic/松下"), False),
    ("ecosystem-after-support", dict(title="绿米 人体传感器P1 支持HomeKit 米家", attributes="品牌:Aqara/绿米"), False),
    ("own-brand-on-fitted-mat", dict(title="GOODYEAR/固特异 汽车脚垫 适用特斯拉Model Y", attributes="品牌:GOODYEAR/固特异;适用车型:特斯拉Model Y"), False),
    ("brand-short-name", dict(title="天王表机械表男 自动上链 GS5982S", attributes="品牌:天王"), False),
    ("lego-duplo-is-no-tissue", dict(title="乐高得宝系列 10914 豪华缤纷桶 大颗粒积木", attributes="品牌:乐高"), False),
    ("paint-brand", dict(title="立邦净味五合一乳胶漆 内墙面漆 白色5L", attributes="品牌:多乐士"), True),
    ("explorer-is-no-tile-brand", dict(title="马可波罗游记 全译本 正版", attributes="品牌:人民文学出版社"), False),
    ("bathroom-brand", dict(title="箭牌卫浴 浴室柜组合 80cm", attributes="品牌:恒洁"), True),
    ("sub-brand-of-the-brand", dict(title="卡萨帝 10公斤 滚筒洗衣机", attributes="品牌:海尔"), False),
    ("medical-device-brand", dict(title="鱼跃电子血压计 上臂式 家用", attributes="品牌:欧姆龙"), True),
    ("parent-group-named", dict(title="艾茉森 电钢琴 88键 珠江 旗下", attributes="品牌:艾茉森"), False),
    ("epic-is-no-dairy", dict(title="荷马史诗 伊利亚特 奥德赛 全译本", attributes="品牌:上海人民出版社"), False),
    ("colour-name-is-no-brand", dict(title="OPI指甲油 速干亮面 Big Apple Red 正红色", attributes="品牌:OPI"), False),
    ("cotton-gusset-is-a-part", dict(title="蕾丝内裤3条装 低腰三角裤 纯棉裆", attributes="材质成分:锦纶90% 氨纶10%;裆部材质:棉100%"), False),
    ("brand-column-vs-attribute", dict(title="九阳豆浆机 免滤 1.2L", brand="Joyoung/九阳", attributes="品牌:Midea/美的"), True),
    ("acuvue-is-johnson", dict(title="强生安视优舒日日抛隐形眼镜30片", attributes="品牌:ACUVUE/安视优"), False),
    ("kindle-is-amazon", dict(title="二手Kindle Paperwhite 5 8GB 电子书阅读器", attributes="品牌:亚马逊"), False),
    ("nappy-size-nb", dict(title="帮宝适 一级帮 纸尿裤 NB码 84片", attributes="品牌:Pampers/帮宝适"), False),
    ("e-bike-line-is-no-pet-food", dict(title="雅迪冠能电动车 新国标 60V", attributes="品牌:雅迪"), False),
    ("maotai-town-with-province", dict(title="贵州茅台镇 酱香型白酒 53度", attributes="品牌:金沙"), False),
    ("component-switch-brand", dict(title="罗技G610机械键盘Cherry樱桃红轴104键", attributes="品牌:Logitech/罗技"), False),
    # what an accessory fits: the title's 适用X against 适用手机型号
    ("fits-other-phone", dict(title="适用苹果15手机壳 透明防摔", attributes="品牌:other/其他;适用手机型号:华为Mate60"), True),
    ("fits-same-phone", dict(title="适用苹果15手机壳 透明防摔", attributes="品牌:other/其他;适用手机型号:iPhone 15"), False),
    ("fits-several", dict(title="适用华为小米苹果 数据线", attributes="品牌:绿联;适用品牌:华为,小米,苹果"), False),
    ("fits-unnamed", dict(title="适用华为 手机壳", attributes="适用手机型号:通用"), False),
    # a list of compatible brands crosses sectors; a brand also named as what it fits
    ("compat-list-across-sectors", dict(title="万能空调遥控器 适用格力 美的 海尔 奥克斯 通用", brand="金普达"), False),
    ("fitted-brand-named-twice", dict(title="戴森吹风机收纳架 适配Dyson 免打孔 壁挂置物架", brand="家的物语"), False),
    ("scale-model-car", dict(title="1:18 合金汽车模型 保时捷911 仿真收藏", brand="美驰图"), False),
    ("unfitted-brand-still-counts", dict(title="戴森吹风机 正品 负离子", brand="家的物语"), True),
    ("baume-degree-is-not-mido", dict(title="成熟蜂蜜 波美度≥42", brand="山花"), False),
    ("sensor-maker-is-a-component", dict(title="运动相机", subtitle="索尼传感器 WiFi手机互联", brand="小蚁"), False),
    ("game-for-a-platform", dict(title="FIFA23 PS4 游戏 光盘", brand="EA"), False),
    # contradicting
    ("nike-vs-lining", dict(title="耐克Nike 跑步鞋 男", attributes="品牌:李宁"), True),
    ("adidas-vs-anta", dict(title="阿迪达斯 跑步鞋 女", attributes="品牌:安踏"), True),
    ("latin-vs-cn", dict(title="NIKE 运动裤 男", attributes="品牌:特步"), True),
    ("brand-column", dict(title="华为 Mate60 手机", brand="小米"), True),
    ("no-brand-claims-nike", dict(title="耐克 同款 运动鞋", attributes="品牌:无品牌"), True),
    ("unknown-own-brand", dict(title="雅诗兰黛 小棕瓶 精华", attributes="品牌:某某美妆"), True),
    ("ambiguous-with-context", dict(title="美的 电饭煲 家用 4L", attributes="品牌:九阳"), True),
    ("xiaomi-phone", dict(title="小米14 手机 全新", attributes="品牌:华为"), True),
    ("apple-official", dict(title="苹果 iPhone15 官方 正品", attributes="品牌:三星"), True),
    ("subtitle-field", dict(title="运动鞋 男", subtitle="彪马同款 透气", attributes="品牌:回力"), True),
    ("short-latin-lv", dict(title="LV 老花 手提包", attributes="品牌:无品牌"), True),
    ("original-charger", dict(title="华为原装 充电器 66W", attributes="品牌:绿联"), True),
    ("json-attributes", dict(title="耐克 卫衣", attributes='{"品牌": "安踏"}'), True),
    ("fullwidth-attrs", dict(title="耐克 卫衣", attributes="品牌：安踏；颜色分类：黑色"), True),
    # agreeing
    ("alias-pair", dict(title="阿迪达斯 跑步鞋 女", attributes="品牌:adidas/阿迪达斯"), False),
    ("latin-title-cn-attr", dict(title="adidas 跑步鞋", attributes="品牌:阿迪达斯"), False),
    ("cn-title-latin-attr", dict(title="耐克 跑步鞋", attributes="品牌:NIKE"), False),
    ("attr-with-parens", dict(title="耐克 跑步鞋", attributes="品牌:耐克（NIKE）"), False),
    ("sub-brand", dict(title="红米 Note13 手机", attributes="品牌:小米"), False),
    ("family-jordan", dict(title="乔丹 AJ1 篮球鞋", attributes="品牌:Nike/耐克"), False),
    ("compat-shiyong", dict(title="适用华为 P60 手机壳", attributes="品牌:无品牌"), False),
    ("compat-jianrong", dict(title="兼容华为 快充 数据线", attributes="品牌:绿联"), False),
    ("compat-for", dict(title="for iPhone 15 钢化膜", attributes="品牌:无品牌"), False),
    ("compat-accessory", dict(title="苹果手机壳 透明 防摔", attributes="品牌:无品牌"), False),
    ("compat-chain", dict(title="绿联 数据线 适用苹果华为小米", attributes="品牌:绿联"), False),
    ("compat-car", dict(title="适配大众 朗逸 脚垫", attributes="品牌:无品牌"), False),
    # an apparel brand as what an accessory fits: only a strong word right before it counts
    ("compat-apparel-shiyong", dict(title="适用 耐克 鞋带", attributes="品牌:其他"), False),
    ("compat-apparel-for-latin", dict(title="适用于Nike AF1 鞋撑 防皱", attributes="品牌:其他"), False),
    ("apparel-weak-marker", dict(title="配耐克 袜子 运动", attributes="品牌:李宁"), True),
    ("apparel-no-marker", dict(title="耐克 鞋带 白色", attributes="品牌:其他"), True),
    ("apple-fruit", dict(title="烟台 红富士苹果 新鲜水果 5斤", attributes="品牌:无品牌"), False),
    ("millet-grain", dict(title="黄小米 新米 小米粥 5斤", attributes="品牌:十月稻田"), False),
    ("meide-adjective", dict(title="很美的 碎花 连衣裙", attributes="品牌:歌莉娅"), False),
    ("olympic-not-peak", dict(title="奥林匹克 纪念 徽章", attributes="品牌:无品牌"), False),
    ("sandwich-not-meiji", dict(title="三明治 早餐机", attributes="品牌:小熊"), False),
    ("gap-in-word", dict(title="gaps 防水 密封条", attributes="品牌:无品牌"), False),
    ("lv-lowercase-inside", dict(title="lvl 运动 头带", attributes="品牌:无品牌"), False),
    ("no-brand-field", dict(title="耐克 跑步鞋"), False),
    ("maotai-town", dict(title="茅台镇 酱香型 白酒 53度", attributes="品牌:国台"), False),
    ("honor-game", dict(title="王者荣耀 手办 摆件", attributes="品牌:无品牌"), False),
    ("leica-imaging-feature", dict(title="小米14 骁龙8Gen3 徕卡影像手机", attributes="品牌:Xiaomi/小米"), False),
    ("leica-camera", dict(title="徕卡 Q3 全画幅 相机", attributes="品牌:无品牌"), True),
    ("geely-auspicious", dict(title="招财猫摆件 开业大吉利 收银台", attributes="品牌:无品牌"), False),
    ("geely-car", dict(title="吉利 帝豪 原厂 机油", attributes="品牌:无品牌"), True),
    ("bmw-horse", dict(title="宝马 雕塑 铜马 摆件", attributes="品牌:无品牌"), False),
    ("bmw-car", dict(title="宝马 3系 原厂 机油", attributes="品牌:无品牌"), True),
    ("arowana-fish", dict(title="金龙鱼 专用 鱼缸灯 龙鱼灯", attributes="品牌:无品牌"), False),
    ("arawana-oil", dict(title="金龙鱼 花生油 5L", attributes="品牌:鲁花"), True),
    # a co-brand partner and a lens mount name no maker
    ("collab-partner", dict(title="RIO×六神联名 鸡尾酒 275ml", attributes="品牌:RIO/锐澳"), False),
    ("lens-mount", dict(title="适马 35mm F1.4 定焦镜头 佳能口", attributes="品牌:Sigma/适马"), False),
    ("adapter-mounts", dict(title="唯卓仕 索尼E口转尼康Z口 转接环", attributes="品牌:唯卓仕"), False),
    ("camera-not-mount", dict(title="佳能相机 EOS R50 微单", attributes="品牌:索尼"), True),
    ("nb-size-list", dict(title="帮宝适纸尿裤NB/S/M/L/XL 尺码可选", attributes="品牌:帮宝适"), False),
    ("nb-brand", dict(title="NB 574 复古跑鞋", attributes="品牌:李宁"), True),
    ("barbie-leggings", dict(title="鲨鱼裤女外穿高腰瑜伽裤芭比裤", attributes="品牌:无品牌"), False),
    ("birkenstock-style", dict(title="软木拖鞋女 一字拖平底勃肯鞋", attributes="品牌:步履轻"), False),
    ("birkenstock-brand", dict(title="勃肯 Birkenstock 软木拖鞋", attributes="品牌:步履轻"), True),
    ("sub-brand-leader", dict(title="统帅海尔出品10公斤滚筒洗衣机", attributes="品牌:统帅"), False),
    ("cpu-in-a-laptop", dict(title="联想小新Pro16 英特尔酷睿Ultra5", attributes="品牌:Lenovo/联想"), False),
    ("honor-is-not-huawei", dict(title="荣耀X50 5G手机 官方正品", attributes="品牌:华为"), True),
    ("colombia-coffee", dict(title="挂耳咖啡 手冲咖啡粉哥伦比亚 10g×20包", attributes="品牌:山野小馋"), False),
    ("columbia-jacket", dict(title="哥伦比亚 冲锋衣 户外", attributes="品牌:无品牌"), True),
    ("dw-foundation", dict(title="雅诗兰黛DW持妆粉底液30ml", attributes="品牌:Estee Lauder/雅诗兰黛"), False),
    ("dw-watch", dict(title="DW手表女 石英表", attributes="品牌:CASIO/卡西欧"), True),
    ("instrument-brand", dict(title="雅马哈 F310 民谣吉他 41寸", attributes="品牌:Kepma/卡马"), True),
    ("instrument-cover-fits", dict(title="适用雅马哈电钢琴罩 防尘罩", attributes="品牌:无品牌"), False),
    ("martin-boots", dict(title="马丁靴女 英伦风 厚底", attributes="品牌:无品牌"), False),
    ("sub-brand-zoetis", dict(title="大宠爱 猫咪驱虫滴剂 硕腾", attributes="品牌:Zoetis/硕腾"), False),
    ("repair-service", dict(title="手机维修 iPhone 13 换屏 上门", attributes="品牌:无品牌"), False),
    ("oil-line-is-no-beer", dict(title="壳牌 灰壳 超凡喜力 5W-30 全合成机油 4升装", attributes="品牌:Shell/壳牌"), False),
    ("wire-type-is-no-fashion-brand", dict(title="正泰 BV 2.5平方 国标铜芯电线 100米", attributes="品牌:正泰"), False),
    ("fashion-letters-beside-a-bag", dict(title="BV 编织 云朵包 女", attributes="品牌:Gucci"), True),
    ("vivo-sub-brand", dict(title="iQOO Neo9 5G手机 16+512G", attributes="品牌:vivo"), False),
    # the description calls the product by another maker's name
    ("maker-in-description", dict(title="网红可视空气炸锅 5L", description="美的空气炸锅，5L大容量", attributes="品牌:九阳"), True),
    ("comparison-in-description", dict(title="空气炸锅 5L", description="媲美飞利浦空气炸锅的口感", attributes="品牌:九阳"), False),
    ("own-brand-also-in-description", dict(title="九阳空气炸锅 5L", description="九阳空气炸锅，比美的空气炸锅更省电", attributes="品牌:九阳"), False),
    ("parent-in-description", dict(title="电钢琴 88键 重锤", description="珠江艾茉森电钢琴，88键", attributes="品牌:艾茉森"), False),
    ("device-in-accessory-description", dict(title="无线蓝牙耳机 降噪", description="苹果手机 安卓通用 蓝牙耳机 续航30小时", attributes="品牌:漫步者"), False),
    ("former-product-in-description", dict(title="空气炸锅 5L", description="之前用的美的空气炸锅容易糊", attributes="品牌:九阳"), False),
    ("yardstick-in-description", dict(title="全价猫粮 2kg", description="皇家猫粮同等配方", attributes="品牌:麦富迪"), False),
    ("membership-of-another-platform", dict(title="爱奇艺黄金VIP月卡 直充", attributes="品牌:腾讯视频"), True),
    ("app-a-head-unit-supports", dict(title="飞歌车载导航 安卓智能车机 无线CarPlay 支持QQ音乐", attributes="品牌:飞歌"), False),
    # a 品牌 spec line of the description against the brand attribute (a parent brand agrees)
    ("description-brand-line", dict(title="速充 65W氮化镓充电器 三口", description="<p>品牌：闪能</p><p>GaN 65W</p>",
                                    attributes="品牌:速充;输出功率:65W"), True),
    ("description-brand-line-agrees", dict(title="速充 65W氮化镓充电器", description="<p>品牌：速充（SUCHONG）</p>",
                                           attributes="品牌:速充"), False),
    ("description-brand-line-parent", dict(title="红米 Note13 5G", description="<p>品牌：小米</p>", attributes="品牌:Redmi/红米"), False),
    # a book's title names its subject; its 品牌 is the publisher
    ("book-title-names-a-brand", dict(title="华为团队工作法 企业管理 正版书籍", category="书籍/杂志/报纸>管理",
                                      attributes="品牌:中信出版社;书名:华为团队工作法"), False),
    # a brand right before a product word, however jieba splits it (回/力帆/布鞋); 美的 with a fan
    ("brand-before-product", dict(title="回力帆布鞋 经典款 低帮", attributes="品牌:飞步"), True),
    ("brand-before-product-inside-a-word", dict(title="送回力帆布鞋", attributes="品牌:飞步"), False),
    ("midea-fan", dict(title="美的落地扇 家用 立式 遥控", attributes="品牌:风之源"), True),
    # brands listed after 适用 in the description are what it fits
    ("description-fits-list", dict(title="钢化玻璃锅盖 28cm 适用苏泊尔/美的等品牌炒锅",
                                   description="<p>适用锅口内径28cm的炒锅，如苏泊尔、美的、爱仕达等品牌的28cm锅具</p>",
                                   attributes="品牌:盖好"), False),
    ("us-plug-standard", dict(title="全球通用 转换插头 旅行 英标 美标 欧标 澳标 USB", attributes="品牌:公牛"), False),
    ("repair-service-lists-brands", dict(title="空调维修 加氟 上门 格力美的海尔通用", category="本地化生活服务>家电维修", attributes="品牌:无品牌"), False),
    ("car-rental-names-cars", dict(title="婚车租赁 奔驰S级 头车 奥迪A6 跟车", category="本地化生活服务>婚车租赁", attributes="品牌:无品牌"), False),
    ("unknown-title-brand", dict(title="金狮王 男士皮带 自动扣 头层牛皮", description="<p>虎啸 商务自动扣皮带</p><p>带身：头层牛皮</p>",
                                 attributes="品牌:虎啸"), True),
    ("unknown-title-brand-description-names-it", dict(title="金狮王 男士皮带 自动扣", description="<p>虎啸 金狮王系列 自动扣皮带</p>",
                                                      attributes="品牌:虎啸"), False),
    ("title-opens-with-a-word", dict(title="健身房次卡 10次 游泳", description="<p>门店地址：杭州市西湖区文一西路588号乐动健身</p>",
                                     attributes="品牌:乐动健身"), False),
    ("office-supplies-are-goods", dict(title="得力订书机 12号 省力型", category="办公设备/耗材/相关服务>装订用品>订书机", attributes="品牌:晨光"), True),
    # an unknown name opening the title while the description's 品牌 line names the listing's own
    # (果时光 is 果 and 时光 to jieba: a character and a word make no compound, a modifier character would)
    ("unknown-title-brand-vs-brand-line", dict(title="果时光 每日坚果 750g", description="<p>品牌：坚果铺子</p><p>配料：腰果仁</p>", attributes="品牌:坚果铺子"), True),
    ("two-char-title-brand-vs-brand-line", dict(title="朗坤 男士长袖衬衫 商务免烫", description="<p><b>卡帝尼男装 · 商务系列</b></p><p>免烫工艺</p>", attributes="品牌:卡帝尼"), True),
    ("two-char-name-ending-in-feng", dict(title="舒风 落地扇 家用遥控 七叶", description="<p>凉屋 · 夏季系列</p>", attributes="品牌:凉屋"), True),
    ("two-char-trade-word-opening", dict(title="高腰 阔腿裤 女", description="朗坤女装 春季新款", attributes="品牌:朗坤"), False),
    ("two-char-style-ending-in-feng", dict(title="港风 衬衫 男", description="朗坤男装 春季新款", attributes="品牌:朗坤"), False),
    ("two-char-opening-in-food", dict(title="勐库 普洱熟茶 357g", description="茶语轩 普洱", category="茶>普洱", attributes="品牌:茶语轩"), False),
    ("modifier-character-compound", dict(title="小白鞋 女款 百搭", description="<p>品牌：步乐</p>", attributes="品牌:步乐"), False),
    ("unknown-title-brand-three-chars", dict(title="罗拉秀 保湿面霜 50g", description="<p>品牌：芮研</p><p>净含量：50g</p>", attributes="品牌:芮研"), True),
    ("bilingual-two-char-title-brand", dict(title="花辞 Hana.C 保湿面霜 50g", description="<p>品牌：肌研社</p>", attributes="品牌:肌研社"), True),
    ("bilingual-glued-title-brand", dict(title="澜肌LANJI 积雪草面霜 50g", description="<p>品牌：芮研</p>", attributes="品牌:芮研"), True),
    ("two-chars-and-a-trade-word", dict(title="网红 Vlog 补光灯", description="<p>品牌：闽福</p>", attributes="品牌:闽福"), False),
    ("two-chars-and-ins", dict(title="韩版INS 卫衣 宽松", description="<p>品牌：闽福</p>", attributes="品牌:闽福"), False),
    ("place-name-opening", dict(title="福鼎 白茶 2019 寿眉 饼", description="<p>品牌：闽福</p>", attributes="品牌:闽福"), False),
    ("bilingual-own-brand", dict(title="澜肌LANJI 面霜", description="<p>品牌：澜肌</p>", attributes="品牌:澜肌"), False),
    ("colour-name-holds-a-brand", dict(title="二手 OPPO Reno11 全网通 12+256 萤石青 国行", attributes="品牌:OPPO"), False),
    ("brand-inside-makers-name", dict(title="卡帕斯 适用Mate70Pro 钢化膜", description="包装标识：东莞市卡帕斯电子科技有限公司 地址：广东省东莞市", attributes="品牌:KAPAS"), False),
    ("brand-inside-paired-name", dict(title="卡帕斯 手机壳 透明", description="卡帕斯（KAPAS）透明磁吸壳", attributes="品牌:KAPAS"), False),
    ("brand-whole-word-still-other", dict(title="卡帕 运动裤 男", description="东莞市卡帕斯电子科技有限公司", attributes="品牌:KAPAS"), True),
    ("latin-x-end-no-collab", dict(title="Britax宝得适儿童安全座椅汽车用", attributes="品牌:贝思贝特"), True),
    ("works-with-mijia-app", dict(title="睿视家用监控摄像头360度全景WiFi手机远程米家APP", attributes="品牌:睿视"), False),
    # a brand and a colour character name a colour where paint is sold or the 颜色 gives it
    ("brand-colour-on-paint", dict(title="补漆笔 保时捷灰 汽车划痕修补 车漆笔", attributes="品牌:洁仕通;颜色:保时捷灰"), False),
    ("brand-colour-as-colour-attribute", dict(title="蒂芙尼蓝 保温杯 316不锈钢", attributes="品牌:杯语;颜色分类:蒂芙尼蓝"), False),
    ("car-brand-on-a-scent", dict(title="保时捷 车载香水", attributes="品牌:香居"), True),
    # a scale model names the car it models
    ("model-car-names-its-car", dict(title="TOMICA多美卡 No.117 保时捷911 合金车", attributes="品牌:多美卡"), False),
    # a name glued to the product word the title sells (星野腕表) is read as the title's opening name
    ("glued-name-before-product", dict(title="星野腕表 SY-801 女士小表盘 皮带", description="<p><b>凯维斯</b> 女士石英表</p>", attributes="品牌:凯维斯"), True),
    ("glued-trade-word-before-product", dict(title="男士腕表 SY-801 皮带", description="<p><b>凯维斯</b> 男士石英表</p>", attributes="品牌:凯维斯"), False),
]


@pytest.mark.parametrize("name,fields,fires", BRAND, ids=[b[0] for b in BRAND])
def test_mis001_brand(name, fields, fires):
    assert mis("MIS001", **fields) == (["MIS001"] if fires else [])


def test_mis001_span_points_at_title_brand():
    fs = lint_one(select=["MIS001"], title="新款 耐克 跑步鞋", attributes="品牌:李宁")
    assert [(f.field, f.start, f.end, f.text) for f in fs] == [("title", 3, 5, "耐克")]


@pytest.mark.parametrize("title,expected", [
    # one brand written in two scripts is one claim, two brands are two
    ("Nike耐克 男子跑步鞋", [("MIS001", "title", "Nike耐克")]),
    ("Nike/耐克 男子跑步鞋", [("MIS001", "title", "Nike/耐克")]),
    ("耐克 跑步鞋 阿迪达斯", [("MIS001", "title", "耐克"), ("MIS001", "title", "阿迪达斯")]),
])
def test_mis001_one_finding_per_brand_written_twice(title, expected):
    assert spans("MIS001", title=title, attributes="品牌:李宁") == expected


def test_mis001_extra_brand_option():
    s = Settings(rule_settings={"MIS001": {"extra-brands": [["山野小铺", "Shanye"]], "brands-files": []}})
    fs = lint_one(select=["MIS001"], settings=s, title="Shanye 登山杖", attributes="品牌:凯乐石")
    assert [f.text for f in fs] == ["Shanye"]
    assert lint_one(select=["MIS001"], title="Shanye 登山杖", attributes="品牌:凯乐石") == []


def test_mis001_brands_file(tmp_path):
    f = tmp_path / "my-brands.yaml"
    f.write_text("kind: brands\nbrands:\n  - [云朵小熊, Cloudbear]\n", encoding="utf-8")
    s = Settings(rule_settings={"MIS001": {"extra-brands": [], "brands-files": [str(f)]}})
    assert mis_with(s, title="云朵小熊 抱枕", attributes="品牌:罗莱") == ["MIS001"]


def mis_with(settings, **fields):
    return sorted({f.rule for f in lint_one(select=["MIS001"], settings=settings, **fields)})


# --- MIS002 brand stuffing ------------------------------------------------------------------
STUFFING = [
    ("compat-list-is-no-stuffing", dict(title="万能空调遥控器 适用格力 美的 海尔 奥克斯 通用"), False),
    ("three-brands", dict(title="耐克 阿迪达斯 彪马 同款 运动鞋"), True),
    ("two-brands", dict(title="兰蔻 雅诗兰黛 同款 精华液"), True),
    ("latin-and-cn", dict(title="Nike 阿迪 联赛 足球鞋"), True),
    ("with-own-brand", dict(title="回力 匡威同款 帆布鞋", attributes="品牌:回力"), True),
    ("one-brand", dict(title="耐克 跑步鞋 男"), False),
    ("alias-twice", dict(title="耐克 Nike 跑步鞋"), False),
    ("family", dict(title="小米 红米 Note13 手机"), False),
    ("compat-list", dict(title="绿联 数据线 适用苹果华为小米"), False),
    ("collab", dict(title="优衣库 x KAWS 联名 T恤"), False),
    ("collab-lianming", dict(title="李宁 迪士尼 联名 卫衣"), False),
    ("accessory-compat", dict(title="倍思 苹果 华为 快充头"), False),
    ("plain", dict(title="纯棉 T恤 女 宽松"), False),
]


@pytest.mark.parametrize("name,fields,fires", STUFFING, ids=[s[0] for s in STUFFING])
def test_mis002_stuffing(name, fields, fires):
    assert mis("MIS002", **fields) == (["MIS002"] if fires else [])


def test_mis002_reports_the_extra_brands():
    got = spans("MIS002", title="耐克 阿迪达斯 彪马 同款")
    assert [t for _, _, t in got] == ["彪马", "阿迪达斯"]


# --- MIS003 price ---------------------------------------------------------------------------
PRICE = [
    ("top-up-face-value", dict(title="三网话费慢充 200元 72小时内到账", price="196"), False),
    ("mop-cloths-counted-in-kuai", dict(title="平板拖把 免手洗 附拖布2块", price="59"), False),
    ("blocks-counted-in-kuai", dict(title="大颗粒积木 100块 儿童玩具", price="59"), False),
    ("kuai-is-yuan", dict(title="爆款 9块9包邮 毛巾", price="29"), True),
    # thousands separators, in the text and in an Excel-formatted price cell
    ("thousands-in-text", dict(title="真皮沙发 特价1,299元", price="1299"), False),
    ("thousands-after-keyword", dict(title="沙发 到手价 ¥1,299", price="1299.00"), False),
    ("thousands-in-price-cell", dict(title="沙发 特价1299元", price="1,299.00"), False),
    ("thousands-disagree", dict(title="沙发 特价1,999元", price="1,299.00"), True),
    ("two-sku-prices-cell", dict(title="袜子 29.9元", price="19.9,29.9"), False),
    ("unit-price-per-jin", dict(title="大米 折合9.98元/斤", price="19.96"), False),
    ("unit-price-per-bag", dict(title="饼干 每袋9.9元", price="49.5"), False),
    ("unit-price-per-piece", dict(title="鸡蛋 折合每枚0.75元", price="29.9"), False),
    ("price-then-daoshou", dict(title="9.9到手 粘钩 免打孔", price="29.9"), True),
    ("daoshou-then-price", dict(title="到手9.9 粘钩 免打孔", price="29.9"), True),
    ("tehui-in-description", dict(title="粘钩", description="今日特惠价 9.9 元", price="39"), True),
    ("daoshou-within-discount", dict(title="粘钩 到手价19.9", price="29.9"), False),
    ("delivery-time-daoshou", dict(title="48小时到手 粘钩", price="29.9"), False),
    ("zhehou-within-discount", dict(title="粘钩 折后价25", price="29.9"), False),
    ("multibuy-vs-59", dict(title="19.9元3件 T恤", price="59"), True),
    ("cheap-title", dict(title="9.9元包邮 数据线", price="29"), True),
    ("yen-sign", dict(title="￥99 连衣裙", price="159"), True),
    ("kuai-jiao", dict(title="9块9 包邮 袜子", price="19.9"), True),
    ("cn-kuai", dict(title="九块九 包邮 发圈", price="19"), True),
    ("from-below-low", dict(title="9.9元起 手机壳", price="19.9-39.9"), True),
    ("deal-too-low", dict(title="到手价9 电饭煲", price="399"), True),
    ("subtitle-price", dict(title="电风扇", subtitle="仅需49元", price="129"), True),
    ("description-keyword", dict(title="台灯", description="<p>活动价 39元 限时</p>", price="99"), True),
    ("count-before", dict(title="3件19.9元 袜子", price="29"), True),
    ("range-outside", dict(title="69元 围巾", price="29.9-59.9"), True),
    ("exact", dict(title="99元 连衣裙", price="99.00"), False),
    ("multibuy-bundle-price", dict(title="19.9元3件 T恤", price="19.9"), False),
    ("multibuy-unit-price", dict(title="19.9元3件 T恤", price="6.63"), False),
    ("from-ok", dict(title="29.9元起 手机壳", price="29.9-59.9"), False),
    ("from-single", dict(title="59元起 收纳盒", price="59"), False),
    ("range-inside", dict(title="39元 围巾", price="29.9-59.9"), False),
    ("deal-coupon", dict(title="券后79 电饭煲", price="99"), False),
    ("deal-half-price", dict(title="券后9.9元 T恤", price="19.9"), False),
    ("deal-below-half", dict(title="券后8.9元 T恤", price="19.9"), True),
    ("threshold", dict(title="满199减20 外套", price="159"), False),
    ("original-price", dict(title="原价199元 现价99元 外套", price="99"), False),
    ("shipping", dict(title="运费10元 补差价", price="1"), False),
    ("deposit", dict(title="定金50元 预售 羽绒服", price="599"), False),
    ("face-value", dict(title="100元面值 购物卡", price="95"), False),
    ("year-not-price", dict(title="特价 2024新款 卫衣", price="89"), False),
    ("element-not-yuan", dict(title="5元素 彩色 积木", price="59"), False),
    ("description-no-keyword", dict(title="卫衣", description="满299元包邮，加10元换购", price="89"), False),
    ("no-price-field", dict(title="9.9元包邮 数据线"), False),
    ("price-field-range-tilde", dict(title="49.9元 抱枕", price="¥29.9~¥59.9"), False),
    # a number glued to 包邮 is the price, shipping included
    ("number-baoyou", dict(title="【9.9包邮】数据线", price="29.90"), True),
    ("number-baoyou-ok", dict(title="9.9包邮 数据线", price="9.9"), False),
    ("baoyou-threshold", dict(title="满99包邮 数据线", price="29.9"), False),
    ("baoyou-count", dict(title="2件包邮 袜子", price="19.9"), False),
    ("baoyou-region", dict(title="江浙沪包邮 袜子", price="19.9"), False),
    ("baoyou-spaced-number", dict(title="袜子 5 包邮", price="29"), False),
    ("baoyou-range-inside", dict(title="39包邮 袜子", price="29.9-59.9"), False),
    ("baoyou-description-threshold", dict(title="袜子", description="<p>全场99包邮</p>", price="29"), False),
    ("baoyou-store-wide", dict(title="全场99包邮 袜子", price="29"), False),
    ("store-wide-yuan", dict(title="全店59元 任选 袜子", price="29"), False),
    ("gift-card-face-value", dict(title="Steam钱包充值卡100元国区兑换码", price="105"), False),
    ("multibuy-discount", dict(title="3件99元 男士纯棉内裤", price="39.9"), False),
    ("price-range-top", dict(title="19.9-39.9元多款可选 手机壳", price="19.9"), False),
    ("paixia-deal", dict(title="拍下29.9 运动短裤", price="129"), True),
    ("brand-name-not-price", dict(title="张一元茉莉花茶 罐装200g", price="96", attributes="品牌:张一元"), False),
    ("cn-price-outside-brand", dict(title="茉莉花茶 一元秒杀", price="96", attributes="品牌:张一元"), True),
    ("paixia-deal-ok", dict(title="拍下79 运动短裤", price="99"), False),
    ("pieces-are-no-yuan", dict(title="樱花橡皮擦 美术素描 4B 10块装", price="12.9"), False),
    ("voucher-costs-only", dict(title="海底捞代金券 仅需9.9元 全国门店通用", price="29.9"), True),
    ("voucher-face-value", dict(title="海底捞100元代金券 仅需9.9元", price="9.9"), False),
    ("unit-price-of-one", dict(title="中性笔 12支装 单支低至0.8元", price="9.6"), False),
    ("paixia-not-price", dict(title="运动短裤 拍下48小时内发货", price="99"), False),
    ("count-after-paixia", dict(title="小龙虾尾 250g*4盒", description="<p>规格：250g/盒，拍下4盒</p>", price="89.00"), False),
    ("price-before-a-word", dict(title="一口价299 双面羊毛大衣女", price="399.00"), True),
    ("banknote-face-value", dict(title="2015年 中国航天纪念钞 100元 单张 全新", price="268.00"), False),
    ("coin-face-value-after", dict(title="生肖 10元纪念币 整卷", price="560.00"), False),
    # a count or a size opening an SKU line after 价格 (规格价格：10卷 黑色 ￥12.80, 1颗 118元, 13.3英寸 ¥49)
    ("sku-line-count-in-juan", dict(title="电工胶布 PVC 10卷/20卷", description="<span>■ 规格价格</span><br/>10卷 黑色 ￥12.80 20卷 黑色 ￥23.80", price="12.80"), False),
    ("sku-line-count-in-ke", dict(title="足金隔珠 单颗约0.1g", description="规格价格：1颗 118.00元，5颗 580.00元", price="118"), False),
    ("sku-line-inches", dict(title="笔记本内胆包 13.3/14/15.6英寸", description="规格价格：13.3英寸 ¥49.00；14英寸 ¥52.00", price="49"), False),
    ("price-word-then-yuan", dict(title="电工胶布", description="价格：29.9元 包邮", price="12.8"), True),
    # a product named with 块 (洗碗块, 洁厕块): its N块 counts them
    ("tablets-counted-in-kuai", dict(title="洗碗机专用洗碗块 60块 到手价39.9", price="49.9"), False),
    ("kuai-is-yuan-beside-a-powder", dict(title="洗碗机专用洗碗粉 60块 包邮", price="49.9"), True),

    # a deal price far below the field needs the promotion named (券, 立减 …) or a small coupon's gap
    ("daoshou-unexplained-far-below", dict(title="二手 iPhone 13 128G 到手价1999", price="2899"), True),
    ("daoshou-unexplained-half", dict(title="尤克里里 23寸 到手价699", price="1299"), True),
    ("coupon-named-far-below", dict(title="券后19.9 手撕面包整箱", description="领券立减10元", price="29.9"), False),
    ("coupon-named-in-description", dict(title="德绒打底衫 到手价89", description="店铺券领取后下单约89元到手", price="129"), False),
    ("daoshou-small-item-ten-yuan", dict(title="粘钩 到手价19.9", price="29.9"), False),
]


@pytest.mark.parametrize("name,fields,fires", PRICE, ids=[p[0] for p in PRICE])
def test_mis003_price(name, fields, fires):
    assert mis("MIS003", **fields) == (["MIS003"] if fires else [])


def test_mis003_span():
    assert spans("MIS003", title="爆款 19.9元3件 T恤", price="59") == [("MIS003", "title", "19.9元")]


@pytest.mark.parametrize("raw,expected", [("59", (59.0, 59.0)), ("29.9-59.9", (29.9, 59.9)),
                                          ("¥29.9 - ¥59.9", (29.9, 59.9)), ("19.9,29.9", (19.9, 29.9)),
                                          ("", None), ("面议", None)])
def test_price_field_parsing(raw, expected):
    assert parse_price_field(raw) == expected


# --- MIS004 colour, material, gender -------------------------------------------------------
ATTRS = [
    # closed sets beyond colour, material and gender: filling, connection, movement, aroma, doors
    ("duck-down-vs-polyester", dict(title="白鸭绒羽绒服女 90绒 短款", attributes="填充物:聚酯纤维"), True),
    ("goose-vs-duck", dict(title="鹅绒羽绒服女 长款", attributes="填充物:白鸭绒"), True),
    ("duck-down-agrees", dict(title="白鸭绒羽绒服女", attributes="填充物:白鸭绒90%"), False),
    ("wireless-vs-wired", dict(title="无线鼠标 静音 办公", attributes="连接方式:有线"), True),
    ("dual-mode-names-both", dict(title="有线无线双模鼠标", attributes="连接方式:有线"), False),
    ("bluetooth-is-wireless", dict(title="无线蓝牙鼠标", attributes="连接方式:蓝牙"), False),
    ("mechanical-vs-quartz", dict(title="男士手表 机械表 商务", attributes="机芯类型:石英"), True),
    ("quartz-agrees", dict(title="男士手表 石英表", attributes="机芯类型:日本石英机芯"), False),
    ("aroma-type", dict(title="浓香型白酒 52度 500ml", attributes="香型:酱香型"), True),
    ("double-door-vs-single", dict(title="双开门冰箱 家用大容量", attributes="门款式:单门"), True),
    # stainless grades, china vs melamine, resolution, CPU, tea, flavour
    ("steel-316-vs-304", dict(title="儿童保温杯316不锈钢带吸管", attributes="材质:304不锈钢"), True),
    ("steel-grade-unstated", dict(title="儿童保温杯316不锈钢带吸管", attributes="材质:不锈钢"), False),
    ("steel-two-grades", dict(title="304不锈钢保温杯 316不锈钢内胆", attributes="材质:304不锈钢"), False),
    ("china-vs-melamine", dict(title="陶瓷碗 家用 4只装", attributes="材质:密胺"), True),
    ("imitation-china-is-melamine", dict(title="仿瓷碗 密胺", attributes="材质:密胺"), False),
    ("4k-vs-1080", dict(title="65英寸 4K超高清 智能电视", attributes="分辨率:1920x1080"), True),
    ("resolution-inside-a-figure", dict(title="MateBook 14 Ultra5 16G 1TB 2.8K 120Hz", attributes="分辨率:2880x1920"), False),
    ("4k-agrees", dict(title="65英寸 4K超高清 智能电视", attributes="分辨率:3840*2160"), False),
    ("cpu-i7-vs-i5", dict(title="轻薄笔记本电脑 14英寸 i7 16G", attributes="CPU:Intel i5"), True),
    ("cpu-agrees", dict(title="轻薄笔记本电脑 i7-13700H", attributes="CPU:Intel Core i7-13700H"), False),
    ("tea-kind", dict(title="西湖龙井 明前特级 绿茶 250g", attributes="茶种类:碧螺春"), True),
    ("fruit-variety-unknown", dict(title="红富士苹果 5斤", attributes="品种:红富士"), False),
    ("flavour", dict(title="原味 手撕面包 早餐", attributes="口味:巧克力味"), True),
    ("flavours-any", dict(title="原味 麻辣味 猪肉脯", attributes="口味:麻辣"), False),
    # more listed sets: sleeve, waist, switch, gold fineness, network, Wi-Fi, paper, pencil, letter size, oil
    ("sleeve", dict(title="长袖衬衫男 商务正装白衬衫", attributes="袖长:短袖"), True),
    ("waist", dict(title="高腰阔腿牛仔裤女", attributes="腰型:低腰"), True),
    ("switch", dict(title="机械键盘红轴 87键", attributes="轴体:青轴"), True),
    ("gold-fineness", dict(title="足金999黄金手链女", attributes="材质:18K金"), True),
    ("gold-agrees", dict(title="足金999黄金手链女", attributes="成色:足金999"), False),
    ("network", dict(title="5G手机全网通 8+128", attributes="网络类型:4G全网通;运行内存:8GB;存储容量:128GB"), True),
    ("wifi", dict(title="WiFi6路由器千兆双频", attributes="无线协议:WiFi5"), True),
    ("paper-size", dict(title="A4打印纸70g复印纸500张", attributes="规格:A5"), True),
    ("pencil-hardness", dict(title="2B铅笔考试专用涂卡笔", attributes="铅芯硬度:HB"), True),
    ("letter-size", dict(title="拉拉裤XL码42片", attributes="尺码:M"), True),
    ("letter-sizes-listed", dict(title="T恤 XL码 宽松", attributes="尺码:S,M,L,XL"), False),
    ("oil-viscosity", dict(title="全合成机油5W-30 4L SP级", attributes="粘度级别:0W-20"), True),
    ("tea-class", dict(title="武夷山正山小种红茶250g", attributes="茶种类:绿茶"), True),
    ("tea-class-agrees", dict(title="武夷山正山小种 250g", attributes="茶种类:红茶"), False),
    ("faux-fur-is-no-leather", dict(title="人造皮草外套 女 仿貂毛", attributes="材质:聚酯纤维"), False),
    # codes: tyre size, SPF, Bluetooth version, harvest year; titanium vs TR90; a part's fit by code
    ("tyre-size", dict(title="轮胎205/55R16 91V静音舒适型", attributes="轮胎规格:215/60R16"), True),
    ("tyre-size-agrees", dict(title="轮胎205/55R16 91V静音舒适型", attributes="轮胎规格:205/55R16"), False),
    ("spf", dict(title="防晒霜SPF50+ PA++++ 户外", attributes="防晒指数:SPF30"), True),
    ("spf-agrees", dict(title="防晒霜SPF50+ PA++++ 户外", attributes="防晒指数:SPF50+"), False),
    ("bluetooth-version", dict(title="蓝牙5.3无线鼠标 静音", attributes="蓝牙版本:5.0"), True),
    ("harvest-year", dict(title="2024年明前西湖龙井新茶 250g", attributes="生产年份:2022"), True),
    ("harvest-year-agrees", dict(title="2024年明前西湖龙井新茶 250g", attributes="生产年份:2024"), False),
    ("fashion-year-is-no-harvest", dict(title="2024新款连衣裙 夏", attributes="生产年份:2023"), False),
    ("titanium-vs-tr90", dict(title="纯钛眼镜框男超轻近视镜架", attributes="镜架材质:TR90"), True),
    ("fits-model-code", dict(title="适用惠普HP803墨盒 可加墨", attributes="适用型号:HP 680"), True),
    ("fits-model-code-listed", dict(title="适用飞利浦电动牙刷头HX6730通用", attributes="适用型号:HX6730/HX3226"), False),
    # seats, fit, neckline, energy class, closure, upper height, wall, surface; people, water, security codes
    ("seats", dict(title="科技布沙发 三人位 小户型", attributes="座位数:双人"), True),
    ("fit", dict(title="男士 修身牛仔裤 春秋款", attributes="版型:宽松"), True),
    ("neckline", dict(title="V领连衣裙 长袖 秋季", attributes="领型:圆领;袖长:长袖"), True),
    ("energy-class", dict(title="空调 1.5匹 挂机 新一级能效 变频", attributes="能效等级:三级能效"), True),
    ("energy-class-agrees", dict(title="空调 1.5匹 挂机 新一级能效", attributes="能效等级:一级能效"), False),
    ("closure", dict(title="厚底老爹鞋 魔术贴", attributes="闭合方式:系带"), True),
    ("upper-height", dict(title="高帮帆布鞋 男女同款 白色", attributes="帮面高度:低帮;适用性别:通用"), True),
    ("wall", dict(title="外墙真石漆 20kg 防水", attributes="适用范围:内墙"), True),
    ("surface", dict(title="仿古砖 300x300 防滑 哑光", attributes="表面工艺:亮光"), True),
    ("people", dict(title="户外帐篷 3-4人 双层防雨", attributes="适用人数:1-2人"), True),
    ("people-agrees", dict(title="户外帐篷 3-4人 双层防雨", attributes="适用人数:3-4人"), False),
    ("people-range-overlaps", dict(title="户外帐篷 3-4人 双层防雨", attributes="适用人数:4人"), False),
    ("people-range-apart", dict(title="户外帐篷 5-8人 双层防雨", attributes="适用人数:2人"), True),
    # codes from a ninth MIS set: lamp base, IP rating, thread, focal length, fan levels, shelf life, publisher
    ("lamp-base", dict(title="LED灯泡E27大螺口12W节能球泡灯", attributes="灯头接口:E14;功率:12W"), True),
    ("lamp-base-agrees", dict(title="LED灯泡E27大螺口12W节能球泡灯", attributes="灯头接口:E27"), False),
    ("ip-rating", dict(title="户外LED投光灯100W IP67防水", attributes="防护等级:IP54"), True),
    ("ip-rating-agrees", dict(title="户外LED投光灯100W IP67防水", attributes="防护等级:IP67"), False),
    ("thread", dict(title="304不锈钢外六角螺栓M8*30 50只装", attributes="规格:M6*30"), True),
    ("thread-agrees", dict(title="304不锈钢外六角螺栓M8*30 50只装", attributes="规格:M8*30"), False),
    ("size-m-is-no-thread", dict(title="纯棉T恤 M码 宽松", attributes="规格:M8*30"), False),
    ("focal-length", dict(title="适马50mm F1.4 DG DN Art定焦镜头", attributes="焦距:35mm"), True),
    ("zoom-lists-both-ends", dict(title="适马24-70mm F2.8 DG DN Art镜头", attributes="焦距:24-70mm"), False),
    ("fan-levels", dict(title="落地扇3档风速家用静音遥控", attributes="档位:5档"), True),
    ("fan-levels-agree", dict(title="落地扇3档风速家用静音遥控", attributes="档位:3档"), False),
    ("shelf-life", dict(title="百花蜂蜜500g 保质期24个月", attributes="保质期:12个月"), True),
    ("shelf-life-other-unit", dict(title="百花蜂蜜500g 保质期24个月", attributes="保质期:2年"), False),
    ("shelf-life-days", dict(title="百花蜂蜜500g 保质期365天", attributes="保质期:12个月"), False),
    ("publisher", dict(title="活着 余华 作家出版社 正版", attributes="出版社:人民文学出版社"), True),
    ("publisher-agrees", dict(title="活着 余华作家出版社 正版", attributes="出版社:作家出版社"), False),
    # enumerations: storage, condition, pet species, school grade, connector
    ("frozen-vs-ambient", dict(title="速冻水饺 猪肉白菜馅 1kg", attributes="储存条件:常温;净含量:1kg"), True),
    ("frozen-agrees", dict(title="速冻水饺 猪肉白菜馅 1kg", attributes="储存条件:-18℃冷冻保存"), False),
    ("new-vs-used", dict(title="全新未拆封 iPad Air5 64G", attributes="成色:二手9成新"), True),
    ("new-model-is-no-condition", dict(title="全新升级款 蓝牙耳机 降噪", attributes="成色:二手"), False),
    ("cat-food-for-dogs", dict(title="皇家猫粮 成猫粮 10kg", attributes="适用对象:犬;净含量:10kg"), True),
    ("cats-and-dogs", dict(title="猫狗通用 营养膏 猫咪狗狗", attributes="适用对象:猫狗通用"), False),
    ("school-grade", dict(title="人教版七年级上册数学练习册", attributes="适用年级:八年级"), True),
    ("school-grade-other-name", dict(title="人教版七年级上册数学练习册", attributes="适用年级:初一"), False),
    ("school-grades-listed", dict(title="初中数学 七八九年级通用", attributes="适用年级:八年级"), False),
    ("school-grade-range-unread", dict(title="儿童书包 小学生 一年级 护脊", attributes="适用年级:1-3年级"), False),
    ("lightning-vs-type-c", dict(title="苹果数据线Lightning快充线1米", attributes="接口类型:Type-C"), True),
    ("type-c-to-lightning", dict(title="PD快充线Type-C转Lightning 1米", attributes="接口类型:Type-C"), False),
    ("four-digit-shade", dict(title="YSL小金条口红1966 复古红", attributes="色号:21"), True),
    ("four-digit-shade-agrees", dict(title="YSL小金条口红1966 复古红", attributes="色号:1966"), False),
    ("year-is-no-shade", dict(title="2024新款口红 复古红", attributes="色号:21"), False),
    ("camera-model-with-series", dict(title="佳能EOS R50微单相机 单机身", attributes="型号:EOS R10"), True),
    ("camera-model-agrees", dict(title="佳能EOS R50微单相机 单机身", attributes="型号:EOS R50"), False),
    ("bed-width-vs-bed-size", dict(title="全棉四件套1.5m床单被套", attributes="适用床尺寸:1.8m(6英尺)床"), True),
    ("bed-width-agrees", dict(title="全棉四件套1.8m床单被套", attributes="适用床尺寸:1.8m(6英尺)床"), False),
    ("cot-surface-size", dict(title="实木婴儿床 可拼接大床 120x60cm", attributes="床面尺寸:120x60cm"), False),
    ("single-large-letter-size", dict(title="大码女装连衣裙4XL显瘦", attributes="尺码:XL"), True),
    ("single-large-letter-size-listed", dict(title="大码女装连衣裙4XL显瘦", attributes="尺码:XL,2XL,3XL,4XL"), False),
    ("tile-size-without-unit", dict(title="通体大理石瓷砖 800x800 客厅地砖", attributes="规格:600x1200mm"), True),
    ("tile-size-without-unit-agrees", dict(title="通体大理石瓷砖 800x800 客厅地砖", attributes="规格:800x800mm"), False),
    ("resolution-is-no-size", dict(title="显示器 1920x1080 办公", attributes="尺寸:60x40cm"), False),
    ("resolution-word-after", dict(title="投影幕布 1000x800 分辨率", attributes="尺寸:600x400mm"), False),
    # a tenth MIS set: car parts, bathroom, wiring, networks, computers, jewellery, optics, strings, books
    ("front-vs-rear", dict(title="前刹车片 陶瓷配方 适用本田雅阁", attributes="安装位置:后轮"), True),
    ("front-and-rear", dict(title="前刹车片 陶瓷配方 适用本田雅阁", attributes="安装位置:前后轮"), False),
    ("model-years", dict(title="适用2018-2022款本田CR-V 全包围脚垫", attributes="适用年款:2012-2016款"), True),
    ("model-years-overlap", dict(title="适用2018-2022款本田CR-V 全包围脚垫", attributes="适用年款:2017-2019款"), False),
    ("rough-in", dict(title="智能马桶一体机 坑距305mm 自动翻盖", attributes="坑距:400mm"), True),
    ("rough-in-listed", dict(title="智能马桶一体机 坑距300/350/400mm可选", attributes="坑距:400mm"), False),
    ("spray-modes-in-numerals", dict(title="增压花洒套装 三档出水 手持淋浴喷头", attributes="出水方式:5档"), True),
    ("spray-modes-agree", dict(title="增压花洒套装 三档出水 手持淋浴喷头", attributes="出水方式:3档"), False),
    ("pipe-thread", dict(title="冷热水龙头 4分通用接口 面盆龙头", attributes="接口规格:6分"), True),
    ("wire-gauge", dict(title="4平方 铜芯电线 BV单芯硬线 100米", attributes="标称截面积:2.5mm²"), True),
    ("wire-gauge-agrees", dict(title="1平方 铜芯电线 100米", attributes="标称截面积:1.0mm²"), False),
    ("area-is-no-wire", dict(title="铜芯电线 适合100平方米房屋", attributes="标称截面积:2.5mm²"), False),
    ("rated-current", dict(title="公牛 16A空调插座 86型暗装", attributes="额定电流:10A"), True),
    ("gigabit-vs-fast", dict(title="8口千兆交换机 钢壳 即插即用", attributes="传输速率:10/100Mbps"), True),
    ("gigabit-agrees", dict(title="8口千兆交换机 钢壳 即插即用", attributes="传输速率:10/100/1000Mbps"), False),
    ("gpu", dict(title="游戏本 RTX4060 i9 16英寸", attributes="显卡型号:RTX4070"), True),
    ("nvme-vs-sata", dict(title="SN770 NVMe M.2 固态硬盘 500G", attributes="接口类型:SATA3.0"), True),
    ("ddr-generation", dict(title="16GB DDR5 4800 笔记本内存条", attributes="内存类型:DDR4"), True),
    ("wrist-size", dict(title="天然和田玉手链 手围16cm 女款", attributes="尺寸:手围18cm"), True),
    ("refractive-index", dict(title="1.67超薄非球面镜片 防蓝光", attributes="折射率:1.60"), True),
    ("string-gauge", dict(title="EXL110 电吉他弦 10-46 镀镍", attributes="规格:09-42"), True),
    ("string-gauge-agrees", dict(title="EXL110 电吉他弦 10-46 镀镍", attributes="规格:10-46"), False),
    ("string-tension", dict(title="羽毛球拍 已穿线28磅 单拍", attributes="穿线磅数:24磅"), True),
    ("string-tension-range", dict(title="羽毛球拍 已穿线26磅 单拍", attributes="穿线磅数:22-28磅"), False),
    ("production-date-year", dict(title="2024年新茶 明前龙井 250g", attributes="生产日期:2022-04-01"), True),
    ("dog-breed", dict(title="金毛专用狗粮 成犬 10kg", attributes="适用犬种:泰迪"), True),
    ("dog-breed-any", dict(title="金毛专用狗粮 成犬 10kg", attributes="适用犬种:全犬种通用"), False),
    ("author", dict(title="活着 余华 正版 长篇小说", attributes="作者:莫言"), True),
    ("author-agrees", dict(title="活着 余华 正版 长篇小说", attributes="作者:余华 著"), False),
    ("isbn", dict(title="三体 刘慈欣 ISBN 9787536692930", attributes="ISBN编号:9787229100605"), True),
    # an eleventh MIS set: mainstream categories
    ("launch-season", dict(title="冬季加厚羽绒服女短款白鸭绒", attributes="上市年份季节:2024年夏季"), True),
    ("winter-coat-launched-in-autumn", dict(title="冬季加厚羽绒服女短款白鸭绒", attributes="上市年份季节:2024年秋季"), False),
    ("ripe-vs-raw-puer", dict(title="云南普洱熟茶饼357g 2015年", attributes="茶叶种类:普洱生茶"), True),
    ("puer-class-only", dict(title="云南普洱熟茶饼357g 2015年", attributes="茶叶种类:普洱"), False),
    ("in-ear-vs-over-ear", dict(title="主动降噪蓝牙耳机入耳式 运动跑步", attributes="佩戴方式:头戴式"), True),
    ("bone-conduction-sits-on-the-ear", dict(title="骨传导运动耳机 开放式 不入耳 跑步", attributes="佩戴方式:挂耳式"), False),
    ("type-c-vs-jack", dict(title="有线耳机Type-C接口入耳式 带麦", attributes="接口类型:3.5mm"), True),
    ("pair-vs-single", dict(title="天然乳胶枕头一对装 护颈枕芯", attributes="规格:单只装"), True),
    ("pair-agrees", dict(title="天然乳胶枕头一对装 护颈枕芯", attributes="规格:一对装"), False),
    ("cherry-grade", dict(title="智利车厘子JJ级2斤装", attributes="等级:J级"), True),
    ("cherry-grade-agrees", dict(title="智利车厘子JJ级2斤装", attributes="等级:JJ级"), False),
    ("baby-size-range", dict(title="婴儿连体衣 纯棉哈衣 59-80码", attributes="尺码:73cm"), False),
    ("shelf-life-in-description", dict(title="蜜汁猪肉脯200g", description="<p>保质期12个月，办公室零食</p>", attributes="保质期:180天"), True),
    ("edition-in-numerals", dict(title="高等数学 同济第七版 上下册", attributes="版次:第6版"), True),
    ("edition-in-numerals-agrees", dict(title="高等数学 同济第七版 上下册", attributes="版次:第7版"), False),
    ("publisher-book-company", dict(title="史记 中华书局 全九册 点校本", attributes="出版社:岳麓书社"), True),
    ("solid-top-vs-laminate", dict(title="尤克里里23寸 全单板 相思木", attributes="面板材质:椴木合板"), True),
    ("solid-top-only", dict(title="尤克里里23寸 面单 相思木", attributes="面板材质:单板相思木;背侧材质:合板"), False),
    ("girl-vs-male", dict(title="巴拉巴拉女宝宝公主裙 夏季", attributes="适用性别:男"), True),
    ("pole-material", dict(title="碳素登山杖 超轻外锁 三节伸缩", attributes="杖身材质:铝合金"), True),
    ("tent-people-single", dict(title="自动速开帐篷 4人户外露营", attributes="适用人数:2人"), True),
    ("servings-are-no-people", dict(title="火锅底料 3人份 麻辣", attributes="适用人数:1-2人"), False),
    ("case-diameter", dict(title="天王表 男士石英表 40mm 精钢表带", attributes="表盘直径:42mm"), True),
    ("strap-width-is-no-case", dict(title="男士石英表 表带宽20mm 精钢", attributes="表盘直径:42mm"), False),
    ("water-resistance", dict(title="G-SHOCK 男表 防水200米", attributes="防水深度:100米"), True),
    ("security-level", dict(title="碎纸机 5级保密 颗粒状", attributes="保密等级:3级"), True),
    ("carbon-vs-aluminium", dict(title="碳素登山杖 超轻 一对装", attributes="材质:铝合金"), True),
    ("ppsu-vs-glass", dict(title="PPSU奶瓶 宽口径 330ml", attributes="材质:玻璃"), True),
    # round four: a producing region, yes/no attributes, grade, measuring site, age group, filling
    ("region-vs-province", dict(title="新疆阿克苏冰糖心苹果 10斤", attributes="产地:陕西洛川;净含量:5kg"), True),
    ("region-agrees", dict(title="新疆阿克苏冰糖心苹果 10斤", attributes="产地:中国大陆;省份:新疆维吾尔自治区"), False),
    ("region-is-a-material", dict(title="新疆长绒棉四件套 1.8m床", attributes="产地:江苏;省份:江苏省"), False),
    ("region-is-a-style", dict(title="四川风味麻辣牛肉干", attributes="省份:重庆"), False),
    ("denied-feature", dict(title="激光打印机 无线WiFi 复印扫描一体机", attributes="是否支持无线:否"), True),
    ("contents-are-no-feature", dict(title="平安果包装盒 苹果盒 空盒 12个装", attributes="是否含苹果:否"), False),
    ("denied-feature-negated", dict(title="北欧非实木餐桌", attributes="是否实木:否"), False),
    ("grade", dict(title="明前特级西湖龙井 250g", attributes="等级:二级"), True),
    ("measuring-site", dict(title="电子血压计 上臂式 家用", attributes="测量部位:手腕式"), True),
    ("age-group", dict(title="儿童电动牙刷 3-12岁 软毛", attributes="适用人群:成人"), True),
    ("filling-is-the-material", dict(title="桑蚕丝被 100%桑蚕丝 春秋被", attributes="填充物:桑蚕丝;面料材质:棉"), False),
    ("fibre-share-by-name", dict(title="婴儿连体衣 纯棉100% 新生儿", attributes="面料材质:棉;棉含量:60%"), True),
    ("gold-unreadable-value-ignored", dict(title="足金999黄金手链", attributes="材质:黄金;成色:18K金"), True),
    # an import claimed in the title against the 产地 attribute
    ("import-vs-domestic", dict(title="日本进口 纸尿裤 M码", attributes="产地:中国大陆"), True),
    ("import-other-country", dict(title="日本进口 纸尿裤 M码", attributes="产地:韩国"), True),
    ("import-agrees", dict(title="日本进口 纸尿裤 M码", attributes="产地:日本"), False),
    ("imported-component", dict(title="日本进口面料 衬衫", attributes="产地:中国大陆"), False),
    ("imported-movement", dict(title="瑞士进口机芯 手表", attributes="产地:广东省"), False),
    ("original-import-vs-province", dict(title="原装进口 红酒 干红", attributes="产地:山东烟台"), True),
    ("australia-two-names", dict(title="澳洲进口 牛排", attributes="产地:澳大利亚"), False),
    # a pet's life stage, read from 适用对象 too (which also carries a gender)
    ("kitten-vs-adult", dict(title="幼猫粮 2kg 4-12月龄", attributes="净含量:2kg;适用对象:成猫"), True),
    ("kitten-agrees", dict(title="幼猫粮 2kg 4-12月龄", attributes="适用对象:幼猫"), False),
    ("both-stages-named", dict(title="全价猫粮 幼猫成猫通用 2kg", attributes="适用对象:成猫"), False),
    ("all-stages-value", dict(title="成犬粮 10kg", attributes="适用阶段:全阶段"), False),
    ("adult-dog-vs-puppy", dict(title="成犬粮 牛肉味 10kg", attributes="适用犬龄:幼犬"), True),
    ("gender-in-same-attribute", dict(title="男士T恤 纯色", attributes="适用对象:女"), True),
    ("gender-agrees-in-same-attribute", dict(title="男士T恤 纯色", attributes="适用对象:男"), False),
    # season (适用季节): a title naming the listed season among others agrees (秋冬 | 冬季)
    ("winter-vs-summer", dict(title="冬季加厚羽绒服男 短款", attributes="适用季节:夏季"), True),
    ("summer-vs-spring-autumn", dict(title="夏季薄款冰丝裤 直筒", attributes="适用季节:春秋"), True),
    ("winter-word-in-bedding", dict(title="加厚冬被 冬天保暖被芯", attributes="适用季节:夏季"), True),
    ("autumn-winter-names-winter", dict(title="秋冬季加厚卫衣", attributes="适用季节:冬季"), False),
    ("all-seasons-title", dict(title="四季款百搭牛仔裤", attributes="适用季节:夏季"), False),
    ("all-seasons-value", dict(title="冬季 乳胶枕", attributes="适用季节:四季通用"), False),
    ("warm-in-winter-cool-in-summer", dict(title="冬暖夏凉 乳胶枕", attributes="适用季节:秋季"), False),
    ("two-seasons-listed", dict(title="春秋款外套", attributes="适用季节:春季;秋季"), False),
    # 纯棉/全棉/100%棉 against a composition: under 95% of that fibre is not pure
    ("pure-cotton-vs-65", dict(title="纯棉T恤男短袖 宽松圆领", attributes="材质:棉65% 聚酯纤维35%"), True),
    ("all-cotton-percent-first", dict(title="全棉四件套 床上用品", attributes="面料:65%聚酯纤维/35%棉"), True),
    ("pure-wool-vs-half", dict(title="100%纯羊毛大衣女 双面呢", attributes="面料:羊毛50% 聚酯纤维50%"), True),
    ("pure-mulberry-silk", dict(title="纯桑蚕丝 连衣裙", attributes="面料:桑蚕丝30% 聚酯纤维70%"), True),
    ("pure-cotton-100", dict(title="纯棉T恤男短袖", attributes="材质:棉100%"), False),
    ("pure-cotton-95-spandex", dict(title="纯棉T恤男短袖", attributes="材质:棉95% 氨纶5%"), False),
    ("pure-cotton-lining-is-a-part", dict(title="纯棉内里 羽绒服", attributes="面料:棉35% 聚酯纤维65%"), False),
    ("plain-colour-is-not-pure", dict(title="纯色T恤 男", attributes="材质:棉65% 聚酯纤维35%"), False),
    ("composition-attribute-name", dict(title="纯羊毛衫男 圆领毛衣", attributes="材质成分:腈纶70% 羊毛30%"), True),
    # a model code against 型号: same series, another code; a replacement part names what it fits
    ("model-code", dict(title="电动牙刷成人声波软毛 HX6730", attributes="型号:HX3226"), True),
    ("model-code-agrees", dict(title="电动牙刷 HX6730", attributes="型号:HX6730"), False),
    ("model-fits", dict(title="适用飞利浦电动牙刷头替换HX6730通用", attributes="型号:HX3226"), False),
    ("model-extends", dict(title="惠普803墨盒 HP803 黑色", attributes="型号:HP803XL"), False),
    ("model-with-hyphen", dict(title="空调挂机 KFR-35GW 1.5匹", attributes="型号:KFR-26GW"), True),
    ("model-other-series", dict(title="戴森 V12 吸尘器", attributes="型号:SV20"), False),
    ("model-not-a-code", dict(title="空调 KFR-35GW", attributes="型号:KFR-35GW/NhGd1B"), False),
    # age words claim no gender; glass and plastic; several materials in one title
    ("girl-in-children-title", dict(title="女童 公主连衣裙 夏季 儿童纱裙", attributes="适用性别:男"), True),
    ("children-claims-no-gender", dict(title="儿童 T恤 纯棉", attributes="适用性别:男"), False),
    ("glass-vs-plastic", dict(title="耐热玻璃饭盒 微波炉加热", attributes="材质:PP塑料"), True),
    ("glass-agrees", dict(title="高硼硅玻璃杯", attributes="材质:玻璃"), False),
    ("glass-lid-is-a-part", dict(title="不锈钢锅 玻璃盖", attributes="材质:不锈钢"), False),
    ("several-materials-one-listed", dict(title="不锈钢 电磁炉 玻璃面板 黑色", attributes="材质:玻璃"), False),
    ("silk-feel-is-imitation", dict(title="真丝感 衬衫 女", attributes="材质:聚酯纤维"), False),
    # colour
    ("white-vs-black", dict(title="白色 运动鞋 小白鞋", attributes="颜色分类:黑色"), True),
    ("red-vs-black-white", dict(title="红色 卫衣 女", attributes="颜色分类:黑色;白色"), True),
    ("navy-vs-pink", dict(title="藏青 西装 外套", attributes="颜色:粉色"), True),
    ("colour-column-name", dict(title="酒红 毛衣", attributes="主要颜色:军绿色"), True),
    ("two-listed", dict(title="白色 黑色 运动鞋", attributes="颜色分类:白色;黑色"), False),
    ("short-value", dict(title="黑色 背包", attributes="颜色分类:黑"), False),
    ("family-containment", dict(title="红色 毛衣", attributes="颜色分类:酒红色"), False),
    ("beige-white", dict(title="米白 针织衫", attributes="颜色分类:白色"), False),
    ("any-of-several", dict(title="黑色 T恤", attributes="颜色分类:白色,黑色,灰色"), False),
    ("unknown-value", dict(title="红色 连衣裙", attributes="颜色分类:图片色"), False),
    ("mixed-value", dict(title="红色 袜子", attributes="颜色分类:混色5双"), False),
    ("part-stripe", dict(title="白色条纹 衬衫", attributes="颜色分类:蓝色"), False),
    ("bluetooth-not-blue", dict(title="蓝牙耳机 无线", attributes="颜色分类:白色"), False),
    ("wanghong-not-red", dict(title="网红 ins 杯子", attributes="颜色分类:白色"), False),
    ("no-colour-attr", dict(title="红色 卫衣", attributes="材质:棉"), False),
    ("tea-not-red", dict(title="极品 大红袍 岩茶", attributes="颜色分类:黑色"), False),
    ("ashtray-not-grey", dict(title="烟灰缸 水晶 大号", attributes="颜色分类:透明"), False),
    ("lipstick-shade", dict(title="口红 色号 正红色", attributes="颜色分类:正红色"), False),
    ("green-food", dict(title="绿色食品 红枣 新疆", attributes="颜色分类:红色"), False),
    # English colour names: whole words only
    ("english-black-vs-white", dict(title="卫衣 Black 加绒", attributes="颜色分类:白色"), True),
    ("english-navy-vs-pink", dict(title="NAVY BLUE 西装", attributes="颜色分类:粉色"), True),
    ("english-value", dict(title="白色 运动鞋", attributes="颜色分类:Black"), True),
    ("english-agrees", dict(title="卫衣 Black 加绒", attributes="颜色分类:黑色"), False),
    ("english-value-agrees", dict(title="黑色 运动鞋", attributes="颜色分类:Black"), False),
    ("english-space-gray", dict(title="iPhone 15 Space Gray", attributes="颜色分类:深空灰色"), False),
    ("blackpink-not-black", dict(title="Blackpink同款 卫衣", attributes="颜色分类:白色"), False),
    ("redmi-not-red", dict(title="Redmi Note 13 手机", attributes="颜色分类:黑色"), False),
    ("offwhite-brand", dict(title="Off-White 卫衣 箭头", attributes="颜色分类:黑色"), False),
    ("black-friday", dict(title="Black Friday 特惠 卫衣", attributes="颜色分类:白色"), False),
    ("english-part-logo", dict(title="T恤 white logo 印花", attributes="颜色分类:藏青色"), False),
    ("green-tea-flavour", dict(title="Green Tea 面膜 补水", attributes="颜色分类:白色"), False),
    # material
    ("silk-vs-polyester", dict(title="真丝衬衫 女 长袖", attributes="材质:涤纶"), True),
    ("cotton-vs-polyester", dict(title="纯棉 T恤 男", attributes="材质:聚酯纤维"), True),
    ("cashmere-vs-wool", dict(title="羊绒 大衣", attributes="面料材质:羊毛"), True),
    ("leather-vs-pu", dict(title="真皮 女包", attributes="材质:PU"), True),
    ("solid-wood-vs-mdf", dict(title="实木 书桌", attributes="材质:密度板"), True),
    ("composition", dict(title="纯棉 T恤", attributes="成分含量:聚酯纤维100%"), True),
    ("cotton-agrees", dict(title="纯棉T恤", attributes="材质:棉"), False),
    ("cotton-blend", dict(title="纯棉 T恤", attributes="成分含量:棉95% 氨纶5%"), False),
    ("wool-cashmere", dict(title="羊毛 围巾", attributes="材质:山羊绒"), False),
    ("cowhide-leather", dict(title="头层牛皮 皮带", attributes="材质:牛皮"), False),
    ("imitation", dict(title="仿真丝 衬衫", attributes="材质:涤纶"), False),
    ("part-lining", dict(title="纯棉内里 外套", attributes="面料:涤纶"), False),
    ("kraft-paper", dict(title="牛皮纸 信封", attributes="材质:纸"), False),
    ("other-value", dict(title="纯棉 床单", attributes="材质:其他"), False),
    ("ice-silk", dict(title="冰丝 凉席", attributes="材质:涤纶"), False),
    # gender
    ("men-vs-women", dict(title="男士 夹克 春秋", attributes="适用性别:女"), True),
    ("standalone", dict(title="V字领 毛衣 女", attributes="适用性别:男"), True),
    ("women-vs-men", dict(title="女款 手表", attributes="性别:男士"), True),
    ("gender-agrees", dict(title="男士 夹克", attributes="适用性别:男"), False),
    ("unisex-title", dict(title="男女同款 卫衣", attributes="适用性别:女"), False),
    ("couple-title", dict(title="情侣 卫衣", attributes="适用性别:男"), False),
    ("unisex-attr", dict(title="男士 帽子", attributes="适用性别:男女通用"), False),
    ("daughter", dict(title="送女儿 生日礼物 钢笔", attributes="适用性别:男"), False),
    ("boyfriend-gift", dict(title="送男友 钱包", attributes="适用性别:男"), False),
    # 男/女 glued to the end of a word
    ("glued-women", dict(title="纯棉袜子女 中筒", attributes="适用性别:男"), True),
    ("glued-men-at-end", dict(title="polo衫男", attributes="适用性别:女"), True),
    ("glued-agrees", dict(title="卫衣女 加绒", attributes="适用性别:女"), False),
    ("glued-unisex", dict(title="情侣装 男女 T恤", attributes="适用性别:男"), False),
    ("children-word", dict(title="送子女 礼物 书包", attributes="适用性别:男"), False),
    ("children-alone", dict(title="儿女 双全 摆件", attributes="适用性别:男"), False),
    ("address-beauty", dict(title="美女 都在买 T恤", attributes="适用性别:男"), False),
    ("glued-not-final", dict(title="女装 连衣裙", attributes="适用性别:女"), False),
    # listed sets and codes added from a fresh set
    ("formula-stage", dict(title="飞鹤星飞帆3段幼儿配方奶粉", attributes="段数:2段"), True),
    ("formula-stage-ok", dict(title="飞鹤星飞帆3段幼儿配方奶粉", attributes="段数:3段"), False),
    ("piano-keys", dict(title="雅马哈电钢琴88键重锤", attributes="琴键数:61键"), True),
    ("keyboard-keys-ok", dict(title="机械键盘 104键 青轴", attributes="键数:104键"), False),
    ("bike-gears", dict(title="山地自行车 27速铝合金车架", attributes="变速:21速"), True),
    ("bike-gears-ok", dict(title="山地自行车 27速铝合金车架", attributes="变速:27速"), False),
    ("racket-weight", dict(title="羽毛球拍 4U全碳素", attributes="重量:3U"), True),
    ("racket-weight-ok", dict(title="羽毛球拍 4U全碳素", attributes="重量:4U(83g)"), False),
    ("edition", dict(title="Python编程 第3版", attributes="版次:第2版"), True),
    ("edition-ok", dict(title="Python编程 第3版", attributes="版次:2023年5月第3版"), False),
    ("original-edition-is-not-this-one", dict(title="算法导论 原书第3版 中文译本", attributes="版次:第1版"), False),
    ("dog-size", dict(title="狗粮 小型犬 成犬粮", attributes="适用犬种:大型犬"), True),
    ("dog-size-any", dict(title="狗粮 中大型犬 成犬粮", attributes="适用犬种:全犬种通用"), False),
    ("gas-source", dict(title="燃气灶 天然气 双灶", attributes="气源:液化气"), True),
    ("phone-edition", dict(title="iPhone 15 128GB 国行正品", attributes="版本类型:港版"), True),
    ("korean-style-not-edition", dict(title="韩版宽松卫衣女", attributes="版本:宽松"), False),
    ("gem-certificate", dict(title="钻戒 30分 GIA证书", attributes="证书类型:NGTC国检"), True),
    ("flavour-caramel", dict(title="香瓜子 原味 500g", attributes="口味:焦糖味"), True),
    ("platinum", dict(title="18K金项链女 锁骨链", attributes="材质:铂金;成色:PT950"), True),
    ("tea-year", dict(title="2015年福鼎老白茶 白牡丹 茶饼", attributes="年份:2022"), True),
    ("tea-year-ok", dict(title="2015年福鼎老白茶 白牡丹 茶饼", attributes="年份:2015"), False),
    ("windscreen-glass", dict(title="汽车遮阳帘前挡风玻璃隔热遮阳伞", attributes="面料材质:钛银胶"), False),
    ("beijing-heritage", dict(title="茉莉花茶 北京老字号 罐装", attributes="产地:福建"), False),
    ("solid-wood-legs", dict(title="北欧实木腿板式餐桌", attributes="材质:人造板"), False),
    ("model-series", dict(title="电动剃须刀 S5000 三刀头", attributes="型号:S5066"), False),
    ("model-other-series", dict(title="电动剃须刀 S5000 三刀头", attributes="型号:S3066"), True),
    # colours: a title listing a range of colours, one of them on sale here
    ("colour-range-one-listed", dict(title="运动短裤男黑色灰色藏青 速干", attributes="颜色分类:黑色"), False),
    ("colour-two-none-listed", dict(title="运动短裤男 灰色 白色 速干", attributes="颜色分类:黑色"), True),
    ("bluetooth-not-blue", dict(title="宝宝蓝牙耳机 静音", attributes="颜色分类:黑色"), False),
    ("space-split-not-colour", dict(title="宝宝 蓝牙耳机 静音", attributes="颜色分类:黑色"), False),
    ("flavour-choice", dict(title="卫龙辣条 原味/麻辣多口味可选", attributes="口味:麻辣味"), False),
    ("lid-is-a-part", dict(title="不粘锅炒锅+玻璃锅盖32cm", attributes="材质:铝合金"), False),
    ("skirt-length", dict(title="高腰a字半身裙女短裙", attributes="裙长:长裙"), True),
    ("skin-type", dict(title="控油洗面奶男士油皮专用", attributes="适用肤质:干性肌肤"), True),
    ("skin-type-any", dict(title="控油洗面奶男士油皮专用", attributes="适用肤质:任何肤质"), False),
    ("thickness", dict(title="加绒加厚牛仔裤男冬季", attributes="厚薄:薄款"), True),
    ("shoe-size-list", dict(title="大码男鞋45 46 47 48码", attributes="鞋码:38;39;40;41;42;43;44"), True),
    ("shoe-size-listed", dict(title="休闲鞋 男 40码", attributes="鞋码:38;39;40;41;42;43;44"), False),
    ("canvas", dict(title="帆布托特包女大容量", attributes="材质:PU"), True),
    ("gift-box-vs-bulk", dict(title="广式月饼礼盒装", attributes="包装方式:散装"), True),
    ("bottle-in-a-box", dict(title="白酒500ml单瓶装", attributes="包装方式:盒装"), False),
    ("baby-size", dict(title="婴儿外出服73码", attributes="尺码:90cm"), True),
    ("baby-size-listed", dict(title="婴儿外出服73码", attributes="尺码:73cm;80cm"), False),
    ("shade", dict(title="口红02番茄红 哑光", attributes="色号:05豆沙色"), True),
    ("shade-same", dict(title="口红02番茄红 哑光", attributes="色号:#2 番茄红"), False),
    ("colour-count-not-shade", dict(title="口红套装 3色可选", attributes="色号:05豆沙色"), False),
    ("pet-flavour", dict(title="猫条鸡肉味15g*30支", attributes="口味:三文鱼味"), True),
    # sizes in two or three dimensions, in any order and unit
    ("size-2d", dict(title="珊瑚绒毛毯150x200cm", attributes="规格尺寸:100x120cm"), True),
    ("size-2d-turned", dict(title="珊瑚绒毛毯150x200cm", attributes="规格尺寸:200*150cm"), False),
    ("size-2d-metres", dict(title="珊瑚绒毛毯1.5x2m", attributes="规格尺寸:150x200cm"), False),
    ("size-bed-mm", dict(title="床垫1.8*2米", attributes="尺寸:1500*2000mm"), True),
    ("size-face-of-3d", dict(title="竹砧板 40x28cm 加厚", attributes="尺寸:40x28x1.8cm"), False),
    ("size-one-of-several", dict(title="地垫 40x60cm 60x90cm", attributes="尺寸:40x60cm"), False),
    # age ranges that do not overlap
    ("age-range", dict(title="0-6个月婴儿连体衣", attributes="适用年龄:2-3岁"), True),
    ("age-range-touching", dict(title="奶粉 12-36个月", attributes="适用年龄:6-12个月"), True),
    ("long-skirt-is-midi", dict(title="开叉长裙女 高腰半身裙 中长款", attributes="裙长:中长裙"), False),
    ("glue-not-viscose", dict(title="无痕挂钩强力粘胶免打孔", attributes="材质:PVC"), False),
    ("letter-size-range", dict(title="大码连衣裙 4XL-7XL 宽松", attributes="尺码:S,M,L,XL"), True),
    ("letter-size-range-overlaps", dict(title="大码连衣裙 XL-4XL", attributes="尺码:XL,2XL,3XL,4XL"), False),
    ("letter-size-range-listed-range", dict(title="连衣裙 S-XL", attributes="尺码:S-XXL"), False),
    ("bed-width", dict(title="1.8米实木床双人床主卧", attributes="床尺寸:1.5*2.0m"), True),
    ("bed-width-listed", dict(title="1.5m 1.8m床 实木床", attributes="床尺寸:1.5*2.0m"), False),
    ("bed-width-not-outer-size", dict(title="实木框架双人床 1.8m床", attributes="适用床尺寸:1.8m;尺寸:2080x1950x1050mm"), False),
    ("connector", dict(title="Type-C接口快充充电宝", attributes="输出接口:Lightning"), True),
    ("trouser-fit", dict(title="阔腿裤女夏季高腰垂感", attributes="裤型:铅笔裤"), True),
    ("scent", dict(title="玫瑰香型洗衣液 持久留香", attributes="香味:薰衣草"), True),
    ("baijiu-aroma-not-scent", dict(title="酱香型白酒 53度", attributes="香型:酱香型"), False),
    ("age-range-overlaps", dict(title="儿童积木 3-6岁", attributes="适用年龄:3岁以上"), False),
    # enumerations and codes from a fourteenth MIS set (binding, power source, stones, printing, …)
    ("binding", dict(title="人类简史 从动物到上帝 精装版", attributes="装帧:平装"), True),
    ("binding-agrees", dict(title="人类简史 从动物到上帝 精装版", attributes="装帧:精装"), False),
    ("power-source", dict(title="飞利浦 声波电动牙刷 充电式 HX6730", attributes="供电方式:干电池"), True),
    ("power-source-agrees", dict(title="飞利浦 声波电动牙刷 充电式 HX6730", attributes="供电方式:充电"), False),
    ("stone", dict(title="天然和田玉 白玉平安扣吊坠", attributes="材质:翡翠"), True),
    ("stone-agrees", dict(title="天然和田玉 白玉平安扣吊坠", attributes="材质:和田玉"), False),
    ("stone-word-on-glass", dict(title="水晶杯 红酒杯 2只装", attributes="材质:玻璃"), False),
    ("printer-colour", dict(title="兄弟 HL-1208 黑白激光打印机", attributes="打印颜色:彩色"), True),
    ("printer-case-colour-is-no-print-colour", dict(title="惠普 彩色激光打印机 M255dw", attributes="颜色分类:黑色"), False),
    ("ink-colour", dict(title="惠普 HP 803 黑色墨盒 原装", attributes="颜色分类:彩色"), True),
    ("ink-colours-agree", dict(title="惠普 HP 803 黑色墨盒 彩色墨盒 套装", attributes="颜色分类:黑色+彩色"), False),
    ("dashcam-2.7k", dict(title="70迈 行车记录仪 A500S 2.7K超清", attributes="分辨率:1080P"), True),
    ("skin-type-named-otherwise", dict(title="雅诗兰黛 DW粉底液 控油油皮亲妈", attributes="适合肤质:干性肌肤"), True),
    ("ukulele-top-in-material", dict(title="尤克里里 23寸 全单桃花心木", attributes="材质:椴木合板"), True),
    ("brick-count", dict(title="乐高 LEGO 42115 兰博基尼 3696颗粒", attributes="颗粒数:1580"), True),
    ("brick-count-agrees", dict(title="乐高 LEGO 42115 兰博基尼 3696颗粒", attributes="颗粒数:3696"), False),
    ("thread-count", dict(title="水星家纺 60支长绒棉 四件套", attributes="支数:40支"), True),
    ("pen-pack-is-no-thread-count", dict(title="晨光中性笔 12支装 0.5mm", attributes="支数:40支"), False),
    ("socket-count", dict(title="公牛 插线板 六位总控 1.8米线", attributes="插位:4位"), True),
    ("socket-count-agrees", dict(title="公牛 插线板 六位总控 1.8米线", attributes="插位:6位"), False),
    ("oxygen-flow", dict(title="鱼跃制氧机 5L 家用", attributes="最大氧流量:3L/min"), True),
    ("oxygen-flow-agrees", dict(title="鱼跃制氧机 5L 家用", attributes="最大氧流量:5L/min"), False),
    ("reel-size", dict(title="光威 纺车轮 5000型 金属线杯", attributes="型号:3000"), True),
    ("reel-size-agrees", dict(title="光威 纺车轮 5000型 金属线杯", attributes="型号:GW5000"), False),
    # a wine names its country bare; a cask or a yeast is no origin
    ("wine-country", dict(title="奔富 Bin389 干红葡萄酒 750ml 澳大利亚", category="酒类>葡萄酒", attributes="产地:法国"), True),
    ("wine-country-agrees", dict(title="奔富 Bin389 干红葡萄酒 750ml 澳洲", category="酒类>葡萄酒", attributes="产地:澳大利亚"), False),
    ("wine-cask-is-no-origin", dict(title="张裕 解百纳 法国橡木桶 干红 750ml", category="酒类>葡萄酒", attributes="产地:中国"), False),
    ("country-outside-wine", dict(title="日本 象印保温杯 480ml", category="厨房>保温杯", attributes="产地:中国"), False),
    # a value word read across a space is two words' ends (南极人 棉质 holds no 人棉)
    ("brand-end-and-material", dict(title="南极人 棉质内裤男 4条装", attributes="材质:棉"), False),
    ("viscose-written-whole", dict(title="人棉 连衣裙", attributes="材质:棉"), True),
    ("string-gauge-three-digits", dict(title="达达里奥EJ15 民谣吉他琴弦 010-047 磷铜", attributes="规格:012-053"), True),
    ("string-gauge-three-digits-agree", dict(title="达达里奥EJ15 民谣吉他琴弦 010-047 磷铜", attributes="规格:10-47"), False),
    ("pole-sections", dict(title="黑钻登山杖 五节折叠 超轻Z型快收", attributes="节数:3节"), True),
    ("pole-sections-agree", dict(title="黑钻登山杖 五节折叠 超轻Z型快收", attributes="节数:5节"), False),
    ("violin-size", dict(title="凤灵小提琴 4/4成人 初学考级", attributes="尺寸:1/2"), True),
    ("violin-size-agrees", dict(title="凤灵小提琴 4/4成人 初学考级", attributes="尺寸:4/4"), False),
    ("sheets-per-pack", dict(title="晨光A4复印纸 70g 500张/包 5包整箱", attributes="每包张数:250张"), True),
    ("sheets-per-pack-agree", dict(title="晨光A4复印纸 70g 500张/包 5包整箱", attributes="每包张数:500张"), False),
    ("cell-size", dict(title="18650锂电池 大容量 3.7V 可充电 4节装", attributes="型号:21700"), True),
    ("cell-size-agrees", dict(title="18650锂电池 大容量 3.7V 可充电 4节装", attributes="型号:18650"), False),
    ("battery-life", dict(title="飞利浦 电动牙刷 HX6730 续航60天", attributes="续航时间:30天"), True),
    ("battery-life-in-months", dict(title="飞利浦 电动牙刷 HX6730 续航60天", attributes="续航时间:2个月"), False),
    ("heel", dict(title="细高跟 尖头单鞋 女 8cm", attributes="跟高:低跟(1-3cm)"), True),
    ("heel-agrees", dict(title="细高跟 尖头单鞋 女 8cm", attributes="跟高:高跟(5-8cm)"), False),
    ("white-shirt", dict(title="商务白衬衫 男 长袖 免烫", attributes="颜色:蓝色"), True),
    ("ip-rating-in-description", dict(title="小米 电动牙刷 T302", description="防水等级IPX8，可全身水洗", attributes="防水等级:IPX7"), True),
    ("fits-iphone", dict(title="【适用iPhone15】手机壳 透明 防摔", attributes="适用型号:iPhone14"), True),
    ("fits-iphone-agrees", dict(title="【适用iPhone15】手机壳 透明 防摔", attributes="适用型号:iPhone 15"), False),
    ("wine-bottled-abroad", dict(title="法国原瓶进口 干红葡萄酒 750ml", attributes="产地:智利"), True),
    ("pack-of-two", dict(title="2件装 纯棉 打底衫 女 长袖", attributes="数量:1件"), True),
    ("pack-of-two-agrees", dict(title="2件装 纯棉 打底衫 女 长袖", attributes="数量:2件"), False),
    ("set-of-two-is-one-item", dict(title="2件套 睡衣 女 春秋", attributes="数量:1件"), False),
    ("capacity-stated-in-description", dict(title="九阳 电热水壶 家用 304不锈钢", description="本款容量为1.2L，适合1-3人家庭", attributes="容量:1.7L"), True),
    ("capacity-stated-in-another-unit", dict(title="九阳 电热水壶 家用 304不锈钢", description="本款容量为1700ml", attributes="容量:1.7L"), False),
    ("capacity-stated-agrees", dict(title="九阳 电热水壶", description="容量：1.7L", attributes="容量:1.7L"), False),
    ("whisky-cask-is-no-origin", dict(title="麦卡伦12年 单一麦芽威士忌 西班牙雪莉桶 700ml", category="酒类>洋酒>威士忌", attributes="产地:英国"), False),
    ("carved-wood-vs-resin", dict(title="纯手工黄杨木雕摆件 关公", attributes="材质:树脂"), True),
    ("carved-wood-agrees", dict(title="纯手工黄杨木雕摆件 关公", attributes="材质:黄杨木"), False),
    # a description's material line where the attributes name none (阀体材质：锌合金 under 全铜)
    ("desc-spec-material", dict(title="全铜 厨房水龙头 冷热", description="<p>阀体材质：锌合金</p>",
                                attributes="品牌:澜溪;阀芯材质:陶瓷"), True),
    ("desc-spec-material-agrees", dict(title="全铜 厨房水龙头 冷热", description="<p>阀体材质：黄铜</p>",
                                       attributes="品牌:澜溪"), False),
    # (the attributes and the title agree, the description's one material line does not: the
    # listing says two things, and the title is read against both; a part's line is no statement)
    ("desc-spec-material-restated", dict(title="全铜 厨房水龙头", description="<p>配件材质：塑料</p><p>材质：锌合金</p>",
                                         attributes="品牌:澜溪;材质:黄铜"), True),
    ("desc-spec-material-part-only", dict(title="全铜 厨房水龙头", description="<p>配件材质：塑料</p><p>阀芯：陶瓷</p>",
                                          attributes="品牌:澜溪;材质:黄铜"), False),
    ("desc-spec-material-repeats", dict(title="全铜 厨房水龙头", description="<p>材质：黄铜</p>",
                                        attributes="品牌:澜溪;材质:黄铜"), False),
    ("desc-spec-material-variants", dict(title="纯棉 T恤", description="<p>规格：M；材质：涤纶</p><p>规格：L；材质：PU</p>",
                                         attributes="材质:棉"), False),
    ("tpe-vs-pvc", dict(title="TPE汽车脚垫 全包围", attributes="材质:PVC皮革"), True),
    # a model's scale, a pearl's size (as ranges), a stone's carats
    ("model-scale", dict(title="1:10 遥控越野车 四驱", attributes="比例:1:16"), True),
    ("model-scale-agrees", dict(title="1:16 遥控越野车 四驱", attributes="比例:1:16"), False),
    ("pearl-size", dict(title="淡水珍珠耳钉 8-9mm 强光", attributes="珍珠直径:5-6mm"), True),
    ("pearl-size-overlaps", dict(title="淡水珍珠耳钉 6-7mm 强光", attributes="珍珠直径:5-6mm"), False),
    ("carat", dict(title="1克拉 钻戒 18K金 六爪", attributes="主石重量:0.30ct"), True),
    ("carat-in-fen-not-read", dict(title="30分 钻戒 18K金", attributes="主石重量:0.30ct"), False),
    # a second-hand grade more than ten points from the 成色 attribute; 全新 only from the attribute
    ("condition-grade", dict(title="95新 二手 Switch 游戏机 国行", attributes="成色:7成新"), True),
    ("condition-grade-close", dict(title="95新 二手 Switch 游戏机", attributes="成色:9成新"), False),
    ("condition-grade-chinese", dict(title="二手 iPad 七成新", attributes="成色:99新"), True),
    ("condition-new-slogan", dict(title="全新升级 iPad 保护壳", attributes="成色:全新"), False),
    # a bed's width against a mattress's two sides; a unit after each side
    ("mattress-width", dict(title="1.5米床垫 乳胶 独立弹簧 20cm厚", attributes="尺寸:180x200cm;厚度:20cm"), True),
    ("mattress-width-agrees", dict(title="1.8米床垫 乳胶 独立弹簧", attributes="尺寸:180x200cm"), False),
    ("size-unit-each-side", dict(title="乳胶弹簧床垫 1.8米x2米 20cm厚", attributes="尺寸:1.5m*2m"), True),
    ("size-unit-each-side-agrees", dict(title="乳胶弹簧床垫 1.5米x2米", attributes="尺寸:1.5m*2m"), False),
    # a handle's wood is a part; a walnut-coloured board is a colour; a description's fabric line
    ("walnut-handle", dict(title="5Cr15钢菜刀 切片刀 胡桃木柄", attributes="材质:不锈钢;刀柄材质:木"), False),
    ("walnut-colour", dict(title="胡桃木色 板式书柜 多层", attributes="材质:颗粒板"), False),
    ("desc-fabric-composition", dict(title="真丝桑蚕丝衬衫女 长袖", description="<p>【面料成分】聚酯纤维100%</p>",
                                     attributes="袖长:长袖"), True),
    ("desc-pole-material", dict(title="碳纤维登山杖 超轻", description="杖身材质：7075铝合金", attributes="节数:3节"), True),
    ("plywood-is-multilayer", dict(title="推拉门衣柜1.6米 多层板", attributes="主材:多层实木板"), False),
    ("ultramarine-is-blue", dict(title="群青 矿物 颜料 国画 蓝色 10g", attributes="颜色:群青"), False),
    ("silk-vs-acetate", dict(title="100%桑蚕丝 真丝衬衫女 长袖", attributes="面料:醋酸;材质成分:醋酸纤维100%"), True),
    ("patent-leather-is-pu-too", dict(title="婚鞋 8cm 细跟 尖头 漆皮", attributes="鞋面材质:PU"), False),
    ("leather-vs-microfibre", dict(title="真皮男鞋 商务正装皮鞋", attributes="鞋面材质:超细纤维"), True),
    ("down-vs-cotton-fill", dict(title="90白鸭绒 羽绒马甲男 轻薄款", attributes="填充物:棉"), True),
    ("long-coat-vs-short", dict(title="长款风衣女 过膝 春秋", attributes="衣长:短款"), True),
    ("long-coat-mid-length", dict(title="长款风衣女 过膝", attributes="衣长:中长款"), False),
    ("shoe-size-range", dict(title="男鞋 38-44码 休闲板鞋", attributes="尺码:45,46,47,48"), True),
    ("shoe-size-range-overlaps", dict(title="男鞋 38-44码 休闲板鞋", attributes="尺码:39,40,41"), False),
    ("head-size", dict(title="大头围帽子 56-60cm 棒球帽", attributes="适用头围:48-50cm"), True),
    ("ceramic-bezel-is-a-part", dict(title="潜水表 200米防水 陶瓷圈 夜光", description="<p>材质：316L不锈钢</p>", attributes="品牌:天麓"), False),
    # a code that starts with its number, against one of the same shape
    ("bearing-code", dict(title="深沟球轴承 6206ZZ 铁封 电机", attributes="型号:6204ZZ"), True),
    ("bearing-code-agrees", dict(title="深沟球轴承 6204ZZ 铁封", attributes="型号:6204ZZ"), False),
    ("bearing-code-other-shape", dict(title="深沟球轴承 6204-2RS 500ml", attributes="型号:6204ZZ"), False),
    ("heel-height-figure-is-no-word", dict(title="猫跟鞋女 2.5cm低跟单鞋", attributes="跟高:2.5cm;后跟高:低跟(1-3cm)"), False),
    # wood species (the price of a solid-wood piece), read from the description's 主材 line too
    ("walnut-vs-rubberwood", dict(title="北美黑胡桃木 实木餐桌", attributes="材质:橡胶木"), True),
    ("walnut-vs-desc-main-wood", dict(title="黑胡桃木 书桌 1.2米", description="<p>主材：橡胶木（实木）</p>"), True),
    ("oak-vs-pine", dict(title="白橡木 床头柜", attributes="主材:樟子松"), True),
    ("walnut-colour", dict(title="胡桃木色 餐桌", attributes="材质:橡胶木"), False),
    ("walnut-veneer", dict(title="胡桃木贴皮 书桌", attributes="材质:密度板"), False),
    ("species-unnamed", dict(title="黑胡桃木 实木餐桌", attributes="材质:实木"), False),
    ("species-mixed", dict(title="黑胡桃木 餐桌", attributes="材质:黑胡桃木+橡胶木"), False),
    ("oak-barrel-wine", dict(title="橡木桶陈酿 干红葡萄酒", attributes="材质:玻璃"), False),
    ("pine-cat-litter", dict(title="松木猫砂 10kg", attributes="材质:松木"), False),
    # trouser length
    ("cropped-vs-shorts", dict(title="九分直筒裤女 高腰", attributes="裤长:短裤"), True),
    ("shorts-vs-long", dict(title="运动短裤男 速干", attributes="裤长:长裤"), True),
    ("long-vs-nine", dict(title="冰丝长裤 九分", attributes="裤长:九分裤"), False),
    ("seven-unread", dict(title="七分裤 女 夏", attributes="裤长:短裤"), False),
    # heel height in centimetres against the 跟高 band
    ("heel-cm-vs-band", dict(title="3cm小粗跟单鞋女", attributes="跟高:超高跟(8cm以上)"), True),
    ("heel-label-vs-band", dict(title="跟高7cm 细跟 凉鞋", attributes="跟高:低跟(1-3cm)"), True),
    ("heel-decimal-in-band", dict(title="2.5cm粗跟 单鞋", attributes="跟高:低跟(1-3cm)"), False),
    ("heel-band-edge", dict(title="5cm中跟 单鞋", attributes="跟高:中跟(3-5cm)"), False),
    ("heel-insole-lift", dict(title="内增高5cm 坡跟 小白鞋", attributes="跟高:低跟(1-3cm)"), False),
    ("heel-platform", dict(title="厚底4cm 平跟 乐福鞋", attributes="跟高:平跟(小于等于1cm)"), False),
    ("heel-open-band", dict(title="8.5cm细高跟", attributes="跟高:超高跟(8cm以上)"), False),
    # codes read from their own attributes
    ("handle-hole-spacing", dict(title="门把手 孔距128mm 橱柜拉手", attributes="孔距:96mm"), True),
    ("handle-hole-spacing-agrees", dict(title="门把手 孔距96mm 抽屉", attributes="孔距:96mm"), False),
    ("curler-barrel", dict(title="陶瓷卷发棒 32mm 大卷", attributes="管径:25mm"), True),
    ("curler-barrel-agrees", dict(title="卷发棒 32mm 大卷", attributes="管径:32mm"), False),
    ("wiper-pair", dict(title="无骨雨刮器 26+16寸 一对", attributes="尺寸:24+16寸"), True),
    ("wiper-pair-agrees", dict(title="雨刮器 26+16寸", attributes="尺寸:主驾26寸+副驾16寸"), False),
    ("luggage-pair-agrees", dict(title="行李箱 20+24寸 子母箱", attributes="尺寸:20寸+24寸"), False),
    ("pipe-fen-vs-dn", dict(title="4分 PPR水管 冷热水管", attributes="公称直径:DN20"), True),
    ("pipe-fen-agrees", dict(title="6分 PPR水管", attributes="公称直径:DN20"), False),
    ("pipe-sizes-listed", dict(title="4分 6分 PPR水管", attributes="公称直径:DN20"), False),
    ("suv-cover-vs-saloon", dict(title="车衣 SUV专用 加厚 防晒", attributes="适用车型:三厢轿车"), True),
    ("suv-cover-any-body", dict(title="车衣 SUV专用", attributes="适用车型:轿车/SUV通用"), False),
    ("suv-cover-model-list", dict(title="车衣 SUV专用", attributes="适用车型:大众途观"), False),
    ("coin-year", dict(title="1980年 长城币 1元 硬币", attributes="年份:1983"), True),
    ("coin-year-agrees", dict(title="1983年 长城币 1元", attributes="年份:1983"), False),
    ("founding-year", dict(title="始于1998年 老字号 桂花糕", attributes="年份:2024"), False),
    ("decade", dict(title="80年代 老物件 搪瓷杯", attributes="年份:1985"), False),
    ("year-range", dict(title="2019年-2021年 邮票 年册", attributes="年份:2019"), False),
    ("frame-material-name", dict(title="纯钛眼镜架 超轻 全框", attributes="镜框材质:TR90"), True),
    ("wool-share", dict(title="90%羊毛双面呢大衣女", attributes="材质成分:羊毛30% 聚酯纤维70%"), True),
    ("wool-share-agrees", dict(title="50%羊毛 大衣", attributes="材质成分:羊毛50% 聚酯纤维50%"), False),
    ("wool-share-one-of-a-family", dict(title="90%羊毛 大衣", attributes="材质成分:羊毛90% 羊绒10%"), False),
    ("latex-vs-memory-foam", dict(title="泰国天然乳胶枕 护颈", attributes="填充物:记忆棉"), True),
    ("hk-edition-value", dict(title="iPhone 14 Pro 256G 国行", attributes="版本类型:港澳台"), True),
    ("purifier-cadr", dict(title="空气净化器 CADR400", attributes="CADR值:200m³/h"), True),
    ("purifier-area", dict(title="空气净化器 适用面积60㎡", attributes="适用面积:21-30平方米"), True),
    ("purifier-agrees", dict(title="空气净化器 适用面积25㎡ CADR200", attributes="适用面积:21-30平方米;CADR值:200m³/h"), False),
    # the phone an accessory fits: title against 适用型号 (mismatch_devices)
    ("fits-phone-number", dict(title="适用小米14手机壳 液态硅胶 全包防摔", attributes="适用手机型号:小米13"), True),
    ("fits-phone-latin", dict(title="适用iPhone15 Pro 钢化膜 高清", attributes="适用型号:iPhone 14 Pro"), True),
    ("fits-phone-han-number", dict(title="适用荣耀90 手机壳", attributes="适用手机型号:荣耀80"), True),
    ("fits-phone-other-line", dict(title="华为P60 手机壳 磨砂", attributes="适用手机型号:华为Mate60 Pro"), True),
    ("fits-phone-listed-among", dict(title="适用小米14 小米13 手机壳", attributes="适用手机型号:小米13,小米14"), False),
    ("fits-phone-variant-same-number", dict(title="适用iPhone15 Pro Max 钢化膜", attributes="适用型号:iPhone 15 Pro"), False),
    ("fits-phone-range", dict(title="适用苹果11-15全系列 钢化膜", attributes="适用型号:iPhone 13"), False),
    ("fits-phone-number-list", dict(title="适用苹果12/13/14 手机壳", attributes="适用型号:iPhone 14"), False),
    ("fits-phone-wattage-not-model", dict(title="小米 67W 充电器 快充", attributes="适用型号:小米13"), False),
    ("fits-phone-no-model-listed", dict(title="适用小米14手机壳", attributes="适用手机型号:通用"), False),
    ("fits-phone-count-not-model", dict(title="苹果15 钢化膜 3片装", attributes="适用型号:iPhone 15"), False),
    ("fits-tablet-line-word-repeated", dict(title="平板保护套 适用iPad Air 5 Air 4 10.9英寸", attributes="适用型号:iPad Air 4/Air 5"), False),
    ("fits-tablet-generation", dict(title="iPad Air5 钢化膜 10.9英寸", attributes="适用型号:iPad 9代 10.2英寸"), True),
    ("worked-material-not-own", dict(title="树脂切割片 105 不锈钢金属 角磨机切片", attributes="适用材料:不锈钢/碳钢;材质:树脂+玻纤网"), False),
    # a suitcase's polycarbonate against ABS; cordless against a mains lead
    ("pc-shell-vs-abs", dict(title="行者100%纯PC拉杆箱26寸", attributes="材质:ABS"), True),
    ("pc-shell-vs-pc-abs", dict(title="纯PC拉杆箱 20寸", attributes="材质:PC+ABS"), False),
    ("cordless-vs-mains", dict(title="速洁无线吸尘器家用大吸力手持式", attributes="供电方式:插电式"), True),
    ("wireless-speaker-plugged", dict(title="蓝牙音箱 无线 大音量", attributes="供电方式:插电"), False),
    ("steel-vs-board", dict(title="钢制文件柜 办公室 铁皮柜 带锁", attributes="材质:刨花板"), True),
    ("steel-vs-stainless-agrees", dict(title="不锈钢 保温杯 钢制", attributes="材质:304不锈钢"), False),
    ("s2-vs-chrome-vanadium-bits", dict(title="S2合金钢螺丝刀套装 32合1", attributes="批头材质:CR-V铬钒钢"), True),
    ("hetian-vs-xiuyan-jade", dict(title="新疆和田玉手镯 青白玉 女款", attributes="材质:岫岩玉"), True),
    ("jadeite-agrees", dict(title="翡翠手镯 天然A货 翡翠绿", attributes="材质:翡翠"), False),
    ("dendrobium-is-no-iron", dict(title="铁皮石斛 枫斗 特级", attributes="材质:其他"), False),
    ("tea-class-value-with-cha", dict(title="武夷山正山小种 红茶 250g", attributes="茶类:乌龙茶"), True),
    ("tea-class-agrees", dict(title="武夷岩茶 大红袍 乌龙茶", attributes="茶类:乌龙茶"), False),
    ("stainless-is-steel", dict(title="十八子作 菜刀 家用 切片刀 不锈钢", attributes="材质:复合钢"), False),
    ("material-it-is-for", dict(title="含钴麻花钻头 M35 不锈钢专用 直柄钻头套装", attributes="材质:M35含钴高速钢"), False),
    ("wool-share-fibre-first", dict(title="羊毛衫 含羊毛90%", attributes="材质成分:羊毛30% 锦纶70%"), True),
    ("wool-share-split-attributes", dict(title="双面羊毛大衣女 含羊毛90%", attributes="面料主材质:羊毛;面料主材质含量:30%"), True),
    ("wool-share-split-agrees", dict(title="双面羊毛大衣女 含羊毛90%", attributes="面料主材质:羊毛;面料主材质含量:90%"), False),
    ("white-vs-grey-duck-down", dict(title="北漠男士羽绒服 白鸭绒90绒", attributes="填充物:灰鸭绒"), True),
    ("duck-down-unspecified-agrees", dict(title="羽绒服 白鸭绒", attributes="填充物:鸭绒"), False),
    ("nbr-vs-tpe-mat", dict(title="TPE瑜伽垫 6mm 双面防滑", attributes="材质:NBR"), True),
    ("reading-age-range", dict(title="0-3岁婴儿撕不烂早教书", attributes="适读年龄:7-10岁"), True),
    # a tea named after its region before a kettle is what the kettle is for
    ("tea-region-before-kettle", dict(title="煮茶器 蒸汽喷淋式 黑茶普洱煮茶壶 全自动", attributes="省份:广东省;产地:中国大陆"), False),
    ("tea-region-of-tea", dict(title="云南普洱 熟茶 饼茶 357g", attributes="省份:广东省;产地:中国大陆"), True),
    # a material before the part the attribute names (316不锈钢内胆 with 内胆材质) is that part's claim
    ("liner-grade-vs-liner-attribute", dict(title="316不锈钢内胆 电热水壶 恒温 1.5L", attributes="内胆材质:304不锈钢"), True),
    ("liner-grade-agrees", dict(title="316不锈钢内胆 电热水壶 恒温", attributes="内胆材质:316不锈钢;外壳材质:PP"), False),
    ("liner-claim-vs-shell-attribute", dict(title="316不锈钢内胆 保温杯", attributes="外壳材质:304不锈钢"), False),
    ("pen-barrel-material", dict(title="纯铜钢笔 复古商务 礼盒装 EF尖", attributes="笔杆材质:铝合金"), True),
    # phosphor bronze and brass are the two alloys of wound strings; a bare 铜 allows both
    ("phosphor-bronze-vs-brass", dict(title="磷铜吉他弦 民谣 防锈 覆膜 10-48", attributes="材质:80/20黄铜"), True),
    ("phosphor-bronze-vs-copper", dict(title="磷铜吉他弦 民谣", attributes="材质:铜"), False),
    ("pair-vs-single-piece-count", dict(title="枕头一对装 羽丝绒枕芯 酒店同款", attributes="件数:1只"), True),
    ("pair-vs-two-pieces", dict(title="枕头一对装 羽丝绒枕芯", attributes="件数:2只"), False),
    # a multi-layer or engineered board is no 纯实木; the words of one (多层 实木) claim nothing
    ("solid-wood-vs-engineered", dict(title="纯实木 餐桌 北欧", attributes="材质:实木复合"), True),
    ("solid-wood-vs-three-layer", dict(title="纯实木地板 橡木 地暖", attributes="材质:三层实木复合"), True),
    ("engineered-named-agrees", dict(title="实木复合地板 橡木 地暖", attributes="材质:实木复合"), False),
    ("multi-layer-named-agrees", dict(title="多层实木 衣柜 推拉门", attributes="材质:多层实木"), False),
    ("solid-and-board-listed", dict(title="实木 餐桌 一桌四椅", attributes="材质:实木+多层板"), False),
    ("layers-and-wood-apart", dict(title="猫爬架 多层 实木 剑麻 猫窝", attributes="材质:实木,剑麻,多层板"), False),
    # codes read per attribute: sound channels, amp-hours, a lock cylinder's grade, a produce grade
    ("channels-5-1-vs-2-0", dict(title="HiFi功放机 5.1声道 家庭影院 蓝牙", attributes="声道:2.0"), True),
    ("channels-agree", dict(title="回音壁 5.1.2声道 杜比全景声", attributes="声道:5.1.2声道"), False),
    ("amp-hours-vs-listed", dict(title="新国标电动自行车 48V20Ah 锂电", attributes="电池规格:48V12Ah"), True),
    ("amp-hours-among-listed", dict(title="新国标电动自行车 48V20Ah 锂电", attributes="电池规格:48V12Ah/48V20Ah"), False),
    ("milliamp-hours-not-amp-hours", dict(title="充电宝 20000mAh 快充", attributes="电池容量:20000mAh"), False),
    ("lock-grade-c-vs-b", dict(title="智能门锁 指纹锁 C级锁芯 家用", attributes="锁芯等级:B级"), True),
    ("lock-grade-super-c-is-c", dict(title="智能门锁 C级锁芯 家用", attributes="锁芯等级:超C级"), False),
    ("produce-grade-vs-listed", dict(title="一级 干香菇 花菇 农家 250g", attributes="等级:三级"), True),
    ("tea-grade-vs-listed", dict(title="特级 明前龙井 250g", attributes="等级:一级"), True),
    ("grade-agrees", dict(title="宁夏枸杞 特级 500g", attributes="等级:特级"), False),
    ("energy-grade-is-another", dict(title="新一级能效 冰箱 双开门", attributes="等级:二级"), False),
    ("energy-grade-first", dict(title="一级能效 变频空调 1.5匹", attributes="等级:三级"), False),
    ("qualification-grade", dict(title="二级建造师 教材 2025", attributes="等级:一级"), False),
    ("grade-without-level-word", dict(title="一级 干香菇 250g", attributes="等级:优等品"), False),
    # a sleeping bag's comfort rating, a product's year said new, a coffee's country
    ("comfort-rating-vs-listed", dict(title="羽绒睡袋 舒适温标-10℃ 冬季加厚", attributes="舒适温度:5℃;极限温度:-5℃"), True),
    ("comfort-rating-agrees", dict(title="羽绒睡袋 舒适温标-10℃ 冬季", attributes="舒适温度:-10℃;极限温度:-20℃"), False),
    ("comfort-span-is-no-rating", dict(title="信封睡袋 舒适温度-5℃~10℃ 春秋", attributes="舒适温度:5℃"), False),
    ("limit-is-not-comfort", dict(title="羽绒睡袋 极限-10℃ 冬季", attributes="舒适温度:5℃;极限温度:-10℃"), False),
    ("new-tyre-year-vs-date", dict(title="2024年新胎 215/60R16 舒适型 静音", attributes="生产日期:2021年"), True),
    ("new-tea-year-agrees", dict(title="2025新茶 明前龙井 250g", attributes="生产日期:2025-04-02"), False),
    ("coffee-country-vs-origin", dict(title="埃塞俄比亚耶加雪菲 单品挂耳咖啡 10片", category="咖啡/麦片/冲饮>挂耳咖啡", attributes="产地:巴西"), True),
    ("coffee-country-agrees", dict(title="埃塞俄比亚耶加雪菲 咖啡豆", category="咖啡/麦片/冲饮>咖啡豆", attributes="产地:埃塞俄比亚"), False),
    ("coffee-flavour-named-by-country", dict(title="巴西风味 拼配咖啡豆", category="咖啡/麦片/冲饮>咖啡豆", attributes="产地:云南"), False),
    # a description's spec lines stand for attributes the attributes do not give
    ("size-from-description", dict(title="天幕 3×4m 防晒防雨", description="<p>尺寸：2.5×2.5m</p>", attributes="面料:210T涤纶"), True),
    ("size-from-description-agrees", dict(title="客厅地毯 160×230cm", description="<p>尺寸：160×230cm</p>", attributes="材质:水晶绒"), False),
    ("code-from-description", dict(title="RX7600 8G显存 游戏显卡", description="<p>显存：6GB GDDR6</p>", attributes="显卡型号:RX7600"), True),
]


@pytest.mark.parametrize("name,fields,fires", ATTRS, ids=[a[0] for a in ATTRS])
def test_mis004_attributes(name, fields, fires):
    assert mis("MIS004", **fields) == (["MIS004"] if fires else [])


def test_mis004_span_is_the_colour_word():
    assert spans("MIS004", title="新款 白色 运动鞋", attributes="颜色分类:黑色") == [("MIS004", "title", "白色")]


def test_mis004_separate_columns():
    from tests.conftest import make_listing  # noqa: F401  (attributes built like a 颜色分类 column)
    assert mis("MIS004", title="红色 卫衣", attributes={"颜色分类": ("黑色", "白色")}) == ["MIS004"]


# --- MIS005 quantity ------------------------------------------------------------------------
QTY = [
    ("battery-sections", dict(title="南孚5号电池 8节装 碱性", attributes="包装数量:4节"), True),
    ("battery-sections-agree", dict(title="南孚5号电池 8节装 碱性", attributes="包装数量:8节"), False),
    # power, screen size, air-conditioner size, alcohol and cable length, each read only from its
    # own attributes (a length in 规格 is a size)
    ("charger-watts", dict(title="65W氮化镓快充充电器 多口", attributes="输出功率:20W"), True),
    ("charger-watts-agree", dict(title="65W氮化镓快充充电器", attributes="输出功率:65W"), False),
    ("kilowatts", dict(title="电暖器 2kW", attributes="额定功率:2000W"), False),
    ("wan-not-watts", dict(title="月销10w+ 充电器 20W", attributes="输出功率:20W"), False),
    ("tv-inches", dict(title="43英寸 4K超高清 智能液晶电视", attributes="屏幕尺寸:55英寸"), True),
    ("ac-pi", dict(title="3匹立式空调柜机", attributes="匹数:2匹"), True),
    ("ac-pi-agrees", dict(title="大1.5匹 空调挂机", attributes="匹数:大1.5匹"), False),
    ("alcohol-degree", dict(title="53度 酱香型白酒 500ml", attributes="酒精度:42%vol;净含量:500ml"), True),
    ("alcohol-degree-agrees", dict(title="53度 酱香型白酒 500ml", attributes="酒精度:53%vol;净含量:500ml"), False),
    ("cable-length", dict(title="Type-C数据线 2米 快充", attributes="线长:1m"), True),
    ("cable-length-agrees", dict(title="Type-C数据线 100cm 快充", attributes="线长:1m"), False),
    ("size-is-no-cable", dict(title="地垫 50x80cm", attributes="规格:40*60cm"), False),
    # per-piece weights, a bonus added on, counts beside a spec, storage sizes
    ("per-piece-weight", dict(title="大闸蟹 8只装 公蟹单只约150g 鲜活", attributes="净含量:1200g;包装数量:8只"), False),
    ("bonus-sum", dict(title="洗发水 加量装 400ml+40ml", attributes="净含量:440ml"), False),
    ("pack-count-vs-spec", dict(title="天然矿泉水 550ml 24瓶整箱", attributes="规格:550ml*12瓶"), True),
    ("pack-count-agrees", dict(title="天然矿泉水 550ml 12瓶整箱", attributes="规格:550ml*12瓶"), False),
    ("storage-vs-attribute", dict(title="128G U盘 高速 USB3.2", attributes="存储容量:64GB"), True),
    ("phone-ram-plus-storage", dict(title="华为 nova 12 8+256G 5G 手机", attributes="存储容量:128GB;运行内存:8GB"), True),
    ("phone-storage-agrees", dict(title="华为 nova 12 8+256G 5G 手机", attributes="存储容量:256GB;运行内存:8GB"), False),
    ("terabyte-binary-step", dict(title="移动硬盘 1TB", attributes="存储容量:1024GB"), False),
    # RAM: by its place in a title (8+256G, 运存8G) and by its attribute name (运行内存, 内存容量)
    ("ram-vs-attribute", dict(title="8G+256G 智能手机 全网通", attributes="运行内存:12GB;存储容量:256GB"), True),
    ("ram-agrees", dict(title="12G+256G 智能手机 全网通", attributes="运行内存:12GB;存储容量:256GB"), False),
    ("ram-storage-without-units", dict(title="小米14 12+256 全网通", attributes="运行内存:12GB;存储容量:256GB"), False),
    ("storage-without-units-differs", dict(title="小米14 12+512 全网通", attributes="运行内存:12GB;存储容量:256GB"), True),
    ("ram-named", dict(title="运存8G 大内存 老人机", attributes="运行内存:4GB"), True),
    ("laptop-ram-agrees", dict(title="游戏本 16G运行内存 512G固态", attributes="内存容量:16GB;硬盘容量:512GB"), False),
    ("terabyte-storage-ram", dict(title="16GB+1TB 旗舰手机", attributes="运行内存:16GB;存储容量:1TB"), False),
    ("buy-two-get-one", dict(title="维生素C 买2+1 共3盒", attributes="规格:60粒"), False),
    # a pen's tip and a mat's thickness in millimetres; a net content of 5g is grams, not 5G
    ("pen-tip", dict(title="晨光中性笔0.5mm 黑色 12支装", attributes="笔尖规格:0.38mm"), True),
    ("mat-thickness-agrees", dict(title="瑜伽垫 TPE 6mm 防滑", attributes="厚度:6mm"), False),
    ("five-grams-content", dict(title="花西子空气蜜粉8g 定妆散粉", attributes="净含量:5g"), True),
    # down share, pieces of a set, RAM named 内存 on a laptop, refresh rate, wheel size, pages, layers
    ("down-share", dict(title="90白鸭绒轻薄羽绒服男", attributes="填充物:白鸭绒;含绒量:80%"), True),
    ("down-share-agrees", dict(title="90白鸭绒轻薄羽绒服男", attributes="含绒量:90%"), False),
    ("set-pieces", dict(title="纯棉四件套 全棉被套床单枕套", attributes="件数:3件;面料:棉"), True),
    ("set-pieces-agree", dict(title="纯棉四件套 全棉被套床单枕套", attributes="件数:4件"), False),
    ("laptop-memory", dict(title="笔记本电脑i5 16G内存512G固态", attributes="内存容量:8GB;硬盘容量:512GB"), True),
    ("phone-memory-is-storage", dict(title="手机 12+256 256G大内存", attributes="运行内存:12GB;存储容量:256GB"), False),
    ("refresh-rate", dict(title="144Hz电竞显示器24英寸", attributes="刷新率:60Hz;屏幕尺寸:24英寸"), True),
    ("wheel-size", dict(title="儿童自行车16寸 6-10岁", attributes="车轮尺寸:12寸"), True),
    ("pages", dict(title="笔记本本子加厚80页 10本", attributes="页数:40页;件数:10本"), True),
    ("layers-in-chinese", dict(title="五层置物架落地 厨房收纳架", attributes="层数:3层"), True),
    ("layers-are-no-pack-count", dict(title="搬家纸箱特硬五层60*40*50cm", attributes="层数:五层;数量:10个"), False),
    ("yarn-count-is-no-count", dict(title="60支长绒棉四件套 1.5m/1.8m床", attributes="件数:4件;包装数量:1"), False),
    ("stems", dict(title="11枝红玫瑰花束 同城速递", attributes="花材数量:19枝"), True),
    ("keys", dict(title="电钢琴 88键 重锤", attributes="键数:61键"), True),
    ("fill-power", dict(title="鹅绒羽绒服 700蓬", attributes="蓬松度:600蓬"), True),
    ("pan-rim", dict(title="不粘炒锅 32cm 家用", attributes="口径:28cm"), True),
    ("cable-length-attribute", dict(title="Type-C数据线 1米 100W快充", attributes="长度:2m"), True),
    ("length-of-trousers-is-no-cable", dict(title="休闲裤 男 九分 1米", attributes="长度:九分"), False),
    ("length-without-a-cable", dict(title="跳绳 3米 可调节", attributes="长度:2.8m"), False),
    ("alcohol-exact", dict(title="酱香型白酒53度500ml", attributes="酒精度:52%vol"), True),
    ("voltage", dict(title="110V电饭煲 出国专用 2L", attributes="电压:220V;容量:2L"), True),
    ("colour-temperature", dict(title="LED灯泡 E27 12W 暖光3000K", attributes="色温:6500K;功率:12W"), True),
    ("washing-capacity", dict(title="滚筒洗衣机10公斤 变频", attributes="洗涤容量:8kg"), True),
    ("tableware-pieces", dict(title="陶瓷餐具套装56头 骨瓷", attributes="件数:28头"), True),
    ("rod-length", dict(title="碳素台钓竿3.6米 28调", attributes="长度:4.5米"), True),
    ("height-is-no-diameter", dict(title="陶瓷花瓶 象牙白 高25cm", attributes="高度:25cm;口径:8cm"), False),
    # a bare 包装数量 counts packs (10双装, 2瓶 of 3kg*2瓶); 1 is the default and agrees with one pack
    ("pack-count-vs-bare-number", dict(title="袜子男中筒运动袜10双装", attributes="包装数量:5"), True),
    ("pack-count-agrees", dict(title="袜子男中筒运动袜10双装", attributes="包装数量:10"), False),
    ("one-pack-of-ten", dict(title="袜子男中筒运动袜10双装", attributes="包装数量:1"), False),
    ("multiplier-packs", dict(title="洗衣液3kg*2瓶 薰衣草", attributes="净含量:3kg;包装数量:4"), True),
    ("brush-heads", dict(title="电动牙刷头 4支装", attributes="包装数量:2"), True),
    ("pieces-are-contents", dict(title="补水面膜 20片", attributes="包装数量:2"), False),
    ("total-pieces-agree", dict(title="白膜 5片*2盒 共10片", attributes="包装数量:10"), False),
    ("sheets-and-packs", dict(title="抽纸 120抽 6包", attributes="包装数量:6"), False),
    # a bare 64G-512G is storage on a listing with a storage capacity and no weight
    ("usb-bare-g", dict(title="金士顿U盘64G USB3.2 高速", attributes="存储容量:128GB"), True),
    ("tablet-bare-g", dict(title="iPad Air 11英寸 128G WLAN版", attributes="存储容量:256GB"), True),
    ("laptop-ram-is-no-storage", dict(title="轻薄本 16G 1T 2.8K屏", attributes="存储容量:1TB"), False),
    # attribute names: 总容积, 度数, a suitcase's 尺寸 in inches, a pan's 直径
    ("fridge-volume", dict(title="双开门冰箱 500L 风冷无霜", attributes="总容积:400L"), True),
    ("alcohol-degree-name", dict(title="汾酒 53度 500ml 清香型", attributes="度数:42%vol;净含量:500ml"), True),
    ("suitcase-inches", dict(title="行李箱20英寸登机箱 万向轮", attributes="尺寸:24英寸"), True),
    ("pan-diameter", dict(title="不粘锅炒锅32cm 家用", attributes="直径:28cm"), True),
    ("pan-diameter-agrees", dict(title="不粘锅炒锅32cm 家用", attributes="直径:32cm"), False),
    ("size-in-cm-is-no-cable", dict(title="电热毯 150x70cm", attributes="尺寸:150x70cm;功率:60W"), False),
    ("ten-jin-vs-2.5kg", dict(title="东北大米 十斤装", attributes="净含量:2.5kg"), True),
    ("two-liang-vs-500g", dict(title="西湖龙井 二两茶叶", attributes="净含量:500g"), True),
    ("qianliang-tea-is-a-name", dict(title="安化黑茶 千两茶 礼盒", attributes="净含量:3625g"), False),
    ("jack-is-a-name", dict(title="汽车千斤顶 液压 卧式", attributes="重量:8kg"), False),
    ("one-or-two-days", dict(title="红茶 礼盒装 一两天内发货", attributes="净含量:500g"), False),
    ("concentration-is-not-content", dict(title="特级酱油", subtitle="氨基酸态氮≥1.2g/100ml", attributes="净含量:1.8L"), False),
    ("per-bag-is-content", dict(title="东北大米 5kg/袋", attributes="净含量:10kg"), True),
    ("per-steeping-amount", dict(title="铁观音 浓香型", subtitle="独立小泡 每泡7g", attributes="净含量:500g"), False),
    ("half-jin-vs-500g", dict(title="铁观音 半斤", attributes="净含量:500g"), True),
    ("twenty-jin-vs-5kg", dict(title="猫粮 二十斤", attributes="净含量:5kg"), True),
    ("ten-jin-is-5kg", dict(title="猫粮 十斤装", attributes="净含量:5kg"), False),
    ("five-qianke-is-5kg", dict(title="大米 五千克", attributes="净含量:5kg"), False),
    ("three-liang-is-150g", dict(title="茶叶 三两", attributes="净含量:150g"), False),
    ("carat-is-not-gram", dict(title="钻戒 一克拉", attributes="净含量:500g"), False),
    ("per-hundred-grams", dict(title="每百克 含蛋白质 牛肉干", attributes="净含量:500g"), False),
    ("kg-vs-kg", dict(title="东北大米 5kg", attributes="净含量:2.5kg"), True),
    ("sheets", dict(title="抽纸 120抽 6包", attributes="抽数:100抽"), True),
    ("ml-vs-ml", dict(title="洗发水 750ml", attributes="净含量:500ml"), True),
    ("mah", dict(title="充电宝 20000mAh", attributes="电池容量:10000mAh"), True),
    ("jin-vs-g", dict(title="猫砂 10斤", attributes="净含量:2kg"), True),
    ("pairs", dict(title="袜子 10双装", attributes="数量:5双"), True),
    ("jin-equals-kg", dict(title="东北大米 10斤", attributes="净含量:5kg"), False),
    ("litre-equals-ml", dict(title="矿泉水 1L", attributes="净含量:1000ml"), False),
    ("multipack-total", dict(title="坚果 500g*2袋", attributes="净含量:1000g"), False),
    ("multipack-each", dict(title="坚果 500g×2", attributes="净含量:500g"), False),
    ("sizes-any", dict(title="大米 1kg 2kg 5kg 可选", attributes="净含量:2kg"), False),
    ("limit-not-content", dict(title="置物架 承重50kg", attributes="重量:3kg"), False),
    ("network-5g", dict(title="5G 手机 8+256G", attributes="重量:200g"), False),
    ("different-dims", dict(title="保温杯 500ml", attributes="重量:300g"), False),
    ("upgrade-not-litre", dict(title="2升级版 空气炸锅", attributes="容量:5L"), False),
    ("body-weight-range", dict(title="显瘦 连衣裙 100-130斤可穿", attributes="重量:0.3kg"), False),
    ("weight-loss", dict(title="燃脂 瘦了8斤", attributes="净含量:30g"), False),
    ("no-quantity-attr", dict(title="大米 5kg", attributes="颜色分类:白色"), False),
    # the attribute gives the single piece the title also names (单只5kg), the pair is 10公斤
    ("beer-plato", dict(title="青岛啤酒经典 10度 500ml×12罐", attributes="酒精度:4.0%vol"), False),
    ("spirits-degrees", dict(title="白酒 52度 500ml", attributes="酒精度:53%vol"), True),
    ("set-of-32", dict(title="螺丝刀套装32件套", attributes="件数:24件"), True),
    ("plants-counted", dict(title="绣球花苗 10棵装", attributes="数量:5棵"), True),
    ("spec-before-figure", dict(title="潜水泵 最大扬程1.5米 25W", attributes="扬程:1.6m;功率:25W"), False),
    ("max-drag", dict(title="纺车轮 最大卸力8kg 5.2:1", attributes="重量:约265g"), False),
    ("cell-capacity", dict(title="充电宝20000mAh 22.5W", attributes="电芯容量:20000mAh;额定容量:12000mAh(5V/3A)"), False),
    ("pack-content-in-packs", dict(title="每日坚果750g/30包", attributes="净含量:375g"), True),
    ("concentration", dict(title="奶粉 1.2g/100ml 钙", attributes="净含量:800g"), False),
    ("letter-size-then-count", dict(title="拉拉裤XXL28片", attributes="片数:56片"), True),
    ("laptop-bag-size", dict(title="电脑包15.6寸 手提", attributes="适用电脑尺寸:13英寸"), True),
    ("volumes-of-a-set", dict(title="明朝那些事儿 全套6册", attributes="册数:4册"), True),
    ("volume-number", dict(title="明朝那些事儿 第1册", attributes="册数:6册"), False),
    ("pair-and-piece", dict(title="铸铁哑铃一对10公斤 单只5kg", attributes="重量:5kg"), False),
    ("pair-only", dict(title="铸铁哑铃一对10公斤", attributes="重量:5kg"), True),
    ("yarn-count-lyocell", dict(title="天丝四件套 60支莱赛尔", attributes="件数:4件;支数:60支"), False),
    ("charger-pd-watts", dict(title="车载充电器PD65W快充", attributes="输出功率:18W"), True),
    ("charger-pd-watts-ok", dict(title="车载充电器PD65W快充", attributes="输出功率:65W"), False),
    ("wheel-size", dict(title="17寸 锻造铝合金轮毂 5x112 一只价", attributes="轮毂尺寸:18英寸;孔距:5x112"), True),
    ("wheel-size-agrees", dict(title="17寸 锻造铝合金轮毂 5x112 一只价", attributes="轮毂尺寸:17英寸"), False),
    ("gold-weight", dict(title="足金999 古法金手镯 30g 素圈", attributes="金重:20.5g"), True),
    ("price-before-a-count-word", dict(title="券后29.9 抽纸原木纸巾家用整箱24包", attributes="包装数量:24包;抽数:120抽"), False),
    ("set-pieces-in-spec", dict(title="玻璃保鲜盒5件套 微波炉可加热", attributes="规格:3件套"), True),
    ("single-pack-in-spec", dict(title="塑料收纳箱整理箱大号3个装", attributes="规格:单个装;容量:60L"), True),
    ("lamp-diameter-in-mm", dict(title="LED吸顶灯 卧室 圆形50cm 36W", attributes="直径:400mm;功率:36W"), True),
    ("bead-diameter-is-no-length", dict(title="淡水珍珠项链 7-8mm 42cm", attributes="直径:7-8mm;长度:42cm"), False),
    ("cans-times-cases", dict(title="可乐330ml*12罐*2箱 碳酸饮料", attributes="包装数量:24罐;净含量:330ml"), False),
    ("cans-times-cases-wrong", dict(title="可乐330ml*12罐*2箱 碳酸饮料", attributes="包装数量:36罐;净含量:330ml"), True),
    ("two-parts-add-up", dict(title="墙面漆套装 面漆5L+底漆5L", attributes="容量:10L"), False),
    ("two-parts-not-the-sum", dict(title="墙面漆套装 面漆5L+底漆5L", attributes="容量:18L"), True),
    ("sheets-per-pack", dict(title="A4打印纸 500张/包 5包整箱", attributes="张数:2500张"), False),
    ("sold-separately", dict(title="收纳盒 3个可分开 大号", attributes="数量:1个"), False),
    ("inner-wall-is-no-limit", dict(title="保温杯 500ml 内胆316", attributes="容量:350ml"), True),
    ("counts-added-across-a-plus", dict(title="纯棉毛巾浴巾套装 1条浴巾+2条毛巾 礼盒装", attributes="数量:3条"), False),
    ("counts-added-across-a-plus-disagree", dict(title="纯棉毛巾浴巾套装 1条浴巾+2条毛巾 礼盒装", attributes="数量:5条"), True),
    # a count before the amount (2×125g is 250g too); a 长度 the title states agrees even where
    # 长度 is not read as a cable's; a down fill's weight is its 充绒量
    ("times-before-amount", dict(title="茶叶礼盒 2×125g 可定制腰封", attributes="净含量:250g"), False),
    ("times-before-amount-one", dict(title="茶叶礼盒 2×125g", attributes="净含量:125g"), False),
    ("times-before-amount-wrong", dict(title="茶叶礼盒 2×125g", attributes="净含量:500g"), True),
    ("length-stated", dict(title="渔渡鱼护 2.5米 防挂 速干", attributes="长度:2.5米;口径:35cm"), False),
    ("length-stated-wrong", dict(title="渔渡鱼护 3米 防挂 速干", attributes="长度:2.5米;口径:35cm"), True),
    ("down-fill-weight", dict(title="羽绒睡袋 木乃伊式 白鸭绒800g", attributes="充绒量:800g;重量:1.45kg"), False),
    ("down-fill-weight-wrong", dict(title="羽绒睡袋 木乃伊式 白鸭绒800g", attributes="充绒量:600g;重量:1.45kg"), True),
    # a description's spec line states a content the attributes leave out (【容量】64GB, 锅体容量：3.5升)
    ("desc-spec-capacity", dict(title="U盘 128G 金属 高速", description="【容量】64GB<br/>【接口】USB3.2",
                                attributes="品牌:朗科风;接口类型:USB3.2"), True),
    ("desc-spec-body-capacity", dict(title="空气炸锅 6L大容量 可视", description="<div>锅体容量：3.5升</div>",
                                     attributes="品牌:焙客;额定功率:1350W"), True),
    ("desc-spec-agrees", dict(title="电饭煲 4L 家用", description="容量：4L（适用1-4人）<br/>包装尺寸：40x30cm",
                              attributes="品牌:厨小美;功率:500W"), False),
    # …but not a part's (水箱容量), a shipping weight, or a dimension the attributes give themselves
    ("desc-spec-part", dict(title="除湿机 12升/天 家用", description="水箱容量：1.8L<br/>重量：约9kg",
                            attributes="品牌:美的;功率:200W"), False),
    ("desc-spec-attributes-first", dict(title="精华液 30ml 补水", description="规格：30ml/瓶，早晚使用",
                                        attributes="净含量:50ml"), True),
    ("desc-spec-storage-not-weight", dict(title="笔记本 32G 1TB 14英寸", description="重量：约1.09kg",
                                          attributes="内存容量:32GB;硬盘容量:1TB"), False),
    # a pack count in numerals before 装, and sets (套) counted
    ("cn-pack-count", dict(title="中性笔 0.5mm 黑色 十二支装 按动", attributes="数量:10支"), True),
    ("cn-pack-count-agrees", dict(title="中性笔 0.5mm 黑色 十二支装", attributes="数量:12支"), False),
    ("cn-pack-count-two-rolls", dict(title="保鲜袋 两卷装", attributes="数量:2卷"), False),
    ("cn-set-of-pieces-is-no-pack", dict(title="三件套 床品 纯棉", attributes="件数:3件"), False),
    ("sets-count", dict(title="PPT模板 200套 商务 工作汇报", attributes="数量:80套"), True),
    # a quantity name at the end of a longer one (面膜片数, 填充物重量), not a part's or a package's
    ("tail-name-pieces", dict(title="蚕丝面膜 补水保湿 30片装", attributes="面膜片数:10片"), True),
    ("tail-name-weight", dict(title="加厚冬被 8斤 被芯 双人", attributes="填充物重量:2kg"), True),
    ("tail-name-weight-agrees", dict(title="加厚冬被 8斤 被芯", attributes="填充物重量:4kg"), False),
    ("tail-name-package", dict(title="保温杯 500ml", attributes="包装重量:800g"), False),
    ("tail-name-tank-is-a-part", dict(title="除湿机 日除湿12L 卧室", attributes="水箱容量:1.8L"), False),
    # a count in numerals after a times sign; a baby's weight vs a food's
    ("cn-times-count", dict(title="纯牛奶 250ml×十二盒 整箱", attributes="件数:16盒"), True),
    ("cn-times-count-agrees", dict(title="纯牛奶 250ml×十二盒 整箱", attributes="件数:12盒"), False),
    ("grams-before-baby-food", dict(title="婴儿米粉 原味 400g 宝宝辅食", attributes="净含量:225g"), True),
    ("babys-weight", dict(title="学步鞋 适合10kg宝宝穿", attributes="净重:200g"), False),
    ("limited-edition-count", dict(title="限量999套 生肖 纪念 茶具 礼盒", attributes="数量:1套"), False),
    # a named part's count (刷头数量, 颜色数量) against the title's
    ("brush-heads", dict(title="声波电动牙刷 配8个刷头", attributes="刷头数量:2个"), True),
    ("brush-heads-agree", dict(title="电动牙刷 3个刷头", attributes="刷头数量:3个"), False),
    ("brush-heads-gift", dict(title="电动牙刷 送2个刷头", attributes="刷头数量:1个"), False),
    ("palette-colours", dict(title="12色眼影盘 大地色", attributes="颜色数量:9色"), True),
    ("palette-colours-in-words", dict(title="九色眼影盘", attributes="颜色数量:9色"), False),
    ("colours-to-choose", dict(title="眼影盘 2色可选", attributes="颜色数量:9色"), False),
    # the pack's content count, and packs multiplied
    ("pack-pieces", dict(title="拉拉裤 XL码 120片 整箱", attributes="包装片数:42片;包数:1包"), True),
    ("pack-pieces-times-packs", dict(title="纸尿裤 L码 126片", attributes="包装片数:42片;包数:3包"), False),
    ("per-pack-pieces-times-packs", dict(title="纸尿裤 L码 104片", attributes="每包片数:52片;包数:2包"), False),
    # a lead's, a tape's and a tank's length
    ("lead-length", dict(title="狗狗牵引绳 自动伸缩 5米", attributes="长度:3米"), True),
    ("tape-length", dict(title="钢卷尺 5米 加厚", attributes="长度:3m"), True),
    ("tank-length", dict(title="超白玻璃鱼缸 60cm 客厅", attributes="长度:40cm"), True),
    ("tank-length-in-metres", dict(title="鱼缸 1.2米 客厅", attributes="长度:120cm"), False),
    ("lead-lengths-offered", dict(title="狗狗牵引绳 3米 5米 可选", attributes="长度:3米"), False),
    ("lens-power-is-no-alcohol", dict(title="老花镜 100 150 200 250度", attributes="度数:100-300度"), False),
    ("part-count-inside-a-set", dict(title="冰丝凉席 1.8m床 三件套 含枕套2个", attributes="件数:3件"), False),
    ("colour-count-name-ending-shu", dict(title="12色眼影盘 大地色", attributes="颜色数:9色"), True),
    ("bare-terabytes", dict(title="移动硬盘 4T 2.5英寸", attributes="容量:2TB"), True),
    ("bare-terabytes-agree", dict(title="移动硬盘 2T 2.5英寸", attributes="容量:2048GB"), False),
    ("make-up-artists-are-no-sitters", dict(title="全家福摄影 3-6人 精修10张", attributes="拍摄人数:3-6人;化妆人数:2人;入册张数:8张;精修张数:10张"), False),
    ("dose-in-mg-not-net-weight", dict(title="叶酸片 蓝帽子 备孕 0.4mg 90片", attributes="规格:0.1g/片×90片"), False),
    ("mg-against-mg", dict(title="维生素C片 100mg 60片", attributes="规格:200mg×60片"), True),
    ("pounds-vs-grams", dict(title="强肌5磅乳清蛋白粉巧克力味", attributes="净含量:907g;规格:2磅"), True),
    ("pounds-equal-kilos", dict(title="金标乳清蛋白粉 5磅", attributes="净含量:2.27kg"), False),
    ("racket-tension-pounds", dict(title="羽毛球拍 全碳素 可拉30磅", attributes="重量:80g"), False),
    # a figure the title labels with the attribute's own name, or a unit only that property has
    ("labelled-load", dict(title="户外折叠椅 承重150kg 月亮椅", attributes="承重:100kg"), True),
    ("labelled-load-max-agrees", dict(title="户外折叠椅 承重150kg 月亮椅", attributes="最大承重:150kg"), False),
    ("labelled-load-title-range", dict(title="户外折叠椅 承重100-150kg", attributes="承重:120kg"), False),
    ("labelled-capacity-last-two", dict(title="家用办公碎纸机 大容量20L", attributes="纸箱容量:12L"), True),
    ("labelled-thickness-after", dict(title="椰棕床垫 20cm厚 硬垫", attributes="厚度:10cm"), True),
    ("labelled-thickness-units-agree", dict(title="床垫 20cm厚", attributes="厚度:200mm"), False),
    ("lumens-own-unit", dict(title="头灯 强光 1000流明 充电式", attributes="亮度:300lm"), True),
    ("gift-capacity-not-labelled", dict(title="保温杯 大容量500ml 送100ml小杯", attributes="容量:500ml"), False),
    ("one-character-count-noun", dict(title="24孔复音口琴 C调", attributes="孔数:10孔"), True),
    ("one-character-count-agrees", dict(title="12孔口琴 布鲁斯", attributes="孔数:12孔"), False),
    ("labelled-other-qualifier", dict(title="显示器支架 最大承重9kg", attributes="最大承重:9kg;最小承重:2kg"), False),
    ("labelled-per-shelf-vs-total", dict(title="四层 仓储货架 每层承重100kg", attributes="总承重:400kg"), False),
    ("labelled-range-value", dict(title="阿克苏苹果5kg装 果径80mm", attributes="果径:80-85mm"), False),
    ("labelled-next-figure-char", dict(title="黑色地膜 宽1.2m长200m 厚0.01mm", attributes="宽度:1.2m;长度:200m;厚度:0.01mm"), False),
    # a range in the attribute holds every figure inside it (30L within 20-35升)
    ("capacity-inside-attribute-range", dict(title="双肩包 30L 通勤 电脑包", attributes="容量:20-35升"), False),
    ("capacity-outside-attribute-range", dict(title="双肩包 40L 通勤 电脑包", attributes="容量:20-35L"), True),
    # the size of what the product fits is no figure of its own (适用直径20cm花盆)
    ("fitted-diameter-is-no-own-figure", dict(title="花盆托盘 加厚圆形 适用直径20cm花盆 5个装", attributes="直径:24cm;数量:5个"), False),
    ("own-diameter-disagrees", dict(title="花盆托盘 加厚圆形 直径20cm 5个装", attributes="直径:24cm;数量:5个"), True),
    # an extent's character right before the figure labels it (宽2米 with 宽度, 高60cm with 植株高度)
    ("width-char-before-figure", dict(title="遮光窗帘成品 宽2米×高2.7米 挂钩款", attributes="宽度:150cm;高度:270cm"), True),
    ("width-char-before-figure-agrees", dict(title="遮光窗帘成品 宽1.5米×高2.7米 挂钩款", attributes="宽度:150cm;高度:270cm"), False),
    ("height-outside-attribute-range", dict(title="绿萝盆栽 带盆发货 高60cm 室内", attributes="植株高度:30-40cm"), True),
    ("height-inside-attribute-range", dict(title="绿萝盆栽 带盆发货 高35cm 室内", attributes="植株高度:30-40cm"), False),
    ("desk-extents-agree", dict(title="书桌 加宽 宽60cm 高75cm 长120cm", attributes="长度:120cm;宽度:60cm;高度:75cm"), False),
    # the word inside the value labels the figure too (尺寸:直径40cm)
    ("inner-label-of-value", dict(title="吸顶灯 直径50cm 客厅 遥控调光", attributes="尺寸:直径40cm;功率:48W"), True),
    # a measured extent's first part after the figure (100米防水 with 防水深度), not before another figure
    ("water-resistance-after-figure", dict(title="男士手表 100米防水 夜光 钢带", attributes="防水深度:30米"), True),
    ("dial-before-water-resistance-figure", dict(title="男士机械表 黑盘 41mm防水100米", attributes="表盘直径:41mm;防水深度:100米"), False),
    # counts of ten or more in numerals (十棵, 一百套)
    ("chinese-tens-count", dict(title="多肉植物 组合盆栽 十棵不重样 新手套餐", attributes="数量:5棵"), True),
    ("chinese-hundred-count", dict(title="膨胀螺丝 M8 一百套 外膨胀", attributes="数量:50套"), True),
    ("chinese-fifty-count-agrees", dict(title="膨胀螺丝 M8 五十套 外膨胀", attributes="数量:50套"), False),
    # two lengths written with a space (长度:1.2m 2m)
    ("two-lengths-in-one-value", dict(title="三合一数据线 快充 一拖三 1.2米", attributes="长度:1.2m 2m"), False),
    # one pack's weight in the spec, times the packs (单包约2.5kg ×4包 = 10kg)
    ("single-pack-weight-times-packs", dict(title="豆腐猫砂6L×4包 原味 约10kg整箱", attributes="规格:6L×4包（单包约2.5kg）;数量:4包"), False),
    ("single-pack-weight-times-packs-disagrees", dict(title="豆腐猫砂6L×4包 原味 约15kg整箱", attributes="规格:6L×4包（单包约2.5kg）;数量:4包"), True),
    # one piece's weight times the title's count of those pieces is the pack's
    ("per-piece-times-count", dict(title="牛排 10片装 每片130g 原肉整切", attributes="净含量:1000g"), True),
    ("per-piece-volume", dict(title="补水面膜 10片 每片25ml", attributes="净含量:200ml"), True),
    ("per-piece-agrees-about", dict(title="牛排 10片装 每片约100g", attributes="净含量:1000g"), False),
    ("per-piece-is-the-attribute", dict(title="牛排 10片装 每片130g", attributes="净含量:130g"), False),
    ("per-piece-span", dict(title="牛排 10片装 每片100-130g", attributes="净含量:1000g"), False),
    ("per-pack-times-boxes", dict(title="挂耳咖啡 30包 每包10g 2盒", attributes="净含量:600g"), False),
    ("spec-line-weight", dict(title="烟酰胺面霜 50g 滋润保湿", description="<p>规格：30g</p>", attributes="功效:保湿"), True),
    ("spec-line-weights-listed", dict(title="面霜 50g 滋润保湿", description="<p>规格：30g/50g</p>", attributes="功效:保湿"), False),
]


@pytest.mark.parametrize("name,fields,fires", QTY, ids=[q[0] for q in QTY])
def test_mis005_quantity(name, fields, fires):
    assert mis("MIS005", **fields) == (["MIS005"] if fires else [])


@pytest.mark.parametrize("text,dim,vals", [("5kg", "weight", (5000.0,)), ("10斤", "weight", (5000.0,)),
                                           ("1.5L", "volume", (1500.0,)), ("250ml*4", "volume", (250.0, 1000.0)),
                                           ("3两", "weight", (150.0,))])
def test_quantity_units(text, dim, vals):
    [q] = quantities(normalize_text(text))
    assert (q.dim, q.values) == (dim, vals)


# --- MIS006 category ------------------------------------------------------------------------
CATEGORY = [
    ("car-phone-holder-in-3c", dict(title="车载手机支架 磁吸 出风口", category="3C数码配件>车载支架"), False),
    ("car-phone-holder-in-car", dict(title="车载手机支架 磁吸 出风口", category="汽车用品/电子/清洗/改装>车载支架"), False),
    ("mop-robot-is-appliance", dict(title="扫拖一体机器人 自动集尘", category="女装>连衣裙"), True),
    ("fan-merch-sells-anything", dict(title="封神第一部 电影周边 亚克力立牌 钥匙扣", category="玩具>动漫周边"), False),
    ("multi-tool-names-its-tools", dict(title="瑞士军刀 多功能折叠刀 开瓶器 螺丝刀", category="户外>多功能刀"), False),
    ("kids-flask-in-baby-goods", dict(title="哈尔斯儿童保温杯 316不锈钢 吸管杯 500ml", category="母婴>喂养用品>儿童水杯"), False),
    ("golden-kiwi-is-no-gold", dict(title="佳沛新西兰阳光金果黄金奇异果 22-25个/箱", category="水果生鲜>猕猴桃"), False),
    ("vacuum-bag-is-home-goods", dict(title="真空压缩袋 棉被衣物收纳袋8件套", category="服饰配件/皮带/帽子/围巾>围巾"), True),
    ("door-lock-is-hardware", dict(title="智能门锁指纹锁 家用防盗门 电子锁", category="家装主材>五金>智能锁"), False),
    ("baby-nail-scissors", dict(title="婴儿指甲剪套装 宝宝指甲刀 儿童安全剪刀", category="婴童用品>婴儿护理工具"), False),
    ("men-in-women-path", dict(title="男士运动鞋 透气跑步鞋", category="流行女鞋>单鞋"), True),
    ("women-in-men-path", dict(title="女士羽绒服短款 白鸭绒", category="男装>羽绒服"), True),
    ("both-genders", dict(title="男女同款 情侣卫衣", category="女装>卫衣"), False),
    ("boyfriend-style", dict(title="男朋友风 宽松衬衫女", category="女装>衬衫"), False),
    ("car-sun-shade", dict(title="汽车遮阳帘 前挡遮阳伞 夏季车内防晒挡", category="汽车用品/电子/清洗/改装>汽车遮阳挡"), False),
    ("licence-holder", dict(title="驾驶证皮套 行驶证 证件包 卡包 二合一", category="汽车用品/电子/清洗/改装>驾驶证套"), False),
    # a product word that names what the item is for (衬衫扣子, 护颈 on a scarf)
    ("shirt-buttons", dict(title="树脂纽扣 四眼扣 衬衫扣子 100颗", category="家纺/纽扣"), False),
    # a product word that is the brand (小米 the company, not the grain)
    # the title names a node of the category path, or a product word inside one
    ("phone-in-case-leaf", dict(title="小米14 Ultra 16+512G 全新国行 5G手机", category="3C数码配件>手机配件>手机壳"), True),
    ("case-in-case-leaf", dict(title="适用小米14 Ultra手机壳 防摔", category="3C数码配件>手机配件>手机壳"), False),
    ("cat-litter-in-dog-food", dict(title="豆腐猫砂6L*4包 除臭低尘", category="宠物/宠物食品及用品>狗主粮>成犬粮"), True),
    ("both-pets-named", dict(title="猫狗通用 宠物窝", category="宠物/宠物食品及用品>狗窝"), False),
    ("health-food-mark-is-no-hat", dict(title="蛋白质粉 有助于增强免疫力 400g 蓝帽子", category="保健食品/蛋白粉"), False),
    ("instrument-keys", dict(title="雅马哈 电钢琴 P-145 88键 重锤键盘", category="乐器"), False),
    ("office-chair-headrest", dict(title="西昊 人体工学椅 电脑椅 可调节头枕扶手", category="家具"), False),
    ("car-fridge", dict(title="车载冰箱 25L 压缩机制冷 12V/24V", category="汽车用品"), False),
    ("smart-plug", dict(title="公牛 智能插座 WiFi远程控制 定时开关", category="智能设备"), False),
    ("path-node-in-title", dict(title="车载逆变器 12V转220V 电源转换器", category="汽车用品/车载电器/逆变器"), False),
    ("path-leaf-product", dict(title="拖鞋男女款 浴室防滑", category="居家日用/室内拖鞋"), False),
    ("rice-kinds-are-food", dict(title="东北 珍珠米 5kg 粳米", category="食品/米面杂粮/大米"), False),
    ("back-support-in-sports", dict(title="运动护腰带 健身 深蹲", category="运动户外/运动护具"), False),
    ("brand-named-like-a-grain", dict(title="小米14 12+256 全网通", brand="小米", category="手机"), False),
    ("brand-with-context", dict(title="小米手环8 NFC版", category="智能设备"), False),
    ("grain-in-phones", dict(title="黄小米 新米 5斤", brand="无", category="手机"), True),
    ("neck-warmer-scarf", dict(title="针织围脖 冬季 男女 保暖 护颈 毛线", category="配饰/围巾"), False),
    ("shirt-in-bedding", dict(title="纯棉衬衫 男 长袖", category="家纺/床单"), True),
    ("flavour-is-no-product", dict(title="豆腐猫砂 6L 绿茶味 低尘", category="零食/坚果/特产"), True),
    ("dog-food-in-face-masks-2", dict(title="全价成犬粮 牛肉味 10kg", category="美容护肤/面膜"), True),
    ("raincoat-with-schoolbag-room", dict(title="男女童通用 儿童雨衣 带书包位", category="童装/雨衣"), False),
    # words that hold 书 without being a book for sale
    ("reading-app-e-reader", dict(title="微信读书 墨水屏", category="手机数码"), False),
    ("manual-included", dict(title="蓝牙音箱 附中文说明书", category="影音电器"), False),
    ("certificate-included", dict(title="和田玉 附鉴定证书", category="家居饰品"), False),
    ("picture-book-in-digital", dict(title="儿童绘本 故事书", category="手机数码"), True),
    ("baby-harness-in-baby", dict(title="婴儿学步带 胸背带", category="母婴>婴童用品"), False),
    ("book-about-phones", dict(title="手机摄影从入门到精通", category="书籍/杂志/报纸>摄影"), False),
    ("book-about-a-company", dict(title="小米创业思考 雷军", category="图书>管理"), False),
    ("curved-screen-film", dict(title="适用华为Mate60曲面膜 全胶 防摔", category="3C数码配件>手机贴膜"), False),
    ("dog-harness", dict(title="小佩狗狗胸背带 小型犬", category="宠物/宠物食品及用品>牵引绳"), False),
    ("dog-food-in-face-masks", dict(title="狗粮 成犬 10kg", category="美容护肤>面膜"), True),
    ("pet-dress-in-pet-clothes", dict(title="宠物衣服 猫咪 连衣裙", category="宠物/宠物食品及用品>宠物服饰"), False),
    ("pet-shampoo-in-pets", dict(title="宠物沐浴露 狗狗香波", category="宠物/宠物食品及用品"), False),
    ("doll-collar-blouse", dict(title="娃娃领 娃娃衫 女 宽松", category="女装>衬衫"), False),
    ("imported-red-wine", dict(title="法国进口红酒 干红", category="酒类>红酒"), False),
    ("sun-jacket-in-womens", dict(title="防晒衣 女 冰丝", category="女装>外套"), False),
    ("e-bike-in-e-vehicles", dict(title="电动自行车 48V", category="电动车/配件/交通工具>电动自行车"), False),
    ("phone-case-in-dress", dict(title="华为 P60 手机壳 硅胶", category="女装/连衣裙"), True),
    ("blocks-in-heels", dict(title="儿童 积木 玩具", category="女鞋/高跟鞋"), True),
    ("rice-in-phones", dict(title="东北大米 新米 10斤", category="手机"), True),
    ("arrow-path", dict(title="口红 哑光 持久", category="汽车用品>内饰用品>脚垫"), True),
    ("dress-ok", dict(title="碎花 连衣裙 夏", category="女装/连衣裙"), False),
    ("sports-related", dict(title="运动裤 男 速干", category="运动户外/运动服"), False),
    ("shoes-in-sports", dict(title="跑步鞋 男 减震", category="运动户外"), False),
    ("case-in-phones", dict(title="苹果15 手机壳", category="3C数码配件>手机壳"), False),
    ("leaf-product", dict(title="手机壳 适用华为", category="手机壳"), False),
    ("numeric-cid", dict(title="手机壳 华为", category="50010850"), False),
    ("unknown-category", dict(title="手机壳 华为", category="其他杂项"), False),
    ("no-product-word", dict(title="新款 特惠 爆款", category="女装/连衣裙"), False),
    ("baby-clothes-in-baby", dict(title="婴儿 连体衣 纯棉", category="母婴"), False),
    # 套装 alone is any category's set; clothing sets are named (休闲套装, 西装套装)
    ("tool-set-in-garden", dict(title="园艺工具套装 铲子 耙子", category="鲜花速递/花卉仿真/绿植园艺"), False),
    ("desk-set-in-furniture", dict(title="儿童学习桌椅套装 可升降", category="住宅家具"), False),
    ("clothing-set-in-phones", dict(title="休闲套装 女 春秋", category="手机"), True),
    ("camera-bag-in-bags", dict(title="相机包 单反 微单 摄影包", category="功能箱包"), False),
    ("camera-in-bags", dict(title="单反 相机 全画幅", category="功能箱包"), True),
    ("smartwatch-in-devices", dict(title="华为手表 Watch GT4", category="智能设备"), False),
    ("massage-gun-in-care", dict(title="筋膜枪 肌肉放松", category="个人护理/保健/按摩器材"), False),
    ("waist-support-in-care", dict(title="护腰带 腰托 久坐", category="个人护理/保健/按摩器材"), False),
    ("mask-in-care", dict(title="医用外科口罩 50只", category="个人护理/保健/按摩器材"), False),
    ("mosquito-band-in-baby", dict(title="儿童驱蚊手环 防蚊扣", category="尿片/洗护/喂哺/推车床"), False),
    ("water-gun-in-household", dict(title="儿童 水枪 玩具 戏水", category="居家日用"), True),
    # a word of two categories takes the one the title's other words name (胸背带 of a dog)
    ("dog-harness-in-dresses", dict(title="宠物牵引绳 中大型犬 防爆冲胸背带 遛狗绳套装", category="女装/女士精品>连衣裙"), True),
    ("cat-toy-is-the-pet-shop-s", dict(title="猫抓板 瓦楞纸猫窝一体 猫咪玩具", category="婴童用品>婴儿床/摇篮"), True),
    ("baby-carrier-in-baby", dict(title="婴儿背带 腰凳 四季通用 胸背带", category="婴童用品>背带/学步带"), False),
    # the parts of a top-level name (汽车用品/电子/清洗/改装) name no product
    ("tuner-in-car-chargers", dict(title="吉他调音器 夹式电子校音器", category="汽车用品/电子/清洗/改装>车载电器>车载充电器"), True),
    ("picture-book-in-pharmacy", dict(title="儿童绘本 3-6岁 睡前故事 全10册", category="医药保健>OTC药品"), True),
    ("device-in-pharmacy", dict(title="鱼跃血压计 上臂式", category="医疗器械>血压计"), False),
    ("contact-lens-category", dict(title="博士伦 隐形眼镜 月抛 2片", category="隐形眼镜/护理液>隐形眼镜"), False),
    ("smart-lock-in-smart-devices", dict(title="凯迪仕 K20 智能门锁 指纹锁 密码锁", category="智能设备"), False),
    ("picture-book-in-rice-cookers", dict(title="儿童绘本3-6岁 全10册 注音版", category="厨房电器>电饭煲"), True),
    ("picture-book-in-stationery", dict(title="儿童绘本3-6岁 全10册 注音版", category="文具电教/文化用品/商务用品>绘本"), False),
    ("dog-harness-in-baby-bottles", dict(title="狗狗牵引绳中大型犬胸背带", category="母婴>喂养用品>奶瓶"), True),
    ("pet-camera-in-pet-goods", dict(title="宠物摄像头 远程看猫", category="宠物用品/智能设备"), False),
    ("adult-goods-in-children-s-clothing", dict(title="男士情趣内裤 冰丝", category="母婴/童装"), True),
    ("adult-goods-in-their-category", dict(title="男士情趣内裤 冰丝", category="成人用品/情趣用品>情趣内衣"), False),
    ("condoms-in-a-pharmacy", dict(title="冈本 安全套 超薄", category="医药保健>计生用品"), False),
    ("trouser-hanger-is-a-hanger", dict(title="不锈钢裤架夹子 10只装 晾裤子", category="收纳整理>衣架"), False),
    # what an accessory fits (适用苹果) is no product of the fruit category; a car's scent stays a car product
    ("fits-apple-under-apples", dict(title="磁吸 车载手机支架 出风口 适用苹果华为", category="水产肉类/新鲜蔬果/熟食>苹果"), True),
    ("apples-under-apples", dict(title="烟台红富士 苹果 5斤", category="水产肉类/新鲜蔬果/熟食>苹果"), False),
    ("car-balm-under-car-perfume", dict(title="车载固体香膏 中控台摆件 淡香", category="汽车用品/电子/清洗/改装>车载香水"), False),
    # a node named with slashes is one name; a node two categories share is its leaf's
    ("pregnancy-pillow-node", dict(title="V型枕 孕妇 侧睡枕 靠枕 抱枕 哺乳枕", category="孕妇装/孕产妇用品/营养>孕妇枕"), False),
    ("pregnancy-pillow-in-bedding", dict(title="U型枕 V型枕 孕妇侧睡枕 可拆洗", category="家居>床上用品>枕头"), False),
    ("nappies-under-tissues", dict(title="帮宝适一级帮纸尿裤L码 婴儿尿不湿", category="洗护清洁剂/卫生巾/纸/香薰>抽纸"), True),
    ("counter-sign", dict(title="收银台 扫码立牌 支持微信支付 亚克力", category="办公设备/耗材/相关服务>桌牌/台卡"), False),
    # a leaf that is a product holds its own category's products
    ("fan-under-cat-litter", dict(title="手工苏绣团扇 真丝双面绣", category="宠物用品/猫砂"), True),
    ("chair-under-cat-tree", dict(title="人体工学椅 电脑椅 办公椅 网布 升降", category="宠物用品>猫爬架"), True),
    ("litter-box-under-litter", dict(title="猫砂盆 全封闭 特大号 防外溅", category="宠物用品/猫砂"), False),
    ("fruit-knife-under-knives", dict(title="不锈钢水果刀 刃长12cm 带刀套", category="厨房用具>刀具"), False),
    ("nasal-spray-under-nose-washer", dict(title="生理性海水鼻腔喷雾器 洗鼻", category="医疗器械>洗鼻器"), False),
    ("cat-toy-under-pesticide", dict(title="猫咪逗猫棒 羽毛", category="农资/农药"), True),
    ("payment-speaker-under-3c", dict(title="收款语音播报音箱支持微信支付宝到账提示", category="电子>收款音箱"), False),
    ("payment-speaker-under-office", dict(title="收钱音箱 微信支付宝 收款提醒 播报器", category="商业/办公家具>收款设备"), False),
    ("cleaning-service-under-car-perfume", dict(title="上门保洁 日常保洁 钟点工 3小时", category="汽车用品>车载香水"), True),
    ("repair-service-under-services", dict(title="空调维修 加氟 上门 挂机", category="本地化生活服务>家电维修"), False),
    ("slip-in-lingerie-node", dict(title="蕾丝吊带睡裙 冰丝 性感", category="成人用品>情趣内衣"), False),
    ("adult-candle", dict(title="低温蜡烛 大豆蜡 3支装", category="成人用品>情趣用品"), False),
    ("line-cutter-for-anglers", dict(title="钓鱼剪线钳 PE线剪刀 不锈钢", category="户外/登山/野营/旅行用品>垂钓装备>渔具配件"), False),
    ("power-bank-as-a-feature", dict(title="露营灯 可充电 复古马灯 充电宝功能", category="户外/登山/野营/旅行用品>照明用品>营地灯"), False),
    ("handle-that-comes-with-it", dict(title="纯钛杯 450ml 带折叠手柄", category="户外/登山/野营/旅行用品>野营/炊具>户外水杯"), False),
    ("phone-clamp-of-a-scope", dict(title="单筒观鸟镜 20-60x80 带三脚架 手机夹", category="户外/登山/野营/旅行用品>望远镜/夜视仪>单筒望远镜"), False),
    ("caffeine-is-no-coffee", dict(title="防脱头皮喷雾 咖啡因 国妆特字", category="美发护发/假发>头皮护理/头皮精华"), False),
    ("power-bank-sold-as-itself", dict(title="充电宝 20000毫安 快充", category="户外/登山/野营/旅行用品>照明用品>营地灯"), True),
    ("slip-under-family-planning-lingerie", dict(title="蕾丝情趣睡裙 吊带 性感", category="计生用品>情趣内衣"), False),
    ("slip-under-condoms", dict(title="蕾丝睡裙 吊带", category="计生用品>避孕套"), True),
    ("product-word-across-space", dict(title="AirPods保护套 液态硅胶 带挂钩 防摔", category="3C数码配件>耳机保护套"), False),
    ("piano-lacquer-finish", dict(title="钢琴烤漆 书柜 简约", category="住宅家具>书柜"), False),
    ("leaf-head-noun-same-trade", dict(title="收款语音播报音箱 扫码收款", category="电子/电工>收款音箱"), False),
    ("leaf-head-noun-other-trade", dict(title="狗狗牵引绳中大型犬 反光胸背带", category="户外/登山/野营/旅行用品>登山绳"), True),
    # a leaf holding a product word of the path's own category (坚果 of 坚果炒货) holds that
    # category's products only; one of another category (按摩器 of 健身器材>按摩器材) says nothing sure
    ("mop-under-nut-leaf", dict(title="旋转拖把 免手洗 家用 拖把桶 套装", category="食品/零食>坚果炒货"), True),
    ("massage-gun-under-massage-leaf", dict(title="筋膜枪 肌肉放松 6档 便携迷你", category="运动>健身器材>按摩器材"), False),
    # 冻干 is a pet treat and a way of drying fruit
    ("freeze-dried-haws-are-food", dict(title="老北京冰糖葫芦 山楂串 冻干即食 独立包装 20串", category="零食/坚果/特产>蜜饯果干"), False),
]


@pytest.mark.parametrize("name,fields,fires", CATEGORY, ids=[c[0] for c in CATEGORY])
def test_mis006_category(name, fields, fires):
    assert mis("MIS006", **fields) == (["MIS006"] if fires else [])


def test_mis006_cid_map():
    s = Settings(rule_settings={"MIS006": {"cid-map": {"50010850": "女装/连衣裙"}}})
    fs = lint_one(select=["MIS006"], settings=s, title="华为 手机壳", category="50010850")
    assert [f.text for f in fs] == ["手机壳"]


# --- missing data is reported once per run, not per item ------------------------------------
def test_unavailable_checks_named_once():
    from listlint.api import lint_records
    from tests.conftest import make_listing
    s = Settings(select=("MIS",))
    report = lint_records([make_listing(row=i, title="耐克 红色 卫衣 9.9元") for i in (1, 2)], s)
    text = " ".join(report.unavailable_checks)
    for code in ("MIS001", "MIS003", "MIS004", "MIS005", "MIS006"):
        assert text.count(code) == 1
    assert "MIS002" not in text


# --- per-item memo: work shared between the MIS rules happens once per item ------------------
def test_brand_scan_and_price_reading_run_once_per_item(monkeypatch):
    from listlint.rules import mismatch_brands, mismatch_price
    calls = {"brands": 0, "prices": 0}
    scan, read = mismatch_brands._scan_title_brands, mismatch_price.stated_prices

    def counting_scan(*a, **k):
        calls["brands"] += 1
        return scan(*a, **k)

    def counting_read(*a, **k):
        calls["prices"] += 1
        return read(*a, **k)

    monkeypatch.setattr(mismatch_brands, "_scan_title_brands", counting_scan)
    monkeypatch.setattr(mismatch_price, "stated_prices", counting_read)
    fs = lint_one(select=["MIS"], title="耐克 阿迪达斯 跑步鞋 99元", attributes="品牌:耐克", price="199")
    assert sorted({f.rule for f in fs}) == ["MIS001", "MIS002", "MIS003"]
    assert calls == {"brands": 1, "prices": 1}   # title only: one brand scan, one price read


# --- fast paths that must find exactly what the plain scans find ---------------------------
# Price amounts are tried only in the run of number/price-word characters before each price
# marker (元, 块, ¥, 币, 价, 券, 需, 要, 售, rmb); the matches must equal a whole-text finditer.
PRICE_SCAN = [
    ("deal-and-skips", "到手价79 原价199 满199减20", 1),
    ("pre-sale-word-before-marker", "预售价129.9 定金20元", 2),
    ("currency-words", "人民币 35 / RMB 12 / rmb12", 3),
    ("long-digit-run", "123456789012345元", 1),
    ("chinese-numerals", "九块九包邮 十二块五", 2),
    ("multi-buy-both-orders", "19.9元3件 3件19.9元", 2),
    ("markers-without-amounts", "需要 只要 售后 领券 价格面议", 0),
    ("adjacent-price-words", "一口价88包邮价66拼团价55会员价44", 4),
    ("currency-sign-runs", "¥ 9.9¥19.9¥", 2),
    ("spaces-before-unit", "售价 9 9 元  或 12　元", 3),
    ("empty", "", 0),
]


@pytest.mark.parametrize("text,count", [(t, n) for _, t, n in PRICE_SCAN], ids=[i for i, _, _ in PRICE_SCAN])
def test_price_marker_scan_equals_whole_text_scan(text, count):
    from listlint.rules import mismatch_price
    text = normalize_text(text)
    whole = [(m.span(), m.groupdict()) for m in mismatch_price._AMOUNT.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in mismatch_price._amounts(text)] == whole
    assert len(whole) == count


# Exempt phrases: inside_phrase = an occurrence covers the claim; overlaps_phrase = shares a char.
PHRASES = [
    # text, claim span, phrases, inside, overlaps
    ("仿真丝衬衫", (1, 3), ("仿真丝",), True, True),
    ("口红色号", (1, 3), ("口红",), False, True),
    ("红色口红", (0, 2), ("口红",), False, False),
    ("大红袍茶叶", (1, 2), ("大红袍",), True, True),
    ("红色卫衣", (0, 2), ("大红袍", "口红"), False, False),
    ("烟灰缸烟灰色", (3, 6), ("烟灰缸",), False, False),
    ("纯棉内里", (0, 2), ("棉内里", "纯棉内"), True, True),
]


@pytest.mark.parametrize("text,span,phrases,inside,overlaps", PHRASES, ids=[p[0] for p in PHRASES])
def test_exempt_phrase_checks(text, span, phrases, inside, overlaps):
    from listlint.rules.mismatch_values import inside_phrase, overlaps_phrase
    assert inside_phrase(text, *span, phrases) is inside
    assert overlaps_phrase(text, *span, phrases) is overlaps
