"""Off-platform diversion (OFF001-OFF005): must-match and must-not-match tables.

Each must-match row gives the original text the finding's span must cover, so a finding on a
decoded view that maps back to the wrong characters fails. Must-not-match rows are the hard
negatives: ordinary words and numbers that merely look like a trigger or a contact.
"""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from listlint.api import lint_records
from listlint.config import Settings, settings_from_mapping

from ..conftest import lint_one


def _lint(code, text, field="title", settings=None):
    return [f for f in lint_one(select=[code], settings=settings, **{field: text}) if f.rule == code]


def _check_match(code, field, text, span):
    found = _lint(code, text, field)
    assert found, f"{code} must match {text!r}"
    assert span in [f.text for f in found], f"{code} span for {text!r}: got {[f.text for f in found]}"
    for f in found:
        assert text[f.start:f.end] == f.text  # spans index the original value


def _check_no_match(code, field, text):
    found = _lint(code, text, field)
    assert not found, f"{code} must not match {text!r}, got {[(f.text, f.message) for f in found]}"


# ------------------------------------------------------------------ OFF001 WeChat

WECHAT_MATCH = [
    ("description", "<p>💬 wxid_q8mn2k0y7，拍前私聊送皮带</p>", "wxid_q8mn2k0y7"),
    ("description", "<p>想要散装称斤的，🛰️：hz_longjing_lao3</p>", "🛰️：hz_longjing_lao3"),
    ("description", "<p>售后问题进钉钉群 33812091 找技术</p>", "钉钉群 33812091"),
    # in an image's alt text or a tooltip, which the buyer sees but a text filter may skip
    ("description", '<p><img src="https://img.alicdn.com/a.jpg" alt="客服微信 xiaomei888"></p>', "微信 xiaomei888"),
    ("description", '<p title="加V: xiaomei888">详情</p>', "加V: xiaomei888"),
    ("title", "客服 24h v：shop_8888", "v：shop_8888"),
    ("description", "<p>私信拿福利，加我绿色软件</p>", "绿色软件"),
    ("description", "<p>团购加我 嶶信：silk_road99 发图</p>", "嶶信：silk_road99"),
    ("description", "<p>养猫问题可加我卫星🛰 miaoxq01 免费咨询</p>", "卫星🛰 miaoxq01"),
    ("attributes", "品牌:车香;售后:加V信 chexiang_kf", "加V信 chexiang_kf"),
    ("brand", "小美家（V:xm6677）", "V:xm6677"),
    ("description", "<p>薇：beauty_nail77（备注淘宝）</p>", "薇：beauty_nail77"),
    ("description", "<p>果园老板 卫星：taozi_yangshan 同城可自提</p>", "卫星：taozi_yangshan"),
    ("title", "加vx proshop888", "vx proshop888"),
    ("description", "<p>定制请V：hat_diy2024</p>", "V：hat_diy2024"),
    ("title", "微❤：lucky_bag66", "微❤：lucky_bag66"),
    ("title", "维信 miyu_honey", "维信 miyu_honey"),
    ("title", "V.X：abc_shop99", "V.X：abc_shop99"),
    ("title", "加微信咨询更多款式", "加微信"),
    ("title", "加薇信领优惠券", "加薇信"),
    ("title", "威信同号 下单立减", "威信"),
    ("title", "有事联系徽信", "徽信"),
    ("title", "加微 领取 小样", "加微"),
    ("title", "加个微 了解更多", "加个微"),
    ("title", "加我微 领优惠", "加我微"),
    ("title", "wei信同号", "wei信"),
    ("title", "➕V领券", "➕V"),
    ("title", "加我V看实拍", "加我V"),
    ("title", "薇❤信 下单", "薇❤信"),
    ("title", "V信: lovely_888", "V信: lovely_888"),
    ("title", "微X: tb12345", "微X: tb12345"),
    ("title", "详情咨询vx", "vx"),
    ("title", "VX：my_shop_01", "VX：my_shop_01"),
    ("title", "wx 13812345678", "wx 13812345678"),
    ("title", "想要更多款式加V", "加V"),
    ("title", "加 V 了解更多", "加 V"),
    ("title", "V❤: abc_123", "V❤: abc_123"),
    ("title", "加v💗领优惠", "加v💗"),
    ("title", "wei xin: shop_2024", "wei xin: shop_2024"),
    ("title", "weixin 同号", "weixin"),
    ("title", "WeChat: shop2024", "WeChat: shop2024"),
    ("title", "微 信 同 号", "微 信 同 号"),
    ("title", "微-信-同-号", "微-信-同-号"),
    ("title", "微\u200b信下单", "微\u200b信"),
    ("title", "微信号：abc_shop88", "微信号：abc_shop88"),
    ("title", "关注公众号领取优惠券", "公众号"),
    ("title", "扫码加好友送礼品", "扫码加好友"),   # 扫码 and 加好友 touch: one span
    ("title", "扫描二维码关注有惊喜", "二维码"),
    ("title", "买家秀返图进群领红包", "进群"),
    ("title", "粉丝群每周抽奖", "粉丝群"),
    ("title", "微信", "微信"),
    ("title", "薇 fashion 信", None),
    ("description", "<p>好评返现 加<span>微</span><span>信</span> 截图</p>", "加<span>微</span><span>信"),
    ("description", "<p>售后请加&nbsp;V信&nbsp;abc_2024</p>", "加&nbsp;V信"),
    ("description", "<p>售后加薇信：tee_shop_88</p><p>好评</p>", "加薇信：tee_shop_88"),
    ("mobile_description", "<wapDesc><txt>加V：abc_2024</txt></wapDesc>", "加V：abc_2024"),
    # look-alike letters of other scripts (Greek ν, Canadian syllabics ᐯ), homophones, 联系薇, 私🛰V
    ("description", "刻字定制 ν❤ guyun_shuqian（ν同号）", "ν❤ guyun_shuqian"),
    ("description", "养鱼问题随时问 ᐯ：dongdong520", "ᐯ：dongdong520"),
    ("description", "尺寸拿不准的，加危信 safa_tao 发照片帮你量", "危信 safa_tao"),
    ("attributes", "颜色分类:原木色(团购联系薇 mxw0331)", "联系薇 mxw0331"),
    ("title", "夏季冰丝阔腿裤女 批发咨询V 139", "咨询V"),
    ("description", "自用机，屏幕完美。有意上卫星 nsw_2233 ，可以视频验机。", "卫星 nsw_2233"),
    ("description", "冲扫胶卷可以找我，VХ：ѕhuхіаn_88", "VХ"),
    ("description", "囤货量大的找我，危❤：tao8866q，走量价", "危❤：tao8866q"),
]


