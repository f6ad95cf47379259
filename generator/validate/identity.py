"""Measure identity across periods: which of last period's åtgärder a measure continues.

An id names one åtgärd across a school's periods. A measure continues last period's
measure with its id when the two mean the same (`same_measure`), or the one it names in
`fortsätter`, also under a new id. TP059 warns when an id is used again for another
measure; TP031 is an error when `fortsätter` names a measure that last period lacks.
The granskning (`model.summary`) pairs the measures with `predecessor` too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from generator import codes
from generator.load.document import Document
from generator.load.layout import split_plan_key
from generator.load.sources import SchoolSources
from generator.problems import Location, Problem
from generator.text import normalised
from generator.validate.fields import format_field
from generator.validate.messages import FILL_IN
from generator.vocabulary.wordoverlap import content_words, word_overlap

SAME = 0.5  # the share of content words two titles (or goals) share when they mean the same
Failed = frozenset[str]


@dataclass(frozen=True)
class MeasureRef:
    """One åtgärd as its identity is judged: from a plan, or from `föregående_period`."""

    id: str
    title: str
    aim: str = ""  # the text of its goal (mål), or its önskad effekt
    description: str = ""
    continues: str = ""  # `fortsätter`: the id of the measure of last period it continues
    aim_read: bool = True  # False when its plan's goals have errors: `aim` tells nothing


def same_measure(earlier: MeasureRef, later: MeasureRef) -> bool:
    """Whether `later` is `earlier` carried on, by the meaning of the words: the titles
    share most of their content words (and the goals are not wholly different), or share
    some while the goal, or the description, says the same as before."""
    titles = title_overlap(earlier.title, later.title)
    aims = word_overlap(earlier.aim, later.aim) if earlier.aim and later.aim else None
    if titles >= SAME:
        return titles == 1 or aims != 0
    told = word_overlap(earlier.title, later.description)  # "Rastvärdarna fortsätter, …"
    return titles > 0 and max(aims or 0.0, told) >= SAME


def title_overlap(one: str, other: str) -> float:
    """How much two titles share, 0–1: 1 when they are the same words (case, spacing and
    punctuation aside); two titles of only function words ("Alla får vara allt") by
    their words, as nothing else tells; otherwise by their content words."""
    if normalised(one) == normalised(other):
        return 1.0
    if content_words(one) or content_words(other):
        return word_overlap(one, other)
    first, second = sorted((set(normalised(one).split()), set(normalised(other).split())), key=len)
    return len(first & second) / len(first) if first else 0.0


def predecessor(measure: MeasureRef, earlier: Sequence[MeasureRef]) -> MeasureRef | None:
    """The measure of last period that `measure` continues: the one its `fortsätter`
    names, the one with its id when they mean the same, or else one with its title."""
    by_id = {e.id: e for e in earlier}
    if measure.continues:
        return by_id.get(measure.continues)
    same_id = by_id.get(measure.id)
    if same_id is not None:
        return same_id if same_measure(same_id, measure) else None
    title = normalised(measure.title)
    return next((e for e in earlier if normalised(e.title) == title), None)


def next_free_ids(taken: Iterable[str], like: str) -> Iterator[str]:
    """Ids in the form of `like` ("A3") that none of `taken` uses: A7, A8, …"""
    form = re.compile(r"(\D*)(\d+)")
    found = form.fullmatch(like)
    prefix = found.group(1) if found else f"{like}-"
    numbers = [int(m.group(2)) for t in taken if (m := form.fullmatch(t)) and m.group(1) == prefix]
    number = max(numbers, default=1 if found is None else 0)
    while True:
        number += 1
        yield f"{prefix}{number}"


def plan_refs(data: dict[str, Any], failed: Failed) -> list[MeasureRef]:
    """A plan's åtgärder, with the text of their goals when `mål` has no errors."""
    read = "mål" not in failed
    goals = {g["id"]: g["text"] for g in data.get("mål", [])} if read else {}
    return [
        MeasureRef(
            m["id"], m["titel"], goals.get(m.get("mål", ""), ""), m["beskrivning"],
            m.get("fortsätter", ""), aim_read=read,
        )
        for m in data["åtgärder"]
    ]  # fmt: skip


