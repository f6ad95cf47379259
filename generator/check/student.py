"""Checks of the student pages (TP5xx) and their LIX values for `trygg check`.

The work is done school by school (`school_pages`), so that a school's result can
be kept until its files change; only TP501 of the huvudman's own texts, which must
meet the strictest limit of every page that shows them, is decided across schools
(`shared_text_problems`). The pages are rendered here once, to be measured, and the
site is built from the same Markdown (`school_pages` gives them beside its result,
and they are kept apart from it: `check.models`).

The åtgärder without `elevtext` are reported once per plan (TP504); the student page
leaves them out, or shows a gap marker in preview builds, and never falls back to
the adult text.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from generator import codes
from generator.check.childtexts import vision_warnings
from generator.check.fritidstexts import fritids_warnings
from generator.check.measuretexts import measure_warnings
from generator.check.posters import poster_warnings
from generator.check.textlix import over_limit, too_hard
from generator.load.document import Document
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import load_yaml
from generator.model import Plan, Project, RuleProfile, School
from generator.problems import Location, Problem
from generator.render.files import GeneratedFile
from generator.render.student.bands import BANDS, bands_for, lix_limit
from generator.render.student.lix import Lix, page_lix, text_lix
from generator.render.student.pages import render_student_pages
from generator.render.student.texts import page_texts, pupil_steps
from generator.validate.fields import format_field

TEXT_LIX, PAGE_LIX, NO_PUPIL_STEPS = "TP501", "TP502", "TP503"
DataPath = tuple[str | int, ...]
LixRow = tuple[str, str, float]  # school id, band, LIX of the page
TextLix = tuple[str, DataPath, str, int, Lix]  # file, path, band, limit, LIX


@dataclass(frozen=True)
class SharedText:
    """An elevtext written in huvudman.yml that one of a school's pages shows."""

    path: DataPath
    band: str
    limit: int
    lix: Lix


@dataclass(frozen=True)
class PageCheck:
    """One school's student pages: its own problems, the huvudman texts they show, LIX."""

    problems: tuple[Problem, ...]  # TP501 of the school's own texts, TP502–TP507
    shared: tuple[SharedText, ...]
    lix_rows: tuple[LixRow, ...]


def school_pages(
    project: Project, school: School, locator: Locator
) -> tuple[PageCheck, tuple[GeneratedFile, ...]]:
    """The checks of one school's newest plan, and its published student pages as
    measured; `project` gives the huvudman."""
    plan = school.current_plan
    if plan is None:
        return PageCheck((), (), ()), ()
    own, shared = _texts(project, school, plan)
    pages = render_student_pages(project, school, plan, preview=False)
    too_hard, rows = _measured(project, school, pages, locator)
    found = [*_text_warnings(own, locator), *too_hard, *_flow_warnings(plan, locator)]
    found += measure_warnings(school, plan, locator.place)
    found += vision_warnings(school, plan, locator.place)
    found += fritids_warnings(project, school, plan, locator.place)
    found += poster_warnings(school, plan, pages, locator.place)
    problems = tuple(_apply_profile(found, project.organiser.rule_profile))
    return PageCheck(problems, tuple(shared), tuple(rows)), tuple(pages)


def _texts(project: Project, school: School, plan: Plan) -> tuple[list[TextLix], list[SharedText]]:
    """The school's own elevtexts at their strictest band, and the huvudman's texts it shows."""
    profile, home = project.organiser.rule_profile, project.organiser.location.file
    shared: list[SharedText] = []
    own: dict[tuple[str, DataPath], tuple[str, int, str]] = {}
    for band in bands_for(school):
        limit = lix_limit(profile, band)
        for text in page_texts(project, plan, band):
            if text.file == home:
                shared.append(SharedText(text.path, band.key, limit, _measure(text.text)))
            elif (key := (text.file, text.path)) not in own or limit < own[key][1]:
                own[key] = (band.key, limit, text.text)
    texts = [(f, path, band, limit, _measure(t)) for (f, path), (band, limit, t) in own.items()]
    return texts, shared


