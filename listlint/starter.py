"""The commented starter config that `listlint init` writes.

Everything uncommented here is the default, so a fresh file changes nothing until edited; the
commented lines are ready-to-use examples (tests load the file and each example).
"""

STARTER_CONFIG = """\
# listlint configuration. listlint finds the closest .listlint.yaml (or [tool.listlint] in
# pyproject.toml) from the listing file's folder upwards. `listlint rules` lists every rule,
# `listlint explain CODE` describes one.

# Which rules run: codes (ABS001), prefixes (ABS), categories (absolute-term), rule names
# (title-too-long) or ALL. For each rule the longest matching selector decides; ignore wins a tie.
select: [ALL]
extend-select: []
ignore: []
#  - FMT002          # keyword stuffing is checked by another tool

# Exit 1 when a finding is at or above this severity (error, warning, info).
fail-on: error
# Exit 1 when an item scores below this (0-100); omit to ignore scores.
# min-score: 60

# Map fields to your file's headers when the automatic aliases do not find them.
# columns:
#   title: 商品名
#   description: 图文详情

# Terms never reported (your registered brand, a product name). /regex/ is allowed.
allow: []
#  - 第一坊
#  - /王牌\\d+号/

# Extra terms to report: a term, or {term, rule, severity}.
deny: []
#  - {term: 秒杀王, rule: ABS001, severity: warning}

# Extra wordlist files in the format of listlint's wordlists/*.yaml.
wordlists: []

# Per-rule options and severity overrides (`listlint explain CODE` lists a rule's options).
rules:
  FMT001:
    title-max-bytes: 60
#  FMT003:
#    severity: info   # report decorative symbols, but never fail the build on them

# Scoring: points taken per finding by severity, and grade thresholds.
scoring:
  weights: {error: 25, warning: 10, info: 2}
  warn-below: 85
  fail-below: 60

# Suppressions. In the listing file itself: a column named listlint-ignore holding codes or
# `all`, with an optional reason after #, e.g.  FMT001 # 品牌全称，已与运营确认
# Here, by item id (商家编码/outer_id), with a reason:
per-item-ignores: {}
#  SKU-123: {rules: [FMT001], reason: "the full brand name makes this title long; reviewed"}

# Rules not run at all for files matching a glob (relative to this file's folder).
per-file-ignores: {}
#  "legacy/*.csv": [FMT]

# Report only findings that are not in this baseline (written by
# `listlint check FILES --write-baseline .listlint-baseline.json`).
# baseline: .listlint-baseline.json
"""
