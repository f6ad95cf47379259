"""A problem as the granskning shows it (`FindingRef`): under its rule's category and title,
with what was found, where, and the law or guidance the rule rests on; what is found in a
pupil's personal data is never quoted."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from generator import codes
from generator.codes import PLAN_RULES, Category, Code
from generator.load.dates import day_in_words
from generator.problems import TODAY, Problem, Severity, today_said
from generator.text import capitalised
from generator.validate.schemas import load_schemas

OTHER = "Övrigt"  # problems without a code category (none today; kept for the order)
# Every finding under its code's category, named as the rules pages name it: the plan's
# rules first, then the others (a unit's table shows those only when found), then OTHER.
CATEGORIES: tuple[str, ...] = (
    *(c.value for c in PLAN_RULES),
    *(c.value for c in Category if c not in PLAN_RULES),
    OTHER,
)
ALWAYS_SHOWN: tuple[str, ...] = tuple(c.value for c in PLAN_RULES)


def category_of(code: Code) -> str:
    """The category a code's findings are grouped under: its own, as the rules pages say."""
    return code.category.value if isinstance(code.category, Category) else OTHER


UNQUOTED = "det som står visas inte här; se filen"
# A withheld plan's text may name a pupil (TP4xx) and is not public until its errors are
# fixed, and a message can echo that text: a finding of a withheld unit says the rule, its
# fix in the rule's own words and where, never what was found.
UNQUOTED_WITHHELD = "det som står visas inte här förrän planen publiceras; se filen"
# A day in a message, as trygg writes it ("gick ut 2026-08-16"), not one quoted from a file:
# the granskning writes days in words, as its pages do ("16 augusti 2026").
ISO_DAY = re.compile(r"(?<![\w'\"”’`-])\d{4}-\d{2}-\d{2}(?![\w'\"”’`-])")


