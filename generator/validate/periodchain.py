"""Checks between a school's plans in period order: each plan's evaluation names the
measures of the plan before it, periods do not overlap, and föregående_period (the light
account of the period before trygg) is used only by the first plan.

SL 6:8 links consecutive plans. Each check reads only the sections without schema errors.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from generator.load.document import Document
from generator.load.layout import period_bounds, split_plan_key
from generator.load.planfiles import period_id_problem
from generator.load.sources import SchoolSources
from generator.problems import Problem
from generator.validate.identity import evaluated_id, plan_refs
from generator.validate.located import Path_
from generator.validate.located import problem_at as _problem
from generator.validate.measurements import continued_method_problems
from generator.validate.planchecks import Failed
from generator.validate.versions import periods, version_problems


def _outcome_problems(
    current: Document, earlier_ids: set[str], where: str, failed: Failed
) -> Iterator[Problem]:
    """SL 6:8: outcomes must name last period's åtgärder, as listed in `where`, or a
    measure of this plan that continues one of them (`fortsätter`)."""
    outcomes = current.data.get("utvärdering", {}).get("åtgärder", [])
    measures = [] if "åtgärder" in failed else plan_refs(current.data, failed)
    for index, outcome in enumerate(outcomes):
        if not evaluated_id(outcome["id"], measures, earlier_ids):
            hint = f"använd id:n från {where}: " + ", ".join(sorted(earlier_ids))
            message = f"åtgärden '{outcome['id']}' finns inte i förra periodens plan"
            path: Path_ = ("utvärdering", "åtgärder", index, "id")
            yield _problem(current, path, "TP031", message, hint)


def _consecutive_problems(
    previous: Document, current: Document, failed: tuple[Failed, Failed]
) -> Iterator[Problem]:
    """SL 6:8 links consecutive plans: outcomes must name last period's åtgärder."""
    if "åtgärder" not in failed[0] and "utvärdering" not in failed[1]:
        earlier_ids = {m["id"] for m in previous.data["åtgärder"]}
        yield from _outcome_problems(current, earlier_ids, previous.display, failed[1])
    if "kartläggning" not in failed[0] | failed[1]:
        yield from continued_method_problems(previous, current)
    if "giltighet" in failed[0] | failed[1]:
        return
    if previous.data["giltighet"]["till"] >= current.data["giltighet"]["från"]:
        hint = (
            f"låt planen börja efter att förra planen slutar ({previous.data['giltighet']['till']})"
        )
        message = f"giltigheten överlappar förra periodens plan ({previous.display})"
        yield _problem(current, ("giltighet", "från"), "TP032", message, hint)


def _earlier_period_problems(period_id: str, document: Document) -> Iterator[Problem]:
    """TP037: the light account's period is a period, and one that starts before this one
    (a school that moves from läsår to kalenderår has periods that overlap)."""
    earlier = document.data["föregående_period"]["period"]
    why = period_id_problem(earlier)
    if not why and period_bounds(earlier)[0] >= period_bounds(period_id)[0]:
        why = f"perioden {earlier} börjar inte före planens period {period_id}"
    if why:
        hint = "skriv förra planens period, till exempel 2025-26 för en plan för 2026-27"
        path: Path_ = ("föregående_period", "period")
        yield _problem(document, path, "TP037", why, hint)


def _holds(document: Document, key: str) -> bool:
    """Whether the file's data is a mapping with `key` (a plan file may hold only a number,
    which the schema reports)."""
    return isinstance(document.data, dict) and key in document.data


def light_account_problems(school: SchoolSources, failed: dict[str, Failed]) -> Iterator[Problem]:
    """föregående_period: the first plan's evaluation names its measures (later plans are
    checked against the plan before them), and its period comes before the plan's own.
    The versions of the first period (`validate.versions`) are each a first plan."""
    groups = periods(school.plans)
    for first in groups[0] if groups else []:
        light = _holds(first, "föregående_period") and first.display in failed
        if light and failed[first.display].isdisjoint({"föregående_period", "utvärdering"}):
            earlier_ids = {m["id"] for m in first.data["föregående_period"]["åtgärder"]}
            yield from _outcome_problems(
                first, earlier_ids, "föregående_period", failed[first.display]
            )
    yield from _unused_light_account_problems(groups, failed)
    for key, document in school.plans:
        usable = document.display in failed and _holds(document, "föregående_period")
        if usable and "föregående_period" not in failed[document.display]:
            yield from _earlier_period_problems(split_plan_key(key)[0], document)


def _unused_light_account_problems(
    groups: list[list[Document]], failed: dict[str, Failed]
) -> Iterator[Problem]:
    """TP037 on a later plan's föregående_period: the plan before it is in trygg."""
    for previous_period, versions in itertools.pairwise(groups):
        previous = previous_period[-1]
        for later in versions:
            if later.display in failed and _holds(later, "föregående_period"):
                message = f"föregående_period används inte: förra planen ({previous.display}) finns"
                hint = "ta bort föregående_period; utvärderingen redovisar förra planens åtgärder"
                yield _problem(later, ("föregående_period",), "TP037", message, hint)


def period_pair_problems(
    groups: list[list[Document]], failed: dict[str, Failed]
) -> Iterator[Problem]:
    """The versions of a period in order (TP058), and each against the last version of the
    period before: a period decided anew is still one period after the one before."""
    for versions in groups:
        for earlier, later in itertools.pairwise(versions):
            if {earlier.display, later.display} <= failed.keys():
                yield from version_problems(
                    earlier, later, (failed[earlier.display], failed[later.display])
                )
    for previous_period, versions in itertools.pairwise(groups):
        previous = previous_period[-1]
        for current in versions:
            if {previous.display, current.display} <= failed.keys():
                pair = (failed[previous.display], failed[current.display])
                yield from _consecutive_problems(previous, current, pair)
