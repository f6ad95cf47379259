"""Model parts that organiser, schools and plans share: texts, flows, routines, contacts."""

from __future__ import annotations

from dataclasses import dataclass

from generator.problems import NOWHERE, Location


@dataclass(frozen=True)
class Text:
    """A definition or explanation with its plain-language variant for pupils."""

    text: str  # Markdown
    student_text: str
    child_text: str = ""  # barntext: the simplest words, for förskola to åk 3; "" if not given
    youth_text: str = ""  # ungdomstext: the law's terms in plain words, from åk 7; "" if not given


@dataclass(frozen=True)
class FlowStep:
    """A step in an ärendegång: an action, or a yes/no decision when `question` is set."""

    id: str
    text: str
    actor: str = ""
    deadline: str = ""
    student_text: str = ""
    question: str = ""
    yes: str = ""  # target step id; "" means the next step
    no: str = ""
    location: Location = NOWHERE
    youth_text: str = ""  # ungdomstext: the step told from åk 7; "" if not given

    @property
    def is_decision(self) -> bool:
        return bool(self.question)

    @property
    def told(self) -> Text:
        """The step as the student pages tell it: its elevtext, and its ungdomstext from
        åk 7, chosen for a band as every other text is (`render.student.texts.shown_text`)."""
        return Text(self.text, self.student_text, youth_text=self.youth_text)


@dataclass(frozen=True)
class Flow:
    title: str
    steps: tuple[FlowStep, ...]
    location: Location = NOWHERE


@dataclass(frozen=True)
class ReportingChain:
    staff_to_principal: str
    principal_to_organiser: str
    how: str  # Markdown


@dataclass(frozen=True)
class Routines:
    pupil_pupil: Flow
    staff_pupil: Flow
    reporting: ReportingChain
    investigation: str  # Markdown
    follow_up: str  # Markdown
    documentation: str  # Markdown
    contact_roles: tuple[str, ...]
    location: Location = NOWHERE
    detection: str = ""  # Markdown: how staff notice kränkningar (uppsikt), "" if not written


@dataclass(frozen=True)
class Contact:
    role: str
    name: str = ""
    email: str = ""
    phone: str = ""
    location: Location = NOWHERE
    photo: str = ""  # path from the school's folder; "" without a photo
    photo_text: str = ""  # the photo's alt text; "" means "role name"


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    town: str
