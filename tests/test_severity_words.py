"""A severity has one Swedish word: the terminal, `trygg check`'s summary, the rules
page, the README's code table and the granskning's page and document name it alike
(`problems.severity.WORDS`). A rektor read "Upplysning" in the granskning and "info" on
the rules page and in the terminal for the same thing."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.codes import code
from generator.model import Project
from generator.model.organiser import OFF, RuleProfile
from generator.problems import Report, Severity
from generator.problems.severity import PROFILE_WORDS
from generator.render.rules_page import rules_pages
from generator.review.document import render_review_document
from generator.review.pages import review_pages
from tests.test_review import PLAN, TODAY, _problem, build_review, project

__all__ = ["project"]  # the fixture

ROOT = Path(__file__).parent.parent
README = ROOT / "README.md"
# A code of each severity, as the registry has it.
CODES = {Severity.ERROR: "TP108", Severity.WARNING: "TP203", Severity.INFO: "TP310"}


def _words(project: Project, tp: str, severity: Severity) -> dict[str, str]:
    """The word each place names the severity of one finding of `tp` with (a unit with
    only an upplysning has nothing to note: a warning gives it a section in the document)."""
    report = Report([_problem(PLAN, tp, severity), _problem(PLAN, "TP203", Severity.WARNING)])
    review = build_review(project, report, TODAY)
    unit = dict(review_pages(review))[f"granskning/enheter/{review.units[0].id}.md"]
    document = render_review_document(review)
    rules = {f.uri: str(f.content) for f in rules_pages()}
    page = next(text for text in rules.values() if f"## {tp} " in text)
    section = page[page.index(f"## {tp} ") :]
    found = {
        "terminal": re.search(rf": (\w+) {tp} ", report.format_text()),
        "summary": re.search(r"\b1 (\w+)", Report([_problem(PLAN, tp, severity)]).summary()),
        "granskning": re.search(rf"<strong>(\w+)</strong> (?:<a [^>]*>)?{tp}", unit),
        "dokument": re.search(rf"- \*\*(\w+)\*\* {tp}", document),
        "regelsidan": re.search(rf"\[{tp}\]\([^)]*\) \| (\w+) \|", rules["regler/index.md"]),
        "regelns avsnitt": re.search(r"\*\*Nivå:\*\* (\w+)\.", section),
        "README": re.search(rf"\| {tp} \| (\w+) \|", README.read_text(encoding="utf-8")),
    }
    return {where: next(g for g in m.groups() if g) for where, m in found.items() if m}


def test_every_place_names_a_severity_with_the_same_word(project: Project) -> None:
    said = {}
    for severity, tp in CODES.items():
        assert code(tp).severity is severity
        words = _words(project, tp, severity)
        assert len(words) == 7, words  # every place shows it
        assert len({w.casefold() for w in words.values()}) == 1, words
        said[severity] = words["terminal"]
    assert len(set(said.values())) == 3  # the three are told apart
    assert said[Severity.INFO] == "upplysning"  # what a rektor reads, not a developer's "info"


def test_a_count_of_each_severity_reads_as_swedish() -> None:
    report = Report()
    for line, severity in enumerate([*Severity, *Severity], start=1):
        report.add(_problem(PLAN, CODES[severity], severity, line))
    assert report.summary() == "2 fel, 2 varningar, 2 upplysningar."
    report = Report([_problem(PLAN, CODES[s], s) for s in Severity])
    assert report.summary() == "1 fel, 1 varning, 1 upplysning."


def test_the_rules_page_says_what_each_word_means_and_how_a_profile_writes_it() -> None:
    index = next(str(f.content) for f in rules_pages() if f.uri == "regler/index.md")
    assert "- **upplysning** är för kännedom" in index and "**info**" not in index
    assert "# av, fel, varning eller upplysning" in index


def test_a_regelprofil_writes_a_level_with_its_word_and_older_profiles_info_still_work() -> None:
    """The rules page tells a huvudman to write "upplysning"; the schema lets it, and a
    profile from before, with "info", means the same."""
    schema = json.loads((ROOT / "schemas" / "huvudman.schema.json").read_text(encoding="utf-8"))
    levels = schema["properties"]["regelprofil"]["properties"]["regler"]["additionalProperties"]
    assert set(levels["enum"]) == {*PROFILE_WORDS, "info", OFF}
    assert PROFILE_WORDS == ("fel", "varning", "upplysning")
    tp206 = code("TP206")
    for written in ("upplysning", "info"):
        assert RuleProfile({"TP206": written}).severity(tp206) is Severity.INFO
    assert RuleProfile({"TP206": "av"}).severity(tp206) is None
