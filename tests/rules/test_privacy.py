"""Privacy (PRV001-PRV003): must-match and must-not-match tables.

The numbers below were built for these tests: valid ones carry a correct check character (IDs)
or Luhn digit (cards); the invalid ones differ in exactly the part being tested.
"""
from __future__ import annotations

import pytest

from listlint.rules import contacts

from ..conftest import lint_one


def _lint(code, text, field="title"):
    return [f for f in lint_one(select=[code], **{field: text}) if f.rule == code]


def _check_match(code, field, text, span):
    found = _lint(code, text, field)
    assert found, f"{code} must match {text!r}"
    assert span in [f.text for f in found], f"{code} span for {text!r}: got {[f.text for f in found]}"
    for f in found:
        assert text[f.start:f.end] == f.text


def _check_no_match(code, field, text):
    found = _lint(code, text, field)
    assert not found, f"{code} must not match {text!r}, got {[(f.text, f.message) for f in found]}"


# ------------------------------------------------------------------ PRV001 resident ID numbers

ID_MATCH = [
    ("attributes", "品牌:澳洲直邮;清关证件:420106199501012388", "420106199501012388"),
    ("title", "身份证 33010619850612100X", "33010619850612100X"),
    ("title", "身份证号：33010619850612100x", "33010619850612100x"),
    ("title", "330106 19850612 100X", "330106 19850612 100X"),
    ("title", "4403-0519-9001-0112-3X", "4403-0519-9001-0112-3X"),
    ("title", "证件 510107200012317897", "510107200012317897"),
    ("title", "６５０１０２１９７５０６１５００２４", "６５０１０２１９７５０６１５００２４"),
    ("title", "三二零五八三一九八八一一一一八八八九", "三二零五八三一九八八一一一一八八八九"),
    ("description", "<p>收件信息</p><p>身份证：<b>31010419851230456X</b></p>", "31010419851230456X"),
    # labelled: reported although the check digit is wrong (a typo publishes the rest)
    ("title", "身份证号：110105194912310021", "110105194912310021"),
    ("description", "证件号码 510107 20001231 7898", "510107 20001231 7898"),
    # a decoded numeral after a bracket joins the run: the first 18 digits are the number
    ("description", "学员张海涛（身份证号510107197107210414）四科一次过", "510107197107210414"),
]


@pytest.mark.parametrize("field,text,span", ID_MATCH)
def test_id_match(field, text, span):
    _check_match("PRV001", field, text, span)


ID_NO_MATCH = [
    "生产批号 370202198801010019",   # valid by construction, but labelled as a serial
    "510107200012317898",            # check digit wrong
    "110105194912310021",            # check digit wrong (X expected)
    "11010520100229123X",            # 2010-02-29 does not exist (checksum right)
    "11010519901301123X",            # month 13
    "990105199001011236",            # no province 99
    "110105209901011234",            # born in 2099
    "110105188901011234",            # born before 1900
    "11010519491231002",             # 17 digits
    "1101051949123100211",           # 19 digits
    "SN33010619850612100X",          # part of a serial code
    "条码 6901234567892",
    "订单号 2024060113812345678",
    "订单号 110105194912310021",       # wrong check digit and labelled as something else
    "身份证 110105209901011234",       # labelled, but born in 2099: not an ID
    "身份证 990105199001011236",       # labelled, but no province 99
    "二代身份证读卡器 示例：11010519491231002X",   # the standard's own example number
    "身份证阅读器 测试卡号码 11010519491231002X",
]


@pytest.mark.parametrize("text", ID_NO_MATCH)
def test_id_no_match(text):
    _check_no_match("PRV001", "title", text)


def test_id_message_is_masked_and_decoded():
    (f,) = _lint("PRV001", "三二零五八三一九八八一一一一八八八九")
    assert "→ 3205**********8889" in f.message
    assert "19881111" not in f.message


@pytest.mark.parametrize("number,ok", [
    ("11010519491231002X", True), ("510107200012317897", True),
    ("510107200012317898", False), ("11010520100229123X", False), ("1101051949123100", False),
])
def test_id_checksum(number, ok):
    assert contacts.is_valid_id(number) is ok


# ------------------------------------------------------------------ PRV002 bank card numbers

CARD_MATCH = [
    ("description", "卡号 x 6222 0212 3456 7894", "6222 0212 3456 7894"),
    # a decoded numeral after a comma does not lengthen the card
    ("description", "买家实拍：放进去的建行卡 6217 0001 6613 1860 911，一点都不松。", "6217 0001 6613 1860 911"),
    ("attributes", "品牌:匠心;定金账户:建设银行6217001234567890122", "6217001234567890122"),
    ("title", "转账 622848 0402564890018", "622848 0402564890018"),      # 6-13, as banks print 19 digits
    ("title", "卡号 62170032 30001234 560", "62170032 30001234 560"),    # 8-8-3
    ("title", "卡号 6222 0212 3456 7894", "6222 0212 3456 7894"),
    ("title", "转账到6228480402564890018", "6228480402564890018"),
    ("title", "工行 6217-0012-3456-7893", "6217-0012-3456-7893"),
    ("title", "visa 4367421234567896", "4367421234567896"),
    ("title", "5187 1012 3456 7899", "5187 1012 3456 7899"),
    ("title", "9558801234567890128", "9558801234567890128"),
    ("title", "卡号 六二二二零二一二三四五六七八九四", "六二二二零二一二三四五六七八九四"),
    ("description", "<p>汇款账户：<span>6222 0212 3456 7894</span> 户名见备注</p>", "6222 0212 3456 7894"),
    ("title", "银行卡号 6222 0212 3456 7895", "6222 0212 3456 7895"),   # labelled: Luhn not needed
]


