"""Every code's message reads whole in the granskning: the document of `trygg granska` and
the portal show a finding as its rule's title, what was found and where, and cut the
title off the front of a message only where it is the title, so that no word of the
message goes missing ("; nästa börjar gälla …" lost "ingen plan gäller i dag (…)").

The messages are real ones, from checking the example content on several days (with
edits that make the messages that start with their rule's title) and the invalid
examples, and for every registered code, messages made from its title in each of the
shapes a message can have after it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from generator import codes
from generator.check.run import check_content
from generator.load.dates import day_in_words
from generator.problems import TODAY, Location, Problem, Severity, today_said
from generator.review.assembly import review_of
from generator.review.document import render_review_document
from generator.review.findings import ISO_DAY, FindingRef, plain_fix
from generator.review.unitbody import finding_item
from tests.test_examples import EXAMPLES, _apply

ROOT = Path(__file__).resolve().parents[1]
PLANS = "skolor/strandskolan/trygghetsplan/2026-27.yml"
# Days across the example's plans: before, in force, between two plans, after they end.
DAYS = ("2025-06-01", "2026-01-10", "2026-12-06", "2027-02-15", "2027-09-01")
# Edits of the example content whose messages start with their rule's title: a decided
# plan that starts later (TP101, "ingen plan gäller i dag (…); …"), a FYLL I mark at a
# field (TP304, "inte ifyllt ännu (namn): …") and one in a comment (TP304 alone).
EDITS = (
    (PLANS, "beslut: {datum: 2026-08-17", "beslut: {datum: 2026-12-20"),
    (PLANS, "giltighet: {från: 2026-08-17", "giltighet: {från: 2027-01-11"),
    (PLANS, "vision: >-", "# FYLL I\nvision: >-  # FYLL I: en vision i en mening"),
)
# What follows a rule's title in a message, in every shape the review must tell apart.
TAILS = (
    "",
    ": det som hittades",
    " (namn): det som hittades",
    " (namn)",
    " (2026-12-06); nästa börjar gälla 2027-01-11",
    " (se fältet namn) och mer",
    " i tre av sju fall",
    "na och mer",
)
SYNTHETIC_DAY = dt.date(2026, 11, 25)  # not the day in TAILS: that date must stay shown


@functools.cache
def _real(root: Path) -> tuple[tuple[Problem, dt.date], ...]:
    found: list[tuple[Problem, dt.date]] = []
    content = root / "content"
    shutil.copytree(ROOT / "content", content)
    for day in map(dt.date.fromisoformat, DAYS):
        found += [(p, day) for p in check_content(content, today=day).report]
    for file, old, new in EDITS:
        path = content / file
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    for day in map(dt.date.fromisoformat, DAYS):
        found += [(p, day) for p in check_content(content, today=day).report]
    for case in sorted((EXAMPLES / "invalid").iterdir()):
        tree = root / case.name
        shutil.copytree(EXAMPLES / "base", tree)
        spec = yaml.safe_load((case / "case.yml").read_text(encoding="utf-8"))
        for edit in spec["ändringar"] if isinstance(spec, dict) else spec:
            _apply(edit, tree)
        found += [(p, SYNTHETIC_DAY) for p in check_content(tree / "content").report]
    return tuple(found)


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> tuple[tuple[Problem, dt.date], ...]:
    return _real(tmp_path_factory.mktemp("meddelanden"))


def _synthetic() -> list[Problem]:
    made = []
    for entry in codes.all_codes():
        title = entry.title[:1].lower() + entry.title[1:]
        for tail in TAILS:
            where = Location("content/skolor/a/trygghetsplan/2026-27.yml", 3, 5)
            made.append(Problem(entry.code, Severity.ERROR, where, f"{title}{tail}"))
    return made


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", html.unescape(re.sub(r"<[^>]+>", " ", text)).casefold()))


def _meant(problem: Problem, today: dt.date) -> str:
    """What the finding must say: every word of the message, but the date of "i dag",
    which the granskning names once, and the hint and source."""
    message = problem.message.replace(today_said(today), TODAY)
    # A day as the granskning writes it, in words; a hint in the files' syntax is left out.
    message = ISO_DAY.sub(lambda day: day_in_words(dt.date.fromisoformat(day[0])), message)
    return f"{message} {plain_fix(problem.hint)} {problem.source}"


def _as_shown(problem: Problem, today: dt.date) -> tuple[str, str]:
    """The finding as the document and as the portal show it (the part of each after the
    code): in the document its item in "Gemensamt för alla enheter"; on the portal its
    list item."""
    review = review_of("Strandviks kommun", (), [problem], today)
    document = render_review_document(review).split("{#gemensamt}", 1)[1]
    finding = FindingRef.of(problem, today)
    return document.split(f"{problem.code}:", 1)[1], finding_item(finding, "")


def _assert_whole(problem: Problem, today: dt.date) -> None:
    if codes.code(problem.code).locked:
        return  # a pupil's personal data: never quoted (tests/test_review_withheld.py)
    meant = _words(_meant(problem, today))
    for shown in _as_shown(problem, today):
        assert meant - _words(shown) == Counter(), (problem.message, shown)
    # What was found is a sentence of its own, never what is left of one ("; nästa …").
    detail = FindingRef.of(problem, today).detail
    assert re.match(r"[\w'\"”(\[`]", detail), (problem.message, detail)


@pytest.mark.parametrize("entry", codes.all_codes(), ids=lambda c: c.code)
def test_every_codes_message_keeps_its_words_after_the_title(entry: codes.Code) -> None:
    for problem in _synthetic():
        if problem.code == entry.code:
            _assert_whole(problem, SYNTHETIC_DAY)


def test_every_real_message_keeps_its_words(real: tuple[tuple[Problem, dt.date], ...]) -> None:
    for problem, day in real:
        _assert_whole(problem, day)


def test_the_real_messages_include_those_that_start_with_their_title(
    real: tuple[tuple[Problem, dt.date], ...],
) -> None:
    """The corpus reaches the cut: messages that start with their rule's title."""
    leading = {
        p.code
        for p, _day in real
        if p.message.casefold().startswith(codes.code(p.code).title.casefold())
    }
    assert {"TP101", "TP304"} <= leading


