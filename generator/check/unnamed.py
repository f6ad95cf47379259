"""No message quotes a pupil: what a check says reaches CI logs, terminals and the
preview's error page, and many messages quote what the author wrote ("delresultatet för
Maja i 8C har färre än 5 svar"). Where the name rule (TP404, `rules.pii`) finds a pupil in
a message, its hint or its field, the mention is cut out; TP404 itself says which name it
found, at the place the author must change."""

from __future__ import annotations

import dataclasses
import re

from generator.problems import Problem
from generator.rules.incidentnames import incident_pupils
from generator.rules.mentions import pupil_mentions
from generator.rules.names import name_as_words
from generator.rules.pii import (
    PUPIL_BY_CLASS_CODE,
    PUPIL_IN_CLASS,
    PUPIL_IN_GRADE,
    PUPIL_IN_GRADE_WORD,
)

NAME_RULE = "TP404"
HIDDEN = "[en elevs namn, utelämnat]"
MENTIONS = (PUPIL_IN_CLASS, PUPIL_IN_GRADE, PUPIL_IN_GRADE_WORD, PUPIL_BY_CLASS_CODE)
# A word that may be an id or a file name: words joined by "-" or "_", maybe with a
# file's ending ("samtal-saga-4b", "saga_4b.md"); read as the name rule reads ids.
ID_LIKE = re.compile(r"(?<![\w-])[\wåäöÅÄÖ]+(?:[-_.][\wåäöÅÄÖ]+)+(?![\w-])")


def unnamed(problem: Problem) -> Problem:
    """The problem with each mention of a pupil in its texts cut out."""
    if problem.code == NAME_RULE:
        return problem
    message, hint = without_pupils(problem.message), without_pupils(problem.hint)
    field = without_pupils(problem.field)
    if (message, hint, field) == (problem.message, problem.hint, problem.field):
        return problem
    return dataclasses.replace(problem, message=message, hint=hint, field=field)


def without_pupils(text: str) -> str:
    """`text` with each pupil the name rule finds replaced by `HIDDEN`: a quoted value
    ('…') whole, else the name with what makes it a pupil's (the class, the grade); an
    id that names a pupil ("samtal-saga-4b") whole; a name in a sentence about an
    incident (`rules.incidentnames`)."""
    for token in reversed(list(ID_LIKE.finditer(text))):
        if next(pupil_mentions(name_as_words(token.group()), as_id=True), None) is not None:
            text = text[: token.start()] + HIDDEN + text[token.end() :]
    for index, name, _why in reversed(list(incident_pupils(text, _nowhere, frozenset()))):
        start, end = _mention(text, index, name)
        text = text[:start] + HIDDEN + text[end:]
    for index, name in reversed(list(pupil_mentions(text))):
        start, end = _mention(text, index, name)
        text = text[:start] + HIDDEN + text[end:]
    return text


def _mention(text: str, index: int, name: str) -> tuple[int, int]:
    if text.count("'", 0, index) % 2 == 1 and (close := text.find("'", index)) > 0:
        return text.rfind("'", 0, index) + 1, close
    ends = [m.end() for p in MENTIONS if (m := p.match(text, index)) is not None]
    return index, max(ends, default=index + len(name))


def _nowhere(_index: int) -> bool:
    return False