@pytest.mark.parametrize("field,text,span", [c for c in WECHAT_MATCH if c[2]])
def test_wechat_match(field, text, span):
    _check_match("OFF001", field, text, span)


WECHAT_NO_MATCH = [
    "可在手表上查看来电、短信及微信、QQ等应用的通知",
    "型号中的“VX”为优派产品系列代号",
    "本店不会主动添加买家微信，也不会要求站外转账",
    "支持微信打印、手机APP连接、WiFi直连", "智能门锁 微信远程开锁 指纹", "收款码 微信扫码付款",
    "绿色软件 免安装 增加绿色软件白名单", "更加绿色的软件生态 环保",
    "增加卫星信号 导航仪", "输出 5V: usb-c", "绿泡泡 bubble 玩具",
    "Alipay and WeChat Pay supported",
    "卫星电视 接收器 高清",
    "罗技 VX Nano 无线鼠标",
    "加V领内搭 针织 打底",
    "维信金科 信用卡",
    "支持微信支付的收款音箱",
    "蓝牙耳机 微信语音通话清晰",
    "微信红包封面定制",
    "本店拒绝微信私下交易",
    "请勿相信任何加微信的要求",
    "TV信号放大器",
    "12V信号灯 汽车",
    "微XL码 宽松卫衣",
    "威克士WX800电钻",
    "索尼 VX9 配件",
    "NEW Xbox手柄",
    "显卡 RTX4090",
    "加vip会员卡",
    "增加 vitamin C",
    "云南威信县特产 腊肉",
    "品牌威信 质量保证",
    "公众号排版设计 代做",
    "二维码扫描枪 无线",
    "扫码枪 超市收银",
    "二维码收款牌定制",
    "增加群体活动道具",
    "weixing 卫星接收器",
    "DIV❤手工",
    "vivo X100 Pro 手机壳",
    "增加微量元素",
    "口感更加微妙",
    "希腊字母 α β γ δ ε ν 教学挂图",
    "俄语字母表 а б в г д е 儿童早教卡",
    "第1章 注册微信公众平台账号并创建小程序",
    "型号 TY-WX-CRV 后备箱垫",
    "【防骗提醒】本店不会以任何理由要求您添加微信、QQ或私下转账。凡是自称客服让您加好友退款的都是骗子！",
    "郑重声明：本店只在淘宝经营，没有开设抖音、拼多多、小红书店铺，也没有微信代理",
    "充值账号：QQ号或绑定的微信号（下单时填写在充值账号栏）",
]


@pytest.mark.parametrize("text", WECHAT_NO_MATCH)
def test_wechat_no_match(text):
    _check_no_match("OFF001", "title", text)


@pytest.mark.parametrize("text,shown", [
    ("加薇信领优惠券", "加薇信 → 微信"),
    ("威信同号 下单", "威信 → 微信"),
    ("V❤: abc_123", "V❤ → 加微信"),
    ("微 信 同 号", "微信同号"),
])
def test_wechat_message_shows_decoding(text, shown):
    found = _lint("OFF001", text)
    assert any(shown in f.message for f in found), [f.message for f in found]


# ------------------------------------------------------------------ OFF002 QQ

QQ_MATCH = [
    # 扣 with a whole QQ number glued to it
    ("手机壳定制来图照片diy情侣款 扣2837461950", "扣2837461950"),
    # a lone numeral before a measure word (一件) counts things: it does not run on into the number
    ("批发拿货请找 扣扣 3 5 2 7 8 9 1 4 6 ，一件也是批发价", "扣扣 3 5 2 7 8 9 1 4 6"),
    # a QQ mailbox spelled in numerals and spaced out: its QQ number
    ("文件太大的发 qq邮箱 九五二七 三六 八四一 ＠qq。com", "九五二七 三六 八四一 ＠qq。com"),
    ("妈妈们可以加 qie e 号 四一七八二零三九 领音频", "qie e 号 四一七八二零三九"),
    # not a top-up: the bare QQ号 invites
    ("女装连衣裙 有问题加QQ号咨询", "QQ号"),
    ("王者荣耀点券 官方直充 售后QQ号 12345678", "QQ号 12345678"),
    ("驱动下载和售后扣：l30 2O8 876", "扣：l30 2O8 876"),        # 扣 + colon, letters for digits
    ("售后扣：12345678", "扣：12345678"),
    ("配置单可调整，直接扣我：三三八六二零七七五 远程装系统", "扣我：三三八六二零七七五"),
    ("装机问题直接扣我 338620775", "扣我 338620775"),
    ("同袍交流群（扣群）：756432189", "扣群）：756432189"),
    ("照片发送至 kou kou：1653829047", "kou kou：1653829047"),
    ("售后请留QQ 88889999", "QQ 88889999"),
    ("抠抠：321654987", "抠抠：321654987"),
    ("球球：88997766", "球球：88997766"),
    ("QQ: 12345678", "QQ: 12345678"),
    ("qq12345678", "qq12345678"),
    ("Q Q 87654321", "Q Q 87654321"),
    ("扣扣：2345678901", "扣扣：2345678901"),
    ("扣扣 一二三四五六七八", "扣扣 一二三四五六七八"),
    ("企鹅 号 987654321", "企鹅 号 987654321"),
    ("企鹅号 987654321", "企鹅号 987654321"),
    ("Q群 87654321", "Q群 87654321"),
    ("进Q群领券", "Q群"),
    ("QQ群 123456789", "QQ群 123456789"),
    ("加QQ咨询", "QQ"),
    ("加企鹅 领资料", "企鹅"),
    ("Q: 87654321", "Q: 87654321"),
    ("QQ号见图片", "QQ号"),
    ("批量定制请加Q 12345678 详谈", "加Q 12345678"),
    ("手工皂 ➕Q：九八七六五四三二一", "Q：九八七六五四三二一"),
    # a block and then digit by digit, numerals mixed
    ("报名咨询 企鹅：二五三 8 八 1 9 0 7 7，课程表在空间里", "企鹅：二五三 8 八 1 9 0 7 7"),
]


@pytest.mark.parametrize("text,span", QQ_MATCH)
def test_qq_match(text, span):
    _check_match("OFF002", "title", text, span)


