"""The commented starter config that `listlint init` writes."""

STARTER_CONFIG = """\
# listlint configuration. listlint finds the closest .listlint.yaml (or [tool.listlint] in
# pyproject.toml) from the listing file's folder upwards. `listlint rules` lists every rule.

# Which rules run: codes (ABS001), prefixes (ABS), categories (absolute-term) or ALL.
select: [ALL]
ignore: []

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

# Per-rule options and severities (`listlint explain CODE` lists a rule's options).
rules:
  FMT001:
    title-max-bytes: 60

# Scoring: points taken per finding by severity, and grade thresholds.
scoring:
  weights: {error: 25, warning: 10, info: 2}
  warn-below: 85
  fail-below: 60

# Suppressions for reviewed items, by item id (商家编码/outer_id), with a reason.
per-item-ignores: {}
#  SKU-123: {rules: [ABS001], reason: "第一坊 is our registered trademark"}

# Rules not run for files matching a glob.
per-file-ignores: {}
#  "legacy/*.csv": [FMT]
"""
