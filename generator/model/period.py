"""A plan period: a läsår such as 2025-26 or a kalenderår such as 2026."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


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
        if self.kind is PeriodKind.SCHOOL_YEAR:
            return f"läsåret {self.start.year}/{self.end.year % 100:02d}"
        return f"år {self.start.year}"