QQ_NO_MATCH = [
    "满300扣30 会员积分扣1000000分",
    "纽扣 1000000颗 批发",
    # a top-up (its title says 直充/点券/会员): QQ号 with no number is the buyer's account
    "腾讯视频VIP会员12个月 官方直充 请确认QQ号无误，充值后登录该QQ号即可使用",
    "王者荣耀点券 官方直充 请填写游戏账号对应的QQ号",
    "适用奇瑞QQ 2013-2017款 专用脚垫",
    "腾讯视频VIP 账号类型:QQ号,手机号 官方直充", "请核对QQ号码，充值后不可撤回", "支持QQ号或微信绑定手机号账号",
    "纽扣：金属扣 12颗", "自动扣：合金",
    "快递丢了还扣我钱 差评", "扣我10分 无语", "直接扣款 10元",
    "QQ会员 拍下后备注QQ号即可 自动充值",
    "QQ音乐绿钻 下单后填写QQ号 自动充值到账",
    "伊利QQ星 儿童牛奶 125ml",
    "旺仔QQ糖 20g*20包",
    "QQ弹弹 软糖",
    "威士忌 700ml 40度",
    "qq 飞车 公仔 30cm",
    "企鹅玩偶 45cm 公仔",
    "帝企鹅 毛绒 20000个起批",
    "纽扣扣子 100颗",
    "按扣扣件 12mm",
    "XXXL号 加大码",
    "QQ音乐会员 月卡",
    "企鹅 毛绒玩具 50cm 送女友",
    "Q版 公仔 12345",
    "口感更加Q弹",
    "加Q版头像 定制",
    "QQ音乐 官方直充，填写需要充值的QQ号即可，自动到账",
    "常见问题 Q：一般几天到？A：三到五天",
]


@pytest.mark.parametrize("text", QQ_NO_MATCH)
def test_qq_no_match(text):
    _check_no_match("OFF002", "title", text)


def test_qq_message_shows_decoded_number():
    found = _lint("OFF002", "扣扣 一二三四五六七八")
    assert "一二三四五六七八 → 12345678" in found[0].message
    assert "扣扣 → QQ" in found[0].message


# ------------------------------------------------------------------ OFF003 phone numbers

