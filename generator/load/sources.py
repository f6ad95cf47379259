"""Find and read every content file under content/.

The layout is part of the product (see README): `content/huvudman.yml` and, per
school, `content/skolor/<id>/{skola.yml, arshjul.yml, trygghetsplan/<period>[-v<N>].yml,
sidor/*.md}`. Reading never stops at the first bad file: each file that cannot
be read becomes a Problem and the rest are still read. A file (or a school's folder)
that is a symbolic link out of its folder is not read (TP051, `load.paths`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from generator.load.document import Document
from generator.load.drafts import drafted_file
from generator.load.filenames import other_ending, read_as_yaml
from generator.load.layout import ORGANISER_FILE, PLANS, URL_NAME
from generator.load.periodnames import file_start
from generator.load.planfiles import plan_file_problem, plan_order, version_gaps
from generator.load.reader import PageSource, Reader, file_problem
from generator.load.reports import REPORTS, ReportSource, read_reports
from generator.load.sitetexts import SiteTexts
from generator.problems import Problem, shown_name
from generator.text import grades_as_read, is_placeholder, slug
from generator.vocabulary import SCHOOL_FORMS

GRADES = re.compile(r"(F|[1-9])(-(F|[1-9]))?")  # skola.yml's `årskurser`, as the model keeps it
PAGE_NAME = URL_NAME  # a free page's file name, as its address


@dataclass(frozen=True)
class SchoolSources:
    id: str
    directory: Path
    display: str
    school: Document | None
    # (plan key: `layout.plan_key`, document), sorted by period, then version
    plans: tuple[tuple[str, Document], ...]
    annual_cycle: Document | None
    pages: tuple[PageSource, ...]
    # plan files that could not be parsed but say `status: utkast` (`load.drafts`)
    unreadable_drafts: frozenset[str] = frozenset()
    reports: tuple[ReportSource, ...] = ()  # rapporter/*.yml

    @property
    def written_name(self) -> str:
        """The name skola.yml gives (`namn`), read without the model, so that a school whose
        files have errors is still called by it; "" when it gives none that can be read."""
        data = self.school.data if self.school is not None else None
        name = data.get("namn") if isinstance(data, dict) else None
        if not isinstance(name, str) or is_placeholder(name):
            return ""
        return " ".join(name.split())

    @property
    def written_forms(self) -> tuple[tuple[str, ...], str]:
        """skola.yml's `skolformer` and `årskurser` as written, read without the model
        (the portal's row of a school whose files have errors): only the forms the
        vocabulary knows and a span of grades as the model keeps it (F-6), nothing else."""
        data = self.school.data if self.school is not None else None
        data = data if isinstance(data, dict) else {}
        forms, grades = data.get("skolformer"), data.get("årskurser")
        known = tuple(f for f in forms if f in SCHOOL_FORMS) if isinstance(forms, list) else ()
        span = grades_as_read(grades) if isinstance(grades, str) else ""
        span = span if GRADES.fullmatch(span) else ""
        return known, span


@dataclass(frozen=True)
class Sources:
    root: Path  # the folder that holds content/ (paths in messages are relative to it)
    content_dir: Path
    organiser: Document | None
    schools: tuple[SchoolSources, ...]
    reports: tuple[ReportSource, ...] = ()  # the huvudman's: content/rapporter/*.yml
    # mkdocs.yml's published strings (`load.sitetexts`): every site's, read with huvudman.yml
    settings: tuple[SiteTexts, ...] = ()

    def documents(self) -> list[Document]:
        """Every loaded YAML document, for checks that scan all content."""
        found: list[Document] = [self.organiser] if self.organiser else []
        found += [report.document for report in self.reports]
        for school in self.schools:
            found += [d for d in (school.school, school.annual_cycle) if d]
            found += [doc for _period, doc in school.plans]
            found += [page.front for page in school.pages]
            found += [report.document for report in school.reports]
        return found

    def free_pages(self) -> list[PageSource]:
        """Every school's free pages (sidor/), school by school."""
        return [page for school in self.schools for page in school.pages]

    def markdown_documents(self) -> list[Document]:
        """The YAML documents whose texts the pages show as Markdown: huvudman.yml, then
        each school's skola.yml, årshjul and plans (not reports, nor pages' front matter)."""
        found: list[Document] = [self.organiser] if self.organiser else []
        for school in self.schools:
            found += [d for d in (school.school, school.annual_cycle) if d]
            found += [document for _key, document in school.plans]
        return found


def _other_endings(reader: Reader, folder: Path, taken: Collection[str]) -> None:
    """TP035 at a plan file that ends as YAML but not in .yml (2027-28.yaml, 2027.YML):
    trygg reads every file of its own by the ending .yml (`load.filenames`), and this
    one would be passed over without a word, as if the plan were not there."""
    for path in reader.listing(folder, "*.[Yy]*[Mm][Ll]"):
        if other_ending(path):
            why = f"filändelsen {path.suffix} läses inte som en plan"
            hint = f"döp om filen till {path.stem}.yml: trygg läser bara filer som slutar på .yml"
            if path.stem in taken:
                hint = f"{path.stem}.yml finns redan: ta bort filen om den är en kopia"
            shown = reader.display(path)
            reader.problems.append(file_problem("TP035", shown, why, hint, line=1, column=1))


def _named(path: Path, taken: Collection[str]) -> tuple[str, str]:
    """`plan_file_problem` for a plan file; a misnamed file's giltighet helps its hint."""
    found = plan_file_problem(path.stem, taken)
    return plan_file_problem(path.stem, taken, file_start(path)) if found[0] else found


def _read_school(reader: Reader, directory: Path) -> SchoolSources:
    plans: list[tuple[str, Document]] = []
    drafts: set[str] = set()
    paths = [p for p in reader.listing(directory / PLANS, "*.y*ml") if read_as_yaml(p)]
    taken = {path.stem for path in paths if not plan_file_problem(path.stem)[0]}
    _other_endings(reader, directory / PLANS, taken)
    named = {path: _named(path, taken) for path in paths}
    gaps = version_gaps(path.stem for path in paths if not named[path][0])
    for path in paths:
        why, hint = gaps.get(path.stem, named[path])
        if why:
            shown = reader.display(path)
            reader.problems.append(file_problem("TP035", shown, why, hint, line=1, column=1))
            continue
        if (document := reader.yaml(path)) is not None:
            plans.append((path.stem, document))
        elif path in reader.unparsed and drafted_file(path, reader.unparsed[path]):
            drafts.add(reader.display(path))
    pages = [reader.page(p) for p in _page_files(reader, directory / "sidor")]
    reports = read_reports(directory / REPORTS, reader)
    return SchoolSources(
        id=directory.name,
        directory=directory,
        display=reader.display(directory),
        school=reader.yaml(directory / "skola.yml"),
        plans=tuple(sorted(plans, key=lambda item: plan_order(item[0]))),
        annual_cycle=reader.yaml(directory / "arshjul.yml"),
        pages=tuple(p for p in pages if p is not None),
        unreadable_drafts=frozenset(drafts),
        reports=reports,
    )


def read_organiser(content_dir: Path) -> tuple[Document | None, list[Problem]]:
    """Read `content/huvudman.yml`."""
    reader = Reader(content_dir.resolve().parent, content_dir)
    return reader.yaml(content_dir / ORGANISER_FILE), reader.problems


def _page_files(reader: Reader, folder: Path) -> list[Path]:
    """The free pages in `folder`: its .md files. Anything else there is no page (TP064),
    and a page whose name makes an odd address is told so (TP065)."""
    pages = []
    for path in reader.listing(folder, "*"):
        shown, name = reader.display(path), shown_name(path.name)
        if path.name.startswith("."):  # the system's own (.DS_Store) and hidden files
            continue
        if path.suffix != ".md" or path.is_dir():
            why = f"'{name}' i sidor/ blir ingen sida: bara filer som slutar på .md gör det"
            reader.problems.append(file_problem("TP064", shown, why, _page_hint(path)))
            continue
        if not PAGE_NAME.match(path.stem) and name == path.name and name.isprintable():
            why = f"filnamnet '{name}' blir adressen sidor/{quote(path.stem)}/"
            hint = f"byt namn på filen till {slug(path.stem) or 'sida'}.md och ändra länkarna dit"
            reader.problems.append(file_problem("TP065", shown, why, hint, line=1, column=1))
        pages.append(path)
    return pages


def _page_hint(path: Path) -> str:
    if path.is_dir():
        return "flytta mappen från sidor/; bara .md-filer i sidor/ blir sidor"
    if path.suffix.lower() in (".md", ".markdown"):
        return f"byt namn på filen till {slug(path.stem) or 'sida'}.md"
    return "spara sidan som Markdown (.md) i sidor/, eller flytta filen därifrån"


def read_school(content_dir: Path, directory: Path) -> tuple[SchoolSources, list[Problem]]:
    """Read one school's folder; each file that cannot be read becomes a problem."""
    reader = Reader(content_dir.resolve().parent, directory)
    return _read_school(reader, directory), reader.problems
