"""What the student pages show, chosen in one place for the renderer and the checks.

Every text on a student page comes from an `elevtext` field (or a huvudman's
`barntext` on the förskola and lågstadiet pages; for "Så har elever varit med",
`render.student.participation`; and the plan's `vision`, its elevtext and
barntext where the school writes them, else its one text for everyone). The adult
text is never used. `page_texts` lists the
elevtext and barntext fields a band's page shows, with where they are written, so
the LIX check points at the right line; the vision counts in the page's LIX.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Finding, Flow, FlowStep, Measure, Plan, Project, Text
from generator.render.markdown.safety import plain
from generator.render.student.bands import Band, parse_grades
from generator.render.student.grades import about_band, named_grades
from generator.render.student.participation import first_sentence, told_texts
from generator.render.student.words import RIGHTS_NAMES
from generator.vocabulary.terms import GROUNDS

__all__ = [
    "RIGHTS_NAMES",
    "StudentText",
    "band_measures",
    "finding_grades",
    "first_sentence",
    "page_texts",
    "plain",
    "pupil_steps",
    "rights_keys",
    "shown_text",
    "shown_vision",
]

# Definitions shown under "Dina rättigheter" before the seven grounds. Trakasserier and
# sexuella trakasserier are explained from åk 4; to younger children only when a finding
# about their grades (or naming no grade) is about them.
HARASSMENT = ("trakasserier", "sexuella_trakasserier")
HARASSMENT_FROM_GRADE = 4
# The grades a finding names: "åk 4", "åk 3–6", "årskurs 2", "F–1", "förskoleklassen".
finding_grades = named_grades


@dataclass(frozen=True)
class StudentText:
    """An elevtext as shown on a page, and where it is written (file + data path)."""

    text: str
    file: str
    path: tuple[str | int, ...]


def pupil_steps(flow: Flow) -> tuple[tuple[int, FlowStep], ...]:
    """The steps a pupil sees, with their index in the flow: actions with an elevtext
    (from åk 7 told in their ungdomstext where they have one: `shown_text(step.told)`)."""
    return tuple(
        (index, step)
        for index, step in enumerate(flow.steps)
        if step.student_text and not step.is_decision
    )


def rights_keys(plan: Plan, band: Band) -> tuple[str, ...]:
    """The definitions and grounds under "Dina rättigheter", in the order shown."""
    return ("kränkande_behandling", *harassment_keys(plan, band), *GROUNDS)


def harassment_keys(plan: Plan, band: Band) -> tuple[str, ...]:
    """Trakasserier and sexuella trakasserier as the band's page explains them: always
    from åk 4, below that when a finding in the band's grades is tagged with them."""
    if band.first >= HARASSMENT_FROM_GRADE:
        return HARASSMENT
    found = [f for f in plan.survey.findings if _concerns(f, band)]
    return tuple(key for key in HARASSMENT if any(key in f.tags for f in found))


def band_measures(plan: Plan, band: Band) -> tuple[Measure, ...]:
    """The åtgärder a band's page tells of: those for the whole school, and those whose
    `årskurser` include some of the band's."""
    return tuple(m for m in plan.measures if _overlaps(parse_grades(m.grades), band))


def _overlaps(span: tuple[int, int] | None, band: Band) -> bool:
    return span is None or (span[0] <= band.last and band.first <= span[1])


def _concerns(finding: Finding, band: Band) -> bool:
    """Whether a finding is about the band's pupils: it names none of the grades, or
    one of the band's."""
    return about_band(finding.text, band)


def shown_text(text: Text, band: Band) -> tuple[str, str]:
    """The text a band's page shows and its key: the barntext on the youngest pages and
    the ungdomstext from åk 7 when the huvudman wrote one, else the elevtext."""
    if band.young and text.child_text:
        return text.child_text, "barntext"
    if band.older and text.youth_text:
        return text.youth_text, "ungdomstext"
    return text.student_text, "elevtext"


def shown_vision(plan: Plan, band: Band) -> str:
    """The vision a band's page shows: its barntext or elevtext when the plan writes them,
    else the one text the school writes for everyone; but none on the page read aloud to
    the children of a förskola, which never reads them the adults' text (TP507)."""
    if plan.vision.student_text:
        return shown_text(plan.vision, band)[0]
    return "" if band.read_aloud else plan.vision.text


def page_texts(project: Project, plan: Plan, band: Band) -> list[StudentText]:
    """Every elevtext the band's page shows, with its source location."""
    organiser = project.organiser
    home = organiser.location.file
    told = band_measures(plan, band)
    found = _vision_texts(plan, band)
    found += [StudentText(text, plan.source, path) for text, path in told_texts(plan, band)]
    found += [
        StudentText(m.student_text, plan.source, ("åtgärder", i, "elevtext"))
        for i, m in enumerate(plan.measures)
        if m.student_text and m in told
    ]
    routines = plan.routines
    found += _flow_texts("elev_elev", pupil_steps(routines.pupil_pupil), band)
    found += _flow_texts("personal_elev", pupil_steps(routines.staff_pupil), band)
    repressalier = organiser.definitions.get("repressalier")
    if repressalier:
        shown, field = shown_text(repressalier, band)
        found.append(StudentText(shown, home, ("definitioner", "repressalier", field)))
    for key in rights_keys(plan, band):
        group = "diskrimineringsgrunder" if key in GROUNDS else "definitioner"
        text = (organiser.grounds if key in GROUNDS else organiser.definitions).get(key)
        if text is not None:
            shown, field = shown_text(text, band)
            found.append(StudentText(shown, home, (group, key, field)))
    return found


def _vision_texts(plan: Plan, band: Band) -> list[StudentText]:
    if not plan.vision.student_text:
        return []  # the text for everyone counts in the page's LIX, with no line of its own
    shown, field = shown_text(plan.vision, band)
    return [StudentText(shown, plan.source, ("vision", field))]


def _flow_texts(key: str, steps: tuple[tuple[int, FlowStep], ...], band: Band) -> list[StudentText]:
    found = []
    for i, step in steps:
        shown, field = shown_text(step.told, band)
        found.append(StudentText(shown, step.location.file, ("rutiner", key, "steg", i, field)))
    return found
