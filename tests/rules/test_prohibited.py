"""Prohibited goods (BAN001–BAN007): must-match and must-not-match side by side, look-alikes
included. Each case is a title and the exact findings expected: (rule, original span text)."""
from __future__ import annotations

import pytest

from listlint.config import Settings
from listlint.lexicon import load_lexicon

from ..conftest import lint_one


def ban(title=None, settings=None, **fields):
    if title is not None:
        fields["title"] = title
    return sorted((f.rule, f.text) for f in lint_one(select=["BAN"], settings=settings, **fields)
                  if f.rule.startswith("BAN"))


CASES = [
    # A货 is a jade grade (natural, untreated), not a fake, in a jade listing
    ("缅甸天然翡翠手镯 A货 冰种飘花", []),
    ("象牙果手串 质地白润似象牙", []),
    ("象牙果手串 又称植物象牙", []),
    ("真空拔罐器 24罐 抽气枪", []),
    ("百草枯 20%水剂 除草灭根", [("BAN002", "百草枯")]),
    ("婚庆冷焰火机 电子冷焰火 非烟花爆竹 不含火药", []),
    ("吉他拨片 玳瑁纹 赛璐珞 不含天然玳瑁", []),
    ("QQ靓号出售 6位数 可改密", [("BAN006", "QQ靓号出售")]),
    ("车牌遮挡器 电动翻转 电子眼拍不到", [("BAN006", "车牌遮挡器"), ("BAN006", "电子眼拍不到")]),
    ("活体画眉鸟 山里野生抓的", [("BAN007", "活体画眉"), ("BAN007", "山里野生抓的")]),
    ("画眉笔 防水 不晕染", []),
    ("Office 2021 破解版 永久激活", [("BAN006", "破解版")]),
    ("防猫翻墙网 阳台 围网", []),
    ("1:1 格洛克 合金枪模 抛壳 可拆卸", [("BAN003", "合金枪模")]),
    # protected wildlife and poaching gear (BAN007); colour, plant and toy names stay clean
    ("象牙手串 老料 非洲 原色", [("BAN007", "象牙")]),
    ("穿山甲 甲片 中药材", [("BAN007", "穿山甲 甲片")]),
    ("电鱼机 逆变器 大功率", [("BAN007", "电鱼机")]),
    ("捕鸟网 粘网 隐形", [("BAN007", "捕鸟网")]),
    ("象牙白 连衣裙 法式", []),
    ("象牙果 手串 植物", []),
    ("玳瑁色 板材 眼镜框", []),
    ("穿山甲 毛绒玩具 公仔", []),
    ("防鸟网 果树 葡萄", []),
    ("香酥炸鱼 即食 小吃", []),
    ("熊掌饼干 儿童零食", []),
    ("虎皮鹦鹉 鸟粮 500g", []),
    # jammers, bugs, lock picks, account sets, licences without a test (BAN006)
    ("手机信号屏蔽器 考场 大功率", [("BAN006", "手机信号屏蔽器")]),
    ("锡纸开锁工具 单钩 快开", [("BAN006", "锡纸开锁工具"), ("BAN006", "单钩 快开")]),
    ("回流老白料手镯 满人字纹 民国老货", [("BAN007", "回流老白料手镯 满人字纹")]),
    ("人字纹羊毛大衣 女 冬季", []),
    ("老鹤顶 红顶雕件 吊坠", [("BAN007", "老鹤顶")]),
    ("辐纹苗子 陆龟活体 高拱", [("BAN007", "辐纹苗子")]),
    ("高频逆变器背机 大功率升压头 深水套装", [("BAN007", "逆变器背机"), ("BAN007", "大功率升压头")]),
    ("车载逆变器 12V转220V 大功率", []),
    ("车载防定位器 北斗GPS信号隔离", [("BAN006", "防定位器"), ("BAN006", "GPS信号隔离")]),
    ("GPS定位器检测仪 防跟踪 反偷拍", []),
    ("孕7周寄血验性别 香港实验室", [("BAN006", "周寄血验性别")]),
    ("驾驶证12分代处理 违章销分 当天处理", [("BAN006", "12分代处理"), ("BAN006", "违章销分")]),
    ("促销分类 营销分析 图书", []),
    ("扑克麻将透视隐形眼镜 远程看牌", [("BAN006", "透视隐形眼镜"), ("BAN006", "远程看牌")]),
    ("近视隐形眼镜 日抛 30片", []),
    ("老鼠药 三步倒 强效", [("BAN002", "三步倒")]),
    ("天津特产 十八街大麻花 什锦", []),
    ("民谣吉他 颜色分类:烟草棕TBS", []),
    ("象牙果手串 植物象牙雕刻", []),
    ("闲置Coach托特包 验出假货全额退款", []),
    ("艾草枕头 已帮上万人摆脱安眠药", []),
    ("银行卡四件套 出售 对公", [("BAN006", "银行卡四件套")]),
    ("驾驶证代办 免考拿证", [("BAN006", "驾驶证代办"), ("BAN006", "免考拿证")]),
    ("微型 無線 攝像 針孔 隱蔽", [("BAN006", "攝像 針孔")]),
    ("手机屏蔽袋 防辐射 孕妇", []),
    ("屏蔽线 音频线 3米", []),
    ("四件套 床上用品 纯棉", []),
    ("指纹锁 开锁方式 指纹 密码", []),
    ("一次性 针孔 注射器", []),
    ("gong弩 户外 狩猎", [("BAN003", "gong弩")]),
    ("隐藏式摄像头 微型 无线 家用", [("BAN006", "隐藏式摄像头")]),
    ("电脑充电器 隐藏摄像头 无线wifi", [("BAN006", "隐藏摄像头")]),
    ("南京 炫赫门 细支", [("BAN001", "南京 炫赫门 细支")]),
    ("吃鸡 外挂 机器码解封", [("BAN006", "吃鸡 外挂")]),
    ("爆竹 声音响亮 过年 批发", [("BAN003", "爆竹")]),
    ("拼多多补单 刷评价", [("BAN006", "补单 刷")]),
    ("高仿真皮肤 硅胶 娃娃", []),
    # look-alikes of this round's additions, and the violations their exemptions must not hide
    ("LV 高仿 真皮 女包", [("BAN004", "高仿")]),
    ("天然 卡地亚 A货 手镯", [("BAN004", "A货")]),
    ("本店不出售发票代开发票各行业", [("BAN005", "发票代开发票")]),
    ("荷花香 细支 线香 卧香", []), ("牡丹 精华爆珠 面霜", []), ("家用口粮油 菜籽油 5L", []),
    ("游戏本 外挂显卡坞", []), ("华为 MateBook 笔记本 隐藏式摄像头", []),
    ("补差价 补单专用链接 无需评价", []), ("质量通过验收 耐克 运动鞋", []), ("唐刀 没有开刃", []),
    ("爆竹声中一岁除 书法 字画", []), ("神奇蘑菇 儿童绘本", []),
    # BAN001 tobacco and e-cigarettes
    ("云烟 香烟 整条装", [("BAN001", "香烟")]),
    ("一次性电子烟 薄荷味", [("BAN001", "一次性电子烟")]),
    ("通用烟弹 三颗装", [("BAN001", "烟弹")]),
    ("自卷 烟丝 100克", [("BAN001", "烟丝")]),
    ("多米尼加 雪茄 单支", [("BAN001", "雪茄")]),
    ("電 子 煙 主機", [("BAN001", "電 子 煙")]),
    ("尼古丁盐 烟油", [("BAN001", "尼古丁盐"), ("BAN001", "烟油")]),
    ("烟灰缸 水晶 大号", []),
    ("实木 烟斗 手工 老式", []),
    ("金属 香烟盒 20支装 超薄", []),
    ("戒烟贴 草本 戒烟糖", []),
    ("烟熏妆 眼影盘 大地色", []),
    ("不锈钢 烟囱帽 防雨", []),
    ("雪茄剪 双刃", []),
    ("烟草味 中性香水 50ml", []),
    ("电子烟灰缸 车载", []),
    ("抽油烟机 清洗剂 去油污", []),
    # BAN002 prescription drugs and controlled substances
    ("处方药 头孢克肟 分散片", [("BAN002", "处方药"), ("BAN002", "头孢克肟")]),
    ("男士 他达拉非 进口", [("BAN002", "他达拉非")]),
    ("米非司酮片 正品", [("BAN002", "米非司酮")]),
    ("迷药 喷雾 速效", [("BAN002", "迷药")]),
    ("女用 催情粉 无色", [("BAN002", "催情粉")]),
    ("进口 大麻 种子", [("BAN002", "大麻")]),
    ("三唑仑 片", [("BAN002", "三唑仑")]),
    ("七格 药盒 一周", []),
    ("非处方药 板蓝根 颗粒", []),
    ("大麻哈鱼 鱼子 罐装", []),
    ("着迷药妆 修护面膜", []),
    ("工业大麻 纤维 面料", []),
    ("pink粉色 卫衣 女", []),
    # BAN003 weapons
    ("全金属 仿真枪 可发射", [("BAN003", "仿真枪")]),
    ("户外 十字弩 狩猎", [("BAN003", "十字弩")]),
    ("军刺 三棱刺 收藏", [("BAN003", "军刺"), ("BAN003", "三棱刺")]),
    ("自卫 甩棍 车载", [("BAN003", "甩棍")]),
    ("高压 电击棍 防身", [("BAN003", "电击棍")]),
    ("气枪 铅弹 5.5", [("BAN003", "气枪"), ("BAN003", "铅弹")]),
    ("手 枪 全 金 属", [("BAN003", "手 枪")]),
    ("防狼喷雾 女士 便携", [("BAN003", "防狼喷雾")]),
    ("水枪玩具 儿童 夏天", []),
    ("玩具枪 泡沫软弹 儿童 男孩", []),
    ("枪色眼影 金属 亮片", []),
    ("不锈钢 刀叉餐具 西餐 套装", []),
    ("充电 手枪钻 家用", []),
    ("吹气枪 除尘 高压", []),
    ("筋膜枪 按摩枪 肌肉", []),
    ("热熔胶枪 家用 手工", []),
    ("非管制刀具 户外 水果刀", []),
    ("积木 步枪 拼装 男孩", []),
    ("反曲弓 射箭 入门", []),
    # BAN004 counterfeits
    ("高仿 名表 机械", [("BAN004", "高仿")]),
    ("A货 包包 女", [("BAN004", "A货")]),
    ("莆田鞋 男 休闲", [("BAN004", "莆田鞋")]),
    ("Gucci 复刻 腰带", [("BAN004", "Gucci 复刻")]),
    ("原单 香奈儿 链条包", [("BAN004", "原单 香奈儿")]),
    ("一比一 卡地亚 手镯", [("BAN004", "一比一 卡地亚")]),
    ("1:1 Rolex 日志型", [("BAN004", "1:1 Rolex")]),
    ("復刻 LV 老花", [("BAN004", "復刻 LV")]),
    ("复刻经典 老式 搪瓷杯", []),
    ("原单价 199 现价 99", []),
    ("纯原木 砧板 整木", []),
    ("1:1 比例 人体模型", []),
    ("A货架 仓储 重型", []),
    ("拒绝假货 正品保障", []),
    ("仿真花 客厅 装饰", []),
    ("仿古 青花瓷 花瓶", []),
    ("超AMOLED 屏幕 手机", []),
    # BAN005 fake invoices
    ("代开发票 各类", [("BAN005", "代开发票")]),
    ("代开增值税专票 点数低", [("BAN005", "代开增值税专票 点数低")]),
    ("发票代开 全国", [("BAN005", "发票代开")]),
    ("可开发票 公司采购", []),
    ("支持开具增值税专用发票", []),
    ("A4 发票夹 收纳", []),
    # BAN006 gambling and illegal services
    ("透视扑克 隐形眼镜", [("BAN006", "透视扑克")]),
    ("遥控骰子 色盅", [("BAN006", "遥控骰子")]),
    ("英语四级 代考 包过", [("BAN006", "代考")]),
    ("毕业证 办证 加急", [("BAN006", "办证")]),
    ("淘宝 刷单 补流量", [("BAN006", "刷单")]),
    ("微型 针孔摄像头 无线", [("BAN006", "针孔摄像头")]),
    ("花呗套现 秒到", [("BAN006", "花呗套现")]),
    ("扑克牌 纸牌 加厚", []),
    ("全自动麻将机 静音", []),
    ("防偷拍 检测仪 酒店", []),
    ("针孔摄像头检测器 防偷窥", []),
    ("一套现代简约 布艺沙发", []),
    ("老千层饼 手工", []),
    ("鞋刷 单只 软毛", []),
    ("清洗钱包 皮具护理剂", []),
    ("证件照 冲印 打印", []),
    # pinyin-mixed and slang spellings, and the look-alikes next to them
    ("电子yan 一次性 水果口味", [("BAN001", "电子yan")]),
    ("yan弹 通用 替换装", [("BAN001", "yan弹")]),
    ("雾化棒 换弹式 套装", [("BAN001", "雾化棒")]),
    ("黄鹤楼 细支 整条", [("BAN001", "黄鹤楼 细支")]),
    ("电子烟花 婚庆 冷焰火 LED", []),
    ("细支 檀香 线香 卧室", []),
    ("罂粟壳 火锅底料", [("BAN002", "罂粟壳")]),
    ("防迷药 检测试纸 派对", []),
    ("鞭炮 1000响 过年", [("BAN003", "鞭炮")]),
    ("仿真鞭炮 挂件 新年装饰", []),
    ("电子鞭炮 婚庆 蓝牙", []),
    ("唐刀 开锋 收藏", [("BAN003", "唐刀 开锋")]),
    ("武士刀 未开刃 cos道具", []),
    ("菜刀 开刃 家用", []),
    ("gao仿 LV 老花 手提包", [("BAN004", "gao仿")]),
    ("高仿真 绿植 盆栽 客厅", []),
    ("dai开发票 餐饮 住宿", [("BAN005", "dai开发票")]),
    ("个人卖家 不代开发票", []),
    ("真人补单 提升销量", [("BAN006", "真人补单")]),
    ("补差价 补单链接", []),
    ("王者荣耀 外挂 自瞄", [("BAN006", "王者荣耀 外挂 自瞄")]),
    ("外挂式 鱼缸 过滤器", []),
    ("空调 外挂机 支架", []),
    ("插座 隐藏摄像头 无线", [("BAN006", "隐藏摄像头")]),
    ("软毛牙刷单支装 成人", []),
    ("油漆刷 单支装 猪鬃", []),
    # a tracker sold for following a person covertly; one for a child, a pet or one's own car is fine
    ("老公出軌 定位器 GPS 超小 隱形", [("BAN006", "出軌 定位器 GPS")]),
    ("GPS定位器 强磁 偷偷放在对方车底", [("BAN006", "GPS定位器 强磁 偷偷放在对方车底")]),
    ("儿童GPS定位器 防丢 老人防走失", []),
    ("电动车GPS定位器 防盗 车主手机查看", []),
    ("蓝牙耳机 送男朋友 支持GPS定位找耳机", []),
    ("复合弩 狩猎户外 175磅 红外瞄准镜", [("BAN003", "复合弩")]),
    ("已实名手机卡 附实名人资料 可过人脸验证", [("BAN006", "已实名手机卡"), ("BAN006", "附实名人资料"), ("BAN006", "可过人脸验证")]),
    ("手机卡 流量卡 激活需本人身份证实名", []),
    ("霍尼韦尔扫码枪 支持微信支付宝付款码", []),
    ("手机定位 追踪女友 对方不知情", [("BAN006", "追踪女友"), ("BAN006", "对方不知情")]),
    ("代开医院诊断证明 病假条 盖章", [("BAN006", "代开医院诊断证明")]),
    ("梯子 fq加速器 稳定不掉线", [("BAN006", "fq加速器")]),
    ("生坑出土 战国青铜剑", [("BAN006", "生坑")]),
    ("海兽葡萄纹仿古铜镜 非出土文物", []),
    ("野生娃娃鱼 活体", [("BAN007", "野生娃娃鱼")]),
    ("罂粟种子 阳台可种", [("BAN002", "罂粟种子")]),
    ("开病假条 模板 Word", []),
    # trading personal accounts, forged certificates made to order
    ("微信老号出售 实名 带朋友圈 满年", [("BAN006", "微信老号")]),
    ("本科 硕士 毕业证学位证定做 钢印齐全", [("BAN006", "学位证定做")]),
    ("毕业证书 收纳册 A4 定做logo", []),
    # a vape by its nicotine, a stun torch, a toy gun firing steel balls, a crossbow's limbs, a
    # cigarette's tar, a drink that makes someone compliant, marked cards
    ("一次性 雾化 水果味 6000口 尼古丁含量5%", [("BAN001", "尼古丁含量")]),
    ("戒烟糖 本品不含尼古丁", []),
    ("女士防身 强光手电 高压电击一体", [("BAN003", "高压电击")]),
    ("合金仿真玩具枪 可发射6mm钢珠，射程30米", [("BAN003", "玩具枪 可发射6mm钢珠")]),
    ("608 钢珠轴承 滑轮 静音", []),
    ("射鱼器 强力弩臂 拉力80磅", [("BAN003", "弩臂")]),
    ("中华（软）条装 10包/条 焦油量11mg", [("BAN001", "焦油量11mg")]),
    ("饮料伴侣 无色无味 十分钟见效 对方听话配合", [("BAN002", "对方听话配合")]),
    ("魔术扑克 佩戴专用隐形眼镜即可看见牌背暗记", [("BAN006", "牌背暗记")]),
    ("全自动麻将机 娱乐用品，严禁用于赌博", []),
    ("布偶猫 幼猫 活体 纯种 海双", [("BAN006", "布偶猫 幼猫 活体")]),
    ("孔雀鱼 活体 观赏鱼 小型", []),
    ("猫咪玩具 活体逗猫 仿真老鼠", []),
    ("微型摄像头 插座款 隐藏 无线", [("BAN006", "摄像头 插座款")]),
    ("盐酸克伦特罗 瘦肉精 饲料添加剂", [("BAN002", "盐酸克伦特罗"), ("BAN002", "瘦肉精")]),
    ("实名老号 满月号 可换绑", [("BAN006", "满月号"), ("BAN006", "可换绑")]),
    ("户外直刀 刃长32cm 带血槽 双刃开锋", [("BAN003", "双刃开锋"), ("BAN003", "直刀 刃长32cm 带血槽")]),
    ("四六级押题 考前1小时发送当场真题答案", [("BAN006", "当场真题答案")]),
    ("车载点烟器 插上即可屏蔽GPS 防定位跟踪", [("BAN006", "屏蔽GPS"), ("BAN006", "防定位跟踪")]),
    ("奈飞4K会员 拼车共享账号 独享位置", [("BAN006", "共享账号")]),
    ("Apple ID 家庭共享账号设置 教程书", []),
    # a denial, a disease's name and a shade are no sale of the substance or the animal
    ("虞美人种子 丽春花 不含吗啡类成分 可合法种植观赏", []),
    ("螺旋藻片 含阿斯巴甜 苯丙酮尿症患者不宜使用", []),
    ("粉底液 色号说明：1号象牙、2号自然、3号暖米", []),
    ("苏卡达陆龟 专用饲料 500g 适合苏卡达、豹纹等陆龟", []),
    ("国六柴油车 尿素屏蔽器 免尿素 货车专用", [("BAN006", "尿素屏蔽器"), ("BAN006", "免尿素")]),
    ("车用尿素 10kg 国六 柴油车尾气处理液", []),
    ("苏卡达陆龟苗 背甲5-8cm 包活到家", [("BAN007", "苏卡达陆龟苗")]),
    ("闹鱼药 鱼藤酮 投放后鱼群昏迷浮头", [("BAN007", "闹鱼药"), ("BAN007", "投放后鱼群昏迷")]),
    ("舒泰50 兽用麻醉剂 无需处方", [("BAN002", "舒泰50")]),
    ("iPhone 14 Pro 监管机 已绕过ID激活锁", [("BAN006", "绕过ID激活锁")]),
    ("电动车 解码器 解除限速 25码变60码", [("BAN006", "解除限速"), ("BAN006", "25码变")]),
    ("影视道具币 100元 1:1 仿真 手感逼真", [("BAN006", "道具币")]),
]


