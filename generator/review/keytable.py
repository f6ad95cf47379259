"""The huvudman's nyckeltal in `trygg granska`'s document: the portal's figures
(`keyperiods`, as `keychart` draws them) as one Markdown table, no chart.

One row per läsår: when the surveys were made and the plans' periods, the units counted
(and which of them have a plan per kalenderår), the lowest, median and highest value (a
single unit's once, under Median), and the units left out and why, so that a reader of
the filed document sees what the portal shows without the portal.
"""

from __future__ import annotations

from generator.review.keyperiods import (
    KEY_VALUES,
    PLACED,
    KeyPeriod,
    calendar_said,
    left_out_reason,
    lowest_median_highest,
    plans_said,
)
from generator.review.keyunits import unit_table
from generator.review.model import Review
from generator.review.plaintext import md_table, md_text
from generator.shares import Percent, one_precision
from generator.text import capitalised, listing

KEY_COLUMNS = ("Enkät", "Räknas", "Lägst", "Median", "Högst", "Inte med")
NBSP = "\u00a0"  # "81,7 %" on one line in a narrow column
HOW_READ = (
    "Kolumnen Räknas visar hur många av de granskade enheterna som har ett värde. Median är "
    "mittvärdet bland enheterna; lägst och högst visar spridningen."
)


def key_table(review: Review) -> list[str]:
    """The nyckeltal's heading, table and how its values are made; none when huvudman.yml
    declares no nyckeltal or no unit has a value."""
    if not review.key_periods:
        return []
    periods = review.key_periods
    shown = [lowest_median_highest(p.values) for p in periods if p.values]
    percent = one_precision(v for values in shown for v in values)
    rows = [_row(p, review.key_method, percent) for p in periods]
    return [
        "## Nyckeltal {#nyckeltal}",
        f"{md_text(review.key_indicator)}, per läsår som enkäterna gjordes: lägsta värde, "
        "median och högsta värde bland de granskade enheterna, som i portalens granskning.",
        md_table(KEY_COLUMNS, rows),
        f"{HOW_READ} {KEY_VALUES} {PLACED}",
        *unit_table(review, percent),
    ]


def _row(period: KeyPeriod, method: str, percent: Percent) -> tuple[str, ...]:
    when = f"{md_text(period.made or period.period)} (planerna för {plans_said(period, md_text)})"
    total = len(period.values) + sum(n for _key, n in period.left_out)
    counted = f"{len(period.values)} av {total}"
    calendar = calendar_said(period, lambda names: listing(map(md_text, names)))
    counted += f", varav {calendar}" if calendar else ""
    values = lowest_median_highest(period.values) if period.values else ()
    spread = [percent(v).replace(" ", NBSP) for v in values] or ["–"] * 3
    if len(period.values) == 1:  # its value once, not as lowest, median and highest
        spread = ["–", f"1 enhet: {spread[1]}", "–"]
    why = "; ".join(left_out_reason(key, n, period, method, md_text) for key, n in period.left_out)
    return (when, counted, *spread, capitalised(why) or "–")
