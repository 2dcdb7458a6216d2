"""Rule families. Each module registers its rules with `registry.rule` at import."""