@pytest.mark.parametrize("field,text,span", CARD_MATCH)
def test_card_match(field, text, span):
    _check_match("PRV002", field, text, span)


CARD_NO_MATCH = [
    "卡号 6222 0212 3456 7895",       # Luhn fails
    "订单号 6222021234567894",        # an order number, by its label
    "快递单号 6222021234567894",
    "1234567812345670",              # Luhn passes, no card prefix
    "622202123456789",               # 15 digits
    "条码 6901234567892",
    "510107200012317897",            # a valid resident ID, not a card
    "62 22 02 12 34 56 78 94",       # pairs: a list of sizes, not a card
    "SN6222021234567894",
    "银行卡 1234 5678 1234 5678",     # labelled, but no card prefix
]


@pytest.mark.parametrize("text", CARD_NO_MATCH)
def test_card_no_match(text):
    _check_no_match("PRV002", "title", text)


def test_card_message_is_masked():
    (f,) = _lint("PRV002", "卡号 6222 0212 3456 7894")
    assert "6222********7894" in f.message
    assert "02123456" not in f.message


@pytest.mark.parametrize("digits,ok", [
    ("6222021234567894", True), ("6222021234567895", False), ("4367421234567896", True), ("0", True),
])
def test_luhn(digits, ok):
    assert contacts.luhn_ok(digits) is ok


# ------------------------------------------------------------------ PRV003 a named person next to a number

