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

from generator import codes
from generator.load.blocks import MAX_PAGE_BLOCKS, too_many_blocks
from generator.load.document import Document
from generator.load.drafts import drafted_file
from generator.load.fences import Fence, read_fences
from generator.load.layout import (
    ORGANISER_FILE,
    RESERVED,
    SCHOOLS,
    URL_NAME,
    free_page_uri,
    inside_site,
)
from generator.load.paths import NO_FOLDER, NO_FOLDER_HINT, PathRefused, refuse_leaving
from generator.load.planfiles import plan_file_problem, plan_order, version_gaps
from generator.load.reports import REPORTS, ReportSource, read_reports
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import load_yaml, parse_yaml, read_text
from generator.problems import Location, Problem, display_path

SCHOOL_ID = URL_NAME
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class PageSource:
    """A free page: its front matter as a Document, its Markdown body and diagram fences."""

    slug: str
    front: Document
    body: str
    body_line: int
    fences: tuple[Fence, ...] = ()


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


@dataclass(frozen=True)
class Sources:
    root: Path  # the folder that holds content/ (paths in messages are relative to it)
    content_dir: Path
    organiser: Document | None
    schools: tuple[SchoolSources, ...]
    reports: tuple[ReportSource, ...] = ()  # the huvudman's: content/rapporter/*.yml

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


def _problem(
    code: str, file: str, message: str, hint: str, *, line: int = 0, column: int = 0
) -> Problem:
    return codes.problem(code, Location(file, line, column), message, hint=hint)


class _Reader:
    """Reads the files of one folder (`home`) and collects problems instead of raising."""

    def __init__(self, root: Path, home: Path) -> None:
        self.root = root
        self.home = home
        self.problems: list[Problem] = []
        self.unparsed: set[Path] = set()  # read, but not as YAML (`load.drafts` may look)

    def display(self, path: Path) -> str:
        return display_path(path, self.root)

    def stays_home(self, path: Path) -> bool:
        """Whether `path` lies in the reader's folder once links are followed (else TP051)."""
        try:
            refuse_leaving(path, self.home)
        except PathRefused as refused:
            shown = self.display(path)
            self.problems.append(_problem("TP051", shown, refused.reason, refused.hint))
            return False
        return True

    def listing(self, folder: Path, pattern: str) -> list[Path]:
        """The files in `folder` matching `pattern` (`folder_here`)."""
        return sorted(folder.glob(pattern)) if self.folder_here(folder) else []

    def folder_here(self, folder: Path) -> bool:
        """Whether `folder` is there to read: not when it is absent, nor (a problem) when
        it is there but is no folder of the reader's (a link out, in a loop, to nothing)."""
        if not folder.exists() and not folder.is_symlink():
            return False
        if not self.stays_home(folder):
            return False
        if not folder.is_dir():
            self.problems.append(_problem("TP001", self.display(folder), NO_FOLDER, NO_FOLDER_HINT))
            return False
        return True

    def yaml(self, path: Path, required: bool = True) -> Document | None:
        shown = self.display(path)
        if not path.exists() and not path.is_symlink():
            if required:
                hint = _missing_hint(path)
                self.problems.append(_problem("TP038", shown, "filen saknas", hint))
            return None
        if not self.stays_home(path):
            return None
        try:
            return load_yaml(path, shown)
        except LoadError as error:
            self.problems.append(error.problem(shown))
            self.unparsed.add(path)
            return None

    def page(self, path: Path) -> PageSource | None:
        shown = self.display(path)
        if not self.stays_home(path):
            return None
        if not inside_site(free_page_uri(path.stem)):
            why = "filnamnet har ett styrtecken och kan inte bli en adress på webbplatsen"
            self.problems.append(_problem("TP001", shown, why, "byt namn på filen"))
            return None
        try:
            text = read_text(path)
            match = FRONT_MATTER.match(text)
            if match is None:
                hint = "börja filen med ---, titel: Sidans rubrik och ---"
                raise LoadError("TP040", "sidhuvud (front matter) saknas", hint, 1, 1)
            front = parse_yaml(match.group(1), path, shown, line_offset=1)
        except LoadError as error:
            self.problems.append(error.problem(shown))
            return None
        body_line = text[: match.end()].count("\n") + 1
        body = text[match.end() :]
        if (line := too_many_blocks(body)) is not None:
            message = f"sidan har fler än {MAX_PAGE_BLOCKS} stycken, rubriker och kodblock"
            hint = "dela upp sidan i flera sidor"
            self.problems.append(_problem("TP002", shown, message, hint, line=body_line + line))
            return None
        fences = read_fences(body, body_line, path, shown)
        return PageSource(path.stem, front, body, body_line, fences)


