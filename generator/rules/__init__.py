"""Plan quality rules: legal checks, the common mistakes, quality and privacy.

Each rule is a small function in `legal`, `mistakes`, `quality` or `privacy`,
registered with `engine.rule` under a code of `generator.codes`. `run_rules` runs them.
"""

from __future__ import annotations

# Importing a rule module registers its rules: every module that holds rules is listed here.
from generator.rules import legal, legal_work, mistakes, privacy, quality
from generator.rules.engine import Context, Finding, Rule, all_rules, run_rules
from generator.rules.privacy import is_suppressed

RULE_MODULES = (legal, legal_work, mistakes, privacy, quality)

__all__ = [
    "Context",
    "Finding",
    "Rule",
    "all_rules",
    "is_suppressed",
    "run_rules",
]