PERSON_MATCH = [
    # health data or a child's class next to a whole name (sensitive personal information)
    ("description", "盒盖贴上“李沐阳 6岁 青霉素过敏 哮喘 每日早晚”", "李沐阳 6岁 青霉素过敏"),
    ("description", "验配参考：冯德明 72岁 双耳中重度感音神经性听力损失 左耳65dB", "冯德明 72岁 双耳中重度感音神经性听力损失"),
    ("description", "老师团购返图：三年二班 王子轩 张雨桐，红星路小学", "三年二班 王子轩"),
    ("description", "原主人 郑浩然 杭州第二中学 高二(7)班，名字绣在胸前", "郑浩然 杭州第二中学 高二(7)班"),
    ("description", "配镜示例：顾客 曾凡宇 右眼-4.25 左眼-3.75 瞳距62 电话13659208734", "顾客 曾凡宇 右眼-4.25 左眼-3.75 瞳距62 电话13659208734"),
    ("description", "刻字效果：周凤兰 阿尔茨海默 家属电话 15903877421", "周凤兰 阿尔茨海默"),
    ("description", "顾客反馈：给母亲赵桂芳买的，她确诊帕金森病两年", "母亲赵桂芳买的，她确诊"),
    ("description", "感谢老顾客郑晓燕（北京市朝阳区望京西园三区 312 楼 1106）连续回购", "顾客郑晓燕（北京市朝阳区望京西园三区 312 楼 1106"),
    ("description", "上批订单名单：马强 XL 137 3901 2284；刘军 2XL 159 0228 4173", "马强 XL 137 3901 2284"),
    ("description", "顾客授权晒单：林晓 女 27岁 玫瑰痤疮 门诊号 0021457893", "林晓 女 27岁 玫瑰痤疮"),
    ("description", "刻字实拍：陈一诺 B型血 青霉素过敏 妈妈电话", "陈一诺 B型血 青霉素过敏"),
    ("description", "宝妈反馈：周婷，孕28周，查出妊娠期糖尿病", "周婷，孕28周，查出妊娠期糖尿病"),
    ("description", "小模特：刘欣怡 就读 成都市锦江区天府幼儿园 中三班", "刘欣怡 就读 成都市锦江区天府幼儿园 中三班"),
    ("description", "学员案例：许嘉琪 高考642分 长沙市长郡中学 高三（7）班", "许嘉琪 高考642分 长沙市长郡中学 高三（7）班"),
    ("description", "布置实拍：张思远小朋友6岁生日，就读 南京市琅琊路小学 一年级4班", "张思远小朋友6岁生日，就读 南京市琅琊路小学 一年级4班"),
    ("description", "学员展示：林可欣 7岁 上海市静安区第一中心小学 一年级1班", "林可欣 7岁 上海市静安区第一中心小学 一年级1班"),
    ("description", "成品实拍：初二(5)班 林浩然，背面带磁铁", "初二(5)班 林浩然"),
    ("description", "延保登记示例：购买人许志强，手机13957128846，安装地址宁波市鄞州区钱湖北路588弄12号。",
     "许志强，手机13957128846，安装地址宁波市鄞州区钱湖北路588弄12号"),
    ("description", "实拍测量记录：王桂芬 女 68岁，住南京市秦淮区中华路120号3单元501，血压128/82。",
     "王桂芬 女 68岁，住南京市秦淮区中华路120号3单元501，血压"),
    ("description", "刻字示例：豆豆 主人林国栋 18657321094 杭州市拱墅区大关路56号3幢。",
     "林国栋 18657321094 杭州市拱墅区大关路56号3幢"),
    ("description", "设计样稿：陈建华 总经理 电话13705718823 地址杭州市滨江区江南大道3688号潮人汇大厦15楼，下单",
     "陈建华 总经理 电话13705718823 地址杭州市滨江区江南大道3688号潮人汇大厦15楼"),
    ("description", "北京市朝阳区建国路88号6号楼1502 刘芳", "北京市朝阳区建国路88号6号楼1502 刘芳"),
    ("description", "——四川成都 刘静，电话19951736284，武侯区科华北路65号川大南门小区7栋",
     "刘静，电话19951736284，武侯区科华北路65号川大南门小区7栋"),
    ("description", "买家秀：黑龙江哈尔滨 孟晓丽（道里区安静街86号金色家园3单元501）“不冷”",
     "孟晓丽（道里区安静街86号金色家园3单元501"),
    # a card and its holder's name right after it
    ("description", "直接打款：建行 6227 0054 3231 9487 578 张丽华，打完发截图", "6227 0054 3231 9487 578 张丽华"),
    # a name, a phone and an address down to the building close by
    ("description", "中奖名单：王桂兰 13598762104（郑州市金水区经三路丰产小区5号楼），李晓燕",
     "王桂兰 13598762104（郑州市金水区经三路丰产小区5号楼"),
    ("description", "客户实拍：刘子轩 妈妈电话18612835507 北京市朝阳区望京西园三区305楼1门，孩子走丢了",
     "刘子轩 妈妈电话18612835507 北京市朝阳区望京西园三区305楼"),
    # a photo caption names the buyer, an aside, then where she lives
    ("description", "买家秀返图：@刘佳怡 身高163体重98斤穿S码，她家住杭州市余杭区五常街道西溪蓝海3幢1102，说",
     "买家秀返图：@刘佳怡 身高163体重98斤穿S码，她家住杭州市余杭区五常街道西溪蓝海3幢1102"),
    # a name, a phone right after it and a street address close by: no label needed
    ("description", "晒单：何秀英 13508461297 成都市武侯区玉林北路17号2栋 “门帘很好看”",
     "何秀英 13508461297 成都市武侯区玉林北路17号2栋"),
    ("description", "退货请寄：浙江省义乌市稠城街道宾王路188号 张丽收 13967891024，不要到付",
     "浙江省义乌市稠城街道宾王路188号 张丽收 13967891024"),
    # a whole name right after a home address, before an honorific, 家 or the phrase's end
    ("description", "服务实拍：朝阳区望京西园三区312号楼2单元1103 孙建军先生家，格力挂机",
     "朝阳区望京西园三区312号楼2单元1103 孙建军"),
    ("description", "自提地址：西安市雁塔区丈八东路绿地世纪城B区6号楼1502 刘芳。",
     "西安市雁塔区丈八东路绿地世纪城B区6号楼1502 刘芳"),
    ("description", "今日接送：江汉区唐家墩常青花园十一区25栋802 郭美玲家的英短",
     "江汉区唐家墩常青花园十一区25栋802 郭美玲"),
    ("description", "新人张浩&李婷，早拍地点新娘家武侯区肖家河街道玉林南路17号4栋1单元302，晚宴",
     "新人张浩&李婷，早拍地点新娘家武侯区肖家河街道玉林南路17号4栋1单元302"),
    ("description", "<p>发件人 赵敏 18611112222</p>", "发件人 赵敏 18611112222"),
    # numbers in an attribute value: the attributes cell is read by the number rules too
    ("attributes", "品牌:匠心;收款人:王小明 13812345678", "收款人:王小明 13812345678"),
    ("title", "乘机人：司马静 610113199204182371", "乘机人：司马静 610113199204182371"),
    ("title", "欧阳先生 15912345678", "欧阳先生 15912345678"),
    ("title", "收货人：张三 13812345678", "收货人：张三 13812345678"),
    ("title", "联系人李小红 电话 13987654321", "联系人李小红 电话 13987654321"),
    ("title", "王先生 13812345678", "王先生 13812345678"),
    ("title", "李女士 电话: 13987654321", "李女士 电话: 13987654321"),
    ("title", "姓名 欧阳娜娜 身份证 33010619850612100X", "姓名 欧阳娜娜 身份证 33010619850612100X"),
    ("title", "持卡人：赵六 卡号 6222 0212 3456 7894", "持卡人：赵六 卡号 6222 0212 3456 7894"),
    ("title", "收件人 陈一 一三八一二三四五六七八", "收件人 陈一 一三八一二三四五六七八"),
    ("description", "<p>收货人：<b>刘洋</b></p><p>13812345678</p>", "收货人：<b>刘洋</b></p><p>13812345678"),
    ("description", "负责人 张伟 13812345678", "负责人 张伟 13812345678"),
    ("title", "学员：李明 身份证 33010619850612100X", "学员：李明 身份证 33010619850612100X"),
    # a name and a street address down to the house
    ("description", "<p>发货单：收货人 周建华 浙江省杭州市余杭区五常街道文一西路998号海创园18幢1203室</p>",
     "收货人 周建华 浙江省杭州市余杭区五常街道文一西路998号海创园18幢1203室"),
    ("description", "老客户案例：陈美玲 家住 浙江省温州市鹿城区五马街道解放街 126号 3楼，用旧牛仔裤改的包",
     "陈美玲 家住 浙江省温州市鹿城区五马街道解放街 126号 3楼"),
    # the label names the number first; a short aside after the name leads to the number
    ("description", "扉页写有姓名电话：陈晨 15158012364，介意勿拍", "姓名电话：陈晨 15158012364"),
    ("description", "量体参考：客户林秀英 身高162cm，电话13757129845", "客户林秀英 身高162cm，电话13757129845"),
    ("description", "新郎周杰 新娘吴敏敏 联系电话136 8021 4457", "新郎周杰 新娘吴敏敏 联系电话136 8021 4457"),
    ("description", "帮客户陆宏亮搬的家：从南京市玄武区珠江路88号新世界中心1702搬到江宁",
     "客户陆宏亮搬的家：从南京市玄武区珠江路88号"),
    # a flat in a residential compound is a home without a street
    ("description", "上期团长：张秀兰 幸福里小区8栋2单元502，拿货请找客服", "团长：张秀兰 幸福里小区8栋2单元502"),
    ("description", "买家秀：王芳 北京市朝阳区望京花园东区5栋302，刻字效果超满意", "买家秀：王芳 北京市朝阳区望京花园东区5栋302"),
    ("description", "学员罗晓雯（住万科城市花园11栋1502）反馈很好", "学员罗晓雯（住万科城市花园11栋1502"),
    # a whole name before an honorific (陈美玲女士, 林子涵同学, 朱慧敏小姐姐)
    ("description", "好评展示：朝阳区 陈美玲女士 电话15910283376", "陈美玲女士 电话15910283376"),
    ("description", "往期学员：杭州二中高二 林子涵同学，家住西湖区华星路华星小区7幢2单元301",
     "林子涵同学，家住西湖区华星路华星小区7幢2单元301"),
    ("description", "买家秀：宝妈 陈女士，住 成都市武侯区桂溪街道天府新谷小区7栋1单元1202",
     "宝妈 陈女士，住 成都市武侯区桂溪街道天府新谷小区7栋1单元1202"),
    ("description", "户主张伟 南京市鼓楼区中山北路218号7栋1203", "户主张伟 南京市鼓楼区中山北路218号7栋1203"),
    # an entity between name and address; a numbered road section (人民南路四段); 望京西园三区
    ("description", "<p>收件人:何静&nbsp;地址:四川省成都市武侯区人民南路四段27号6栋1单元302</p>",
     "收件人:何静&nbsp;地址:四川省成都市武侯区人民南路四段27号6栋1单元302"),
    ("description", "<p>今日已发货：李红梅&nbsp;北京市朝阳区望京西园三区312号楼1单元601</p>",
     "已发货：李红梅&nbsp;北京市朝阳区望京西园三区312号楼1单元601"),
    # written in traditional characters, read on the simplified view, reported on the original
    ("description", "買家反饋截圖：患者 孫立新 男 52歲 住院號0028371 診斷：腰椎間盤突出", "患者 孫立新 男 52歲 住院號"),
    ("description", "樣圖：陳柏宇 臺北市立大安國小 三年五班 座號12", "陳柏宇 臺北市立大安國小 三年五班"),
    ("description", "實際列印效果：收件人 黃志明 0912-385-647 新北市板橋區文化路二段182巷7號3樓", "黃志明 0912-385-647 新北市板橋區文化路二段182巷7號3樓"),
    # a kin word and a bracket between the name and the age, phone or address
    ("description", "用户反馈：赵桂兰阿姨（68岁，家住北京市朝阳区和平街十二区6号楼3单元401，糖尿病史12年）",
     "赵桂兰阿姨（68岁，家住北京市朝阳区和平街十二区6号楼3单元401，糖尿病"),
    ("description", "李桂芳阿姨（手机13857261930，住温州市鹿城区五马街46号）喝了三个月", "李桂芳阿姨（手机13857261930，住温州市鹿城区五马街46号"),
    ("description", "感谢阳光幼儿园大二班李梓萱小朋友的妈妈发来的实拍", "大二班李梓萱"),
    # an account holder's name before 卡号, a citizen ID label
    ("description", "買家返款憑證：戶名 王建軍 卡號 6222 0212 0304 5567 891 開戶行 工商銀行", "戶名 王建軍 卡號 6222 0212 0304 5567 891"),
    ("description", "效果图：姓名 刘芳 公民身份号码 440106198703154326", "姓名 刘芳 公民身份号码 440106198703154326"),
    # a sex and an age, or a car plate, between the name and the phone
    ("description", "学员档案展示：郑佳怡，女，28岁，手机 17721569043，家住上海市静安区共和新路2993弄5号402",
     "郑佳怡，女，28岁，手机 17721569043，家住上海市静安区共和新路2993弄5号402"),
    ("description", "车主好评：张国强 沪A·7K3M9 手机13916628503 上海市闵行区七莘路3555弄12号 用了一个夏天",
     "张国强 沪A·7K3M9 手机13916628503 上海市闵行区七莘路3555弄12号"),
    # a buyer named in English with a phone or a flat
    ("description", "Customer review from Zhang Weimin, Tel 186 2173 4490, Room 1203, Shanghai", "Zhang Weimin, Tel 186 2173 4490"),
    ("description", "Review from our buyer Li Na, Room 1602, No. 88 Century Avenue, Pudong", "Li Na, Room 1602"),
    # an address then 的 and the name; a class written with 年级; a kin word before a diagnosis
    ("description", "感谢您，上海市浦东新区张杨路1589弄12号602室的 周晓梅 女士第三次回购", "上海市浦东新区张杨路1589弄12号602室的 周晓梅"),
    ("description", "杭州市学军小学三年级2班 陈子涵 小朋友穿上效果", "三年级2班 陈子涵"),
    ("description", "李淑珍 阿姨乳腺癌术后第二年，戴上我们的轻质义乳", "李淑珍 阿姨乳腺癌"),
    ("description", "病人黃美玲確診類風濕關節炎十年", "病人黃美玲確診"),
    ("description", "浙一医院心内科12床 王建华 老人，心梗术后卧床", "王建华 老人，心梗"),
    # (the name, the address and the phone after 寄给 are one person's: one finding over all three)
    ("description", "本周签名本寄给读者 何佳怡，地址：福建省厦门市思明区厦禾路888号1506，电话 15959216073",
     "何佳怡，地址：福建省厦门市思明区厦禾路888号1506，电话 15959216073"),
    # a named person with a car plate
    ("description", "车主 孙志强 浙A·3K7L9 Model Y 安装实拍", "车主 孙志强 浙A·3K7L9"),
    ("description", "梁家豪先生 車牌 RX 8823 Tesla Model 3 安裝完成", "梁家豪先生 車牌 RX 8823"),
    # English names with a romanised surname
    ("description", "Shipped to: Michael Chen, 4521 Oak Street, San Jose", "Michael Chen, 4521 Oak Street"),
    ("description", "Patient: Mr. Robert Tan, 67, diagnosed with Parkinson's disease", "Mr. Robert Tan, 67, diagnosed"),
    # a role word glued to the name, a dashed flat, a district without its city, a plate after a comma
    ("description", "雇主赵国强，住金地名苑9-2-301，家里老人有阿尔茨海默症", "赵国强，住金地名苑9-2-301"),
    ("description", "原车主试用截图里能看到：车主王建华，车牌京N·8F2M6，行驶证也拍进去了", "车主王建华，车牌京N·8F2M6"),
    ("description", "样信：写给市第一人民医院肿瘤科12床的刘桂芳阿姨，乳腺癌晚期", "刘桂芳阿姨，乳腺癌"),
    ("description", "买家秀：送给住滨江花园5幢602的孙倩，她签收时特别开心", "送给住滨江花园5幢602的孙倩"),
    # a third party's name and mobile with a cue (a review, a former owner, a family) in the sentence
    ("description", "<p>买家好评：“睡了一个月，软硬刚好” —— 赵春梅 13776542210 江苏无锡梁溪区</p>", "赵春梅 13776542210"),
    ("description", "扉页有原主人信息：陈梦瑶 浙江大学 学号3190102345 手机13567128890，有少量笔记。",
     "陈梦瑶 浙江大学 学号3190102345 手机13567128890"),
    ("description", "布置现场：家住合肥市蜀山区潜山路888号 百利中心 爸爸赵磊 18656120344", "赵磊 18656120344"),
    # a group-buy list: building and flat between the name and the number
    ("description", "<p>上一期接龙：</p><p>1. 王芳 12栋2单元1101 13758126630<br/>2. 李强 7栋602 18867155102</p>",
     "王芳 12栋2单元1101 13758126630"),
    # eyes, ears, pregnancy; a bracketed owner after the flat; a child named after 孩子
    ("description", "验光单：患者 徐晨 男 26岁 右眼-3.75 散光-0.50 轴位180", "患者 徐晨 男 26岁 右眼-3.75 散光"),
    ("description", "许国平老伯（83岁，住南京市玄武区北京东路39号）听力图：左耳65dB", "许国平老伯（83岁，住南京市玄武区北京东路39号）听力图"),
    ("description", "自提地址：苏州市工业园区星湖街星海小区23幢1402室（业主钱文杰），只能自提。",
     "苏州市工业园区星湖街星海小区23幢1402室（业主钱文杰"),
    ("description", "买家秀：宝妈李婷（孕12周，宁波市妇女儿童医院B超单号US20240316088）", "李婷（孕12周，宁波市妇女儿童医院B超"),
    ("description", "宝妈王丽娟的孩子刘子涵，8个月，北京儿童医院皮肤科诊断重度湿疹", "孩子刘子涵，8个月，北京儿童医院皮肤科诊断"),
    ("description", "<p>定制名单：</p><p>王梓涵 身高135 家长电话13805715562<br/>陈一鸣 身高138 家长电话18958031234</p>",
     "王梓涵 身高135 家长电话13805715562"),
    # a kin name (王阿姨, 李大爷); a pronoun or a role owning the number after the name; a landline
    ("description", "南京鼓楼的王阿姨13967452210已经回购三次了", "王阿姨13967452210"),
    ("description", "合肥蜀山区的李大爷（15251876630）上个月买了100度的", "李大爷（15251876630"),
    ("description", "昨天做的一面，黄美玲定制送给浙江省人民医院心内科的，她手机15158123369", "黄美玲定制送给浙江省人民医院心内科的，她手机15158123369"),
    ("description", "上周给杭州的张丽华发错了颜色，13812764590，西湖区文三路259号", "张丽华发错了颜色，13812764590"),
    ("description", "杭州的张奶奶家订了四双，家里座机0571-86773412", "张奶奶家订了四双，家里座机0571-86773412"),
    # an ID number with a wrong check digit right after a name; passports with a name
    ("description", "这个是上周做的：李建军 4401 0519 7012 0356 18，打在卡套背面", "李建军 4401 0519 7012 0356 18"),
    ("description", "近期出签：张伟，护照号 EJ3562718，2月28日出签", "张伟，护照号 EJ3562718"),
    ("description", "买家陈思远去伦敦读研，护照号码E92018467，我们按他的行程配的", "买家陈思远去伦敦读研，护照号码E92018467"),
    # health data after a customer cue; a pupil after 班的
    ("description", "感谢郑雅琴分享：她乳腺癌化疗第三个疗程开始大量掉发", "郑雅琴分享：她乳腺癌"),
    ("description", "刚给杭州市学军小学一(3)班的周子墨做好的一套", "一(3)班的周子墨"),
    # a given name that is also a word (文华); a move from a flat; a cue-led name
    ("description", "工程案例：业主 蔡文华，电话 13706519876，余杭区 良渚街道", "业主 蔡文华，电话 13706519876"),
    ("description", "今日订单实拍：客户陈志刚，从朝阳区望京 花家地北里6号楼1203室 搬至 通州区", "客户陈志刚，从朝阳区望京 花家地北里6号楼1203室"),
    ("description", "本月领养我们店猫咪的：孙晓燕（北京市昌平区回龙观龙泽苑东区12号楼6门502，电话18610473928）",
     "孙晓燕（北京市昌平区回龙观龙泽苑东区12号楼6门502，电话18610473928"),
    # a client named with a kin word, a flat after a comma, a bed number, a mother after 宝妈：
    ("description", "服务案例：西湖区翠苑一区 赵国梁老人，78岁，阿尔茨海默症中期", "赵国梁老人，78岁，阿尔茨海默"),
    ("description", "阿姨服务过的宝妈：钱芳，剖宫产+产后抑郁，阿姨陪伴两个月", "钱芳，剖宫产+产后抑郁"),
    ("description", "“阿姨每周二上午来，很准时。” —— 胡丽华，滨江区 星耀城 2幢 1803", "胡丽华，滨江区 星耀城 2幢 1803"),
    ("description", "客户返图：蒋红梅一家四口，挂在她家客厅（成都市武侯区 棕北小区 12栋 3单元 401）", "蒋红梅一家四口，挂在她家客厅（成都市武侯区 棕北小区 12栋 3单元 401"),
    ("description", "送医院订单实拍：住院部12楼 23床 林秀珍（乳腺癌术后化疗中）", "林秀珍（乳腺癌"),
    ("description", "回访记录：济宁市任城区 孙桂兰 女 68岁 慢阻肺三期 每天吸氧10小时", "孙桂兰 女 68岁 慢阻肺"),
    ("description", "收花人：林晓 136 3218 7755 深圳市南山区", "收花人：林晓 136 3218 7755"),
    ("description", "实拍：这是买家王女士给女儿王梓涵（育才实验学校一年级5班）定制的", "王梓涵（育才实验学校一年级5班"),
    ("description", "顾客故事：我们的老顾客周桂兰阿姨，今年68岁，二型糖尿病十几年", "周桂兰阿姨，今年68岁，二型糖尿病"),
    ("description", "买家反馈：韩雪，28周，产检查出妊娠期糖尿病", "韩雪，28周，产检"),
    ("description", "【买家好评精选】\n张丽华 13671829034：收到了，颜色比图片还正", "张丽华 13671829034"),
    # a case told about someone: 案例, 反馈, a traveller, 上周给 … 做的
    ("description", "【真实案例】王建国先生，43岁，脂溢性脱发8年，手机13711562208，使用两瓶后", "王建国先生，43岁，脂溢性脱发8年，手机13711562208"),
    ("description", "车主反馈：李国强 鲁A·7K29M 大众迈腾 电话15553168820 加了3瓶", "李国强 鲁A·7K29M 大众迈腾 电话15553168820"),
    ("description", "上周给 陈思远 13761204587 做的「生日快乐 思远」那款", "陈思远 13761204587"),
    ("description", "旅客王海燕（护照号E12345678，航班CA1501）行李延误后找回", "王海燕（护照号E12345678"),
    ("description", "王芳地址：杭州市西湖区文三路88号3幢502室", "王芳地址：杭州市西湖区文三路88号3幢502室"),
    # a diagnosis told before the name, a pupil's case, a certificate's holder, a baby's home
    ("description", "定制故事：这本是送给患阿尔茨海默病的 徐秀英 外婆的", "患阿尔茨海默病的 徐秀英"),
    ("description", "学员作品：来自正在抑郁症康复中的 唐静怡（南京脑科医院门诊随访中）", "抑郁症康复中的 唐静怡"),
    ("description", "学员反馈：李梓萱（确诊ADHD注意力缺陷多动障碍）上课一学期", "李梓萱（确诊"),
    ("description", "证书信息：持有人 周敏 证件类型 护照 证件号 E12837465 购于香港", "周敏 证件类型 护照 证件号 E12837465"),
    ("description", "客片分享：宝宝 林沐阳，出生 2023.4.6，家住厦门市思明区 莲前西路188号 莲花新城12号楼2603", "林沐阳，出生 2023.4.6，家住厦门市思明区 莲前西路188号 莲花新城12号楼2603"),
    # a third party named after a word for them, with a detail in the same sentence
    ('description', '近期作品：新郎刘建军、新娘吴佳怡（手机尾号6621），2023年10月2日 喜来登三楼宴会厅', '吴佳怡'),
    ('description', '现室友介绍：主卧住的是王晓婷，28岁，在仁济医院心内科当护士，经常上夜班', '王晓婷'),
    ('description', '慈父 周德厚 1938—2023，因肺癌晚期于市第一人民医院病逝', '周德厚'),
    ('description', '【买家秀】收件人：黄丽娟 138****4480 广州市天河区体育西路191号', '黄丽娟'),
    ('description', '主人林雪梅女士，家住朝阳区望京西园三区312号楼，每天早上7点在小区南门遛狗', '林雪梅女士'),
    ('description', '· 人大附小 三年级 刘子墨，周二周四放学后在家上课', '刘子墨'),
    ('description', '比如上周给刘佳琪（上海市长宁区仙霞路99号尚嘉中心 1806，电话 13761920458）发的那单', '刘佳琪'),
    ('description', '近期服务：3月5日送别王淑珍老人，胃癌晚期，享年79岁', '王淑珍老人'),
    ('description', '李阿姨目前在带的宝宝沈一航，1岁半，有蚕豆病，住在长宁区古北新区黄金城道', '沈一航'),
    ('description', '“宝宝屁屁红擦这个不刺激” —— 王丽娟，杭州市西湖区文三西路118号嘉绿苑7幢2单元，已收货', '王丽娟'),
    ('description', '【真实反馈】患者张建国（58岁，家住石家庄市长安区建华南大街5号楼），膝关节积液', '患者张建国（58岁，家住石家庄市长安区建华南大街5号'),
    ('description', '【真实案例】孕妈孙悦（宁波江北区，预产期2024年8月）孕期确诊妊娠糖尿病', '孙悦'),
    ('description', '扉页有原主人手写信息「南方医科大学 2019级 临床医学5班 陈思远 学号2019010233 宿舍 西区7栋412」', '陈思远'),
    ('description', '近期服务记录：赵先生家的金毛“豆豆”，朝阳区望京西园三区312号楼1单元802，钥匙放在门口鞋柜里', '赵先生家'),
    ('description', '客户：赵明辉 先生｜身高178cm｜体重82kg｜领围41｜胸围104', '赵明辉 先生'),
]


