"""The signs that a name in a text is staff's (`rules.pii`), put together: a role as its
title (`rules.staff`), "… är mentorer" after it, a contact list's phone number right
after it, or a list of staff it stands in: after a label that names staff only
("Mentorer i åk 4: …"), or as an item that only joins a name and a class under a heading
or an intro line that names staff only ("## Mentorer" and then "- Anna Berg – 7A"). No
sign holds where what one person suffered or did follows the name ("## Mentorernas
rapport" and then "- Saga – 4B, retad på rasten"), nor under a heading that says what
staff did or whom the list is of ("Kuratorn har träffat:", "## Elevrådet med mentorer").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from generator.rules import textindex
from generator.rules.harm import harm_follows
from generator.rules.staff import (
    LIST_ITEM,
    PHONE,
    PHONE_REACH,
    STAFF_AFTER,
    STAFF_LIST,
    labels_staff,
    names_staff_only,
    titled_by_a_role,
)


def staff_named(text: str, match: re.Match[str]) -> bool:
    """Whether the match names staff: a role as its title, "är mentor" after it in its
    sentence, a phone number right after it (contact lists name staff, with numbers), or
    a list of staff it stands in; never where what one person suffered or did follows."""
    start = match.start("name")
    if harm_follows(text, match.end()):
        return False
    if titled_by_a_role(text, start, match.end(), reach=40):
        return True
    line_start, line_end = textindex.line_start(text, start), textindex.line_end(text, match.end())
    label = _label_before(text, line_start, line_end, start)
    if label is not None and labels_staff(text, label.end() - 1, start, match.end()):
        return True
    # A contact list's number follows the name closely ("Anna Berg, 4B, 070-…"); one at
    # the end of a sentence about what happened is no sign of staff.
    phone = PHONE.search(text, match.end(), min(match.end() + PHONE_REACH, line_end))
    after = _staff_after(text, match.end())
    return bool(after or phone or listed_under_staff(text, line_start, match.end()))


def _label_before(text: str, line_start: int, line_end: int, start: int) -> re.Match[str] | None:
    """The first label of staff (`STAFF_LIST`) in the line before `start`, as a search up
    to `start` finds it: the line's first label, looked for once a line, where it ends
    before `start` (a label ends at the first colon after its role's word, so no later
    label can end there while the first does not)."""
    labels = _labels(text)
    if line_start not in labels:
        labels[line_start] = STAFF_LIST.search(text, line_start, line_end)
    label = labels[line_start]
    return label if label is not None and label.end() <= start else None


@functools.lru_cache(maxsize=16)
def _labels(text: str) -> dict[int, re.Match[str] | None]:
    """The first label of staff on each line `_label_before` has looked at, by its start."""
    return {}


SENTENCE_END = re.compile(r"(?=[.!?\n])")


def _staff_after(text: str, end: int) -> bool:
    """Whether "… är mentorer" (`STAFF_AFTER`) follows `end` in its sentence."""
    after = textindex.next_start(STAFF_AFTER, text, end)
    if after < 0:
        return False
    stop = textindex.next_start(SENTENCE_END, text, end)
    return stop < 0 or stop >= after


# What may follow a list item's name and class: a closing bracket or a stop, the words of
# the bracket ("(4A, svenska och SO)"), or the person's e-mail address or phone number
# ("Anna Berg (4A), anna.berg@strandvik.se").
ITEM_ENDS = re.compile(
    r"(?:,[^\n()]*\))?[ \t)]*"
    r"(?:[,–-][ \t]*(?:[\w.+-]+@[\w.-]+|\+?[\d][\d \t-]{5,}\d))?"
    r"[ \t]*[.,;]?[ \t]*(?:\n|\Z)"
)
# A line of prose between a staff heading and its list ("Här hittar du mentorerna för
# varje klass."): looked past, unless it speaks of pupils or children.
PUPILS_SPOKEN_OF = re.compile(r"\b(?:elev|barn|pojk|flick|kill|tjej)", re.IGNORECASE)


def listed_under_staff(text: str, line_start: int, end: int) -> bool:
    """Whether the line at `line_start` is an item of a list that only joins a name to a
    class (the mention ending at `end`), under a heading or an intro line ("Mentorer:")
    that names staff only (`staff.names_staff_only`)."""
    if not LIST_ITEM.match(text, line_start) or not ITEM_ENDS.match(text, end):
        return False
    return names_staff_only(heading_above(text, line_start, _item_or_prose))


def heading_above(text: str, line_start: int, is_item: Callable[[str], bool] | None = None) -> str:
    """The heading or the intro line ("… :") of the list or the table whose line starts at
    `line_start`: the nearest line above that is no item (`is_item`; by default a list's
    item or a table's row); "" for any other line. (Each line's answer is remembered for
    the text: the items of a long list have one heading, not one search up each.)"""
    is_item = is_item or _item_or_row
    known = _headings(text, is_item)
    passed: list[int] = []  # the lines whose heading is the one found
    while line_start > 1 and line_start not in known:
        passed.append(line_start)
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if line.strip() and not is_item(line):
            introduces = line.lstrip().startswith("#") or line.rstrip().endswith(":")
            heading = line if introduces else ""
            break
    else:
        heading = known.get(line_start, "")
    known.update(dict.fromkeys(passed, heading))
    return heading


@functools.lru_cache(maxsize=16)
def _headings(text: str, is_item: Callable[[str], bool]) -> dict[int, str]:
    """The headings `heading_above` has found in `text` (with `is_item`), by the start of
    each line they are the heading of; filled as it finds them."""
    return {}


def _item_or_row(line: str) -> bool:
    return LIST_ITEM.match(line) is not None or line.lstrip().startswith("|")


def _item_or_prose(line: str) -> bool:
    """A list's item, or a line of prose that neither heads nor introduces a list and
    speaks of no pupil: what lies between a list and its heading."""
    if LIST_ITEM.match(line) is not None:
        return True
    stripped = line.strip()
    introduces = stripped.startswith(("#", "|")) or stripped.endswith(":")
    return not introduces and PUPILS_SPOKEN_OF.search(stripped) is None
