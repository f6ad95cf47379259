"""The huvudman's nyckeltal across the units, läsår by läsår: who is counted, who is not
and why, when the surveys were made and for which plans, and which units are lowest and
highest. A plan is counted in the läsår its survey was made in (`keyyears`), whether it
runs by läsår or by kalenderår.

A unit's value is its result for all who answered, published only where the disclosure
step publishes the unit's total (`model.keyreading`), so naming the unit with the lowest
or the highest value names a unit, never a pupil.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.model.summary import KEY_MISSING, NO_METHOD, NOT_GIVEN, PlanFacts, SchoolSummary
from generator.review.keyyears import is_calendar_year, period_start, placed, school_year_said
from generator.text import listing, swedish_order

# How a plan is placed (`keyyears`), in the portal's and the document's words alike.
PLACED = (
    "Varje enhet räknas till det läsår då enkäten gjordes (ett läsår räknas från 1 juli "
    "till 30 juni), också en enhet vars plan gäller ett kalenderår."
)
# How a unit's value is made (`model.summary.key_reading`), in the portal's and the
# document's words alike: a reader comparing it with the school's own figure needs to know
# why the two can differ.
KEY_VALUES = (
    "Varje enhets värde är resultatet för alla som svarade: planens rad för hela skolan när "
    "den har en, annars medelvärdet av alla delresultat, vägt efter antalet svar. "
    "Delresultat som inte visas, för att ingen elev ska kunna pekas ut, räknas med men syns "
    "inte. En enhet vars totala antal svar inte heller får visas räknas inte."
)
NO_PLAN = "ingen-plan"  # the unit has no plan for the period
PRESCHOOL = "förskola"


@dataclass(frozen=True)
class KeyPeriod:
    """The nyckeltal of every unit with a value in one läsår, lowest first (none, in a
    läsår in which no unit has one)."""

    period: str  # the läsår the surveys were made in: "läsåret 2025/26"
    values: tuple[float, ...]
    # when the surveys were made: "november 2025", "oktober 2025 – mars 2026"; of the
    # counted units', or where none is counted, of all that have a date
    made: str = ""
    lowest: tuple[str, ...] = ()  # the units with the lowest value, by name
    highest: tuple[str, ...] = ()
    # the units not counted, by why (NO_PLAN or one of KEY_MISSING), in that order
    left_out: tuple[tuple[str, int], ...] = ()
    preschools: int = 0  # of those whose plan has no survey of the method: förskolor only
    plans: tuple[str, ...] = ()  # the periods of the plans counted in it, by first day
    # beside plans for a läsår: the counted units whose plan runs by kalenderår, by name,
    # each year's apart: (("år 2026", ("Lövängens skola",)),)
    calendar: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # every counted unit, as (id, name, value), lowest first (then by name): by its id,
    # as units may share a name
    units: tuple[tuple[str, str, float], ...] = ()


def key_periods(summaries: Iterable[SchoolSummary]) -> tuple[KeyPeriod, ...]:
    """Each läsår, oldest first, from the first in which a unit has a value: every unit's
    plan whose survey was made in it (`keyyears`). A later läsår in which no unit has a
    value is kept (no values, and why in `left_out`), so that the overview shows the gap."""
    units = list(summaries)
    plans = placed(units)
    found = [_period(year, units, plans[year]) for year in sorted(plans)]
    first = next((i for i, p in enumerate(found) if p.values), len(found))
    return tuple(found[first:])


def _period(year: int, units: list[SchoolSummary], plans: dict[str, PlanFacts]) -> KeyPeriod:
    names = {u.id: u.name for u in units}
    valued = sorted(
        ((p.key_value, names[i], i) for i, p in plans.items() if p.key_value is not None),
        key=lambda found: (found[0], swedish_order(found[1]), swedish_order(found[2])),
    )
    why = Counter(p.key_missing for p in plans.values() if p.key_value is None)
    why[NO_PLAN] = len(units) - len(plans)
    no_survey = {i for i, p in plans.items() if p.key_value is None and p.key_missing == NO_METHOD}
    values = tuple(v for v, _, _ in valued)
    counted = [p for p in plans.values() if p.key_value is not None]
    return KeyPeriod(
        school_year_said(year),
        values,
        _made(counted or list(plans.values())),
        tuple(n for v, n, _ in valued if values and v == values[0]),
        tuple(n for v, n, _ in valued if values and v == values[-1]),
        tuple((k, why[k]) for k in (NO_PLAN, *KEY_MISSING) if why[k]),
        sum(1 for u in units if u.id in no_survey and u.school_forms == (PRESCHOOL,)),
        _periods(plans.values()),
        _calendar(plans, names),
        tuple((i, n, v) for v, n, i in valued),
    )


def _periods(plans: Iterable[PlanFacts]) -> tuple[str, ...]:
    """The plans' periods, each once, by their first day."""
    starts = {p.period: period_start(p) for p in plans}
    return tuple(sorted(starts, key=lambda period: (starts[period], period)))


def _calendar(
    plans: dict[str, PlanFacts], names: dict[str, str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The counted units whose plan runs by kalenderår, where some plan runs by läsår."""
    counted = {i: p for i, p in plans.items() if p.key_value is not None}
    if all(is_calendar_year(p) for p in plans.values()):
        return ()
    years: dict[str, list[str]] = {}
    for unit, plan in counted.items():
        if is_calendar_year(plan):
            years.setdefault(plan.period, []).append(names[unit])
    return tuple(
        (period, tuple(sorted(years[period], key=swedish_order)))
        for period in _periods(p for p in counted.values() if p.period in years)
    )


def _made(plans: list[PlanFacts]) -> str:
    """When the plans' surveys were made: one month, or the first and the last."""
    dates = sorted(p.key_survey for p in plans if p.key_survey is not None)
    if not dates:
        return ""
    if dates[0].month_in_words == dates[-1].month_in_words:
        return dates[0].month_in_words
    first, last = dates[0].month_in_a_range, dates[-1].month_in_a_range
    return first if first == last else f"{first} – {last}"


def plans_said(period: KeyPeriod, quoted: Callable[[str], str], last: str = "och") -> str:
    """The periods of the läsår's plans: "läsåret 2025/26 och år 2026"."""
    return listing((quoted(p) for p in period.plans), last)


def calendar_said(period: KeyPeriod, names: Callable[[tuple[str, ...]], str]) -> str:
    """Which counted units' figures come from a plan per kalenderår, "" when none or all
    do: "Lövängens skola med plan för år 2026"."""
    return listing(f"{names(units)} med plan för {year}" for year, units in period.calendar)


def left_out_reason(
    key: str, count: int, period: KeyPeriod, method: str, quoted: Callable[[str], str]
) -> str:
    """Why `count` units are not counted in `period`, in the portal's and the document's
    words alike; `quoted` makes the plan's words safe where they stand (HTML, Markdown)."""
    units = f"{count} enhet" if count == 1 else f"{count} enheter"
    if key == NO_PLAN:  # a plan in force may be one whose survey was made a läsår before
        return f"{units} utan en plan med en enkät från {period.period}"
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