PHONE_MATCH = [
    # a letter set apart before a whole number hides nothing (JD-1388, iPhone 13 stay models)
    ("description", "联系电话：x 13812345678", "13812345678", "13812345678"),
    ("description", "手机 A 13812345678", "13812345678", "13812345678"),
    ("description", "想要同款改色的联系：前三位177，中间0621，最后3358，同v。", "177，中间0621，最后3358", "17706213358"),
    # dictated in parts with guide words between them
    ("description", "<p>安装不会的直接打我电话，号码139开头。中间四位0527。后四位是6631，白天都在。</p>",
     "139开头。中间四位0527。后四位是6631", "13905276631"),
    # digits spelled in pinyin, seven or more in a row
    ("description", "<p>有问题打 yao san wu qi jiu ba er liu san san ling，老板亲自解答</p>",
     "yao san wu qi jiu ba er liu san san ling", "13579826330"),
    # a unit character that starts a word is no unit (人工, 天猫)
    ("description", "激活码有问题 直接拨打 4008-123-567 人工处理", "4008-123-567", "4008123567"),
    ("description", "热线 400-812-3567 人工客服", "400-812-3567", "4008123567"),
    # the attributes cell, and groups no number is written in after a phone word
    ("attributes", "产地:湖南湘西;联系电话:13729384615", "13729384615", "13729384615"),
    ("description", "<p>预约请拨打 136 一二 87 七六 49</p>", "136 一二 87 七六 49", "13612877649"),
    # groups split by commas or tildes
    ("description", "<p>电话138，1234，5678</p>", "138，1234，5678", "13812345678"),
    ("title", "1 3 8 ~ 1 2 3 4 ~ 5 6 7 8", "1 3 8 ~ 1 2 3 4 ~ 5 6 7 8", "13812345678"),
    ("description", '<img src="a.jpg" title="电话13812345678">', "13812345678", "13812345678"),
    ("title", "客服电话13812345678目前正常接听", "13812345678", "13812345678"),
    ("title", "电话：13812345678 号码同微信", "13812345678", "13812345678"),
    ("title", "手机 1️⃣3️⃣8️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", "1️⃣3️⃣8️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", "13812345678"),
    ("title", "138🌸1234🌸5678 咨询", "138🌸1234🌸5678", "13812345678"),
    ("title", "手机 138❤1234❤5678", "138❤1234❤5678", "13812345678"),
    ("title", "13812345678", "13812345678", "13812345678"),
    ("title", "电话138 1234 5678", "138 1234 5678", "13812345678"),
    ("title", "138-1234-5678", "138-1234-5678", "13812345678"),
    ("title", "１３８１２３４５６７８", "１３８１２３４５６７８", "13812345678"),
    ("title", "一三八一二三四五六七八", "一三八一二三四五六七八", "13812345678"),
    ("title", "幺三八 幺二三四 五六七八", "幺三八 幺二三四 五六七八", "13812345678"),
    ("title", "壹叁捌壹贰叁肆伍陆柒捌", "壹叁捌壹贰叁肆伍陆柒捌", "13812345678"),
    ("title", "①③⑧①②③④⑤⑥⑦⑧", "①③⑧①②③④⑤⑥⑦⑧", "13812345678"),
    ("title", "⑴⑶⑻⑴⑵⑶⑷⑸⑹⑺⑻", "⑴⑶⑻⑴⑵⑶⑷⑸⑹⑺⑻", "13812345678"),
    ("title", "❶❸❽❶❷❸❹❺❻❼❽", "❶❸❽❶❷❸❹❺❻❼❽", "13812345678"),
    ("title", "1 3 8 1 2 3 4 5 6 7 8", "1 3 8 1 2 3 4 5 6 7 8", "13812345678"),
    ("title", "138一二三四5678", "138一二三四5678", "13812345678"),
    ("title", "+86 138 1234 5678", "+86 138 1234 5678", "8613812345678"),
    ("title", "联系方式：19912345678", "19912345678", "19912345678"),
    ("title", "电话 010-87654321", "010-87654321", "01087654321"),
    ("title", "0755-12345678", "0755-12345678", "075512345678"),
    ("title", "(0755)12345678", "(0755)12345678", "075512345678"),
    ("title", "tel: 021 5888 1234", "021 5888 1234", "02158881234"),
    ("title", "客服电话 075512345678", "075512345678", "075512345678"),
    ("title", "电话：87654321", "87654321", "87654321"),
    ("title", "热线 400-123-4567", "400-123-4567", "4001234567"),
    ("title", "售后 800 820 8820", "800 820 8820", "8008208820"),
    ("title", "vx13812345678", "13812345678", "13812345678"),
    ("title", "138.1234.5678", "138.1234.5678", "13812345678"),
    ("title", "138—1234—5678", "138—1234—5678", "13812345678"),
    ("title", "1 3 8 - 1 2 3 4 - 5 6 7 8", "1 3 8 - 1 2 3 4 - 5 6 7 8", "13812345678"),
    ("title", "13８12３45６78", "13８12３45６78", "13812345678"),
    ("title", "138（一二三四）5678", "138（一二三四）5678", "13812345678"),
    ("title", "📞 138 1234 5678", "138 1234 5678", "13812345678"),
    ("title", "0571-8888-8888", "0571-8888-8888", "057188888888"),
    ("title", "Tel: +86-571-8888 8888", "+86-571-8888 8888", "8657188888888"),
    ("title", "+86 10 8765 4321", "+86 10 8765 4321", "861087654321"),
    ("description", "<p>联系电话：一三九 八七六五 四三二一</p>", "一三九 八七六五 四三二一", "13987654321"),
    ("description", "<p>电话：<span>138</span>-<span>1234</span>-<span>5678</span></p>",
     "138</span>-<span>1234</span>-<span>5678", "13812345678"),
    ("description", "<p>售后热线 ４００－８８２－３８２３</p>", "４００－８８２－３８２３", "4008823823"),
    ("description", '<p><a href="tel:13812345678">点击拨打</a></p>', "tel:13812345678", "13812345678"),
    # letters standing in for digits: O/o for 0, l/I/i for 1
    ("title", "电话 l38 OOOO l234", "l38 OOOO l234", "13800001234"),
    ("title", "加V: l39 l234 5678", "l39 l234 5678", "13912345678"),
    ("title", "I38-I234-5678 咨询", "I38-I234-5678", "13812345678"),
    ("title", "维修 l-3-8-o-o-o-o-l-2-3-4", "l-3-8-o-o-o-o-l-2-3-4", "13800001234"),
    ("description", "<p>售后：１３８ＯＯＯＯ１２３４</p>", "１３８ＯＯＯＯ１２３４", "13800001234"),
    # a Taiwanese mobile as printed (4-3-3) or dialled from abroad
    ("description", "有問題請撥 0912-385-647", "0912-385-647", "0912385647"),
    ("description", "有問題請撥 +886 912 385 647", "+886 912 385 647", "886912385647"),
    # the character after a number may begin the next word (台灯, 个人, 元旦): a whole mobile set
    # apart by a space, or a labelled number, is still a number to call
    ("title", "电话 13812345678 台灯", "13812345678", "13812345678"),
    ("title", "电话13812345678台灯", "13812345678", "13812345678"),
    ("title", "电话：010-87654321 台灯", "010-87654321", "01087654321"),
    ("description", "<p>客服电话 13812345678 个人定制请咨询</p>", "13812345678", "13812345678"),
    # pinyin with ling (0) inside the run
    ("description", "联系我 yao san ba ling ling yi san ba ling ling ling", "yao san ba ling ling yi san ba ling ling ling", "13800138000"),
    ("description", "收件人 陳美玲 0912-607-483 台北市信義區松仁路100號8樓", "0912-607-483", "0912607483"),
    # dictated in parts without a phone word; a whole mobile inside a longer run of numbers
    ("description", "售后直接打给我：前三位159 中间0378 后四位2246", "159 中间0378 后四位2246", "15903782246"),
    ("description", "1. 王芳 12栋2单元1101 13758126630<br/>2. 李强", "13758126630", "13758126630"),
    # a group-buy line: a flat number before it, the next line's list number after it
    ("description", "1. 黄美玲 3袋 幸福里小区5栋2单元801 159 6833 2071\n2. 赵建平 1袋", "159 6833 2071", "15968332071"),
    # split by spaced slashes after a contact word
    ("description", "估价打电话 1 3 5 / 0 7 9 2 / 4 4 1 8", "1 3 5 / 0 7 9 2 / 4 4 1 8", "13507924418"),
]


@pytest.mark.parametrize("field,text,span,digits", PHONE_MATCH)
def test_phone_match(field, text, span, digits):
    _check_match("OFF003", field, text, span)
    assert any(digits in f.message for f in _lint("OFF003", text, field))


PHONE_NO_MATCH = [
    "样张：收件人 张三 电话 13800000000 地址 XX省XX市（仅为示意）",
    "曼牌空气滤芯，对应宝马原厂零件号13718577170",
    "空滤 OE号13718577170",
    "面单打印效果：收件人 张三 13800000000",
    "型号139开头的都是旧款，中间那款0527批次，后面的6631批次",
    "适用宝马 E90 空气滤芯 OE号13717532754",
    "拼音卡片 yi er san si wu liu qi ba jiu shi 数字拼音",   # counting, no number
    "适合 13812345678人 以上的活动",   # still a count of people
    "发行量 1380000000 人次",
    "尺码 136 12 87 76 49",             # irregular groups without a phone word: a list
    "例题：读数 15600000000 读作一百五十六亿",
    "尺码 36，37，38，39，40", "适用 iPhone 13、14、15、16", "发行量 1,380,000,000 枚",
    "2019，2020，2021，2022 款", "1380、1390、1400 三种规格", "1段 0~6个月，2段 6~12个月",
    "砂纸套装 400-800-1200目",
    "尺码 36❤37❤38❤39 均码",
    "条码 6901234567892",
    "6901234567892",
    "ISBN 9787111213826",
    "尺寸 138*80cm",
    "120*60cm 桌面 138x80",
    "售价 1388元",
    "价格 ¥13812345678",
    "型号 JD-1388",
    "PB-2000 电钻",
    "出厂编号 20240601001",
    "生产日期 20240601",
    "2024-06-01 13:45:12",
    "充电宝 20000mAh",
    "货号 13812345678",
    "SKU: 13812345678-A",
    "序列号 15812345678",
    "订单号：2024060113812345678",
    "顺丰 SF1381234567890",
    "尺码 35 36 37 38 39 40 41 42",
    "规格 10 20 30 40 50 60 个装",
    "转速 13800rpm 功率 1388W",
    "食品生产许可证 SC10644010600256",
    "小米14 手机 12GB+256GB 5G",
    "适合身高 150-160cm 体重 90-120斤",
    "第一步 一二三四五六七八九十",
    "儿童电话手表 4G全网通",
    "87654321",
    "075512345678",
    "13812345678mAh",
    "色号1-9一二三四五六七八九",
    "适用 13 14 15 16 17 18 19 岁",
    "尺码 150 160 170 180",
    "原价 13800 现价 9800",
    "1717171717123",
    # letters next to digits that are not a disguised mobile number
    "iPhone 11 Pro Max 256G",
    "iphone13812345678",
    "型号 l3812345678",
    "lol 1234567 oil 100ml",
    "lo1o1o1o1o1",
    "1ooo ooo oooo",
    "l0l0l0l0l0l",
    "LO1234567890",
    "sku l38l234567B",
    "ID: l3812345678x",
    "规格 0912 385647", "滤芯 型号 0912-385-647A",
    "充电宝 20000 mah", "月销 13000 件", "手机 128 GB",
    "尺码 36 37 38 39 40 41 42 43 44 45 46",
    # a list of lengths or colour temperatures split by spaced slashes, no contact word
    "长度可选 150 / 1800 / 2000",
    "色温可选 4000 / 5000 / 6000 / 6500K 功率24W",
    # a demo number the listing says is one
    "图中号码为演示号码 138 0013 8000，非真实号码",
    # the maker's label with no colons, a field to a line
    "生产商 广州声动乐器有限公司\n地址 广州市番禺区石楼镇乐器工业园8号\n电话 400-882-6618",
    "生产商：江苏维泡食品有限公司 电话：400-025-6688",
]


