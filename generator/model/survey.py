"""A plan's kartläggning and analys, as built from its file (`model.build_survey`): the
survey methods and their figures, the findings, and the causes found for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.load.dates import PlanDate
from generator.model.disclosure import NOTHING_RELEASED, Released
from generator.model.participation import PupilForum
from generator.problems import NOWHERE, Location


@dataclass(frozen=True)
class GroupResult:
    group: str
    measure: str
    responses: int
    percent: float
    location: Location = NOWHERE


@dataclass(frozen=True)
class SurveyMethod:
    id: str
    method: str
    date: PlanDate
    participants: str
    invited: int | None
    responses: int | None
    results: str  # Markdown; "" when the survey reports its results together
    group_results: tuple[GroupResult, ...] = ()  # as written: the rules, `model.keyreading`
    location: Location = NOWHERE
    # What may be published (`model.disclosure`): every output reads this, never the above.
    released: Released = NOTHING_RELEASED
    continues: str = ""  # `fortsätter`: its id in last period's plan, when that differs

    @property
    def response_rate(self) -> float | None:
        if self.invited and self.responses is not None:
            return self.responses / self.invited
        return None


@dataclass(frozen=True)
class Finding:
    id: str
    text: str
    sources: tuple[str, ...]
    tags: tuple[str, ...]
    areas: tuple[str, ...]
    location: Location = NOWHERE


@dataclass(frozen=True)
class Survey:
    methods: tuple[SurveyMethod, ...]
    findings: tuple[Finding, ...]
    pupil_participation: str  # Markdown; "" when written as pupil_forums
    coverage: dict[str, str] = field(default_factory=dict)  # ground -> how it was examined
    results: str = ""  # Markdown; the results of all methods together
    location: Location = NOWHERE
    pupil_forums: tuple[PupilForum, ...] = ()  # elevmedverkan as structure


@dataclass(frozen=True)
class Cause:
    finding_ids: tuple[str, ...]
    cause: str  # Markdown
    no_measure_reason: str = ""  # Markdown; set when the finding needs no åtgärd
    location: Location = NOWHERE


@dataclass(frozen=True)
class Analysis:
    causes: tuple[Cause, ...]
    pupil_participation: str  # Markdown; "" when written as pupil_forums
    location: Location = NOWHERE
    pupil_forums: tuple[PupilForum, ...] = ()  # elevmedverkan as structure
