"""The authorities a family can turn to when a school and its huvudman do not act: the one
place their names and addresses are kept, for the routines page and the student pages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Authority:
    name: str  # as in running text
    short: str  # the short name readers also meet, "" when there is none
    url: str

    @property
    def titled(self) -> str:
        """ "Barn- och elevombudet (BEO)"; the name alone when it has no short form."""
        return f"{self.name} ({self.short})" if self.short else self.name


# Kränkande behandling (skollagen 6 kap.), by pupils or staff; part of Skolinspektionen.
BEO = Authority("Barn- och elevombudet", "BEO", "https://www.skolinspektionen.se/beo/")
# Diskriminering, trakasserier and sexuella trakasserier (diskrimineringslagen).
DO = Authority("Diskrimineringsombudsmannen", "DO", "https://www.do.se/")
# Other shortcomings in the education, such as support a pupil does not get.
SCHOOL_INSPECTORATE = Authority("Skolinspektionen", "", "https://www.skolinspektionen.se/anmalan/")
