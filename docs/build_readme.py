"""Assemble README.md from its head and the sections in docs/readme/.

Each part of listlint documents itself in docs/readme/<part>.md; README.md is those sections in
reading order after a short head. `python docs/build_readme.py` rewrites README.md;
tests/test_readme.py fails when README.md and the sections have drifted apart.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ["spine", "absolute", "offplatform", "duplicates", "mismatch", "claims", "ci", "api",
            "performance", "measuring"]

HEAD = """\
# listlint

A compliance linter for Chinese e-commerce listings. Run it on a Taobao/Tmall export (淘宝助理,
千牛 or an Excel sheet saved as CSV/XLSX) before you upload: it reports, per listing, what the
platform or the Advertising Law would punish — 绝对化用语, 站外引流, 重复铺货, 商品要素不一致,
虚假宣传, 禁售商品, personal data, format problems — with the offending text highlighted, the
rule and its legal or platform basis, and what to write instead. Each listing gets a score and
a grade; the exit code makes it a CI check.

## Quick start

Install and lint a sample export (exit code 1 means findings were reported):

```sh
pip install . && listlint check samples/listings-utf8.csv
```

Install the test extras and run the tests:

```sh
pip install -e '.[test]' && python -m pytest
```

Needs Python 3.11 or newer. `listlint rules` lists every rule, `listlint explain ABS001`
explains one, `listlint check --help` lists the options.

## Rules

| family | codes | category | what it reports |
|---|---|---|---|
| absolute terms | ABS001–ABS006 | `absolute-term` | 最好, 第一, 独家, 国家级, 全网最低, 100%… (《广告法》第九条第(三)项), with the ordinary look-alikes (第一次, 最近, 全网通, 最佳赏味期) left alone |
| off-platform | OFF001–OFF005 | `off-platform` | WeChat, QQ, phone numbers, URLs and e-mail, other platforms, however disguised (薇信, V❤, 一三八…, 点com) |
| privacy | PRV001–PRV003 | `privacy` | resident ID numbers (checksum-validated), bank cards (Luhn), a named person next to a number |
| duplicates | DUP001–DUP004 | `duplicate` | the same product listed twice: exact, reworded/reordered, split by colour or size, same picture or 商家编码 |
| mismatch | MIS001–MIS006 | `mismatch` | title vs brand, price, colour/material/gender, quantity and category fields |
| false claims | CLM001–CLM006 | `false-claim` | medical claims, fake prizes, invented official endorsements, guaranteed results, misleading prices, 无添加 against the ingredients |
| prohibited | BAN001–BAN007 | `prohibited` | tobacco and e-cigarettes, prescription drugs, weapons, counterfeits, fake invoices, gambling and illegal services, protected wildlife |
| format | FMT001–FMT004 | `format` | titles over 60 GBK bytes, keyword stuffing, symbol runs and emoji, empty titles |

## Contents

{toc}
"""


def _anchor(title: str) -> str:
    keep = []
    for ch in title.strip().lower():
        if ch.isalnum() or ch in "-_ ":
            keep.append("-" if ch == " " else ch)
    return "".join(keep)


def build() -> str:
    parts = []
    toc = []
    for name in SECTIONS:
        text = (ROOT / "docs" / "readme" / f"{name}.md").read_text(encoding="utf-8").strip()
        first = text.splitlines()[0]
        title = first.lstrip("#").strip()
        toc.append(f"- [{title}](#{_anchor(title)})")
        parts.append(text)
    return HEAD.format(toc="\n".join(toc)) + "\n" + "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    out = build()
    if "--check" in sys.argv:
        sys.exit(0 if (ROOT / "README.md").read_text(encoding="utf-8") == out else 1)
    (ROOT / "README.md").write_text(out, encoding="utf-8")
    print(f"wrote README.md ({len(out.splitlines())} lines)")
