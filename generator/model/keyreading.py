"""A plan's nyckeltal: the huvudman's key measure read from the plan's survey, or why the
plan has none.

It is the unit's result for all who answered, not for the groups the plan shows: a group
withheld only to protect a small one (`model.disclosure`, step 3) would otherwise drop
out and move the figure. So it is the plan's own "whole school" row where one is
published, else the mean of all its groups, withheld ones too, weighted by their
answers. That share is over the withheld groups together with the shown ones, and the
disclosure step publishes the total beside withheld groups only when they add up to at
least the threshold (step 5): the figure can give away no more than a group that large.
Where the total is withheld with them, the unit has no value, and says why.
"""

from __future__ import annotations

from generator.load.dates import PlanDate
from generator.model import KeyIndicator, Plan
from generator.model.suppression import is_whole
from generator.model.survey import SurveyMethod
from generator.text import normalised

# Why a plan has no nyckeltal value: it has no survey of the key's method (a förskola's plan,
# say); the method gives no group result for the measure (only text, or other measures);
# or the disclosure step withholds the unit's total with groups of the measure, so that
# not even the figure for all who answered may be shown.
NO_METHOD, NOT_GIVEN, NOT_RELEASED = "ingen-metod", "inget-delresultat", "inte-publicerat"
KEY_MISSING = (NO_METHOD, NOT_GIVEN, NOT_RELEASED)

Reading = tuple[int, float]  # (answers, per cent)


def key_value(plan: Plan, key: KeyIndicator | None) -> float | None:
    """The nyckeltal in the plan (`key_reading`); None when the plan has none."""
    return key_reading(plan, key)[0] if key else None


def key_reading(plan: Plan, key: KeyIndicator) -> tuple[float | None, PlanDate | None, str]:
    """The plan's nyckeltal, when its survey was made, and why there is no value when
    there is none (one of `KEY_MISSING`, else "")."""
    methods = [m for m in plan.survey.methods if normalised(m.method) == normalised(key.method)]
    if not methods:
        return None, None, NO_METHOD
    made = min(m.date for m in methods)
    readings = [_whole(m, key.measure) for m in methods]
    if all(r == () for r in readings):
        return None, made, NOT_GIVEN
    if any(r is None for r in readings):
        return None, made, NOT_RELEASED
    counted = [r for r in readings if r]
    answers = sum(n for n, _ in counted)
    if not answers:
        return None, made, NOT_GIVEN
    return round(sum(n * p for n, p in counted) / answers, 1), made, ""


def _whole(method: SurveyMethod, measure: str) -> Reading | tuple[()] | None:
    """The method's result for all who answered the measure: () when it gives none,
    None when it may not be shown (its total is withheld beside withheld groups)."""
    cells = [
        (raw, shown)
        for raw, shown in zip(method.group_results, method.released.groups, strict=True)
        if raw.measure.casefold() == measure.casefold()
    ]
    own = [shown for _, shown in cells if is_whole(shown.group) and not shown.withheld]
    if own and own[0].responses and own[0].percent is not None:
        return own[0].responses, own[0].percent  # the plan's own total
    parts = [raw for raw, _ in cells if not is_whole(raw.group) and raw.responses]
    if not parts:
        return ()
    if method.released.total_withheld and any(shown.withheld for _, shown in cells):
        return None
    answers = sum(r.responses for r in parts)
    return answers, sum(r.responses * r.percent for r in parts) / answers
