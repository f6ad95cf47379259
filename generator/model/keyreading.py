"""A plan's nyckeltal: the huvudman's key measure read from the plan's survey, or why the
plan has none. Only released group results count, so no withheld group can be worked out
from it.
"""

from __future__ import annotations

from generator.load.dates import PlanDate
from generator.model import KeyIndicator, Plan
from generator.text import normalised

# Why a plan has no nyckeltal value: it has no survey of the key's method (a förskola's plan,
# say); the method gives no group result for the measure (only text, or other measures);
# or the disclosure step withholds every group result it gives.
NO_METHOD, NOT_GIVEN, NOT_RELEASED = "ingen-metod", "inget-delresultat", "inte-publicerat"
KEY_MISSING = (NO_METHOD, NOT_GIVEN, NOT_RELEASED)


def key_value(plan: Plan, key: KeyIndicator | None) -> float | None:
    """The nyckeltal in the plan: the mean of its released group shares for the measure,
    weighted by their answers. Only released figures count, so no withheld group can be
    worked out from it; None when the plan has none."""
    return key_reading(plan, key)[0] if key else None


def key_reading(plan: Plan, key: KeyIndicator) -> tuple[float | None, PlanDate | None, str]:
    """The plan's nyckeltal (`key_value`), when its survey was made, and why there is no
    value when there is none (one of `KEY_MISSING`, else "")."""
    methods = [m for m in plan.survey.methods if normalised(m.method) == normalised(key.method)]
    if not methods:
        return None, None, NO_METHOD
    made = min(m.date for m in methods)
    groups = [
        g
        for method in methods
        for g in method.released.groups
        if g.measure.casefold() == key.measure.casefold()
    ]
    counted = [
        (g.responses, g.percent)
        for g in groups
        if not g.withheld and g.responses and g.percent is not None
    ]
    answers = sum(n for n, _ in counted)
    if answers:
        return round(sum(n * p for n, p in counted) / answers, 1), made, ""
    return None, made, NOT_RELEASED if groups else NOT_GIVEN