@pytest.mark.parametrize("text", PHONE_NO_MATCH)
def test_phone_no_match(text):
    _check_no_match("OFF003", "title", text)


@pytest.mark.parametrize("text,note", [
    ("一三八一二三四五六七八", "一三八一二三四五六七八 → 13812345678"),
    ("①③⑧①②③④⑤⑥⑦⑧", "→ 13812345678"),
    ("１３８１２３４５６７８", "→ 13812345678"),
])
def test_phone_message_shows_decoding(text, note):
    assert note in _lint("OFF003", text)[0].message


def test_phone_in_description_html_maps_to_original():
    html = '<div style="color:red"><p>尺寸 120*60cm</p><p>售后：壹叁捌 壹贰叁肆 伍陆柒捌</p></div>'
    (f,) = _lint("OFF003", html, "description")
    assert html[f.start:f.end] == "壹叁捌 壹贰叁肆 伍陆柒捌"


# ------------------------------------------------------------------ OFF004 URLs, domains, e-mail

URL_MATCH = [
    ("title", "官网 meiyan-tee(dot)cn", "meiyan-tee(dot)cn"),
    ("title", "教程 www.asp.net", "www.asp.net"),
    ("title", "官网 www.abc-shop.com", "www.abc-shop.com"),
    ("title", "领券 bit.ly/3abcd", "bit.ly/3abcd"),
    ("title", "goo.gl/abc123 下单", "goo.gl/abc123"),
    ("title", "官网：https://shop.example.cn/item?id=1", "https://shop.example.cn/item?id=1"),
    ("title", "abcshop点com", "abcshop点com"),
    ("title", "abcshop點com", "abcshop點com"),
    ("title", "abc。cn", "abc。cn"),
    ("title", "mystore．net 下单", "mystore．net"),
    ("title", "访问 shop dot com 了解", "shop dot com"),
    ("title", "www . shop . com", "www . shop . com"),
    ("title", "客服邮箱 shop123@163.com", "shop123@163.com"),
    ("title", "邮箱 abc123@qq.com", "abc123@qq.com"),
    ("title", "邮箱 abc123艾特163点com", "abc123艾特163点com"),
    ("title", "t.cn/A6abcd", "t.cn/A6abcd"),
    ("title", "ｗｗｗ．ａｂｃ．ｃｏｍ", "ｗｗｗ．ａｂｃ．ｃｏｍ"),
    ("title", "WWW.ABC.COM", "WWW.ABC.COM"),
    ("title", "4399点com", "4399点com"),
    # letters typed apart so no word filter sees the domain
    ("title", "官网 w w w . s h o p 8 8 . c o m", "w w w . s h o p 8 8 . c o m"),
    ("title", "访问 shop88 点 c o m 了解", "shop88 点 c o m"),
    ("description", "<p>官网：Ｍ Ｙ Ｓ Ｈ Ｏ Ｐ ． Ｃ Ｎ</p>", "Ｍ Ｙ Ｓ Ｈ Ｏ Ｐ ． Ｃ Ｎ"),
    ("description", '<p><img src="http://www.myshop.com/a.jpg"></p>', "http://www.myshop.com/a.jpg"),
    ("description", '<p>详情见 <a href="https://weidian.com/?userid=123">微店</a></p>', "https://weidian.com/?userid=123"),
    ("description", "<p>联系 <a href='mailto:me@abc-shop.com'>邮件</a></p>", "mailto:me@abc-shop.com"),
    ("description", '<p><img src="//cdn.other-host.net/x.png"></p>', "//cdn.other-host.net/x.png"),
    # a site written at an example domain is still a site (only a template's placeholder mail is none)
    ("description", "官网 https://candle.example.com 有更多", "https://candle.example.com"),
]


@pytest.mark.parametrize("field,text,span", URL_MATCH)
def test_url_match(field, text, span):
    _check_match("OFF004", field, text, span)


URL_NO_MATCH = [
    ("title", "ASP.NET Core 开发实战"),
    ("title", "Node.js 入门 教程 书"),
    ("title", "taobao.com 搜索店铺"),
    ("title", "Gentle.ly 温和护肤 套装"),
    ("title", "Bubb.ly 气泡水 杯"),
    ("title", "taobao点com 搜索本店"),
    ("title", "https://item.taobao.com/item.htm?id=123"),
    ("title", "天猫 detail.tmall.com"),
    ("title", "尺寸 1.5m"),
    ("title", "型号 v2.0"),
    ("title", "一点com都没有"),
    ("title", "Made in China. Comfortable"),
    ("title", "index.html 模板"),
    ("title", "12.5kg 大容量"),
    ("title", "晚上19点vip专场"),
    ("title", "Xiamen XX Technology Co.Ltd"),
    ("title", "尺码 S M L X L . 均码"),
    ("title", "规格 1 . 5 m 2 . 0 m"),
    ("title", "f o r . i p h o n e 手机壳"),
    ("title", "t a o b a o . c o m 搜店铺"),
    ("title", "A B C 三 色 可 选 . 送 礼"),
    ("description", '<p><img src="https://img.alicdn.com/imgextra/i1/123/O1CN01.jpg"></p>'),
    ("description", '<p><img src="//gw.alicdn.com/tfs/x.png"><a href="#top">返回顶部</a></p>'),
    ("description", '<p><a href="https://m.tb.cn/h.abc">手机端</a></p>'),
    ("description", "简历模板 联系方式：zhangsan@example.com 电话：138xxxxxxxx"),
]


