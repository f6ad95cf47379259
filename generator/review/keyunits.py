"""Every counted unit's value of the huvudman's nyckeltal, läsår by läsår, as one table in
the portal (folded when long) and in `trygg granska`'s document: the lowest, median and
highest (`keychart`, `keytable`) say the spread, this names every unit in it. Sorted by
the latest läsår's value, lowest first (a unit without one last), as a handläggare looks
for the units to follow up."""

from __future__ import annotations

from html import escape

from generator.review.keyperiods import KeyPeriod
from generator.review.model import Review
from generator.review.plaintext import md_table, md_text
from generator.review.scrollbox import scrolling
from generator.review.units import th_col, unit_href
from generator.shares import Percent
from generator.text import swedish_order

TITLE = "Värde per enhet"
FOLDED = 10  # more units than this: the portal's table is folded under its summary
NBSP = "\u00a0"


def _rows(periods: list[KeyPeriod], percent: Percent) -> list[tuple[str, str, list[str]]]:
    """(unit id, name, its value per läsår or "–"), by the latest läsår's value, then by
    name: each unit by its id, as units may share a name."""
    values: dict[str, dict[int, float]] = {}
    names: dict[str, str] = {}
    for index, period in enumerate(periods):
        for unit, name, value in period.units:
            values.setdefault(unit, {})[index] = value
            names[unit] = name
    last = len(periods) - 1

    def order(unit: str) -> tuple[bool, float, str, str]:
        latest = values[unit].get(last)
        return latest is None, latest or 0.0, swedish_order(names[unit]), swedish_order(unit)

    return [
        (unit, names[unit], [percent(v).replace(" ", NBSP) if (v := values[unit].get(i))
                             is not None else "–" for i in range(len(periods))])
        for unit in sorted(values, key=order)
    ]  # fmt: skip


def _periods(review: Review) -> list[KeyPeriod]:
    return [p for p in review.key_periods if p.units]


def _heads(periods: list[KeyPeriod]) -> list[str]:
    return [p.made or p.period for p in periods]


def unit_values(review: Review, percent: Percent) -> str:
    """The portal's table, under a heading-like summary; "" when no unit has a value."""
    periods = _periods(review)
    if not periods:
        return ""
    rows = _rows(periods, percent)
    body = "".join(
        f'<tr><th scope="row"><a href="{unit_href(unit)}">{escape(name)}</a></th>'
        f"{''.join(f'<td>{v}</td>' for v in shown)}</tr>"
        for unit, name, shown in rows
    )
    caption = f"{escape(review.key_indicator)} per enhet och läsår, lägst först"
    head = th_col("Enhet", *(escape(h) for h in _heads(periods)))
    table = (
        f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )
    boxed = scrolling(table, f"{TITLE}: {review.key_indicator}", "nyckeltal-per-enhet")
    said = f"{TITLE} ({len(rows)} enheter, lägst först)"
    if len(rows) > FOLDED:
        return f"<details><summary>{escape(said)}</summary>{boxed}</details>"
    return f"<p>{escape(said)}:</p>{boxed}"


def unit_table(review: Review, percent: Percent) -> list[str]:
    """The document's table, after a line that says what it is; none without values."""
    periods = _periods(review)
    if not periods:
        return []
    rows = [(md_text(name), *shown) for _unit, name, shown in _rows(periods, percent)]
    return [
        f"{TITLE}, lägst först (efter det senaste läsåret):",
        md_table(("Enhet", *(md_text(h) for h in _heads(periods))), rows),
    ]
