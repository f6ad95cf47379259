"""The registry of problem codes: every TP code, its severity, category, texts and source.

Takes in nothing; gives out `code(...)` and `problem(...)` to every stage that reports a
problem, and `all_codes()` to the rule page, SARIF and the README's code table. It knows
nothing of how problems are found.
"""

from __future__ import annotations

from generator.codes import (
    content,
    discrimination,
    form,
    legal,
    mistakes,
    pages,
    privacy,
    quality,
    reports,
    student,
    unfilled,
)
from generator.codes.code import PLAN_RULES, RULE_PAGES, Category, Code
from generator.problems import Location, Problem, Severity

_TABLES = (form, content, pages, reports, legal, discrimination, mistakes, quality, unfilled)
REGISTRY: dict[str, Code] = {
    entry.code: entry for module in (*_TABLES, privacy, student) for entry in module.CODES
}


def code(name: str) -> Code:
    """The registered code; a `KeyError` means a finder uses a code nobody registered."""
    return REGISTRY[name]


def all_codes() -> list[Code]:
    """Every code, sorted."""
    return [REGISTRY[name] for name in sorted(REGISTRY)]


def rule_anchor(name: str) -> str:
    """The id of the code `name`'s place on the portal's rule pages."""
    return name.lower()


def rule_address(name: str) -> str:
    """Where the portal explains the code `name`, from its rule index (regler/): the page
    of its category, at its place; "" (the index) for a code not registered."""
    entry = REGISTRY.get(name)
    return f"{RULE_PAGES[entry.category]}/#{rule_anchor(name)}" if entry else ""


def problem(
    name: str,
    location: Location,
    message: str,
    *,
    field: str = "",
    hint: str = "",
    severity: Severity | None = None,
) -> Problem:
    """A problem with the code's severity (or the one a regelprofil gives), its fix as the
    hint unless a more specific one is given, and its source where the category cites one."""
    entry = code(name)
    source = entry.source if entry.cited else ""
    chosen = severity or entry.severity
    fix = hint or entry.fix
    return Problem(name, chosen, location, message, field, fix, source, entry.after_errors)


def withholds(found: Problem) -> bool:
    """Whether the problem keeps its unit's site from being published by `trygg build`: an
    error that does not depend on the day (a plan that has expired is still published)."""
    entry = REGISTRY.get(found.code)
    return found.severity is Severity.ERROR and not (entry is not None and entry.dated)


__all__ = [
    "PLAN_RULES",
    "REGISTRY",
    "Category",
    "Code",
    "all_codes",
    "code",
    "problem",
    "withholds",
]