@pytest.mark.parametrize("field,text", URL_NO_MATCH)
def test_url_no_match(field, text):
    _check_no_match("OFF004", field, text)


def test_url_message_shows_decoded_host():
    assert "ｗｗｗ．ａｂｃ．ｃｏｍ → www.abc.com" in _lint("OFF004", "ｗｗｗ．ａｂｃ．ｃｏｍ")[0].message
    assert "abcshop点com → abcshop.com" in _lint("OFF004", "abcshop点com")[0].message
    assert "w w w . a b c . c o m → www.abc.com" in _lint("OFF004", "w w w . a b c . c o m")[0].message
    assert "→ abc123@163.com" in _lint("OFF004", "邮箱 abc123艾特163点com")[0].message


def test_allowed_hosts_option_adds_hosts():
    settings = settings_from_mapping({"rules": {"OFF004": {"allowed-hosts": ["brand-official.com"]}}})
    assert not _lint("OFF004", "品牌官网 www.brand-official.com", settings=settings)
    assert _lint("OFF004", "www.other.com", settings=settings)
    html = '<p><img src="https://img.brand-official.com/a.jpg"></p>'
    assert not _lint("OFF004", html, "description", settings=settings)
    assert _lint("OFF004", html, "description")


def test_user_allow_list_silences_a_domain():
    settings = replace(Settings(), allow=("www.abc-shop.com",))
    assert not _lint("OFF004", "官网 www.abc-shop.com", settings=settings)


# Description links are extracted only when a cheap test of the raw HTML cannot rule a finding
# out. These rows are what that test must not wave through (entities spelling a link, a host
# that urlsplit reads differently, upper case, no path) beside what it may (Taobao pictures,
# harmless entities, links in comments).
LINK_SHORTCUT_MATCH = [
    ("OFF004", '<a href="https:&#47;&#47;evil.com/">x</a>', "https:&#47;&#47;evil.com/"),
    ("OFF004", '<a href="http://taobao.com&#46;evil.com/">x</a>', "http://taobao.com&#46;evil.com/"),
    ("OFF004", "<a href=\"http://taobao.com'x\">x</a>", "http://taobao.com'x"),
    ("OFF004", '<a href="//taobao.com@evil.com/">x</a>', "//taobao.com@evil.com/"),
    ("OFF004", '<a href="http://evil.com:8080/">x</a>', "http://evil.com:8080/"),
    ("OFF004", '<img src="https://img.alicdn.com/a.jpg"><a href="HTTP://EVIL.COM/">x</a>', "HTTP://EVIL.COM/"),
    ("OFF004", '<a href="&nbsp;www.evil.cn">x</a>', "&nbsp;www.evil.cn"),
    ("OFF004", '<a href="https://shop.evil.com">x</a>', "https://shop.evil.com"),
    ("OFF004", '<A HREF="MAILTO:A@B.COM">x</A>', "MAILTO:A@B.COM"),
    ("OFF003", '<a href="&#116;el:13812345678">x</a>', "&#116;el:13812345678"),
    ("OFF003", '<a href="tel&#58;13812345678">x</a>', "tel&#58;13812345678"),
    ("OFF003", '<a href="TEL:400-123-4567">x</a>', "TEL:400-123-4567"),
]

LINK_SHORTCUT_NO_MATCH = [
    '<p>&nbsp;<img src="https://img.alicdn.com/a.jpg?x=1&amp;y=2">&ldquo;好&rdquo;</p>',
    '<a href="https://shop123.taobao.com">店铺首页</a>',
    '<a href="http://detail.tmall.com:80/item.htm">详情</a>',
    '<a href="www.taobao.com">淘宝</a>',
    '<!-- <a href="http://evil.com/"> -->正文',
    '<p>电话<a href="#">咨询</a>&middot;时间 9:00</p>',
]


@pytest.mark.parametrize("code,html,span", LINK_SHORTCUT_MATCH)
def test_link_shortcut_keeps_links(code, html, span):
    _check_match(code, "description", html, span)


@pytest.mark.parametrize("html", LINK_SHORTCUT_NO_MATCH)
def test_link_shortcut_no_match(html):
    assert not lint_one(select=["OFF003", "OFF004"], description=html)


_PIECES = [
    '<img src="https://img.alicdn.com/a/b.jpg">', "<img src='//gw.alicdn.com/x.png'>", '<a href="https://m.tb.cn">店</a>',
    '<a href="http://evil.com/x">x</a>', '<a href=http://evil.com>y</a>', '<a href="tel:13812345678">c</a>',
    '<a href="mailto:a@b.com">m</a>', '<a href="&#32;www.evil.cn">w</a>', '<a href="https:&#47;&#47;e.com">e</a>',
    "<a href='http://taobao.com\"x'>q</a>", '<a href="http://taobao.com evil">q</a>', '<a href="http:/\n/evil.com">n</a>',
    '<div background="http://x.tmall.com/b.png">', '<!-- <a href="http://evil.com/"> -->', '&nbsp;', '&amp;', '&colon;',
    '&lt;a href="http://evil.com"&gt;', "电话 13812345678", "一三八一二三四五六七八", "0755-12345678", "尺寸 138*80cm",
    "身份证 33010619850612100X", "卡号 6222 0212 3456 7894", "收货人：张三 13812345678", "QQ: 12345678", "Q:87654321",
    "www.abc-shop.com", "abcshop点com", "shop dot com", "x(.)com", "mall【点】cn", "ab . com", "a艾特qq。com", "1.5m",
    "19点vip专场", "2024年新款", "<p>", "</p>", "<br/>", "，", "。", "138", "1234", "五六七", "+86 138 1234 5678",
    "(0755)12345678", "❶❸❽", "。iPhone",
]


