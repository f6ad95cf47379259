"""How a plan's åtgärder changed from last period's, as the granskning lists them: nya,
avslutade, continuing (under a new id or title), and the evaluation of last period's.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Plan
from generator.text import normalised
from generator.validate.identity import MeasureRef, predecessor


@dataclass(frozen=True)
class MeasureChanges:
    has_previous: bool
    added: tuple[str, ...] = ()  # "A5 Samtal om chattar": nya
    removed: tuple[str, ...] = ()  # avslutade
    carried_over: tuple[str, ...] = ()  # "A7 Ord som sårar (förra perioden: A5 Kränkande ord)"
    # the plan's utvärdering of last period's åtgärder: ("A5 Kränkande ord", "delvis")
    evaluated: tuple[tuple[str, str], ...] = ()


def _label(code: str, title: str) -> str:
    return f"{code} {title}"


def label_id(label: str) -> str:
    """The id an åtgärd's label (`_label`, or `_carried`) starts with: ids have no spaces
    (the schema's `id`), so what follows the first is the plan's own words."""
    return label.split(" ", 1)[0]


def _carried(measure: MeasureRef, earlier: MeasureRef) -> str:
    """This period's title, with last period's after it when it was another."""
    label = _label(measure.id, measure.title)
    if earlier.id != measure.id:
        return f"{label} (förra perioden: {_label(earlier.id, earlier.title)})"
    if normalised(earlier.title) != normalised(measure.title):
        return f"{label} (förra perioden: {earlier.title})"
    return label


def _refs(plan: Plan) -> list[MeasureRef]:
    goals = {g.id: g.text for g in plan.goals}
    return [
        MeasureRef(m.id, m.title, goals.get(m.goal_id, ""), m.description, m.continues)
        for m in plan.measures
    ]


def _earlier_refs(previous: Plan | None, current: Plan) -> list[MeasureRef] | None:
    """Last period's åtgärder: its plan's, or else the plan's `föregående_period`."""
    if previous is not None:
        return _refs(previous)
    if current.earlier_period is not None:
        return [MeasureRef(e.id, e.title, e.aim) for e in current.earlier_period.measures]
    return None


def measure_changes(previous: Plan | None, current: Plan | None) -> MeasureChanges:
    """Nya, avslutade and continuing åtgärder: a measure continues the one it names in
    `fortsätter`, or the one with its id when they mean the same (`validate.identity`)."""
    earlier = _earlier_refs(previous, current) if current is not None else None
    if earlier is None or current is None:
        return MeasureChanges(has_previous=False)
    added: list[str] = []
    carried: list[str] = []
    matched: set[str] = set()
    for measure in _refs(current):
        found = predecessor(measure, earlier)
        if found is None:
            added.append(_label(measure.id, measure.title))
        else:
            carried.append(_carried(measure, found))
            matched.add(found.id)
    removed = [_label(m.id, m.title) for m in earlier if m.id not in matched]
    titles = {m.id: _label(m.id, m.title) for m in earlier}
    evaluated = tuple(
        (titles.get(o.measure_id, o.measure_id), o.status.value)
        for o in current.evaluation.outcomes
    )
    return MeasureChanges(True, tuple(added), tuple(removed), tuple(carried), evaluated)
