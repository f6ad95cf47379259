"""The registry of problem codes: every code used is registered, and explained in Swedish."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

from generator import codes
from generator.codes import Category, all_codes
from generator.problems import Location
from generator.render.rules_page import rules_pages
from generator.rules import all_rules

ROOT = Path(__file__).resolve().parents[1]
SERIES = {
    Category.FORM: "TP0[0-2]", Category.CONSISTENCY: "TP0[3-7]", Category.LEGAL: "TP1",
    Category.MISTAKES: "TP2", Category.QUALITY: "TP3", Category.PRIVACY: "TP4",
    Category.STUDENT: "TP5",
}  # fmt: skip


def used_codes() -> set[str]:
    """Every code written in the package's source, outside the registry itself."""
    found: set[str] = set()
    for path in (ROOT / "generator").rglob("*.py"):
        if "codes" not in path.relative_to(ROOT / "generator").parts:
            found.update(re.findall(r"\bTP\d{3}\b", path.read_text(encoding="utf-8")))
    return found


def test_every_code_that_is_used_is_registered() -> None:
    assert used_codes() - set(codes.REGISTRY) == set()


def test_every_registered_code_is_used() -> None:
    assert set(codes.REGISTRY) - used_codes() == set()


def test_every_rule_has_its_code_and_every_plan_rule_code_a_rule() -> None:
    rules = {rule.code.code for rule in all_rules()}
    plan_rules = {c.code for c in all_codes() if c.category in codes.PLAN_RULES}
    assert rules == plan_rules


@pytest.mark.parametrize("entry", all_codes(), ids=lambda c: c.code)
def test_each_code_is_explained_in_swedish(entry: codes.Code) -> None:
    assert re.match(SERIES[entry.category], entry.code)
    assert entry.title[:1].isupper() and not entry.title.endswith(".")
    assert entry.checks.rstrip(")").endswith(".") and entry.fix and not entry.fix.endswith(".")
    assert entry.source
    text = f"{entry.title} {entry.checks} {entry.fix}"
    assert re.search(r"[åäö]|\b(?:att|och|med|eller|som)\b", text), "texts are in Swedish"
    assert not re.search(r"\b(?:the|must|should|is|are)\b", text), "texts are in Swedish"


def test_no_two_codes_have_the_same_title() -> None:
    """A title is what a list shows of a code (the rule pages, the granskning): two codes
    with one title read as one problem."""
    titles = [entry.title.casefold() for entry in all_codes()]
    assert sorted(t for t in set(titles) if titles.count(t) > 1) == []


def test_an_unregistered_code_is_refused() -> None:
    with pytest.raises(KeyError):
        codes.code("TP999")


def test_the_readme_lists_every_code() -> None:
    """The table between the markers is `code_table()`; UPDATE_GOLDENS=1 writes it."""
    import os

    from generator.render.rules_page import code_table

    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- koder:start -->\n", "<!-- koder:end -->"
    before, _, rest = text.partition(start)
    _old, _, after = rest.partition(end)
    expected = before + start + code_table() + end + after
    if os.environ.get("UPDATE_GOLDENS") and text != expected:
        readme.write_text(expected, encoding="utf-8")
        text = expected
    assert text == expected, "the README's code table is out of date; run UPDATE_GOLDENS=1"


def test_a_message_names_the_law_it_rests_on_but_not_tryggs_own_rules() -> None:
    """A rektor reads "(SL 6 kap. 8 §)" after a legal finding; "(trygg: så skrivs innehållet
    (schemas/))" after every FYLL I would only be noise. The rules page keeps both."""
    here = Location("content/huvudman.yml", 3, 1)
    legal = codes.problem("TP101", here, "ingen plan")
    own = codes.problem("TP304", here, "inte ifyllt")
    assert legal.source and legal.source in legal.format()
    assert own.source == "" and "(trygg" not in own.format()
    assert codes.code("TP304").source.startswith("trygg: ")


def test_no_message_nests_brackets_when_it_names_its_source() -> None:
    """A message ends "(source)": a rektor read "(Örebro kommun: mall för trygghetsplan
    (TÖFT))". No source a message names holds brackets of its own."""
    here = Location("content/huvudman.yml", 3, 1)
    for entry in codes.all_codes():
        found = codes.problem(entry.code, here, "x")
        assert "(" not in found.source and ")" not in found.source, entry.code
    said = codes.problem("TP301", here, "målnivån går inte att mäta").format()
    assert said.endswith("skrivna som TÖFT, ett tidsangivet önskvärt framtida tillstånd)")


def test_the_rules_pages_show_each_registry_text_as_written() -> None:
    """A rule's text that names HTML or Markdown (TP069: <b>, **fet**, [text](…)) is shown
    as characters on the portal's rules pages, not made a tag, bold or a link."""
    pages = "\n".join(str(page.content) for page in rules_pages())
    shown = markdown.markdown(pages, extensions=["attr_list", "tables"])
    assert "<b>" not in shown and "<strong>fet</strong>" not in shown
    assert '<a href="https://adress"' not in shown
    assert "&lt;b&gt;" in shown and "**fet**" in shown


def test_the_readme_names_every_rule_no_setting_can_switch_off() -> None:
    """The README tells the huvudman which rules `regelprofil` cannot touch: all of them."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    said = re.search(r"personuppgifter \(([^)]*)\): de gäller alltid som fel", readme)
    assert said is not None
    locked = sorted(entry.code for entry in all_codes() if entry.locked)
    assert sorted(re.findall(r"TP\d{3}", said[1])) == locked
