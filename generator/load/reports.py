"""Reading reports: `content/rapporter/<id>.yml` (the huvudman's) and
`content/skolor/<id>/rapporter/<id>.yml` (a school's), each with an optional Markdown body.

A report's id is its file name, and its address on the site (`rapporter/<id>/`), so it
must be one (TP061). The body is `brödtext` if the report names one, else `<id>.md`
beside the report when it exists; either way it is resolved by `load.paths`, and must
stay in the report's folder (TP062). A report of more counts than any real one is
refused before anything reads them (TP073, `load.report_size`). Nothing here raises:
problems are collected.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator import codes
from generator.load.blocks import nesting_error, too_deep
from generator.load.document import Document
from generator.load.filenames import other_ending
from generator.load.layout import URL_NAME
from generator.load.paths import PathRefused, resolve_inside
from generator.load.reader import Reader
from generator.load.report_size import too_many_counts
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import load_yaml, read_text
from generator.problems import Location, Problem, display_path

REPORTS = "rapporter"  # the folder of a unit's reports, and their address on its site
BODY_KEY = "brödtext"


@dataclass(frozen=True)
class ReportSource:
    """A report as read: its YAML document and the Markdown body beside it ("" if none)."""

    id: str
    document: Document
    body: str = ""
    body_display: str = ""  # the body's file as shown in messages (also one unreadable)
    body_line: int = 1


def read_reports(folder: Path, reader: Reader) -> tuple[ReportSource, ...]:
    """Every report in `folder` (sorted by id); the problems met reading them go to
    `reader`, whose folder the reports' folder and each report must lie in once links
    are followed (`Reader.folder_here`, `Reader.stays_home`)."""
    if not reader.folder_here(folder):
        return ()
    found: list[ReportSource] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.y*ml")):
        shown = reader.display(path)
        if not reader.stays_home(path):
            continue
        named = URL_NAME.match(path.stem) and path.suffix in (".yml", ".yaml")
        if named and other_ending(path):  # the same rule as every file's (`load.filenames`)
            why = f"filändelsen {path.suffix} läses inte som en rapport"
            hint = f"döp om filen till {path.stem}.yml: trygg läser bara filer som slutar på .yml"
            reader.problems.append(codes.problem("TP061", Location(shown, 1, 1), why, hint=hint))
            continue
        if not named or path.stem in seen:
            message = f"'{path.name}' duger inte som rapportens namn och webbadress"
            if path.stem in seen:
                message = f"det finns redan en rapport som heter '{path.stem}'"
            reader.problems.append(codes.problem("TP061", Location(shown, 0, 0), message))
            continue
        seen.add(path.stem)
        try:
            document = load_yaml(path, shown)
        except LoadError as error:
            reader.problems += error.problems(shown)
            continue
        if (too_large := too_many_counts(document)) is not None:
            reader.problems.append(too_large)
            continue
        body, body_problems = _body(document, folder, reader.root)
        reader.problems += body_problems
        found.append(ReportSource(path.stem, document, *body))
    return tuple(found)


def _body(document: Document, folder: Path, root: Path) -> tuple[tuple[str, str], list[Problem]]:
    """The report's Markdown body and its file as shown, or ("", "") when it has none."""
    data = document.data if isinstance(document.data, dict) else {}
    written = data.get(BODY_KEY)
    if not isinstance(written, str):  # none, or a wrong type the schema reports
        written = f"{document.path.stem}.md"
        if not (folder / written).exists() and not (folder / written).is_symlink():
            return ("", ""), []  # a link to nothing is an error below, not "no body"
    line, column = document.locate((BODY_KEY,))
    where = Location(document.display, line, column)
    try:
        path = resolve_inside(written, folder, folder)
        if path.suffix != ".md":
            hint = "skriv en fil som slutar på .md"
            raise PathRefused(f"'{written}' är ingen Markdown-fil", hint)
        body = read_text(path)
        if (deep := too_deep(body)) is not None:
            raise nesting_error(deep + 1)
        return (body, display_path(path, root)), []
    except PathRefused as refused:
        return ("", ""), [codes.problem("TP062", where, refused.reason, hint=refused.hint)]
    except LoadError as error:  # the body's file stays its report's (`check.reports.report_files`)
        shown = display_path(folder / written, root)
        return ("", shown), [error.problem(shown)]