@pytest.mark.parametrize("title,expected", CASES, ids=[c[0] for c in CASES])
def test_prohibited(title, expected):
    assert ban(title) == sorted(expected)


# ---------------------------------------------------------------- context beyond the words
def test_prescription_drug_in_medicine_category_is_a_warning():
    fs = lint_one(select=["BAN002"], title="阿莫西林胶囊 处方药", category="药品>抗生素")
    assert {f.severity for f in fs} == {"warning"}
    fs = lint_one(select=["BAN002"], title="阿莫西林胶囊 处方药", category="家居日用")
    assert {f.severity for f in fs} == {"error"}


def test_overrun_stock_is_a_warning_and_an_error_with_a_brand():
    assert [f.severity for f in lint_one(select=["BAN004"], title="外贸原单 纯棉 毛巾")] == ["warning"]
    fs = lint_one(select=["BAN004"], title="外贸原单 Prada 尼龙包")
    assert [(f.text, f.severity) for f in fs] == [("外贸原单 Prada", "error")]


def test_narcotics_stay_errors_in_medicine_category():
    fs = lint_one(select=["BAN002"], title="三唑仑", category="药品")
    assert [f.severity for f in fs] == ["error"]


@pytest.mark.parametrize("title,description,expected", [
    # the title names the device, the description what only a vape has
    ("电子雾化器 便携", "<p>换弹方便，口味多</p>", [("BAN001", "title", "电子雾化器")]),
    ("小烟 一次性", "<p>草莓口味 约3000口</p>", [("BAN001", "title", "小烟")]),
    # a medical nebuliser's description names none of them
    ("医用雾化器 儿童 家用", "<p>压缩式，配一次性雾化杯和面罩，化痰止咳</p>", []),
    ("超声波 雾化器 加湿", "<p>香薰精油 薄荷 静音</p>", []),
    # only title hits look across: a description's hit needs the word in its own window
    ("多口味 香薰 加湿器", "<p>雾化器</p>" + "<p>静音设计，持续加湿</p>" * 3, []),
])
def test_near_word_in_the_description(title, description, expected):
    fs = lint_one(select=["BAN001"], title=title, description=description)
    assert [(f.rule, f.field, f.text) for f in fs] == expected


