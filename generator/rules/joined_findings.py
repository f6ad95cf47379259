"""TP401 where a plan's page joins its findings: one after another as sentences
(`text.sentences`: an åtgärd's "Bygger på", a cause's findings, a discrimination
ground's findings and then how the ground was examined) or their titles with ". " (a
cause's heading). The end of one and the start of the next then read as one text
("… rapport 120304." and "1239 svar …" are "… rapport 120304. 1239 svar …"), which
the last look reads as a personnummer; so does a word for a personnummer at the end of
one before a number from 0 at the start of the next. Each value is clean on its own, so
the check reads each pair the page joins as the page shows it, and reports the number
where it is written.

The page, not the last look, is what to follow here: a reader sees the two sentences
side by side, and the look must refuse any personnummer a reader sees.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from yaml.nodes import ScalarNode

from generator.load.document import Document
from generator.model import Plan
from generator.model.titles import finding_title
from generator.personal_data import page_numbers
from generator.personal_data.pageview import may_show_more
from generator.personal_data.readable import as_seen
from generator.rules.engine import Context, Finding
from generator.rules.text import Span, scalar_span
from generator.vocabulary.terms import GROUNDS, term

REACH = 160  # characters of each side read: a number, and the words before it
ENDS = ".!?…"  # a sentence's end: `sentences` adds a full stop to a text without one
JOINED = (
    "här står ett personnummer eller samordningsnummer när fyndet läses ihop med {then}: "
    "planens sida visar dem efter varandra ({where}), och slutet av "
    "det ena och början av det andra läses som ett nummer"
)
JOINED_FIX = (
    "skriv om slutet av det första eller början av det andra, t.ex. så att fyndet börjar "
    "med ett ord och inte med ett tal; är det ett personnummer, ta bort det"
)


@dataclass(frozen=True)
class Value:
    """A text value of the plan as written: its span, and where its text starts and ends
    in it (after a quote or a block scalar's indicator line)."""

    name: str  # how a message names it: "fyndet F2", a ground's täckning
    span: Span
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.span.text[self.start : self.end]


def joined_findings(ctx: Context) -> Iterator[Finding]:
    """TP401 for each number that only shows where the plan's page joins two values."""
    reported: set[str] = set()
    for school in ctx.project.schools:
        for plan in (*school.plans, *school.drafts):
            document = ctx.document(plan.source)
            if document is None:
                continue
            for first, then, where in _joined(plan, document):
                for found in _across(first, then, where):
                    if str(found.location) not in reported:
                        reported.add(str(found.location))
                        yield found


def _joined(plan: Plan, document: Document) -> Iterator[tuple[Value, Value, str]]:
    """Each pair of values the plan's page shows one right after the other, and where."""
    findings = {f.id: i for i, f in enumerate(plan.survey.findings)}

    def value(i: int) -> Value | None:
        name = f"fyndet {plan.survey.findings[i].id}"
        return _value(document, ("kartläggning", "fynd", i, "text"), name)

    runs = [(m.addresses, f"under Bygger på i åtgärden {m.id}") for m in plan.measures]
    runs += [(c.finding_ids, "i analysen av orsakerna") for c in plan.analysis.causes]
    for ids, where in runs:
        known = [value(findings[i]) for i in ids if i in findings]
        yield from _pairs(known, where)
    for ground in GROUNDS:
        tagged = [value(i) for i, f in enumerate(plan.survey.findings) if ground in f.tags]
        if ground in plan.survey.coverage:
            name = f"texten om {term(ground)} under täckning"
            tagged.append(_value(document, ("kartläggning", "täckning", ground), name))
        yield from _pairs(tagged, "i tabellen över diskrimineringsgrunderna")


def _pairs(values: list[Value | None], where: str) -> Iterator[tuple[Value, Value, str]]:
    for first, then in itertools.pairwise(values):
        if first is not None and then is not None:
            yield first, then, where


def _value(document: Document, path: tuple[str | int, ...], name: str) -> Value | None:
    node = document.node_at(path)
    if not isinstance(node, ScalarNode):
        return None
    span = scalar_span(document, node, str(path[-2]))
    start, end = 0, len(span.text)
    if node.style in ('"', "'"):
        start, end = 1, max(1, end - 1)
    elif node.style in (">", "|"):  # the indicator's line: ">-", "|2"
        start = span.text.find("\n") + 1 if "\n" in span.text else end
    return Value(name, span, start, end)


def _across(first: Value, then: Value, where: str) -> Iterator[Finding]:
    """The numbers that show in `first` joined to `then` (also by its title) and in
    neither alone, each where it starts."""
    for end in {_end(first.text), _title_end(first.text)}:
        tail_start = max(0, end - REACH)
        tail = first.text[tail_start:end]
        head = then.text[:REACH]
        stop = "" if tail[-1:] in ENDS else "."
        joined = f"{tail}{stop} {head}"
        if not may_show_more(as_seen(joined)[0]):
            continue
        alone = {*_numbers(tail), *(len(tail) + len(stop) + 1 + i for i in _numbers(head))}
        for index in sorted(set(_numbers(joined)) - alone):
            message = JOINED.format(then=then.name, where=where)
            if index < len(tail):
                location = first.span.location(first.start + tail_start + index)
            else:
                location = then.span.location(then.start + index - len(tail) - len(stop) - 1)
            yield Finding(location, message, JOINED_FIX)


def _end(text: str) -> int:
    return len(text.rstrip())


def _title_end(text: str) -> int:
    """Where in `text` as written its title ends (`finding_title`, which reads the text
    with its blanks and line breaks as single spaces)."""
    title = finding_title(text)
    shown = 0  # characters of the title passed
    blank = False
    for index, char in enumerate(text.lstrip()):
        if char.isspace():
            blank = True
            continue
        shown += 1 + blank
        blank = False
        if shown >= len(title):
            return len(text) - len(text.lstrip()) + index + 1
    return _end(text)


def _numbers(text: str) -> list[int]:
    """Where the last look finds a number in `text` as its page shows it."""
    return list(page_numbers(text))