@pytest.mark.parametrize("field,text,span", PERSON_MATCH)
def test_person_match(field, text, span):
    _check_match("PRV003", field, text, span)


PERSON_NO_MATCH = [
    "校服定制 杭州第二中学 高二年级 班服 50件起",
    "王老师定制 实验小学 三年级2班 班服",
    "王老吉 糖尿病人慎饮 客服热线 4008888888",
    "实体店在万达广场3楼 营业时间1000-2200",
    "收货人信息请在下单时填写",
    "收货人信息以订单为准",
    "联系人 13812345678",
    "先生 13812345678",
    "王先生手工皂 138g",
    "姓名贴 定制 100枚",
    "客户评价 好评率99%",
    "收货人 张三",                      # a name without a number
    "收货人：张三 货号 13812345678",      # a serial, not a contact number
    "家长陪同使用 适合3岁以上",
    "车主必备 车载手机支架",
    "负责人 请以订单备注为准",
    "发货地址：浙江省杭州市西湖区龙井路18号",
    "发货地址：浙江省杭州市西湖区龙井路18号 王府井店旁边",   # a place after the address
    "实体店地址：成都市武侯区玉林南路17号 李宁专卖店",
    "本人亲测有效，非常好用",
    "适合高血压人群日常监测，诊断请遵医嘱",
    "医用雾化器，适用于哮喘患者",
    "适合一年级一班至十班使用",
    "打印效果：收件人 张三 13800000000",       # a template's placeholder number
    "店长王芳 13967891024 欢迎来电",            # a name and a phone, no address: OFF003's
    "买家秀返图：身高163体重98斤穿S码，很合身",
    "门店：杭州市西湖区文三路90号 电话13967891024",
    "本店位于杭州市西湖区龙井路18号，欢迎到店自提",
    "退货地址 浙江省杭州市余杭区文一西路998号 收件人 售后部",
    "收货人 请填写 浙江省杭州市西湖区龙井路18号 格式",
    "店铺地址：南京市鼓楼区中山北路218号7栋1203",
    "客户好评如潮，地址：南京市鼓楼区中山北路218号",
    "团长招募中，小区团长请联系客服",
    "新郎新娘同款 婚礼相册 定制",
    "学生 王者荣耀 款 书包",
    "样板间：万科城市花园11栋1502 实拍",
    "各位小姐姐 下单请备注尺码 13812345678",
    "女同学 男同学 都适合 电话 13812345678",
    "大二班的小朋友都在用，李老师推荐",
    "王阿姨（退休教师）说很好用",
    # a sample label: a placeholder name and counting digits after 范例
    "範例：寄件人 王小明 0912-345-678（範例資料，非真實）",
    "Written by Zhang Ailing, translated into English. Room 101 by Orwell",
    "王阿姨说很好用，关节炎的老人也能拧开", "适合关节炎、术后康复人群使用", "一年级3班的小朋友都在用",
    "适用 京A·12345 车牌框 不锈钢", "1:18 合金车模 车牌 粤B·D12345", "Designed by Jason Wu, 2024 collection",
    # shop names before an address, groups of buyers, places in pinyin, a product's unit
    "林氏家居（广东省佛山市顺德区龙江镇东涌路8号）", "顾家家居 地址：浙江省杭州市钱塘区白杨街道18号大街128号",
    "王记家常菜 住址：北京市朝阳区建国路88号", "白领女士 30岁以上 痤疮肌适用", "关爱老人，70岁以上 高血压 糖尿病人群",
    "Ships from Hong Kong, Tel: +852 2345 6789", "Product name: Lu Rou, unit 500g",
    "门店地址：上海市黄浦区南京东路100号的周边，停车方便",
    "小区9-2-301已安装", "送给王阿姨的礼物，她说很好用", "发货地址：岳麓区麓山南路32号",
    # the shop's own contact after a cue word, and a cue word in another sentence before a word
    "老客户请联系店主 王强 13812345678 享优惠",
    "买家有问题可以找客服小王 13812345678",
    "订单问题：联系我 陈强 13812345678",
    "客户满意是我们的追求。高品质 13812345678",
    "适合近视人群，散光度数可定制，请提供验光单",
    "适合孕12周以后穿着，预产期前后都能穿",
    "适合老伯老太，感音神经性耳聋人群",
    "王老板说这款很好卖，批发请联系客服",
    "本店地址：杭州市西湖区文三路259号，营业电话0571-86773412",
    "张小泉 菜刀 厨房刀具 官方旗舰店",
    "下单后请在订单备注填写收货人姓名和手机号，当地服务网点会与您预约。售后电话：400-883-6620",
    "买家秀：李*华：家里两只猫，掉毛季靠它了。售后电话：400-883-6620",
    "二代身份证阅读器 示例：姓名：张三，证件号：11010519491231002X",
    "关爱老人，70岁以上 高血压 糖尿病人群",
    "店长 王强，杭州市西湖区 文三路90号3幢502 欢迎来店",
    "退货地址：王强，杭州市西湖区 文三路90号3幢502",
    "适用于慢阻肺患者家庭吸氧",
    "感谢顾客的支持，客户反馈：穿着很舒服，糖尿病足也能穿",
    "更多成功案例请咨询 张经理 13811112222",
    "真实案例展示，欢迎咨询 13811112222 王师傅",
    "景点地址：北京市东城区景山前街4号 开放时间：8:30-17:00",
    "适合患高血压的 高龄老人，卧床使用",
    "适合患阿尔茨海默病的老人 锻炼手眼协调",
    "写给确诊癌症的家人，王医生 说",
    "护照夹 旅行证件包 可放护照 证件号码页朝外",
    '适合孕妈使用，预产期前后都能用',
    '学生 陈列柜 展示 10岁以上',
    '新娘 王冠 头饰 适合20岁以上新娘',
    '客户王先生说很好用，已经回购3次',
    '宝宝 王子 公主 6个月以上 辅食',
    '主人公 林黛玉 贾宝玉 红楼梦 全集',
    '房主 自住 装修 家住三楼 采光好',
    '主人 金毛 3岁 体重30斤 适用',
    '三年级 王老师 主讲 语文 1对1',
    '学员 张三 25岁 身高175 体重70 示例',
    '高三 5班 班服定制 周年纪念 2024届',
    '王先生家 的猫 很乖 下次还约',
    '宝妈 请放心，我们的月嫂都有健康证，住家服务',
]


@pytest.mark.parametrize("text", PERSON_NO_MATCH)
def test_person_no_match(text):
    _check_no_match("PRV003", "title", text)


def test_person_message_names_label_and_masks_number():
    (f,) = _lint("PRV003", "收货人：张三 13812345678")
    assert "收货人 张三" in f.message and "1381***5678" in f.message


def test_label_and_honorific_before_one_number_make_one_finding():
    (f,) = _lint("PRV003", "买家欧阳先生15912345678")
    assert f.text == "买家欧阳先生15912345678"


def test_phone_alone_is_off_platform_not_privacy():
    found = lint_one(select=["OFF", "PRV"], title="售后 13812345678")
    assert {f.category for f in found} == {"off-platform"}