@pytest.mark.parametrize("title,description,expected", [
    # the description promises, the title names the card
    ("流量卡 大流量 不限速", "<p>无需实名，拿到即用</p>", [("BAN006", "description", "无需实名")]),
    ("流量卡 大流量 不限速", "<p>按运营商规定需实名认证，谨防无需实名的卡</p>", []),
    ("会员月卡 兑换码", "<p>无需实名，拿到即用</p>", []),
])
def test_near_word_in_the_title(title, description, expected):
    fs = lint_one(select=["BAN006"], title=title, description=description)
    assert [(f.rule, f.field, f.text) for f in fs] == expected


def test_description_html_spans_map_to_original():
    html = "<div>正品<span>電子煙</span>套装</div>"
    fs = lint_one(select=["BAN001"], description=html)
    assert [(f.field, html[f.start:f.end]) for f in fs] == [("description", "電子煙")]


def test_findings_carry_basis_and_suggestion():
    for title in ("香烟", "处方药", "仿真枪", "高仿", "代开发票", "赌具"):
        fs = lint_one(select=["BAN"], title=title)
        assert fs, title
        for f in fs:
            assert f.category == "prohibited" and f.basis.startswith("《") and f.suggestion, (title, f)


def test_deny_adds_a_prohibited_term():
    load_lexicon.cache_clear()
    s = Settings(deny=(("砗磲", "BAN006", "error"),))
    fs = lint_one(select=["BAN"], settings=s, title="砗 磲 手串")
    assert [(f.rule, f.text, f.severity) for f in fs] == [("BAN006", "砗 磲", "error")]