def test_shortcuts_never_change_findings(monkeypatch):
    """Every cheap pre-test only skips work: with all of them disabled (every field takes the
    full path), seeded random listings get exactly the same findings."""
    import random

    from listlint.rules import contacts, offplatform

    rng = random.Random(5)
    rows = [{"title": "".join(rng.choice(_PIECES[18:]) for _ in range(rng.randint(1, 3))),
             "description": "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 10)))}
            for _ in range(300)]
    settings = Settings(select=("OFF", "PRV"))

    def findings():
        report = lint_records(rows, settings)
        return [(i.row, f.rule, f.field, f.start, f.end, f.message) for i in report.items for f in i.findings]

    fast = findings()
    everything = re.compile("")
    monkeypatch.setattr(contacts, "_SEVEN_DIGITS", everything)
    monkeypatch.setattr(offplatform, "_HINT_GATE", everything)
    monkeypatch.setattr(offplatform, "links_may_call", lambda ctx, field: True)
    monkeypatch.setattr(offplatform, "links_may_leave", lambda ctx, field, allowed: True)
    assert findings() == fast
    assert len({f[1] for f in fast}) >= 7  # the sample exercises nearly every rule


# ------------------------------------------------------------------ OFF005 other platforms

PLATFORM_MATCH = [
    ("拆盒散件在海鲜市场挂了，搜“乐高小仓鼠”", "海鲜市场"),
    ("每天晚上在D音讲茶，搜“茶叔讲茶”", "D音"),
    ("尾款安装完扫师傅个人收款码就行", "个人收款码"),
    ("同款还有几台，挂在闲鱼“小鹿二手数码”，价格更低", "闲鱼"),
    ("得物上也有我们的店，搜「鹿屿鞋履」", "得物"),
    ("扫详情最后一张二维码直接付给我，不扣手续费", "直接付给我"),
    ("定金请转农行 6228 4852 6018 1590 832 户名 刘建军", "转农行"),
    ("闲置乐高 更多闲置我在某音也开了小店，搜「乐高老张」", "某音"),
    # paying outside the platform; the sweet-potato emoji for 小红书; 某鱼
    ("不走平台的话可以直接转账到建行卡", "不走平台"),
    ("约时间请戳小🍠 ID：nail_lily22 私信", "小🍠"),
    ("更多好料在某鱼和dou音直播 搜店铺名", "某鱼"),
    ("当当下单满100减50", "当当"),
    ("复制这段口令打开抖音，进入直播间领券", "抖音"),
    ("狗东搜店名也有", "狗东"),
    ("dy直播间每晚8点福利价", "dy"),
    ("jd旗舰店也有", "jd"),
    ("去京东搜同名店铺", "京东"),
    ("抖音直播间下单更便宜", "抖音"),
    ("拼多多更便宜哦", "拼多多"),
    ("闲鱼有二手", "闲鱼"),
    ("关注我的小红书", "小红书"),
    ("1688店铺批发", "1688"),
    ("在抖音搜 XX旗舰店", "抖音"),
    ("关注抖音号 领券", "抖音"),
    ("微店下单更优惠", "微店"),
    ("快手直播间秒杀", "快手"),
    ("去JD搜同款", "JD"),
    ("pdd更便宜", "pdd"),
    ("某音直播间见", "某音"),
    ("拼多多同款更便宜", "拼多多"),
    ("关注微博 看上新", "微博"),
    ("B站搜店名", "B站"),
    # LINE (Taiwan, Hong Kong, Japan) after an invitation or before an ID
    ("下單前請先加LINE：@jpbuy88 確認庫存", "LINE"),
    ("LINE ID: tw_shop88 詢問", "LINE"),
    ("搭配灵感可移步某书搜「阿柒的衣橱」，每天更新穿搭", "某书"),
    ("想看更多款式可私訊臉書粉專「暖暖手作」", "臉書"),
    ("安装视频在小🍠，搜「木子家居」，有问题那边私信", "小🍠"),
    ("我们在58同城也有店，58同城搜索「蚂蚁搬家王师傅」能看更多客户评价", "58同城"),
    ("饿了么搜「泡芙工坊」也能下单，平台满减多", "饿了么"),
    ("完整VR看房请在贝壳APP搜索房源编号 BK103228871", "贝壳APP"),
    ("淘宝价格高，私我发链接，xy下单省手续费", "xy"),
    ("全部现货每天更新在ins：seoul_buyer_mia ，看中哪件截图", "ins"),
    ("预定清单在TG频道，TG：@hkbuy_ann", "TG"),
]


@pytest.mark.parametrize("text,span", PLATFORM_MATCH)
def test_platform_match(text, span):
    _check_match("OFF005", "title", text, span)


PLATFORM_NO_MATCH = [
    "直播补光灯 手机支架 抖音快手直播设备 柔光灯",
    "百度网盘超级会员 官方直充 充值账号:百度账号",
    "百度网盘超级会员SVIP月卡 官方直充", "下单时请填写百度账号绑定的手机号",
    "本店拒绝私下交易 请勿相信任何转账要求", "烤红薯🍠 新鲜 5斤",
    "东海小黄鱼 便宜卖", "收到小红薯很新鲜",
    "抖音直播间专用 补光灯 落地支架",
    "candy店铺 糖果 礼盒",
    "京东方屏幕 高清",
    "抖音同款 网红零食",
    "小红书同款 ins风",
    "比拼多多便宜",
    "快手菜 半成品 酸菜鱼",
    "价格 1688元",
    "JD-1388 电钻",
    "京东物流 次日达",
    "适用于京东智能音箱",
    "京东同款 品质保证",
    "16888 大礼包",
    "抖音爆款",
    "地址 上海市世纪大道1688号",
    "亚马逊雨林风格 装饰画",
    "微博同款 明星",
    "百度百科 词条",
    "LINE FRIENDS 布朗熊 公仔 正版授权", "声卡 支持line in / line out", "加line6效果器音色", "Online 在线课程",

    "ins风 连衣裙 小众设计", "tg-2000 电源适配器", "在淘宝APP搜索店铺，点击“加入粉丝群”，群内每月发放新品试饮券",
    "天然贝壳 手链 搜索同款", "xy轴 滑台 步进电机", "饿了么同款 奶油泡芙 当天现烤",
]


@pytest.mark.parametrize("text", PLATFORM_NO_MATCH)
def test_platform_no_match(text):
    _check_no_match("OFF005", "title", text)


# ------------------------------------------------------------------ a whole ordinary listing

ORDINARY_DESCRIPTION = (
    '<div style="width:750px"><p>品牌：XX 型号：A2024-138 颜色：黑色</p>'
    "<p>尺寸：长138cm 宽80cm 高75cm 重量12.5kg</p><p>包装清单：主机x1 说明书x1</p>"
    "<p>生产日期：2024年06月01日 保质期：36个月</p><p>厂家地址：浙江省杭州市余杭区文一西路969号</p>"
    "<p>净含量：500g 条码：6923450656181</p><p>执行标准：GB 4706.1-2005 证书编号：2021011606123456</p>"
    '<p><img src="https://img.alicdn.com/imgextra/i4/2200/O1CN01abc.jpg"></p>'
    "<p>支持微信支付宝付款，温馨提示：本店只在淘宝销售</p></div>"
)


def test_ordinary_description_is_clean():
    assert not [f for f in lint_one(select=["OFF"], description=ORDINARY_DESCRIPTION)]


def test_an_email_in_the_attributes_is_a_contact_its_web_address_is_not():
    from listlint.api import lint_records
    r = lint_records([{"title": "手工香薰蜡烛", "attributes": "售后邮箱:hmy_handmade@qq.com;官网:www.example-brand.com"}])
    assert [(f.rule, f.field, f.text) for f in r.items[0].findings if f.rule == "OFF004"] == [
        ("OFF004", "attributes", "hmy_handmade@qq.com")]


@pytest.mark.parametrize("brand,text,fires", [
    # the listing's own brand naming its service line is the maker's hotline
    ("格力", "产品说明书中印有格力全国统一服务热线 4008-365-315", False),
    ("美的", "如需维修，请拨打美的服务热线 400-889-9315", False),
    # the shop's own line, or another brand's, is a contact
    ("美的", "本店客服热线 400-889-9315", True),
    ("美的", "格力服务热线 400-889-9315", True),
    # a brand whose name holds a numeral (九阳 is 9阳 to the number reading) and a parent brand
    ("九阳", "九阳客服热线：4006-918-118。", False),
    ("Redmi/红米", "全国联保，小米客服热线 400-100-5678", False),
    ("Redmi/红米", "全国联保，华为客服热线 400-100-5678", True),
    # a bare service label in a branded listing is the maker's line (a flagship prints it on
    # every product); the shop's own (本店) or another maker's is a contact
    ("九阳", "客服热线：4006-918-118。", False),
    ("禾美", "<p>售后电话：400-883-6620（禾美官方客服）</p>", False),
    ("禾美", "本店售后电话：400-883-6620", True),
    ("无品牌", "售后电话：400-883-6620", True),
])
def test_own_brand_hotline(brand, text, fires):
    fs = [f for f in lint_one(select=["OFF003"], title="电饭煲 家用", description=text, brand=brand) if f.rule == "OFF003"]
    assert bool(fs) == fires, [f.text for f in fs]


@pytest.mark.parametrize("description,fires", [
    # a number the listing labels as a part code elsewhere (OE号) is that code in the title too
    ("<table><tr><td>OE号</td><td>13717532754</td></tr></table>", False),
    ("<p>型号：13717532754</p>", False),
    ("<p>下单请联系</p>", True),
])
def test_a_labelled_part_number_is_no_phone(description, fires):
    fs = [f for f in lint_one(select=["OFF003"], title="适用宝马3系 空气滤芯 空滤 13717532754 N20发动机",
                              description=description) if f.rule == "OFF003"]
    assert bool(fs) == fires, [f.text for f in fs]


@pytest.mark.parametrize("brand,fires", [
    # the platform is the listing's own maker (a Kindle from 亚马逊), not a shop elsewhere
    ("Amazon/亚马逊", False),
    ("掌阅", True),
])
def test_platform_that_is_the_listing_s_brand(brand, fires):
    fs = [f for f in lint_one(select=["OFF005"], title="闲置 Kindle Paperwhite 4 九成新", brand=brand,
                              description="已退出亚马逊账号，亚马逊店铺更便宜") if f.rule == "OFF005"]
    assert bool(fs) == fires, [f.text for f in fs]


@pytest.mark.parametrize("fields,fires", [
    ({"title": "OPPO Reno11 5G手机", "brand": "OPPO", "description": "官方售后热线：4001-666-888"}, False),
    ({"title": "保温杯", "brand": "无品牌", "description": "官方售后热线：4001-666-888"}, True),
    ({"title": "古田银耳 250g", "attributes": "厂名:古田县闽珍食品有限公司;厂家联系方式:0593-3881234;保质期:720天"}, False),
    ({"title": "古田银耳 250g", "attributes": "客服电话:13812345678;保质期:720天"}, True),
    ({"title": "甜屿 QQ糖 20g*20包", "attributes": "品牌=甜屿;厂家联系方式=0757-22831234"}, False),
    ({"title": "福鼎白茶", "attributes": "品牌:福鼎\n厂家联系方式:0593-3881234"}, False),
    ({"title": "福鼎白茶", "attributes": "品牌:福鼎|厂家联系方式:0593-3881234"}, False),
])
def test_maker_numbers_are_not_the_seller_s(fields, fires):
    assert bool([f for f in lint_one(select=["OFF003"], **fields) if f.rule == "OFF003"]) is fires


@pytest.mark.parametrize("field,text,span", [
    # the account is part of the span across closing tags and in full-width letters
    ("description", "<span>微</span><span>信</span>：kf_8899", "微</span><span>信</span>：kf_8899"),
    ("title", "ｖ❤：ｓｈｏｐ８８", "ｖ❤：ｓｈｏｐ８８"),
    ("title", "V❤: shop_888", "V❤: shop_888"),
    ("title", "加微信 好友多", "加微信"),
    # a paragraph ends the phrase: the next one's first word is no account
    ("description", "<p>有问题加微信</p><p>Material: cotton 100%</p>", "加微信"),
])
def test_wechat_span_takes_the_account(field, text, span):
    assert [f.text for f in lint_one(select=["OFF001"], **{field: text}) if f.rule == "OFF001"] == [span]


def test_the_buyer_s_qq_account_on_a_membership_card():
    found = lint_one(select=["OFF002"], title="腾讯视频VIP月卡", description="填写您要开通的手机号或QQ号，充值后自动到账")
    assert found == []
