"""Staff a unit declares by name: skola.yml's kontakter and trygghetsteam, and the rektor
who decided a plan. Where a text names one of them in full beside a class ("Johan Ek i
5A berättar om grupperna", Johan Ek being the school's kurator; "Anna Berg (4A)" in a
list of mentors), it names staff, not a pupil (TP404), unless harm follows the name: a
declared name never excuses "… blev slagen", so a pupil written into the contacts to
be passed over is still found where it matters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.model.school import School
from generator.rules.harm import harm_follows
from generator.rules.names import LOWER, UPPER

# The name a field starts with: two capitalised words or more ("Johan Ek", "Anna-Karin
# Berg Lind"), before a class, a comma or a bracket.
FULL_NAME = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:\s+[{UPPER}][{LOWER}]+)+")


def declared_names(school: School) -> frozenset[str]:
    """The full names of the staff `school` declares."""
    written: Iterable[str] = (
        *(contact.name for contact in (*school.contacts, *school.safety_team)),
        *(plan.decided_by for plan in school.plans),
    )
    return frozenset(found[0] for name in written if (found := FULL_NAME.match(name.strip())))


def names_declared_staff(names: frozenset[str], text: str, index: int) -> bool:
    """Whether the name found at `index` in `text` (a first name or a surname) is part of
    one of the declared staff `names` written in full, with no harm said of them."""
    for name in names:  # read only where a name holding `index` can stand: linear time
        near = (max(0, index - len(name) + 1), index + len(name) + 1)
        for found in re.compile(rf"(?<!\w){re.escape(name)}(?!\w)").finditer(text, *near):
            if found.start() <= index < found.end():
                return not harm_follows(text, found.end())
    return False