def light_refs(data: dict[str, Any]) -> list[MeasureRef]:
    """The measures of `föregående_period`, the light account of last period's plan."""
    return [
        MeasureRef(e["id"], e["titel"], e.get("önskad_effekt", ""))
        for e in data["föregående_period"]["åtgärder"]
    ]


def evaluated_id(named: str, measures: Sequence[MeasureRef], earlier_ids: set[str]) -> str:
    """Which of last period's measures (`earlier_ids`) an evaluated åtgärd named `named`
    tells of: that one, or the one that this plan's measure `named` continues (the
    evaluation may use the new id); "" when neither."""
    if named in earlier_ids:
        return named
    return next((m.continues for m in measures if m.id == named and m.continues in earlier_ids), "")


def _problem(document: Document, path: tuple[str | int, ...], code: str, message: str,
             hint: str) -> Problem:  # fmt: skip
    line, column = document.locate(path)
    location = Location(document.display, line, column)
    return codes.problem(
        code, location, message, field=format_field(path, document.data), hint=hint
    )


def _earlier(
    school: SchoolSources, index: int, failed: dict[str, Failed]
) -> tuple[list[MeasureRef], str] | None:
    """Last period's measures for the plan at `index` and where they are written; None
    when they cannot be read (errors), or when the school's first plan in trygg has no
    `föregående_period`: as with its evaluation, there is nothing to check against."""
    plans = [doc for _key, doc in school.plans]
    document = plans[index]
    period = split_plan_key(school.plans[index][0])[0]
    # Versions of one period are one period: last period's plan is its last version.
    before = [
        i for i, (key, _doc) in enumerate(school.plans[:index]) if split_plan_key(key)[0] != period
    ]
    if before:
        previous = plans[before[-1]]
        if previous.display not in failed or "åtgärder" in failed[previous.display]:
            return None
        return plan_refs(previous.data, failed[previous.display]), previous.display
    if "föregående_period" not in document.data or "föregående_period" in failed[document.display]:
        return None
    return light_refs(document.data), "föregående_period"


def identity_problems(school: SchoolSources, failed: dict[str, Failed]) -> Iterator[Problem]:
    """TP031 for a `fortsätter` that names no measure of last period, and TP059 for an id
    used again for a measure that means something else."""
    for index, (_period, document) in enumerate(school.plans):
        if document.display not in failed or "åtgärder" in failed[document.display]:
            continue
        earlier = _earlier(school, index, failed)
        if earlier is not None:
            measures = plan_refs(document.data, failed[document.display])
            yield from _link_problems(document, measures, *earlier)
            yield from _reused_ids(document, measures, *earlier)


def _link_problems(
    document: Document, measures: list[MeasureRef], earlier: list[MeasureRef], where: str
) -> Iterator[Problem]:
    ids = sorted(e.id for e in earlier)
    for index, measure in enumerate(measures):
        if not measure.continues or measure.continues in ids:
            continue
        message = f"åtgärden '{measure.continues}' finns inte i förra periodens plan"
        hint = f"använd ett id från {where}: " + ", ".join(ids)
        yield _problem(document, ("åtgärder", index, "fortsätter"), "TP031", message, hint)


def _reused_ids(
    document: Document, measures: list[MeasureRef], earlier: list[MeasureRef], where: str
) -> Iterator[Problem]:
    by_id = {e.id: e for e in earlier}
    taken = [*by_id, *(m.id for m in measures)]
    for index, measure in enumerate(measures):
        old = by_id.get(measure.id)
        if measure.continues or old is None or same_measure(old, measure):
            continue
        if FILL_IN in old.title or FILL_IN in measure.title:
            continue  # a title still to be written (TP304 tells it), as trygg init writes one
        if not (old.aim_read and measure.aim_read) and title_overlap(old.title, measure.title):
            continue  # the goals would tell, but they have errors of their own (said there)
        free = next(next_free_ids(taken, measure.id))
        taken.append(free)
        message = (
            f"{measure.id} var en annan åtgärd förra perioden: '{old.title}' i "
            f"{where.rsplit('/', 1)[-1]}, nu '{measure.title}'"
        )
        hint = (
            f"ge den nya åtgärden ett eget id, till exempel {free}; fortsätter den förra "
            f"periodens {measure.id}, skriv fortsätter: {measure.id}"
        )
        yield _problem(document, ("åtgärder", index, "titel"), "TP059", message, hint)