def _measured(
    project: Project, school: School, pages: list[GeneratedFile], locator: Locator
) -> tuple[list[Problem], list[LixRow]]:
    """TP502: a whole student page above its band's limit; and each page's LIX."""
    plan = school.current_plan
    assert plan is not None
    problems, rows = [], []
    for band, page in zip(bands_for(school), pages, strict=True):
        value = page_lix(str(page.content))
        limit = lix_limit(project.organiser.rule_profile, band)
        rows.append((school.id, band.key, value.value))
        if value.rounded > limit:
            message = f"elevsidan för {band.key} har LIX {value.rounded}, över gränsen {limit}"
            hint = "förenkla elevtexterna och visionen i planen och elevtexterna i huvudman.yml"
            problems.append(_warning(PAGE_LIX, locator.place(plan.source, ()), message, hint))
    return problems, rows


def _flow_warnings(plan: Plan, locator: Locator) -> list[Problem]:
    """TP503: no step of the elev–elev ärendegång has an elevtext for the pupils' flow."""
    flow = plan.routines.pupil_pupil
    if pupil_steps(flow):
        return []
    path = ("rutiner", "elev_elev", "steg")
    message = "inget steg i ärendegången har en elevtext, så elevsidan kan inte visa den"
    hint = "skriv elevtext: på de steg som eleven märker av"
    return [_warning(NO_PUPIL_STEPS, locator.place(flow.location.file, path), message, hint)]


def shared_text_problems(
    checks: Iterable[PageCheck], home: str, profile: RuleProfile, locator: Locator
) -> list[Problem]:
    """TP501 of the huvudman's texts: each against the strictest page (in school order)."""
    strictest: dict[DataPath, SharedText] = {}
    for check in checks:
        for text in check.shared:
            if text.path not in strictest or text.limit < strictest[text.path].limit:
                strictest[text.path] = text
    texts = [(home, t.path, t.band, t.limit, t.lix) for t in strictest.values()]
    return _apply_profile(_text_warnings(texts, locator), profile)


def _text_warnings(texts: list[TextLix], locator: Locator) -> list[Problem]:
    """TP501: an elevtext above the limit of the strictest band whose page shows it, or
    a bidrag that an older band's page shows for want of an elevtext."""
    problems = []
    for file, path, band, limit, value in texts:
        if over_limit(value, limit):
            message, hint = too_hard(path, band, value, limit)
            problems.append(_warning(TEXT_LIX, locator.place(file, path), message, hint))
    return problems


@functools.lru_cache(maxsize=4096)  # the huvudman's texts recur on every school's pages
def _measure(text: str) -> Lix:
    return text_lix(text)


def format_lix_summary(rows: list[LixRow], profile: RuleProfile) -> str:
    """The section `trygg check` prints, from the rows of `PageCheck.lix_rows`."""
    if not rows:
        return ""
    limits = {band.key: lix_limit(profile, band) for band in BANDS}
    width = max(len(f"{school_id} {band}") for school_id, band, _value in rows)
    lines = ["Läsbarhet (LIX) för elevsidorna:"]
    for school_id, band, value in rows:
        shown, limit = int(value + 0.5), limits[band]
        over = " – över gränsen" if shown > limit else ""
        lines.append(f"  {f'{school_id} {band}':<{width}}  LIX {shown:>2} (gräns {limit}){over}")
    return "\n".join(lines)


def _warning(code: str, place: tuple[Location, str], message: str, hint: str) -> Problem:
    where, field = place
    return codes.problem(code, where, message, field=field, hint=hint)


def _apply_profile(problems: list[Problem], profile: RuleProfile) -> list[Problem]:
    """Drop codes switched off (`av`) in regelprofil.regler; give others their set severity."""
    kept = []
    for problem in problems:
        severity = profile.severity(codes.code(problem.code))
        if severity is not None:
            kept.append(replace(problem, severity=severity))
    return kept


class Locator:
    """Line and column of a data path, from each content file read once (or given)."""

    def __init__(self, root: Path, documents: Iterable[Document] = ()) -> None:
        self.root = root
        self.documents: dict[str, Document | None] = {d.display: d for d in documents}

    def at(self, file: str, path: DataPath) -> Location:
        document = self._document(file)
        if document is None:
            return Location(file)
        line, column = document.locate(path)
        return Location(file, line, column)

    def place(self, file: str, path: DataPath) -> tuple[Location, str]:
        """Where the value at `path` stands, and its field as a problem names it."""
        document = self._document(file)
        return self.at(file, path), format_field(path, document.data if document else None)

    def _document(self, file: str) -> Document | None:
        if file not in self.documents:
            try:
                self.documents[file] = load_yaml(self.root / file, file)
            except LoadError:
                self.documents[file] = None
        return self.documents[file]