def _day_words(iso: str) -> str:
    try:
        return day_in_words(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


# A hint that tells how to write the fix in the files (a key, a field's path, YAML), not
# what to do: a formal document and the portal leave it out; the unit's `trygg check`
# shows it.
FILE_SYNTAX = re.compile(r"[{}\[\]_]|[^\W\d]{2}\.[^\W\d]{2}|\w: |\w:$|trygg [a-zå-]+ ")


ASIDE = re.compile(r"\s*\([^()]*\)")  # "besluta utkastet (status: beslutad …)"


def plain_fix(hint: str) -> str:
    """The hint as a reader of the granskning sees it: without an aside in brackets that
    is written in the files' syntax, and "" when the rest is too."""
    hint = ASIDE.sub(lambda aside: "" if FILE_SYNTAX.search(aside[0]) else aside[0], hint)
    return "" if FILE_SYNTAX.search(hint) else hint


FIELD_LABEL = "fältet"  # after a finding's place: "a.yml:3:5, fältet beslut.datum"


# One part of a field's name (`validate.fields`): a key, an id, positions.
FIELD_PART = re.compile(r"(?P<key>[^.\[ ]+)(?: \(id: [^()]*\))?(?:\[\d+\])*")
ID_PART = re.compile(r" \(id: [^()]*\)")  # in a field's name: "åtgärder (id: A1)"


@functools.cache
def schema_keys() -> frozenset[str]:
    """Every key the content schemas name, anywhere in them."""
    keys: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            keys.update(node.get("properties") or {})
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(list(load_schemas().values()))
    return frozenset(keys)


def known_field(field: str) -> str:
    """The field as far as the schemas' keys (and ids) name it: a key the author wrote
    (misspelt, or a text that became a key) is cut off with all that follows."""
    kept = []
    for part in field.split("."):
        named = FIELD_PART.fullmatch(part)
        if named is None or named["key"] not in schema_keys():
            break
        kept.append(part)
    return ".".join(kept)


# What may follow a rule's title at the front of its message for the title to be cut off
# (the granskning shows it before the message): the end, or a colon, each after the field
# in brackets when there is one ("inte ifyllt ännu (namn): …"). A field's name starts with
# a letter: "ingen plan gäller i dag (2026-12-06); …" is a sentence, kept whole.
AFTER_TITLE = re.compile(r"(?: \((?P<field>[^\W\d_][^()]*)\))?(?::\s*|$)")


def _after_title(message: str, rule: Code | None) -> tuple[str, str]:
    """The field the message names after the rule's title, and the message without the
    title it may start with ("inte ifyllt ännu: …" is "…", and with the field, "inte
    ifyllt ännu (namn): …" is "namn" and "…"). Only the whole title is cut, and only when
    no word of the message goes with it; a message that is no more than the title (and its
    field) stays as it is, without the field."""
    title = rule.title if rule else ""
    size = len(title)
    if not title or message[:size].casefold() != title.casefold():
        return "", message
    after = AFTER_TITLE.match(message, size)
    if after is None:
        return "", message
    return after["field"] or "", message[after.end() :] or message[:size]


def _joined(message: str, hint: str) -> str:
    return f"{message} – {hint}" if hint else message


@dataclass(frozen=True)
class FindingRef:
    """One problem as the granskning shows it."""

    code: str
    severity: Severity
    category: str
    title: str
    detail: str  # message and hint, as a sentence that starts with a capital
    location: str  # file:line:column
    source: str = ""  # the law or guidance the rule rests on (`codes.citations`)
    field: str = ""  # where in the file: "kartläggning.metoder[4]", "" when not known
    # The problems it tells: a file's FYLL I marks are one finding (`marks.told_together`)
    # but each is a warning, as `trygg check` counts them; every count adds these up.
    count: int = 1

    @property
    def heading(self) -> str:
        """The rule's title to show before the text, "" when the text starts with it
        ("Ingen plan gäller i dag; planen …" is not titled "Ingen plan gäller i dag")."""
        size = len(self.title)
        return "" if self.detail[:size].casefold() == self.title.casefold() else self.title

    @property
    def text(self) -> str:
        """The message with field, hint and source."""
        return f"{self.detail} ({self.source})" if self.source else self.detail

    @classmethod
    def withheld(cls, problem: Problem, today: dt.date | None = None) -> FindingRef:
        """The problem as the granskning shows it for a unit whose plan is withheld: its
        rule, the rule's general fix and its place; no word of its message, unless its
        messages repeat nothing of the files (`Code.quotes`): then as `of` shows it."""
        entry = codes.code(problem.code)
        if not entry.quotes:
            return cls.of(problem, today)
        return cls.unquoted(problem, ids=True)

    @classmethod
    def unquoted(cls, problem: Problem, *, ids: bool = False) -> FindingRef:
        """The problem by its code's title, the code's general fix and its place: no word
        of its message, whatever its code (a unit whose files have errors, `NotReviewed`),
        and its field without the ids of list items unless `ids` (an id no validation
        accepted may be any text, `validate.fields`)."""
        entry = codes.code(problem.code)
        field = known_field(problem.field)
        return cls(
            problem.code,
            problem.severity,
            category_of(entry),
            entry.title,
            capitalised(_joined(UNQUOTED_WITHHELD, plain_fix(entry.fix))),
            str(problem.location),
            problem.source,
            field if ids else ID_PART.sub("", field),
        )

    @classmethod
    def of(cls, problem: Problem, today: dt.date | None = None) -> FindingRef:
        """The problem as the granskning of `today` shows it: its message says "i dag"
        without the date, which the granskning names once (`opening.head`)."""
        code = codes.code(problem.code)
        hint = plain_fix(problem.hint)
        said = problem.message.replace(today_said(today), TODAY) if today else problem.message
        # A finding about a pupil's personal data may quote it (a name): the granskning,
        # published and filed, says what kind of finding it is and where, never what.
        said = ISO_DAY.sub(lambda m: _day_words(m[0]), said)
        named, message = ("", UNQUOTED) if code.locked else _after_title(said, code)
        if named and problem.field and named != problem.field:
            named, message = "", said  # the place shown is the problem's: keep the other
        return cls(
            problem.code,
            problem.severity,
            category_of(code),
            code.title,
            capitalised(_joined(message, hint)),
            str(problem.location),
            problem.source,
            problem.field or named,
        )
