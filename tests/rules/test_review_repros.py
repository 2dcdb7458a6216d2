"""A code review's repro lines for this session's rules (false alarms and one lost finding),
each with the families it must report and nothing else of PRV/OFF/MIS/BAN/CLM/ABS."""
import pytest

from listlint.api import lint_records

FAMILIES = ("PRV", "OFF", "MIS", "BAN", "CLM", "ABS")

CASES = [
    (['OFF'], dict(title='礼盒', description='高端大气的金色包装，适合送客户，订购热线13812345678', price='9', brand='无品牌', category='礼品', attributes='')),
    (['OFF'], dict(title='手镯', description='送给妈妈的黄金手镯，订单备注尺寸，电话13812345678', price='9', brand='无品牌', category='饰品', attributes='')),
    (['OFF'], dict(title='家政', description='王阿姨家政，专业保洁十年，预约电话13812345678', price='9', brand='无品牌', category='家政', attributes='')),
    (['OFF'], dict(title='团购', description='团购名单请发给 刘洋 13812345678', price='9', brand='无品牌', category='团购', attributes='')),
    (['OFF'], dict(title='书', description='借书人请联系图书管理员 赵敏 13812345678', price='9', brand='无品牌', category='书', attributes='')),
    ([], dict(title='示例', description='示例 姓名：张三 证号：110101199001011234', price='9', brand='无品牌', category='其他', attributes='')),
    ([], dict(title='刻字', description='刻字示例：张伟 护照号E12345678', price='9', brand='无品牌', category='其他', attributes='')),
    (['OFF', 'PRV'], dict(title='买家', description='买家：陈晓东。手机：13812345678', price='9', brand='无品牌', category='其他', attributes='')),
    (['OFF', 'PRV'], dict(title='鞋', description='南京鼓楼的王阿姨13967452210已经回购三次了', price='9', brand='无品牌', category='鞋', attributes='')),
    (['OFF'], dict(title='团购', description='宝妈群主 李娟 13812345678', price='9', brand='无品牌', category='团购', attributes='')),
    (['MIS'], dict(title='博世 雨刮器 无骨', description='雨刮', price='9', brand='米其林', category='汽车用品/电子/清洗/改装>雨刮器', attributes='品牌:米其林')),
    ([], dict(title='定金', description='定金至少付30%，从付款至发货需要3天', price='9', brand='无品牌', category='其他', attributes='')),
    ([], dict(title='奶粉罐', description='奶粉专用储存罐，比超市更划算', price='9', brand='无品牌', category='其他', attributes='')),
    ([], dict(title='钢珠笔 黑色 0.5 枪黑', description='笔', price='9', brand='无品牌', category='文具', attributes='')),
    ([], dict(title='狗狗 益生菌 活体 双歧杆菌', description='益生菌', price='9', brand='无品牌', category='宠物用品>保健品', attributes='')),
    ([], dict(title='摄像头 遮挡片 隐私', description='防止摄像头被黑客偷窥，别人看不出来贴了', price='9', brand='无品牌', category='电脑配件', attributes='')),
    ([], dict(title='尼古丁 戒烟贴', description='尼古丁含量 21mg/片 帮助戒烟', price='9', brand='无品牌', category='计生', attributes='')),
    ([], dict(title='硅胶 锅铲 食品级 无毒无害 耐高温', description='铲', price='9', brand='无品牌', category='厨房', attributes='')),
    ([], dict(title='手机', description='原价5999元，限时24小时特惠价5699', price='5699', brand='无品牌', category='手机', attributes='')),
    ([], dict(title='NEW 夏季 纯棉T恤 男', description='优衣库 纯棉T恤 夏季新款', price='99', brand='优衣库', category='男装>T恤', attributes='品牌:优衣库')),
    ([], dict(title='硒鼓', description='兼容打印机 品牌：惠普 HP', price='99', brand='天威', category='办公', attributes='品牌:天威')),
    (['OFF'], dict(title='饼干', description='客服电话 400-888-1234', price='9', brand='自制', category='零食', attributes='品牌:自制')),
    (['OFF'], dict(title='土特产', description='加盟代理请拨打客服热线 4008881234', price='9', brand='山里人家', category='零食', attributes='品牌:山里人家')),
    (['OFF'], dict(title='杯子', description='联系电话13812345678', price='9', brand='无品牌', category='杯子', attributes='货号:13812345678')),
    ([], dict(title='10000mAh 充电宝 超薄', description='【额定容量】5800mAh', price='99', brand='罗马仕', category='数码>移动电源', attributes='品牌:罗马仕')),
    ([], dict(title='冷敷贴', description='苏徐械备20200123号 适用于光子嫩肤、激光祛斑术后皮肤的冷敷护理', price='99', brand='无品牌', category='医疗器械', attributes='')),
    ([], dict(title='面霜', description='国妆网备进字2023001234 可搭配医用冷敷贴使用', price='99', brand='无品牌', category='美妆', attributes='')),
]


@pytest.mark.parametrize("expected,fields", CASES)
def test_review_repros(expected, fields):
    report = lint_records([{k: v for k, v in fields.items() if v}])
    got = sorted({f.rule[:3] for f in report.items[0].findings} & set(FAMILIES))
    assert got == expected, [(f.rule, f.text) for f in report.items[0].findings]
