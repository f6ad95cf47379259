"""The granskning assembled: each unit's review from its summary and the problems found in
its own files, the common part from the shared files', the units not reviewed with their
errors' codes, and the nyckeltal per period. Pure: summaries + problems in, data out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator

from generator.check.draftmarks import MARK, in_draft
from generator.load.layout import owning_school
from generator.model import KeyIndicator, Organiser
from generator.model.status import status_of
from generator.model.summary import SchoolSummary
from generator.problems import Problem
from generator.review.findings import FindingRef
from generator.review.held import (
    NOT_BUILT,
    Held,
    Publication,
    blocking_codes,
    held_of,
    ids_only,
    untitled,
)
from generator.review.keyperiods import key_periods
from generator.review.marks import told_together
from generator.review.model import NotReviewed, Review, UnitReview, Unread
from generator.review.privacy import is_privacy
from generator.text import swedish_order


def unit_review(
    summary: SchoolSummary,
    problems: list[Problem],
    today: dt.date,
    held: Held | None = None,
    drafts: Iterable[Problem] = (),
    *,
    internal: bool = False,
) -> UnitReview:
    """One unit's review, from the problems found in its own files (in report order) and,
    apart, those found in its utkast (`drafts`); of a unit `held` back, without a word of
    its text (`review.held`), unless the review is `internal` and no privacy finding is
    among its problems (then its text may name no pupil, and the central unit reads it)."""
    # The period and dates are the plan the status is about (the one in force, not a
    # decided plan that starts later), like the grounds and changes of the summary.
    status, shown = status_of(summary.plans, today)
    drafting = summary.drafting_on(today)
    quiet = held is not None and not (internal and not any(map(is_privacy, problems)))
    finding = functools.partial(FindingRef.withheld if quiet else FindingRef.of, today=today)
    return UnitReview(
        id=summary.id,
        name=summary.name,
        status=status,
        period=shown.period if shown else "",
        valid_from=shown.valid_from if shown else None,
        valid_to=shown.valid_to if shown else None,
        plan_source=shown.source if shown else "",
        decided_on=shown.decided_on if shown else None,
        # The rektor's name is the plan's text, of which a unit held back shows nothing.
        decided_by=shown.decided_by if shown and not quiet else "",
        findings=tuple(counted(finding, problems)),
        # (The texts in brief of its fynd, mål and åtgärder are the plan's text too.)
        grounds=untitled(summary.grounds) if quiet else summary.grounds,
        changes=ids_only(summary.changes) if quiet else summary.changes,
        drafting=drafting,
        draft_period=summary.draft_period if drafting and shown is None else "",
        draft_source=summary.draft_source if drafting and shown is None else "",
        draft_next=summary.draft_period if drafting else "",
        held=held,
        text_withheld=quiet,
        draft_findings=tuple(counted(finding, map(unmarked, drafts))),
    )


def unmarked(problem: Problem) -> Problem:
    """A problem in an utkast without the mark before its message: the granskning shows
    the utkast's findings under a heading of their own."""
    return dataclasses.replace(problem, message=problem.message.removeprefix(MARK))


def counted(
    finding: Callable[[Problem], FindingRef], problems: Iterable[Problem]
) -> Iterator[FindingRef]:
    """The problems as the granskning shows them, a file's FYLL I marks as one finding
    that counts them all (`FindingRef.count`)."""
    for problem, count in told_together(problems):
        yield dataclasses.replace(finding(problem), count=count)


def with_organiser(review: Review, organiser: Organiser) -> Review:
    """The review with the nämnd it is for and the central unit that sends it, as the
    document's head names them (`opening.head`)."""
    return dataclasses.replace(review, board=organiser.board, sender=organiser.central_unit_name)


def with_key_indicator(
    review: Review, key: KeyIndicator | None, summaries: Iterable[SchoolSummary]
) -> Review:
    """The review with the nyckeltal's values per period, when huvudman.yml declares one."""
    if key is None:
        return review
    return dataclasses.replace(
        review,
        key_indicator=key.name,
        key_method=key.method,
        key_periods=key_periods(summaries),
    )


def build_review(
    organiser: str,
    summaries: Iterable[SchoolSummary],
    problems: Iterable[Problem],
    today: dt.date,
    unread: Iterable[Unread] = (),
    *,
    publication: Publication = NOT_BUILT,
    internal: bool = False,
    drafts: bool = False,
) -> Review:
    """The granskning for every unit, given the problems `trygg check` found; each problem
    goes to the unit that owns its file, or to the common part (`load.layout`). It leaves
    out what was found in an utkast (`check.drafts`) unless it is the build --med-utkast's
    (`drafts`), which is never published: that shows it apart, per unit, as the central
    unit reviews an utkast before it is decided. (`trygg granska`'s document is filed in
    the diarium, where an utkast's text would become public before its decision.) The
    published one shows nothing of the text of a unit withheld for its errors
    (`review.held`); an `internal` one (granska, the build --med-utkast) shows it unless a
    privacy finding is among them (`unit_review`). The `unread` units have errors
    in their files and no summary: they are listed with the codes of their errors
    (`NotReviewed`)."""
    summaries = list(summaries)
    problems = list(problems)
    unread = sorted(unread, key=lambda u: (swedish_order(u.name or u.id), swedish_order(u.id)))
    folders = {s.directory: s.id for s in summaries} | {u.folder: u.id for u in unread}
    in_drafts = _by_unit([p for p in problems if in_draft(p)], folders) if drafts else {}
    by_unit = _by_unit([p for p in problems if not in_draft(p)], folders)
    units = [
        unit_review(s, found, today, held, in_drafts.get(s.id, ()), internal=internal)
        for s in summaries
        for found in [by_unit.get(s.id, [])]
        for held in [held_of(s, found, publication)]
    ]
    review = review_of(organiser, units, by_unit.get("", []), today)
    skipped = tuple(_not_reviewed(u, by_unit.get(u.id, []), publication) for u in unread)
    return dataclasses.replace(review, not_reviewed=skipped)


def _by_unit(problems: Iterable[Problem], folders: dict[str, str]) -> dict[str, list[Problem]]:
    """The problems by the unit that owns each one's file ("" for the shared files)."""
    by_unit: dict[str, list[Problem]] = {}
    for problem in problems:
        by_unit.setdefault(owning_school(problem.owner_file, folders), []).append(problem)
    return by_unit


def _not_reviewed(unit: Unread, problems: list[Problem], publication: Publication) -> NotReviewed:
    """A unit without a model: the codes of its errors, never their messages."""
    published = unit.id in publication.old_sites
    codes = blocking_codes(problems)
    found = unread_findings(problems)
    return NotReviewed(unit.id, codes, unit.plan_files, unit.name, published, found)


def unread_findings(problems: Iterable[Problem]) -> tuple[FindingRef, ...]:
    """What the granskning shows of the problems of a unit not reviewed: no message."""
    return tuple(FindingRef.unquoted(p) for p in problems if not in_draft(p))


def review_of(
    organiser: str, units: Iterable[UnitReview], common: Iterable[Problem], today: dt.date
) -> Review:
    """The granskning from each unit's review and the problems in shared files."""
    ordered = tuple(sorted(units, key=UnitReview.attention_key))
    shown = functools.partial(FindingRef.of, today=today)
    return Review(organiser, today, ordered, tuple(counted(shown, common)))
