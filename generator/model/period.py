"""A plan period: a läsår such as 2025-26 or a kalenderår such as 2026."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from generator.load.layout import years_said


class PeriodKind(StrEnum):
    SCHOOL_YEAR = "läsår"
    CALENDAR_YEAR = "kalenderår"


@dataclass(frozen=True)
class Period:
    """A plan period: a läsår such as 2025-26 or a kalenderår such as 2026."""

    id: str
    kind: PeriodKind
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        """ "läsåret 2026/27", "år 2026" (`layout.years_said`: the words of every text)."""
        school_year = self.kind is PeriodKind.SCHOOL_YEAR
        return years_said(self.start.year, self.end.year, school_year=school_year)