def _missing_hint(path: Path) -> str:
    """How to get a required file that is missing: the commands that write them."""
    if not path.parent.is_dir():
        return "kör trygg init för att skapa ett nytt förråd med en första skola"
    if path.parent.parent.name == SCHOOLS:
        return f"skapa {path.name}, till exempel som en kopia av en annan skolas"
    return f"skapa {path.name}; trygg init skriver ett exempel på den"


def _read_school(reader: _Reader, directory: Path) -> SchoolSources:
    plans: list[tuple[str, Document]] = []
    drafts: set[str] = set()
    paths = reader.listing(directory / "trygghetsplan", "*.y*ml")
    named = {path: plan_file_problem(path.stem) for path in paths}
    gaps = version_gaps(path.stem for path in paths if not named[path][0])
    for path in paths:
        why, hint = gaps.get(path.stem, named[path])
        if why:
            reader.problems.append(_problem("TP035", reader.display(path), why, hint))
            continue
        if (document := reader.yaml(path)) is not None:
            plans.append((path.stem, document))
        elif path in reader.unparsed and drafted_file(path, reader.problems[-1].location.line):
            drafts.add(reader.display(path))
    pages = [reader.page(p) for p in reader.listing(directory / "sidor", "*.md")]
    reports, problems = read_reports(directory / REPORTS, reader.root, directory)
    reader.problems += problems
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
    reader = _Reader(content_dir.resolve().parent, content_dir)
    return reader.yaml(content_dir / ORGANISER_FILE), reader.problems


def school_folders(
    content_dir: Path, only: Collection[str] = ()
) -> tuple[list[Path], list[Problem]]:
    """The folders under content/skolor/ to read (sorted), and problems with their names."""
    reader = _Reader(content_dir.resolve().parent, content_dir)
    folders: list[Path] = []
    school_root = content_dir / SCHOOLS
    if not reader.folder_here(school_root):
        return [], reader.problems
    for directory in _school_entries(school_root):
        if only and directory.name not in only:
            continue
        if not reader.folder_here(directory):
            continue
        if not SCHOOL_ID.match(directory.name):
            hint = "använd bara små bokstäver a–z, siffror och bindestreck, t.ex. ekbackens-skola"
            message = f"mappnamnet '{directory.name}' duger inte som skol-id och webbadress"
            reader.problems.append(_problem("TP033", reader.display(directory), message, hint))
            continue
        if directory.name in RESERVED:
            message = f"skol-id:t '{directory.name}' används redan av portalen"
            hint = "byt namn på mappen, t.ex. till skolans namn"
            reader.problems.append(_problem("TP039", reader.display(directory), message, hint))
            continue
        folders.append(directory)
    known = school_names(content_dir)
    for wanted in sorted(set(only) - {f.name for f in folders}):
        hint = (
            f"ange ett av skol-id:na: {', '.join(known)}"
            if known
            else "skapa en skola med trygg ny-skola ID"
        )
        reader.problems.append(
            _problem("TP041", reader.display(school_root), f"skolan '{wanted}' finns inte", hint)
        )
    return folders, reader.problems


def school_names(content_dir: Path) -> list[str]:
    """The name of every folder under content/skolor/, whether or not it can be read."""
    return [p.name for p in _school_entries(content_dir / SCHOOLS)]


def _school_entries(school_root: Path) -> list[Path]:
    """Each folder under content/skolor/, and each link there that is no file's."""
    return sorted(p for p in school_root.glob("*") if p.is_dir() or _link_not_to_a_file(p))


def _link_not_to_a_file(path: Path) -> bool:
    """A link that is in a loop, to nothing, or out: like a plain file, one to a file is
    not a school folder and is passed over."""
    return path.is_symlink() and not path.is_file()


def read_school(content_dir: Path, directory: Path) -> tuple[SchoolSources, list[Problem]]:
    """Read one school's folder; each file that cannot be read becomes a problem."""
    reader = _Reader(content_dir.resolve().parent, directory)
    return _read_school(reader, directory), reader.problems
