"""The granskning's data: per unit its plan status, rule results, ground coverage and
the change in åtgärder since the last period. Pure: model + problems in, data out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from generator import codes
from generator.codes import PLAN_RULES
from generator.model import Plan, Project, School
from generator.model.status import PlanStatus, plan_status
from generator.model.vocabulary import GROUNDS
from generator.problems import Problem, Severity
from generator.text import is_placeholder, normalised

OTHER = "Övrigt"  # problems from other stages or from codes that are not rules
CATEGORIES: tuple[str, ...] = (*(c.value for c in PLAN_RULES), OTHER)
STATUS_ORDER = {
    PlanStatus.MISSING: 0,
    PlanStatus.EXPIRED: 1,
    PlanStatus.UPCOMING: 2,
    PlanStatus.CURRENT: 3,
}


@dataclass(frozen=True)
class FindingRef:
    """One problem as the granskning shows it."""

    code: str
    severity: Severity
    category: str
    title: str
    text: str  # message with field, hint and source
    location: str  # file:line:column

    @classmethod
    def of(cls, problem: Problem) -> FindingRef:
        code = codes.code(problem.code)
        rule = code if code.category in PLAN_RULES else None
        where = f"{problem.field}: " if problem.field else ""
        hint = f" – {problem.hint}" if problem.hint else ""
        source = f" ({problem.source})" if problem.source else ""
        return cls(
            problem.code,
            problem.severity,
            rule.category.value if rule else OTHER,
            rule.title if rule else "",
            f"{where}{problem.message}{hint}{source}",
            str(problem.location),
        )


@dataclass(frozen=True)
class GroundCoverage:
    ground: str
    findings: tuple[str, ...]  # ids of fynd tagged with the ground
    examined: bool  # described under kartläggning.täckning

    @property
    def covered(self) -> bool:
        return bool(self.findings) or self.examined


@dataclass(frozen=True)
class MeasureChanges:
    has_previous: bool
    added: tuple[str, ...] = ()  # "A5 Samtal om chattar"
    removed: tuple[str, ...] = ()
    carried_over: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnitReview:
    id: str
    name: str
    status: PlanStatus
    period: str  # "läsåret 2026/27", or "" without a plan
    valid_from: dt.date | None
    valid_to: dt.date | None
    plan_source: str
    findings: tuple[FindingRef, ...]
    grounds: tuple[GroundCoverage, ...]  # empty without a plan
    changes: MeasureChanges

    def count(self, severity: Severity, category: str | None = None) -> int:
        return sum(
            1
            for f in self.findings
            if f.severity is severity and (category is None or f.category == category)
        )

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def grounds_covered(self) -> int:
        return sum(1 for g in self.grounds if g.covered)

    def attention_key(self) -> tuple[int, int, int, str]:
        """Sorts the units that need attention first: errors, status, warnings."""
        return (-self.errors, STATUS_ORDER[self.status], -self.warnings, self.name.casefold())


@dataclass(frozen=True)
class Review:
    organiser: str
    today: dt.date
    units: tuple[UnitReview, ...]  # sorted: the units that need attention first
    common: tuple[FindingRef, ...]  # problems in files shared by all units (huvudman.yml)


def _label(code: str, title: str) -> str:
    return f"{code} {title}"


def measure_changes(previous: Plan | None, current: Plan | None) -> MeasureChanges:
    """Added, removed and carried-over åtgärder: the same id, or else the same title."""
    if previous is None or current is None:
        return MeasureChanges(has_previous=False)
    by_id = {m.id: m for m in previous.measures}
    by_title = {normalised(m.title): m for m in previous.measures}
    added: list[str] = []
    carried: list[str] = []
    matched: set[str] = set()
    for measure in current.measures:
        earlier = by_id.get(measure.id) or by_title.get(normalised(measure.title))
        if earlier is None:
            added.append(_label(measure.id, measure.title))
        else:
            carried.append(_label(measure.id, measure.title))
            matched.add(earlier.id)
    removed = [_label(m.id, m.title) for m in previous.measures if m.id not in matched]
    return MeasureChanges(True, tuple(added), tuple(removed), tuple(carried))


def ground_coverage(plan: Plan) -> tuple[GroundCoverage, ...]:
    survey = plan.survey
    return tuple(
        GroundCoverage(
            ground,
            tuple(f.id for f in survey.findings if ground in f.tags),
            not is_placeholder(survey.coverage.get(ground, "")),
        )
        for ground in GROUNDS
    )


def unit_review(school: School, problems: Iterable[Problem], today: dt.date) -> UnitReview:
    """One unit's review, from the problems found in its own files (in report order)."""
    status, _in_force = plan_status(school, today)
    plan = school.current_plan
    previous = school.previous_plan(plan) if plan else None
    return UnitReview(
        id=school.id,
        name=school.name,
        status=status,
        period=plan.period.label if plan else "",
        valid_from=plan.valid_from if plan else None,
        valid_to=plan.valid_to if plan else None,
        plan_source=plan.source if plan else "",
        findings=tuple(FindingRef.of(p) for p in problems),
        grounds=ground_coverage(plan) if plan else (),
        changes=measure_changes(previous, plan),
    )


def _owner(problem: Problem, schools: tuple[School, ...]) -> str:
    for school in schools:
        if problem.location.file.startswith(school.directory + "/"):
            return school.id
    return ""


def build_review(project: Project, problems: Iterable[Problem], today: dt.date) -> Review:
    """The granskning for every unit in `project`, given the problems `trygg check` found."""
    by_unit: dict[str, list[Problem]] = {}
    for problem in problems:
        by_unit.setdefault(_owner(problem, project.schools), []).append(problem)
    units = [unit_review(s, by_unit.get(s.id, []), today) for s in project.schools]
    return review_of(project.organiser.name, units, by_unit.get("", []), today)


def review_of(
    organiser: str, units: Iterable[UnitReview], common: Iterable[Problem], today: dt.date
) -> Review:
    """The granskning from each unit's review and the problems in shared files."""
    ordered = tuple(sorted(units, key=UnitReview.attention_key))
    return Review(organiser, today, ordered, tuple(FindingRef.of(p) for p in common))