def test_user_wordlist_file_extends_a_family(tmp_path):
    extra = tmp_path / "local.yaml"
    extra.write_text(
        "entries:\n"
        "  - id: red-coral\n"
        "    rule: BAN006\n"
        "    terms: [红珊瑚原枝]\n"
        "    severity: error\n"
        "    basis: 《野生动物保护法》第二十八条\n"
        "    exempt: ['仿红珊瑚原枝']\n"
        "    examples: {match: [红珊瑚原枝], no_match: [仿红珊瑚原枝]}\n", encoding="utf-8")
    s = Settings(wordlists=(str(extra),))
    assert [(f.rule, f.basis) for f in lint_one(select=["BAN"], settings=s, title="红珊瑚原枝 手镯")] == [
        ("BAN006", "《野生动物保护法》第二十八条")]
    assert lint_one(select=["BAN"], settings=s, title="仿红珊瑚原枝 手镯") == []


def test_allow_silences_a_local_look_alike():
    s = Settings(allow=("雪茄",))
    assert lint_one(select=["BAN001"], settings=s, title="雪茄 造型 巧克力") == []


# Each rule's documented examples are checked for every family in tests/test_rule_examples.py.


@pytest.mark.parametrize("category,fires", [
    ("二手书>人文社科>历史", False),     # 二手 枪炮、病菌与钢铁: a book title, squeezed into 手枪
    ("书籍/杂志/报纸>军事", False),
    ("收藏>其他", True),
])
def test_weapon_words_in_a_book_category(category, fires):
    fs = lint_one(select=["BAN003"], title="二手 枪炮、病菌与钢铁 贾雷德·戴蒙德 正版", category=category)
    assert bool(fs) == fires, [f.text for f in fs]


def test_wildlife_words_in_a_book_category():
    fields = dict(title="《穿山甲的小秘密》 儿童野生动物保护 科普绘本", description="讲述穿山甲的生活习性 野生")
    assert [f.rule for f in lint_one(select=["BAN007"], category="书籍/杂志/报纸>绘本", **fields)] == []
    assert [f.rule for f in lint_one(select=["BAN007"], title="穿山甲 甲片 中药材 野生")] == ["BAN007"]
