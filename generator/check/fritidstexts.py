"""A text of the plan that a page for åk 7 and up shows and that speaks of fritids
(TP508): its pupils go to no fritidshem, and the page shows an author's text as it is
written (`render.student.texts.page_texts`), so trygg tells the author where."""

from __future__ import annotations

from collections.abc import Callable

from generator import codes
from generator.model import Plan, Project, School
from generator.problems import Location, Problem
from generator.render.student.bands import FRITIDS, Band, at_fritids, attending, bands_for
from generator.render.student.texts import StudentText, page_texts

FRITIDS_TEXT = "TP508"
DataPath = tuple[str | int, ...]
# Where a value of a file stands and its field's name (`check.student.Locator.place`).
At = Callable[[str, DataPath], tuple[Location, str]]


def fritids_warnings(project: Project, school: School, plan: Plan, at: At) -> list[Problem]:
    """TP508: each of the plan's texts shown to pupils with no fritidshem that names it,
    once, for the youngest such band."""
    home = project.organiser.location.file
    found: dict[tuple[str, DataPath], Problem] = {}
    for band in bands_for(school):
        if at_fritids(band) or band.read_aloud:
            continue
        for text in _shown(project, plan, band):
            key = (text.file, text.path)
            if text.file == home or key in found or not FRITIDS.search(text.text):
                continue
            where, field = at(text.file, text.path)
            readers = attending(band, school)
            message = (
                f"texten visas för eleverna {readers} och talar om fritids, "
                "men de går inte på fritidshemmet"
            )
            hint = _hint(text.path, readers)
            found[key] = codes.problem(FRITIDS_TEXT, where, message, field=field, hint=hint)
    return list(found.values())


def _shown(project: Project, plan: Plan, band: Band) -> list[StudentText]:
    """The texts of the band's page, with a vision written once for everyone."""
    texts = page_texts(project, plan, band)
    if plan.vision.student_text:
        return texts
    return [StudentText(plan.vision.text, plan.source, ("vision",)), *texts]


def _hint(path: DataPath, readers: str) -> str:
    if path == ("vision",):
        return f"skriv visionen med text:, elevtext: och ungdomstext: för eleverna {readers}"
    if path[0] == "åtgärder":
        return "ge åtgärden de årskurser den gäller, till exempel årskurser: F-6"
    if path[0] in ("vision", "rutiner") and path[-1] == "elevtext":
        return f"skriv en ungdomstext: bredvid elevtexten, för eleverna {readers}"
    return f"skriv texten så att den stämmer också för eleverna {readers}"
