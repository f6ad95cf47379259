"""The signs that a name in a text is staff's, not a pupil's (`rules.pii`): a role right
before it ("mentor Anna i 4B"), "… är mentorer" after it, a contact list's phone number
right after it, or a list under a heading or a line that names a role ("## Mentorer",
"Mentorer i åk 7:"). A heading right before a sentence about what happened is no sign:
"## Mentorer" and then "Maria i 8B blev slagen" names a pupil.
"""

from __future__ import annotations

import re

from generator.personal_data.roles import PUPIL_DUTY

# The roles whose word beside a name makes it staff's. Fewer than a contact's staff roles
# (`personal_data.roles`): a word that may also stand beside a pupil's name or a list of
# pupils ("ansvarig för rastlådan", "## Psykisk hälsa", "Remitterade till psykolog:")
# would let a pupil's name be published. A pupil's duty is never staff's, though its word
# holds one ("Trivselledaren Noor i 5A").
_STAFF = (
    rf"(?<![\wåäö])(?!\w*?{PUPIL_DUTY})\w*?"
    r"(?:mentor|lärare|pedagog|rektor|kurator|resurs|assistent|sköterska|personal"
    r"|klassföreståndare|handledare|coach|ledare|kontakt|trygghetsteam|elevhälsoteam)"
)
# A role right before the name ("mentor Anna", "Mentorer i åk 4: Anna"), "… är mentorer"
# after it in the sentence, a line that lists staff ("Mentorer i åk 4: …").
STAFF_BEFORE = re.compile(
    _STAFF + r"\w*(?:[ \t]+(?:i|för)[ \t]+[^\n:,.]{1,12})?[ \t]*[:,]?[ \t]*\n?[ \t]*\Z",
    re.IGNORECASE,
)  # within a paragraph: "## Mentorer", a blank line and a sentence is no role before it
STAFF_AFTER = re.compile(
    r"[^.!?\n]*?\b(?:är|var|blir)\s+(?:vår|våra|ny|nya|deras|hennes|hans)?\s*" + _STAFF,
    re.IGNORECASE,
)
STAFF_LIST = re.compile(_STAFF + r"\w*[^:\n.]{0,20}:", re.IGNORECASE)  # "Mentorer i åk 4: …"
PHONE = re.compile(r"(?<![\d-])0\d{1,3}[- ]?\d{2,3}[- ]?\d{2}[- ]?\d{2,3}(?![\d-])")
PHONE_REACH = 30  # characters after a name within which a contact list gives its number


def staff_named(text: str, match: re.Match[str]) -> bool:
    """Whether the match names staff: a role before it, "är mentor" after it in its
    sentence, a phone number right after it (contact lists name staff, with numbers), or
    a list it stands in under a heading or a line that names a staff role."""
    start = match.start("name")
    if STAFF_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", match.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    listed = STAFF_LIST.search(text, line_start, start)
    # A contact list's number follows the name closely ("Anna Berg, 4B, 070-…"); one at
    # the end of a sentence about what happened is no sign of staff.
    phone = PHONE.search(text, match.end(), min(match.end() + PHONE_REACH, line_start + len(line)))
    after = STAFF_AFTER.match(text, match.end())
    return bool(listed or after or phone or _listed_under_staff(text, line_start))


LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")
STAFF_WORD = re.compile(_STAFF, re.IGNORECASE)


def _listed_under_staff(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` is an item of a list whose heading, or the line
    that introduces it ("Mentorer:"), names a staff role."""
    if not LIST_ITEM.match(text, line_start):
        return False
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not LIST_ITEM.match(line):
            introduces = line.lstrip().startswith("#") or line.rstrip().endswith(":")
            return introduces and STAFF_WORD.search(line) is not None
        end = start - 1
    return False
