"""The site `mkdocs serve` shows while the content has errors: the problems, escaped."""

from __future__ import annotations

import html
from collections.abc import Sequence

from generator.codes import withholds
from generator.problems import WORDS, Problem, Report, Severity, hinted_once
from generator.render.files import GeneratedFile
from generator.render.sitecontent import SiteContent
from generator.review.marks import as_told


def error_page(report: Report) -> str:
    """The page `mkdocs serve` shows instead of the site while content has errors."""
    return f"# Fel i innehållet\n\n{problem_list(report)}\n"


def problem_list(report: Report) -> str:
    """The error page's text as HTML, every piece of content escaped; the theme's 404 page
    shows it too (`theme_values["fel"]`), so that every address of the preview has it.
    The errors that stop the preview (`codes.withholds`), then the errors that do not
    (TP101: no decided plan in force today) and the warnings, as the summary counts
    them; the notes are counted and told where they are."""
    errors = [p for p in report if p.severity is Severity.ERROR]
    blocking = [p for p in errors if withholds(p)] or errors  # the site failed all the same
    rest = [p for p in errors if p not in blocking]
    warnings = [p for p in report if p.severity is Severity.WARNING]
    text = (
        "<p>Förhandsvisningen kan inte visas förrän felen nedan är rättade. "
        "Sidan laddas om av sig själv när du sparar en fil.</p>\n"
        "<h2>Fel som hindrar förhandsvisningen</h2>\n"
        f'<ol class="trygg-problems">\n{_rows(blocking)}\n</ol>\n'
    )
    if rest:
        text += (
            "<h2>Fel som inte hindrar förhandsvisningen</h2>\n"
            "<p>De hindrar inte heller publiceringen, men trygg check räknar dem som fel "
            "tills de är rättade:</p>\n"
            f'<ol class="trygg-errors">\n{_rows(rest)}\n</ol>\n'
        )
    if warnings:
        text += (
            f"<h2>{WORDS[Severity.WARNING].heading}</h2>\n"
            "<p>Varningarna hindrar inte webbplatsen, men rätta dem också:</p>\n"
            f'<ol class="trygg-warnings">\n{_rows(warnings)}\n</ol>\n'
        )
    notes = WORDS[Severity.INFO].heading
    where = f" {notes} står i terminalen och i trygg check." if report.count(Severity.INFO) else ""
    return text + f"<p>{html.escape(report.summary())}{where}</p>"


def _rows(problems: Sequence[Problem]) -> str:
    return "\n".join(
        f"<li><code>{html.escape(str(p.location))}</code> {html.escape(_without_location(p))}</li>"
        for p in problems
    )


def _without_location(problem: Problem) -> str:
    return problem.format().removeprefix(f"{problem.location}: ")


def failed_site(report: Report, uris: Sequence[str] = ()) -> SiteContent:
    """The error page `mkdocs serve` shows while the content has errors, at "index.md" and
    at each of `uris` (the pages the preview showed last), so no open page goes missing."""
    page = error_page(report)
    return SiteContent(
        title="Förhandsvisning",  # the tab reads "Fel i innehållet - Förhandsvisning"
        files=[GeneratedFile(uri, page) for uri in dict.fromkeys(["index.md", *uris])],
        navigation=[{"Fel i innehållet": "index.md"}],
        theme_values={"fel": problem_list(report)},
        errors=_lines(report, Severity.ERROR),
        warnings=_lines(report, Severity.WARNING),
        notes=_lines(report, Severity.INFO),
        summary=report.summary(),
        failed=True,
    )


def _lines(report: Report, severity: Severity) -> list[str]:
    return [p.format() for p in hinted_once(as_told(report)) if p.severity is severity]
