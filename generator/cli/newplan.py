"""The next period's plan as text, composed from the newest plan (`trygg ny-period`): the
sections kept, the planned dates moved (`cli.rolldates`), what has happened left to fill
in (`cli.rollover`, `cli.rollaccounts`), and its validity from the old plan's.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from generator.cli import rollaccounts, rollover
from generator.cli.firstdraft import DRAFT_STATUS
from generator.cli.rolldates import Rollover, iso_day
from generator.load.layout import period_bounds, split_plan_key
from generator.load.planfiles import period_id_problem

if TYPE_CHECKING:
    from generator.model import Period

PERIOD = re.compile(r"^[0-9]{4}(-[0-9]{2})?$")


def period_problem(period_id: str) -> str:
    """Why `period_id` names no period (2027-28, a school year, or 2027) in the years
    content may name, or "" when it names one."""
    example = "skriv en period som t.ex. 2027-28 (läsår) eller 2027 (kalenderår)"
    if not PERIOD.fullmatch(period_id):
        return example
    why = period_id_problem(period_id)
    return f"{why}; {example}" if why else ""


def plan_period(period_id: str) -> Period:
    """The period `period_id` names, as the model makes it."""
    # The model is imported only when this command runs: every command starts faster.
    from generator.model.build_plan import period  # noqa: PLC0415

    return period(period_id)


def compose(text: str, data: dict[str, Any], old_key: str, new_id: str) -> tuple[str, list[str]]:
    """The new plan's text, and notes on dates that could not keep their day or week.
    `old_key` names the plan it starts from: a period, or a later version of one."""
    old_id = split_plan_key(old_key)[0]
    old, new = plan_period(old_id), plan_period(new_id)
    years = Rollover(int(new_id[:4]) - int(old_id[:4]))
    first, last = _validity(data, years, old.kind == new.kind, new_id)
    roll = Rollover(years.years, (first, last), years.notes)
    head, parts = rollover.sections(text)
    schema = next((line for line in head.splitlines() if "$schema" in line), "")
    out = [f"{schema}\n" if schema else ""]
    out.append(
        f"# Utkast till trygghetsplanen för {new.label}, gjort med trygg ny-period av\n"
        f"# planen för {old.label} ({old_key}.yml). trygg check visar det som är kvar att\n"
        "# skriva in. Texterna som kopierats från förra planen kan behöva ses över.\n\n"
        + DRAFT_STATUS
    )
    for key, body in parts:
        if key in rollover.DROPPED or key in ("beslut", "analys", "utvärdering"):
            continue
        out.append(_section(key, body, data, roll, old.label))
    if old.kind != new.kind:
        roll.notes.append(
            f"{new.label} är en annan sorts period än {old.label}: de planerade tiderna är "
            "flyttade ett år och kan hamna utanför perioden; se över dem"
        )
    return "".join(out), roll.notes


def _section(key: str, body: str, data: dict[str, Any], roll: Rollover, label: str) -> str:
    """One top-level section of the new plan, from the old plan's."""
    if key == "giltighet":
        first, last = roll.within or (None, None)
        return f"giltighet: {{från: {first}, till: {last}}}  # Se över: när planen ska gälla\n\n"
    if key == "kartläggning":
        return rollaccounts.evaluation(data, label) + rollaccounts.survey(data, roll)
    if key == "samverkan":
        return rollaccounts.collaboration(body, data, roll)
    if key == "mål":
        return rollover.paused_measurements(rollover.without_baselines(roll.dates_in(body)))
    if key in rollover.AHEAD:
        moved = roll.periods_in(body)
        reviewed = rollover.review_measures(moved) if key == "åtgärder" else moved
        return rollover.reviewed(key, reviewed)
    return roll.dates_in(body) if key in rollover.SHIFTED else body


def body_data(data: dict[str, Any], key: str) -> dict[str, Any]:
    found = data.get(key)
    return found if isinstance(found, dict) else {}


def _validity(
    data: dict[str, Any], roll: Rollover, same_kind: bool, new_id: str
) -> tuple[dt.date, dt.date]:
    """The new plan's first and last day. Of the same kind: from the day after the old
    plan ends (a skipped period's plan would have ended a year later each), to its end
    moved whole years, so no day is left without a plan even when the old plan started
    late (from its decision, TP124). Of another kind: all of the new period."""
    validity = body_data(data, "giltighet")
    if same_kind and "till" in validity:
        skipped = Rollover(roll.years - 1)  # its notes are the last day's, told once below
        start = skipped.year_on(validity["till"]) + dt.timedelta(days=1)
        return start, roll.year_on(validity["till"])
    start, end = period_bounds(new_id)  # all of it, from the day after the old plan ends
    if "till" in validity:
        start = max(start, iso_day(validity["till"]) + dt.timedelta(days=1))
    return start, end
