"""Stage 3, the model: frozen dataclasses built from validated documents.

Takes in documents that passed their schemas (`generator.load`, `generator.validate`);
gives out `Project`, `School`, `Plan` and their parts, which everything after it reads.
Identifiers are English; `model.build` is the one place where the Swedish content keys
meet them. Text fields marked "Markdown" are the author's raw Markdown and go through
`generator.render.markdown.safety` before they reach HTML. Knows nothing of pages or MkDocs.
"""

from __future__ import annotations

from generator.load.dates import DateForm, PlanDate
from generator.model.anchoring import (
    Anchoring,
    Collaboration,
    ConsequenceLadder,
    ConsequenceStep,
    PlanFollowUp,
)
from generator.model.common import (
    Address,
    Contact,
    Flow,
    FlowStep,
    ReportingChain,
    Routines,
    Text,
)
from generator.model.evaluation import EarlierMeasure, EarlierPeriod, Evaluation, Outcome, Status
from generator.model.guidelines import Guidelines
from generator.model.measures import Goal, Measure, MeasureKind, Measurement
from generator.model.organiser import (
    MIN_RESPONSES_FLOOR,
    AccessibilityStatement,
    ComplaintRoute,
    KeyIndicator,
    Organiser,
    RuleProfile,
    Shortcoming,
)
from generator.model.participation import PupilForum
from generator.model.period import Period, PeriodKind
from generator.model.plan import LegalBasis, Plan
from generator.model.report import UnitReport
from generator.model.school import (
    Activity,
    AnnualCycle,
    FreePage,
    PageDiagram,
    Project,
    PupilChannel,
    School,
)
from generator.model.survey import Analysis, Cause, Finding, GroupResult, Survey, SurveyMethod

__all__ = [
    "MIN_RESPONSES_FLOOR",
    "AccessibilityStatement",
    "Activity",
    "Address",
    "Analysis",
    "Anchoring",
    "AnnualCycle",
    "Cause",
    "Collaboration",
    "ComplaintRoute",
    "ConsequenceLadder",
    "ConsequenceStep",
    "Contact",
    "DateForm",
    "EarlierMeasure",
    "EarlierPeriod",
    "Evaluation",
    "Finding",
    "Flow",
    "FlowStep",
    "FreePage",
    "Goal",
    "GroupResult",
    "Guidelines",
    "KeyIndicator",
    "LegalBasis",
    "Measure",
    "MeasureKind",
    "Measurement",
    "Organiser",
    "Outcome",
    "PageDiagram",
    "Period",
    "PeriodKind",
    "Plan",
    "PlanDate",
    "PlanFollowUp",
    "Project",
    "PupilChannel",
    "PupilForum",
    "ReportingChain",
    "Routines",
    "RuleProfile",
    "School",
    "Shortcoming",
    "Status",
    "Survey",
    "SurveyMethod",
    "Text",
    "UnitReport",
]
