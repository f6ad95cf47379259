"""The huvudman's nyckeltal across the units, period by period: who is counted, who is not
and why, when the survey was made, and which units are lowest and highest.

A unit's value is its result for all who answered, published only where the disclosure
step publishes the unit's total (`model.keyreading`), so naming the unit with the lowest
or the highest value names a unit, never a pupil.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.model.summary import KEY_MISSING, NO_METHOD, NOT_GIVEN, PlanFacts, SchoolSummary

NO_PLAN = "ingen-plan"  # the unit has no plan for the period
PRESCHOOL = "förskola"


@dataclass(frozen=True)
class KeyPeriod:
    """The nyckeltal of every unit with a value in one period, lowest first (none, in a
    period in which no unit has one)."""

    period: str  # "läsåret 2025/26"
    values: tuple[float, ...]
    made: str = ""  # when the units' surveys were made: "november 2025", "oktober – november 2025"
    lowest: tuple[str, ...] = ()  # the units with the lowest value, by name
    highest: tuple[str, ...] = ()
    # the units not counted, by why (NO_PLAN or one of KEY_MISSING), in that order
    left_out: tuple[tuple[str, int], ...] = ()
    preschools: int = 0  # of those whose plan has no survey of the method: förskolor only


def key_periods(summaries: Iterable[SchoolSummary]) -> tuple[KeyPeriod, ...]:
    """Each period by its first day, from the first in which a unit has a value: every
    unit's newest plan for it. A later period in which no unit has a value is kept (no
    values, and why in `left_out`), so that the overview shows the gap."""
    units = list(summaries)
    plans: dict[str, dict[str, PlanFacts]] = {}  # period -> unit id -> its newest plan
    starts: dict[str, dt.date] = {}
    for unit in units:
        for plan in unit.plans:  # oldest first: a plan decided anew replaces the first
            plans.setdefault(plan.period, {})[unit.id] = plan
            starts.setdefault(plan.period, plan.valid_from)
    ordered = sorted(plans, key=lambda period: (starts[period], period))
    found = [_period(period, units, plans[period]) for period in ordered]
    first = next((i for i, p in enumerate(found) if p.values), len(found))
    return tuple(found[first:])


def _period(period: str, units: list[SchoolSummary], plans: dict[str, PlanFacts]) -> KeyPeriod:
    names = {u.id: u.name for u in units}
    valued = sorted((p.key_value, names[i]) for i, p in plans.items() if p.key_value is not None)
    why = Counter(p.key_missing for p in plans.values() if p.key_value is None)
    why[NO_PLAN] = len(units) - len(plans)
    no_survey = {i for i, p in plans.items() if p.key_value is None and p.key_missing == NO_METHOD}
    values = tuple(v for v, _ in valued)
    return KeyPeriod(
        period,
        values,
        _made([p for p in plans.values() if p.key_value is not None]),
        tuple(n for v, n in valued if values and v == values[0]),
        tuple(n for v, n in valued if values and v == values[-1]),
        tuple((k, why[k]) for k in (NO_PLAN, *KEY_MISSING) if why[k]),
        sum(1 for u in units if u.id in no_survey and u.school_forms == (PRESCHOOL,)),
    )


def _made(counted: list[PlanFacts]) -> str:
    """When the counted units' surveys were made: one month, or the first and the last."""
    dates = sorted(p.key_survey for p in counted if p.key_survey is not None)
    if not dates:
        return ""
    first, last = dates[0].month_in_words, dates[-1].month_in_words
    return first if first == last else f"{first} – {last}"


def left_out_reason(
    key: str, count: int, period: KeyPeriod, method: str, quoted: Callable[[str], str]
) -> str:
    """Why `count` units are not counted in `period`, in the portal's and the document's
    words alike; `quoted` makes the plan's words safe where they stand (HTML, Markdown)."""
    units = f"{count} enhet" if count == 1 else f"{count} enheter"
    if key == NO_PLAN:
        return f"{units} utan plan för {quoted(period.period)}"
    if key == NO_METHOD:
        they = "alla" if period.preschools == count else f"{period.preschools} av dem"
        preschools = f" ({they} förskolor)" if period.preschools else ""
        return f"{units} vars plan inte har metoden {quoted(method)}{preschools}"
    if key == NOT_GIVEN:
        return f"{units} vars metod {quoted(method)} inte har delresultat för måttet"
    # NOT_RELEASED, the last of `summary.KEY_MISSING`
    return (
        f"{units} vars resultat för alla som svarade inte får visas, "
        "för att ingen elev ska kunna pekas ut"
    )


def lowest_median_highest(values: tuple[float, ...]) -> tuple[float, float, float]:
    """Lowest, median and highest of `values`, which are lowest first and not none."""
    return values[0], statistics.median(values), values[-1]
