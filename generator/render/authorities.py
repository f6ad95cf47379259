"""The authorities a family can turn to when a school and its huvudman do not act: the one
place their names and addresses are kept, for the routines page and the student pages."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Authority:
    name: str  # as in running text
    short: str  # the short name readers also meet, "" when there is none
    url: str
    # What in an author's text names it however written ("BEO", "barn- och elevombudet",
    # "Barn och elevombudets"): a page that already names it does not name it again.
    named_by: re.Pattern[str]

    def named_in(self, text: str) -> bool:
        """Whether `text` names the authority, in any casing or form."""
        return self.named_by.search(text) is not None

    @property
    def titled(self) -> str:
        """ "Barn- och elevombudet (BEO)"; the name alone when it has no short form."""
        return f"{self.name} ({self.short})" if self.short else self.name


# Kränkande behandling (skollagen 6 kap.), by pupils or staff; part of Skolinspektionen.
BEO = Authority(
    "Barn- och elevombudet",
    "BEO",
    "https://www.skolinspektionen.se/beo/",
    # Not "elevombudet" alone: a school has its own elevombud (pupils who speak for pupils).
    re.compile(r"\bBEO\b|\bbarn\W*och\W*elevombud", re.IGNORECASE),
)
# Diskriminering, trakasserier and sexuella trakasserier (diskrimineringslagen).
DO = Authority(
    "Diskrimineringsombudsmannen",
    "DO",
    "https://www.do.se/",
    re.compile(r"(?-i:\bDO\b)|\bdiskrimineringsombudsman", re.IGNORECASE),
)
# Other shortcomings in the education, such as support a pupil does not get.
SCHOOL_INSPECTORATE = Authority(
    "Skolinspektionen",
    "",
    "https://www.skolinspektionen.se/anmalan/",
    re.compile(r"\bskolinspektion", re.IGNORECASE),
)
