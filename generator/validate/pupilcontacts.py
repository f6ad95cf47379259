"""Pupils among a school's contacts: kontakter and trygghetsteam list staff, so a pupil's
role or e-mail address there is a problem (TP050)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.load.document import Document
from generator.personal_data import pupil_emails, roles
from generator.problems import Problem
from generator.validate.located import problem_at as _problem

# A role that names a pupil (TP050): staff only may be listed as contacts.
PUPIL_ROLE = re.compile(
    rf"\b(?:elev(?:en|er|erna|s)?|{roles.PUPIL_DUTY}\w*|klassens\s+representant"
    r"|(?:åk|årskurs|klass)\s*[1-9F]|[1-9]\s?[A-ZÅÄÖa-zåäö])(?![\wåäöÅÄÖ])",
    re.IGNORECASE,
)
# A role that begins with one of these words is a pupil's, whatever duty follows.
# ("Elevrådsansvarig", a staff's duty for the elevråd, begins otherwise.)
PUPIL_FIRST = re.compile(
    r"(?:elev(?:en|er|erna|s)?\b|elevråd(?:et|ets)?\b|klassens\s+representant"
    rf"|(?!elevråd){roles.PUPIL_DUTY})",
    re.IGNORECASE,
)
STAFF_ROLE = re.compile(roles.STAFF_ROLE, re.IGNORECASE)


def pupil_contact_problems(document: Document) -> Iterator[Problem]:
    """TP050: kontakter and trygghetsteam list staff: no pupil's role, name or address."""
    hint = "ta bort eleven ur listan, eller beskriv elevernas deltagande utan namn"
    pupil_domain = document.data.get("elevdomän", "")
    for key in ("kontakter", "trygghetsteam"):
        for index, person in enumerate(document.data[key]):
            role = person["roll"]
            if is_pupil_role(role):
                message = f"rollen '{role}' ser ut att gälla en elev – bara personal ska listas"
                yield _problem(document, (key, index, "roll"), "TP050", message, hint)
            address = person.get("epost", "")
            for _index, domain in pupil_emails(address, (pupil_domain,) if pupil_domain else ()):
                message = f"e-postadressen på {domain} är en elevs – bara personal ska listas"
                yield _problem(document, (key, index, "epost"), "TP050", message, hint)


def is_pupil_role(role: str) -> bool:
    """A pupil's role: one that begins as a pupil's, whatever duty follows ("Elevrådets
    ordförande, ansvarig för rastaktiviteter"), or names pupils and no staff."""
    if PUPIL_FIRST.match(role.strip()):
        return True
    return bool(PUPIL_ROLE.search(role)) and not STAFF_ROLE.search(role)
