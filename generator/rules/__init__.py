"""Stage 4's rules: what the law, the common mistakes, quality and privacy ask of a plan.

Takes in the model and the files as read (for positions); gives out problems. A rule is
a small function in one of the modules below, registered with `@rule("TP1xx")` under a
code of `generator.codes`; importing this package imports every rule module. `run_rules`
runs them. Knows nothing of pages or MkDocs.
"""

from __future__ import annotations

# Importing a rule module registers its rules: every module that holds rules is listed here.
from generator.rules import (
    accounts,
    aims,
    decisions,
    earliervalues,
    examplecontacts,
    gaps,
    guidelines,
    idwords,
    in_force,
    legal,
    legal_organiser,
    legal_scope,
    legal_work,
    mistakes,
    ownpages,
    participation,
    privacy,
    privacy_initials,
    privacy_names,
    privacy_numbers,
    quality,
    reporting,
    sametitles,
    staleness,
    startnames,
    template,
)
from generator.rules.engine import Context, Finding, Rule, all_rules, run_rules

RULE_MODULES = (
    decisions, earliervalues, examplecontacts, gaps, guidelines, idwords, in_force, legal,
    legal_organiser, legal_scope, legal_work, mistakes, ownpages, participation, privacy,
    privacy_initials, privacy_names, privacy_numbers, quality, aims, accounts, reporting,
    sametitles, staleness, startnames, template,
)  # fmt: skip

__all__ = [
    "Context",
    "Finding",
    "Rule",
    "all_rules",
    "run_rules",
]
