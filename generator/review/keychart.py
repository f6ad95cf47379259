"""The huvudman's nyckeltal across the units, läsår by läsår: the median and the spread
from lowest to highest as a dot on a band (`diagrams.spread`) and a table, and under them
who is counted, who is not and why, and which units are lowest and highest (`keyperiods`).

A läsår's row holds the surveys made in it (`keyyears`), plans per läsår and per
kalenderår alike, and is named by when they were made ("november 2025"), as the schools'
own trend charts name it, with the plans' periods beside it: a plan's survey is made
before the period it is for, so "läsåret 2026/27" would date the answers a year late.
The units whose figures come from a plan per kalenderår are named in the row. A läsår
with one unit shows its value once ("1 enhet: 86 %"), not as its lowest, median and
highest.
"""

from __future__ import annotations

from html import escape

from generator.diagrams.spread import Spread
from generator.review.charts import chart_figure, chart_table, spread_boxes, unread_note
from generator.review.groups import plural
from generator.review.keyperiods import (
    KEY_VALUES,
    PLACED,
    KeyPeriod,
    calendar_said,
    left_out_reason,
    lowest_median_highest,
    plans_said,
)
from generator.review.keyunits import unit_values
from generator.review.model import Review
from generator.review.units import th_col
from generator.shares import Percent, one_precision
from generator.text import listing

NBSP = "\u00a0"
NO_VALUE = "Ingen enhet har ett värde"  # a period's, where its bars and figures would be


def key_chart(review: Review) -> str:
    """The nyckeltal per period; "" when huvudman.yml declares none or no unit has a value.
    A period in which no unit has a value says so, and why, where its bars would be."""
    if not review.key_periods:
        return ""
    title = review.key_indicator
    table_id = "diagram-nyckeltal-tabell"
    # one precision in the whole chart, its table and the lines under it
    shown = [lowest_median_highest(p.values) for p in review.key_periods if p.values]
    percent = one_precision(v for values in shown for v in values)
    rows_drawn = tuple(_drawn(p, percent) for p in review.key_periods)
    svg = spread_boxes(rows_drawn, "diagram-nyckeltal", title, table_id)
    rows = "".join(_row(p, review.key_method, percent) for p in review.key_periods)
    # four columns, the count under the survey's name: the table fits a 320 px screen
    head = th_col("Enkät", "Lägst", "Median", "Högst")
    caption = (
        f"{title}: lägsta, median och högsta värde bland enheterna per läsår som "
        "enkäterna gjordes, med planernas perioder och hur många enheter som räknas"
    )
    figure = chart_figure(svg, chart_table(table_id, caption, head, rows), title, shown=True)
    counted = "".join(
        f"<li>{_counted(p, review.key_method, percent)}</li>" for p in review.key_periods
    )
    return (
        f"{figure}<p>Vilka enheter som räknas, enkät för enkät:</p><ul>{counted}</ul>"
        + f"<p>{KEY_VALUES}</p>"
        + unit_values(review, percent)
        + f"<p>{PLACED}</p>"
        + unread_note(review.not_reviewed, ("den är inte med", "de är inte med"))
    )


def _when(period: KeyPeriod) -> str:
    return period.made or period.period


def _units(period: KeyPeriod) -> str:
    return plural(len(period.values), "enhet", "enheter")


def _drawn(period: KeyPeriod, percent: Percent) -> Spread:
    """A period's row in the chart: a dot on the median, a band from lowest to highest."""
    title = f"{_when(period)} ({_units(period)})"
    if not period.values:
        return Spread(title, None, note=f"{NO_VALUE} (varför står i tabellen)")
    spread = lowest_median_highest(period.values)
    return Spread(title, spread, (percent(spread[0]), percent(spread[1]), percent(spread[2])))


def _row(period: KeyPeriod, method: str, percent: Percent) -> str:
    """A läsår's row: its surveys, the plans' periods and the units counted under it, then
    the lowest, median and highest value (one unit's once), or that no unit has one and
    why."""
    plans = f"planerna för {plans_said(period, escape)}, {_units(period)}{_varav(period)}"
    head = f'<th scope="row">{escape(_when(period))}<br>({plans})</th>'
    if not period.values:
        why = "; ".join(
            left_out_reason(key, n, period, method, escape) for key, n in period.left_out
        )
        return f'<tr>{head}<td colspan="3">{NO_VALUE}{f": {why}" if why else ""}.</td></tr>'
    if len(period.values) == 1:
        return f'<tr>{head}<td colspan="3">1 enhet: {_nowrap(percent(period.values[0]))}</td></tr>'
    values = lowest_median_highest(period.values)
    cells = "".join(f"<td>{_nowrap(percent(v))}</td>" for v in values)
    return f"<tr>{head}{cells}</tr>"


def _varav(period: KeyPeriod) -> str:
    """ ", varav Lövängens skola med plan för år 2026": whose figures come from a plan per
    kalenderår, after the count of the units."""
    calendar = calendar_said(period, _names)
    return f", varav {calendar}" if calendar else ""


def _nowrap(share: str) -> str:
    """ "81,7 %" on one line in a narrow column."""
    return share.replace(" ", NBSP)


def _counted(period: KeyPeriod, method: str, percent: Percent) -> str:
    """A period's units: how many are counted, the lowest and highest, and who is not."""
    head = f"<strong>{escape(_when(period))}</strong>, planerna för {plans_said(period, escape)}"
    total = len(period.values) + sum(n for _key, n in period.left_out)
    parts = [f"{head}: {len(period.values)} av {total} enheter räknas{_varav(period)}."]
    if period.values:
        low, high = period.values[0], period.values[-1]
        if len(period.values) == 1:
            parts.append(f"{_names(period.lowest)}: {percent(low)}.")
        elif percent(low) == percent(high):  # as written (names may be alike, values not)
            parts.append(f"Lägst och högst {percent(low)}: {_names(period.lowest)}.")
        else:
            parts.append(f"Lägst {percent(low)}: {_names(period.lowest)}.")
            parts.append(f"Högst {percent(high)}: {_names(period.highest)}.")
    else:
        parts.append(f"{NO_VALUE}.")
    why = [left_out_reason(key, n, period, method, escape) for key, n in period.left_out]
    if why:
        parts.append(f"Inte med: {'; '.join(why)}.")
    return " ".join(parts)


def _names(names: tuple[str, ...]) -> str:
    """Every unit of a lowest or highest value, however many share it."""
    return listing(escape(n) for n in names)