def test_an_upcoming_plan_says_the_whole_sentence_and_today_once() -> None:
    today = dt.date(2026, 12, 6)
    problem = Problem(
        "TP101",
        Severity.ERROR,
        Location("a.yml", 6, 19),
        f"ingen plan gäller {today_said(today)}; nästa börjar gälla 2027-01-11",
        field="giltighet.från",
    )
    document, portal = _as_shown(problem, today)
    # The title once (the message starts with it), the day in words as the pages write it.
    assert document.startswith("\n  Ingen plan gäller i dag; nästa börjar gälla 11 januari 2027.\n")
    assert "</strong> TP101 Ingen plan gäller i dag; nästa börjar gälla 11 januari 2027" in portal
    assert "Ingen plan gäller i dag: Ingen plan" not in document + portal
    assert "2026-12-06" not in document + portal
    head = render_review_document(review_of("Strandviks kommun", (), [problem], today))
    assert head.count("”i dag” i anmärkningarna") == 1


def test_a_field_in_brackets_after_the_title_is_the_place() -> None:
    problem = Problem("TP304", Severity.WARNING, Location("a.yml", 3, 5),
                      "inte ifyllt ännu (namn): skolans namn")  # fmt: skip
    finding = FindingRef.of(problem)
    assert (finding.field, finding.detail) == ("namn", "Skolans namn")
    alone = FindingRef.of(dataclasses.replace(problem, message="inte ifyllt ännu (namn)"))
    assert (alone.field, alone.detail) == ("namn", "Inte ifyllt ännu")
