"""Category lexicon: which top-level category a category path names, and which categories the
product words of a title belong to (MIS006)."""
from __future__ import annotations

from functools import lru_cache

import regex

from .mismatch_data import data_file, find_all, squeeze

_NODE_SEP = regex.compile(r"\s*(?:>|＞|»|→|\\|\|)\s*")


def path_nodes(path: str) -> list[str]:
    """The nodes of a category path as written (女装/女士精品>连衣裙 → 女装/女士精品, 连衣裙): a
    node may hold slashes, which name one node (孕妇装/孕产妇用品/营养) or a leaf of several names."""
    return [n for n in _NODE_SEP.split(path.strip()) if n.strip()]


_PATH_SEP = regex.compile(r"\s*(?:>|＞|»|→|\\|\||-{1,2}>|/(?=[^/]*$)|,|，|;|；)\s*")
_CID = regex.compile(r"^\s*\d+\s*$")


FITS_BEFORE = regex.compile(r"(?:适用于?|适配|兼容|专用于|for)$", regex.V1 | regex.I)


# characters every kind of product name ends in (刀具, 喷雾器, 摄像头): sharing one says nothing
_GENERIC_CHARS = frozenset("具品类用器件物子头机套装式型其他它/、")


def _named(title: str, word: str) -> bool:
    return any(not FITS_BEFORE.search(title, max(0, i - 4), i) for i in find_all(title, word))


# (…but not the 带 of 绑带/系带/腰带, the 配 of 搭配/标配: those are words of their own)
_PART_BEFORE = regex.compile(r"(?:(?<!绑|系|腰|皮|肩|背|吊|鞋|表|发|丝|飘|领|束|胶|彩|拉|松紧|魔术|纽|缎|织|扎|磁)带|附带|附"
                             r"|(?<!搭|适|标|选|装|匹|分|调|高|低|顶|原)配|(?<!包)含|赠|(?<!运|输|发|递|快|配|护)送|加送|内置|自带)"
                             r"(?:折叠|可折叠|可拆卸|防滑|伸缩|硅胶|木质|不锈钢)?$", regex.V1)


