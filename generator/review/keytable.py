"""The huvudman's nyckeltal in `trygg granska`'s document: the portal's figures
(`keyperiods`, as `keychart` draws them) as one Markdown table, no chart.

One row per period: when the surveys were made and the plans' period, the units counted,
the lowest, median and highest value, and the units left out and why, so that a reader
of the filed document sees what the portal shows without the portal.
"""

from __future__ import annotations

import statistics

from generator.model.summary import NO_METHOD, NOT_GIVEN
from generator.review.groups import plural
from generator.review.keyperiods import NO_PLAN, KeyPeriod
from generator.review.model import Review
from generator.review.plaintext import md_table, md_text
from generator.shares import Percent, one_precision
from generator.text import capitalised

KEY_COLUMNS = ("Enkät", "Räknas", "Lägst", "Median", "Högst", "Inte med")
NBSP = "\u00a0"  # "81,7 %" on one line in a narrow column
KEY_VALUES = (
    "Räknas är de enheter som har ett värde av alla som granskades. Varje enhets värde är "
    "medelvärdet av de delresultat som planen publicerar, vägt efter antalet svar. Median "
    "är mittvärdet bland enheterna; lägst och högst visar spridningen."
)


def key_table(review: Review) -> list[str]:
    """The nyckeltal's heading, table and how its values are made; none when huvudman.yml
    declares no nyckeltal or no unit has a value."""
    if not review.key_periods:
        return []
    periods = review.key_periods
    percent = one_precision(v for p in periods for v in _spread(p.values))
    rows = [_row(p, review.key_method, percent) for p in periods]
    return [
        "## Nyckeltal {#nyckeltal}",
        f"{md_text(review.key_indicator)}, per enkät: lägsta värde, median och högsta "
        "värde bland de granskade enheterna, som i portalens granskning.",
        md_table(KEY_COLUMNS, rows),
        KEY_VALUES,
    ]


def _row(period: KeyPeriod, method: str, percent: Percent) -> tuple[str, ...]:
    when = md_text(period.made or period.period)
    if period.made:
        when += f" (planerna för {md_text(period.period)})"
    total = len(period.values) + sum(n for _key, n in period.left_out)
    counted = f"{len(period.values)} av {total}"
    spread = [percent(v).replace(" ", NBSP) for v in _spread(period.values)] or ["–"] * 3
    why = "; ".join(_why(key, n, period, method) for key, n in period.left_out)
    return (when, counted, *spread, capitalised(why) or "–")


def _why(key: str, count: int, period: KeyPeriod, method: str) -> str:
    units = plural(count, "enhet", "enheter")
    if key == NO_PLAN:
        return f"{units} utan plan för {md_text(period.period)}"
    if key == NO_METHOD:
        they = "alla" if period.preschools == count else f"{period.preschools} av dem"
        preschools = f" ({they} förskolor)" if period.preschools else ""
        return f"{units} vars plan inte har metoden {md_text(method)}{preschools}"
    if key == NOT_GIVEN:
        return f"{units} vars metod {md_text(method)} inte har delresultat för måttet"
    return f"{units} vars delresultat inte får visas, för att ingen elev ska kunna pekas ut"


def _spread(values: tuple[float, ...]) -> tuple[float, ...]:
    return (values[0], statistics.median(values), values[-1]) if values else ()
