"""DUP: the same product listed more than once across an export (重复铺货).

A corpus rule: `signature` keeps a compact record per item during the item pass (see
listlint/dup/signature.py) and `decide` groups the records once every item is read. The four
codes share one signature and one analysis (both cached), and each reports its own kind of
group: every member gets a finding that names the other members in `related`.

With `--against store.csv` the store's records join the analysis; items of the new file that
duplicate store listings are reported with the store ids in `related_ids`, and groups made only
of store listings are not reported.
"""
from __future__ import annotations

from dataclasses import fields as dc_fields

from ..dup.groups import EXACT, OUTER_ID, PICTURE, PRODUCT, Analysis, DupOptions, Group, analyse
from ..dup.signature import DupSignature, build_signature
from ..dup.verify import NEAR, SKU
from ..model import Finding
from .registry import RULES, Rule, register

BASIS = "《淘宝规则》滥发信息：重复铺货（同一商品重复发布）"
SUGGESTION = "保留一个商品链接，删除或合并其余重复发布的商品；颜色、尺码等请设为同一商品的 SKU（销售属性）。"
ANALYSIS_OPTIONS = {f.name: f.default for f in dc_fields(DupOptions)}
MAX_RELATED_DEFAULT = 50

# Which rule owns which analysis option (users set them under that rule's code).
OPTION_OWNER = {
    "min_title_chars": "DUP002", "similarity": "DUP002", "containment": "DUP002",
    "max_inserted": "DUP002", "num_perm": "DUP002", "rows_per_band": "DUP002", "window": "DUP002",
    "candidate_similarity": "DUP002", "pictures": "DUP004", "outer_ids": "DUP004",
}

# --- the shared signature: built once per item whichever DUP rules are selected -------------
_last_signature: tuple[object, DupSignature | None] = (None, None)


def signature(ctx) -> DupSignature | None:
    global _last_signature
    if _last_signature[0] is not ctx.listing:
        _last_signature = (ctx.listing, build_signature(ctx))
    return _last_signature[1]


# --- the shared analysis ---------------------------------------------------------------------
_last_analysis: tuple[list, list, tuple, Analysis | None] = ([], [], (), None)


def _options(settings) -> DupOptions:
    return DupOptions(**{name: settings.rule_option(OPTION_OWNER[name], name, default)
                         for name, default in ANALYSIS_OPTIONS.items()})


