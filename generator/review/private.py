"""The granskning as published: every place, id and name in it through the privacy filter
(`review.privacy`), so that no page, CSV row, document or terminal line built from it
shows what a privacy finding points at. The names are chosen before the review is built
(`named`: the nyckeltal names units too); the ids and places here."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from pathlib import Path

from generator.model.summary import GroundCoverage, MeasureChanges, SchoolSummary, label_id
from generator.problems import Problem
from generator.review.findings import FindingRef
from generator.review.keyperiods import KeyPeriod
from generator.review.model import NotReviewed, Review, UnitReview
from generator.review.privacy import (
    HIDDEN_NAME,
    HIDDEN_PART,
    hidden_ids,
    hidden_paths,
    points_at_pupil,
    shown_id,
    shown_name,
    shown_place,
)


def named(
    summaries: Iterable[SchoolSummary],
    problems: Iterable[Problem],
    root: Path | None,
    kept: Mapping[str, str] | None = None,
) -> list[SchoolSummary]:
    """The summaries, each named as it may be published (`privacy.shown_name`): its own
    name, else its last published site's (`kept`, by id), else its id (the portal's
    choice too, `build.isolation`), else `HIDDEN_NAME`."""
    found, kept = list(problems), kept or {}
    shown = [
        (s, shown_name((s.name, kept.get(s.id, ""), s.id), s.directory, found, root))
        for s in summaries
    ]
    return [s if name == s.name else dataclasses.replace(s, name=name) for s, name in shown]


def private_review(review: Review, problems: Iterable[Problem]) -> Review:
    """The review with each unit's id, each finding's place and field, each id of the
    plan's that names a pupil, and any name left that does, replaced (`review.privacy`)."""
    hidden = hidden_paths(problems)
    ids = [u.id for u in review.units] + [u.id for u in review.not_reviewed]
    ids += [unit for period in review.key_periods for unit, _name, _value in period.units]
    new_ids = hidden_ids(ids, hidden)
    return dataclasses.replace(
        review,
        units=tuple(_unit(u, hidden, new_ids) for u in review.units),
        not_reviewed=tuple(_unread(u, hidden, new_ids) for u in review.not_reviewed),
        common=tuple(_finding(f, hidden) for f in review.common),
        key_periods=tuple(_key_period(p, new_ids) for p in review.key_periods),
    )


def _key_period(period: KeyPeriod, ids: Mapping[str, str]) -> KeyPeriod:
    """The nyckeltal's units by their ids as published (the table links their pages), and
    every name it gives as the units' rows give it."""
    units = tuple((ids.get(u, u), _name(name), value) for u, name, value in period.units)
    calendar = tuple((year, tuple(map(_name, names))) for year, names in period.calendar)
    return dataclasses.replace(
        period,
        units=units,
        lowest=tuple(map(_name, period.lowest)),
        highest=tuple(map(_name, period.highest)),
        calendar=calendar,
    )


def _name(name: str) -> str:
    return HIDDEN_NAME if points_at_pupil(name) else name


def _unit(unit: UnitReview, hidden: frozenset[str], ids: Mapping[str, str]) -> UnitReview:
    held = unit.held
    if held is not None and unit.id in ids:  # its old site's address names the pupil
        held = dataclasses.replace(held, published=False)
    return dataclasses.replace(
        unit,
        id=ids.get(unit.id, unit.id),
        name=_name(unit.name),
        plan_source=shown_place(unit.plan_source, hidden) if unit.plan_source else "",
        draft_source=shown_place(unit.draft_source, hidden) if unit.draft_source else "",
        findings=tuple(_finding(f, hidden) for f in unit.findings),
        draft_findings=tuple(_finding(f, hidden) for f in unit.draft_findings),
        grounds=tuple(map(_ground, unit.grounds)),
        changes=_changes(unit.changes),
        held=held,
    )


def _unread(unit: NotReviewed, hidden: frozenset[str], ids: Mapping[str, str]) -> NotReviewed:
    name = _name(unit.name)
    if unit.id in ids and not name:
        name = HIDDEN_NAME  # else shown by its id
    return dataclasses.replace(
        unit,
        id=ids.get(unit.id, unit.id),
        name=name,
        published=unit.published and unit.id not in ids,
        findings=tuple(_finding(f, hidden) for f in unit.findings),
    )


def _finding(finding: FindingRef, hidden: frozenset[str]) -> FindingRef:
    field = "" if points_at_pupil(finding.field) else finding.field
    place = shown_place(finding.location, hidden) if finding.location else ""
    if place == finding.location and field == finding.field:
        return finding
    return dataclasses.replace(finding, location=place, field=field)


def _ground(ground: GroundCoverage) -> GroundCoverage:
    if not any(map(points_at_pupil, (*ground.findings, *ground.work))):  # ids
        return ground
    return dataclasses.replace(
        ground,
        findings=tuple(map(shown_id, ground.findings)),
        work=tuple(map(shown_id, ground.work)),
        titles=tuple((shown_id(i), t) for i, t in ground.titles),
    )


def _changes(changes: MeasureChanges) -> MeasureChanges:
    """The åtgärder by their labels, a label whose id names a pupil as `HIDDEN_PART`
    (its title is the plan's text: a unit withheld shows none, `held.ids_only`)."""
    return MeasureChanges(
        changes.has_previous,
        tuple(map(_label, changes.added)),
        tuple(map(_label, changes.removed)),
        tuple(map(_label, changes.carried_over)),
        tuple((_label(label), status) for label, status in changes.evaluated),
    )


def _label(label: str) -> str:
    return HIDDEN_PART if points_at_pupil(label_id(label)) else label