class CategoryLexicon:
    def __init__(self, doc):
        import ahocorasick_rs
        self.related: dict[str, set[str]] = {}
        self.by_name: dict[str, set[str]] = {}
        self.by_word: dict[str, set[str]] = {}
        # Categories whose titles may name any product (books): MIS006 stays silent there.
        self.any_product: set[str] = set()
        for cat, spec in doc["categories"].items():
            if spec.get("any_product"):
                self.any_product.add(cat)
            self.related[cat] = {cat} | set(spec.get("related") or [])
            for n in spec.get("names") or []:
                self.by_name.setdefault(squeeze(n), set()).add(cat)
            for w in spec.get("words") or []:
                self.by_word.setdefault(squeeze(w), set()).add(cat)
        # Words that hold a product word without being that product (说明书, 读书): in the
        # leftmost-longest automaton they take the span, and then name no category.
        for w in doc.get("not_products") or []:
            self.by_word.setdefault(squeeze(w), set())
        self.generic_parts = frozenset(squeeze(w) for w in doc.get("generic_path_parts") or [])
        self._path_cache: dict[str, frozenset] = {}
        self._pats = list(self.by_word)
        self._ac = ahocorasick_rs.AhoCorasick(self._pats, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def listing_categories(self, path: str) -> set[str]:
        """Top-level categories a category cell names; empty when it names none we know.
        A file repeats a few category paths thousands of times: each is read once."""
        got = self._path_cache.get(path)
        if got is None:
            if len(self._path_cache) > 4096:
                self._path_cache.clear()
            got = self._read_path(path)
            # a node two categories share (洗护清洁剂/卫生巾/纸/香薰) is the one its leaf product
            # belongs to (>抽纸: household paper)
            if len(got) > 1:
                segments = self._segments(path)
                leaf = self.by_word.get(segments[-1], set()) if segments else set()
                got = (got & leaf) or got
            # a deeper node that may hold any product (玩具>动漫周边) is named too
            got |= {c for seg in self._segments(path) for c in self.by_name.get(seg, ()) if c in self.any_product}
            got = self._path_cache[path] = frozenset(got)
        return set(got)

    @staticmethod
    def _segments(path: str) -> list[str]:
        return [squeeze(s) for s in regex.split(r"\s*(?:>|＞|»|→|\\|\||/|,|，|;|；)\s*", path) if squeeze(s)]

    def _read_path(self, path: str) -> set[str]:
        whole = squeeze(path)
        if whole in self.by_name:
            return set(self.by_name[whole])
        # a node named with slashes (孕妇装/孕产妇用品/营养 > 孕妇枕) is one name
        for node in path_nodes(path):
            if "/" in node and squeeze(node) in self.by_name:
                return set(self.by_name[squeeze(node)])
        segments = self._segments(path)
        # a two-level name such as 女装/女士精品 is one node
        for i in range(len(segments) - 1):
            joined = squeeze(segments[i] + "/" + segments[i + 1])
            if joined in self.by_name:
                return set(self.by_name[joined])
        for seg in segments:
            if seg in self.by_name:
                return set(self.by_name[seg])
        for seg in reversed(segments):  # a leaf such as 连衣裙 is a product word of its category
            if seg in self.by_word:
                return set(self.by_word[seg])
        return set()

    def leaf_categories(self, path: str, title: str) -> set[str]:
        """The categories of a path's last node when that node is a product word (猫砂, 猫爬架)
        and the title shares none of its characters (刀 of 刀具 in 水果刀, 枕 of 枕头/枕芯 in
        乳胶枕, 鼻 of 洗鼻器), as a product of that node nearly always does; empty for a node
        that names a group (女装, 宠物用品, 其他)."""
        segments = self._segments(path)
        if len(segments) < 2 or segments[-1] in self.by_name or segments[-1] in self.generic_parts:
            return set()
        node = squeeze(path_nodes(path)[-1])
        if any(ch in title for ch in node if ch not in _GENERIC_CHARS and not ch.isascii()):
            return set()
        if segments[-1] in self.by_word:
            return set(self.by_word[segments[-1]])
        # (a leaf of two names, 饼干/膨化: its first name that is a product word)
        parts = [squeeze(x) for x in path_nodes(path)[-1].split("/") if squeeze(x)]
        named = next((self.by_word[x] for x in parts if self.by_word.get(x)), None)
        if len(parts) > 1 and named:
            return set(named)
        # a leaf that holds a product word of the path's own category (坚果 of 食品>坚果炒货): that
        # word's categories; one of another category (按摩器 of 健身器材>按摩器材) says nothing sure
        inner = set().union(*(pc for _, _, _, pc in self.products(segments[-1])))
        return inner if inner and inner <= self.listing_categories(path) else set()

    def products(self, text: str) -> list[tuple[int, int, str, set[str]]]:
        """Product words of a squeezed title; a word before 味 is a flavour (绿茶味 猫砂,
        牛肉味 狗粮), not the product, and one before 加热/可用/专用 how it is used (微波炉加热更香)."""
        pats, by_word = self._pats, self.by_word
        # (充电宝功能 on a camp lamp is a feature; 带折叠手柄, 附杯盖 a part that comes with it)
        return [(s, e, pats[i], by_word[pats[i]])
                for i, s, e in self._ac.find_matches_as_indexes(text)
                if by_word[pats[i]] and not text.startswith(("味", "功能", "模式", "加热", "可用", "叮", "即食", "烹饪", "专用"), e)
                and not _PART_BEFORE.search(text, max(0, s - 4), s)]

    def path_named_in(self, path: str, title: str) -> bool:
        """The squeezed title names a node of the category path (逆变器, 证件套, 烟具) or a
        product word inside one (拖鞋 of 室内拖鞋): whatever else it names, it sells what the
        category holds."""
        for seg in regex.split(r"\s*(?:>|＞|»|→|\\|\||/|,|，|;|；)\s*", path):
            seg = squeeze(seg)
            if seg in self.generic_parts:
                continue   # 汽车用品/电子/清洗/改装: 电子 of 电子校音器 names no car product
            # (适用苹果 on a phone holder names what it fits, not the 苹果 of 新鲜蔬果>苹果)
            if len(seg) >= 2 and _named(title, seg):
                return True
            if any(_named(title, w) for _, _, w, _ in self.products(seg)):
                return True
        return False

    @staticmethod
    def resolve(found: list[tuple[int, int, str, set[str]]], own: set[str]) -> list[tuple[int, int, str, set[str]]]:
        """A word of several categories (胸背带: a baby carrier or a dog harness) takes the one
        the title's unambiguous words name (牵引绳, 狗绳 → pets); the listing's own category
        stays among them (车载香薰 with 精油 is still a car product in 汽车用品)."""
        sure = set().union(*(c for _, _, _, c in found if len(c) == 1)) if found else set()
        return [(s, e, w, ((c & sure) | (c & own)) or c) if len(c) > 1 else (s, e, w, c) for s, e, w, c in found]

    def allowed(self, cats: set[str]) -> set[str]:
        out = set()
        for c in cats:
            out |= self.related.get(c, {c})
        return out


@lru_cache(maxsize=1)
def lexicon() -> CategoryLexicon:
    return CategoryLexicon(data_file("categories.yaml"))


def is_numeric_cid(value: str) -> bool:
    return bool(_CID.match(value or ""))


# Product kinds (wordlists/categories.yaml `kinds`): the groups a category's leaf holds, coarse
# enough that a product of one kind under another's leaf is misfiled, not a neighbour (口红 and
# 唇釉 are one kind; 连衣裙 and 半身裙 two).
# a keyword group of a title or a leaf, and what may follow its head word without naming
# another product (女, 款, 套装, 新款, a size or a count)
_SEGMENT = regex.compile(r"[^\s,，、/|｜;；。.!！?？()（）\[\]【】「」《》:：+*×]+")
# (not 套, 专用 or 通用: ipad套 is a case, 冰箱专用 插座 a socket)
_TAIL = regex.compile(r"(?:女|男|款|装|式|型|套装|礼盒|盒装|袋装|瓶装|罐装|家用|商用|新款|正品|批发|定制|大号|中号|小号|加大|加厚|整箱|包邮|"
                      r"女士|男士|儿童|成人|宝宝|学生|[0-9]+(?:色|片|支|只|个|件|包|袋|盒|粒|瓶|寸|人份)|[0-9a-z.×*+\-]+)*", regex.I)


class KindLexicon:
    def __init__(self, doc):
        import ahocorasick_rs
        self.kind_of: dict[str, str] = {}
        for kind, words in (doc.get("kinds") or {}).items():
            for w in words or ():
                self.kind_of.setdefault(squeeze(w), kind)
        self._words = list(self.kind_of)
        self._ac = ahocorasick_rs.AhoCorasick(self._words) if self._words else None
        self._leaf_cache: dict[str, frozenset] = {}
        # how they are read (categories.yaml kind_reading)
        reading = doc.get("kind_reading") or {}
        self._open_leaf = regex.compile("|".join(regex.escape(squeeze(w)) for w in reading.get("open_leaf_words") or ["配件"]))
        self.staple_kinds = frozenset(reading.get("staple_kinds") or ())
        self.user_kinds = frozenset(reading.get("user_kinds") or ())
        self.pet_word = regex.compile("|".join(regex.escape(w) for w in reading.get("pet_words") or ["宠物"]))
        self.garment_heads = frozenset(reading.get("garment_heads") or ())
        self._modifiers = frozenset(squeeze(w) for w in reading.get("modifier_bigrams") or ())

    def _heads(self, text: str, stop_at_product: bool = False) -> list[tuple[int, int, str, str]]:
        """The kind word that heads a keyword group (the text between spaces or marks): the last
        one in it, ending it or followed only by words that name no product (套装, 女, 新款, a
        size). 热带鱼饲料 is fish food, not 带鱼; 手机直播支架 and 手机查看 sell no phone."""
        if self._ac is None or not text:
            return []
        out = []
        for seg in _SEGMENT.finditer(text):
            g = seg.group(0)
            hits = sorted(((s, e, self._words[i]) for i, s, e in self._ac.find_matches_as_indexes(g, overlapping=True)),
                          key=lambda h: (h[1], h[1] - h[0]))   # (the last to end, the longest of those)
            if not hits:
                if stop_at_product and lexicon().products(squeeze(g)):
                    break   # (手工阿胶糕 即食 玫瑰核桃: the first product named is of no kind we know)
                continue
            s, e, w = hits[-1]
            if not _TAIL.fullmatch(g, e):
                if stop_at_product:
                    break   # (手机直播支架: a product named whose kind we do not know)
                continue
            out.append((seg.start() + s, seg.start() + e, w, self.kind_of[w]))
        return out

    def leaf_kinds(self, path: str) -> frozenset:
        got = self._leaf_cache.get(path)
        if got is None:
            if len(self._leaf_cache) > 4096:
                self._leaf_cache.clear()
            nodes = path_nodes(path)
            leaf = nodes[-1] if len(nodes) >= 2 else ""
            # (a leaf of several names, 坐垫/椅垫/沙发垫, holds the kinds of all of them: split
            # before squeezing, which drops the slash)
            got = frozenset() if not leaf or self._open_leaf.search(squeeze(leaf)) else \
                frozenset(k for part in regex.split(r"[/／、]", leaf) for _, _, _, k in self._heads(squeeze(part)))
            self._leaf_cache[path] = got
        return got

    def _hits_all(self, text: str):
        # (a leaf of two names, 唇膏/口红, 床垫/床褥/床护垫: every kind it names)
        if self._ac is None:
            return []
        return [(s, e, self._words[i], self.kind_of[self._words[i]])
                for i, s, e in self._ac.find_matches_as_indexes(text, overlapping=True)]

    def names_kind(self, text: str, kinds: frozenset) -> bool:
        """The text holds a word of one of `kinds` anywhere (电脑包 in 笔记本电脑包)."""
        return any(k in kinds for _, _, _, k in self._hits_all(text))

    def title_kinds(self, text: str):
        return self._heads(text, stop_at_product=True)

    def shares_leaf_word(self, path: str, title: str) -> bool:
        """The squeezed title holds two characters of the leaf's name together (情趣 of 情趣内衣 in
        情趣内裤): it sells what the leaf is about, whatever noun it ends on."""
        nodes = path_nodes(path)
        if not nodes:
            return False
        leaf = squeeze(nodes[-1])
        return any(leaf[i:i + 2] in title for i in range(len(leaf) - 1)
                   if leaf[i:i + 2] not in self._modifiers and not any(ch in _GENERIC_CHARS or ch == "/" for ch in leaf[i:i + 2]))

    def same_garment(self, path: str, title: str) -> bool:
        """A clothing leaf's head character in a title word (长裙 under 连衣裙, 布鞋 under 单鞋)."""
        nodes = path_nodes(path)
        head = squeeze(nodes[-1])[-1:] if nodes else ""
        return head in self.garment_heads and regex.search(rf"\p{{Han}}{head}(?![\p{{Han}}])", title) is not None


@lru_cache(maxsize=1)
def kind_lexicon() -> KindLexicon:
    return KindLexicon(data_file("categories.yaml"))