def _same_objects(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def _analysis(sigs: list, against: list, settings) -> tuple[list, int, Analysis]:
    """(combined records, number of new-file records, analysis), computed once for all codes."""
    global _last_analysis
    opts = _options(settings)
    cached_sigs, cached_against, cached_opts, cached = _last_analysis
    if cached is not None and cached_opts == opts and _same_objects(cached_sigs, sigs) \
            and _same_objects(cached_against, against):
        return cached_sigs + _store_records(sigs, against), len(sigs), cached
    combined = sigs + _store_records(sigs, against)
    # settings.jobs: the number of processes of this run (api.lint_records sets it).
    result = analyse(combined, opts, jobs=settings.jobs or 1)
    _last_analysis = (list(sigs), list(against), opts, result)
    return combined, len(sigs), result


def _store_records(sigs: list, against: list) -> list:
    """Store records, less those that are the new file's own listings (same id: an update of
    the listing, not a second listing of the product)."""
    if not against:
        return []
    own = {s.id for s in sigs if s.id}
    return [s for s in against if not (s.id and s.id in own)]


# --- findings ---------------------------------------------------------------------------------
def _make_decide(code: str, kinds: tuple[str, ...]):
    def decide(sigs: list, settings, against: list | None = None) -> dict[int, list[Finding]]:
        if not sigs:
            return {}
        combined, n_new, analysis = _analysis(sigs, list(against or []), settings)
        rule = RULES[code]
        max_related = settings.rule_option(code, "max_related", MAX_RELATED_DEFAULT)
        out: dict[int, list[Finding]] = {}
        for group in (g for kind in kinds for g in analysis.groups[kind]):
            kind = group.kind
            if group.members[0] >= n_new:
                continue  # only store listings: not this run's business
            for m in group.members:
                if m >= n_new:
                    continue
                others = [o for o in group.members if o != m and _counts_against(kind, analysis, combined, m, o)]
                if others:
                    out.setdefault(combined[m].row, []).append(
                        _finding(rule, settings, combined, m, others, n_new, group, max_related))
        return out
    return decide


def _counts_against(kind: str, analysis: Analysis, combined: list, m: int, o: int) -> bool:
    """Near-duplicate and SKU groups name only the members that are not exact copies of this
    one (DUP001 names those) nor, for SKU splits, listings with the very same title."""
    if kind == NEAR:
        cm = analysis.exact_class.get(m)
        return cm is None or analysis.exact_class.get(o) != cm
    if kind == SKU:
        return combined[m].squeezed != combined[o].squeezed
    return True


def _finding(rule: Rule, settings, combined: list, m: int, others: list[int], n_new: int,
             group: Group, max_related: int) -> Finding:
    me = combined[m]
    new = [combined[o] for o in others if o < n_new]
    store = [combined[o] for o in others if o >= n_new]
    shown = new[:max_related]
    related_ids = tuple(s.id for s in shown if s.id) + tuple(
        s.id or f"store row {s.row}" for s in store[:max_related])
    return Finding(
        rule=rule.code, name=rule.name, category=rule.category,
        severity=settings.severity_for(rule.code, rule.severity),
        field="title", start=0, end=len(me.original_title), text=me.original_title,
        message=_message(group, new, store),
        suggestion=rule.suggestion, basis=rule.basis,
        related=tuple(s.row for s in shown), related_ids=related_ids,
    )


def _who(new: list[DupSignature], store: list[DupSignature]) -> str:
    parts = []
    if new:
        rows = ", ".join(str(s.row) for s in new[:8]) + (f" … ({len(new)} in all)" if len(new) > 8 else "")
        parts.append(f"row{'s' if len(new) > 1 else ''} {rows}")
    if store:
        ids = ", ".join(s.id or f"row {s.row}" for s in store[:8]) + (f" … ({len(store)} in all)" if len(store) > 8 else "")
        parts.append(f"store listing{'s' if len(store) > 1 else ''} {ids}")
    return " and ".join(parts)


def _message(group: Group, new, store) -> str:
    who = _who(new, store)
    diff = " / ".join(group.differing[:8])
    if group.kind == EXACT:
        return f"重复铺货: the same title and description as {who}"
    if group.kind == NEAR:
        tail = f" (words that differ: {diff})" if diff else " (same words, reordered or re-spaced)"
        return f"重复铺货: the same product as {who}, reworded, reordered or padded{tail}"
    if group.kind == SKU:
        return f"重复铺货: one product split into listings by colour/size/style instead of SKUs, with {who} (variants: {diff})"
    if group.kind == PICTURE:
        return f"重复铺货: the same main picture ({group.key[:40]}) as {who}"
    if group.kind == PRODUCT:
        return f"重复铺货: the same product code ({group.key}) as {who}"
    return f"重复铺货: the same outer_id / 商家编码 {group.key!r} as {who}"


COMMON = dict(category="duplicate", basis=BASIS, suggestion=SUGGESTION, signature=signature,
              fields=("title", "description"))


def _options_of(code: str) -> dict:
    return {**{k: v for k, v in ANALYSIS_OPTIONS.items() if OPTION_OWNER[k] == code},
            "max_related": MAX_RELATED_DEFAULT}


register(Rule(
    "DUP001", "exact-duplicate", severity="error",
    summary="Listings identical after normalisation (case, width, spacing, punctuation, "
            "traditional forms) of title and description",
    explanation="Two listings whose titles and descriptions are the same text once full-width, "
                "case, spaces, punctuation and traditional characters are normalised away, and units "
                "after a number are written one way (1米 = 1m, 20000毫安 = 20000mAh), are one "
                "product listed twice (重复铺货).",
    decide=_make_decide("DUP001", (EXACT,)), options=_options_of("DUP001"),
    examples_fail=("加厚纯棉毛巾 家用 ↔ 加厚纯棉毛巾  家用 (same description)", "ＡＢＣ保溫杯 ↔ abc 保温杯"),
    examples_pass=("加厚纯棉毛巾 ↔ 加厚纯棉浴巾",),
    **COMMON))

register(Rule(
    "DUP002", "near-duplicate", severity="warning",
    summary="Titles of the same product reworded, reordered or padded",
    explanation="MinHash over character bigrams of the normalised title finds similar titles "
                "(LSH bands give the candidates); a pair counts only when the titles are similar "
                "enough, their model numbers, capacities and sizes agree, and nothing but padding "
                "differs (加厚纯棉毛巾 家用洗脸巾 ↔ 家用洗脸巾 加厚纯棉毛巾 包邮). A word replaced by "
                "another (毛巾/浴巾, 男士/女士, iPhone 14/15) makes a different product.",
    decide=_make_decide("DUP002", (NEAR,)), options=_options_of("DUP002"),
    examples_fail=("复古牛仔外套 女 宽松 ↔ 女 宽松 复古牛仔外套",
                   "加厚纯棉毛巾 家用洗脸巾 ↔ 家用洗脸巾 加厚纯棉毛巾 包邮"),
    examples_pass=("iPhone 14 手机壳 ↔ iPhone 15 手机壳", "纯棉毛巾 ↔ 纯棉浴巾", "男士袜 ↔ 女士袜"),
    **COMMON))

register(Rule(
    "DUP003", "sku-split", severity="warning",
    summary="One product split into listings by colour, size or style instead of SKUs",
    explanation="Listings identical except for a colour (红色/蓝色), size (大号/小号, XL) or style "
                "word (A款/B款) should be one listing with SKUs; Taobao counts the split as 重复铺货. "
                "A colour counts only written as a colour: with 色 (红色, 深蓝色), a compound colour "
                "(藏青, 雾霾蓝, 浅灰), a marketing name (星空黑, 珍珠白, 燕麦色) or a colour "
                "character standing alone as a word (黑胶 粉); so 红茶/绿茶 and 大红袍 stay apart.",
    decide=_make_decide("DUP003", (SKU,)), options=_options_of("DUP003"),
    examples_fail=("加厚毛巾 红色款 ↔ 加厚毛巾 蓝色款", "纯棉T恤 XL ↔ 纯棉T恤 XXL"),
    examples_pass=("红茶 500g ↔ 绿茶 500g",),
    **COMMON))

register(Rule(
    "DUP004", "same-picture-or-code", severity="warning",
    summary="Different listings with the same main picture or the same outer_id (商家编码)",
    explanation="The main picture (淘宝助理 `picture` column, `md5:kind:pos:pid:vid|url;`, or a "
                "picture URL column) or the merchant's code (outer_id / 商家编码, else a 货号/款号 "
                "attribute with a digit, else the id column) shared by several listings, or the same product code (ISBN, "
                "条形码, or brand and a 型号 with a digit, with its 适用型号) shared by several listings marks one product listed more than once. "
                "So does the same category, brand and product attributes (重要属性完全相同: at least three attributes "
                "besides 品牌, one a measure with a digit; 货号, 款号 and the colour are left out) under reworded titles. Codes are "
                "compared ignoring case and width (AB1002 = ab1002 = ＡＢ１００２).",
    decide=_make_decide("DUP004", (PICTURE, OUTER_ID, PRODUCT)), options=_options_of("DUP004"),
    examples_fail=("two listings whose picture column starts with the same md5:1:0:",
                   "two listings with outer_id TW-001"),
    examples_pass=("two listings with different main pictures and codes",),
    **{**COMMON, "fields": ("picture", "outer_id")}))
