"""The Report that collects every stage's problems: in document order, counted, and
formatted once for a terminal or as JSON."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from generator.problems.problem import Location, Problem
from generator.problems.severity import Severity, counted

NOTHING_FOUND = "Inga problem hittades."  # the summary of a report without a problem


@dataclass
class Report:
    """Collects problems from every stage; sorted in document order when read."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        self.problems.extend(problems)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.sorted())

    def __len__(self) -> int:
        return len(self.problems)

    def sorted(self) -> list[Problem]:
        """In document order, but a note about errors (TP029) after the errors it is about."""
        unique = list(dict.fromkeys(self.problems))
        places = _places(unique)
        return sorted(unique, key=lambda p: (places[p], p.location, p.code, p.field, p.message))

    def count(self, severity: Severity) -> int:
        return sum(1 for p in set(self.problems) if p.severity is severity)

    @property
    def has_errors(self) -> bool:
        return self.count(Severity.ERROR) > 0

    def summary(self) -> str:
        """ "1 fel, 2 varningar, 1 upplysning." (upplysningar only when there are some)."""
        found = {severity: self.count(severity) for severity in Severity}
        if not any(found.values()):
            return NOTHING_FOUND
        said = [counted(s, n) for s, n in found.items() if n or s is not Severity.INFO]
        return ", ".join(said) + "."

    def format_text(self, shown: Iterable[Problem] | None = None) -> str:
        """One line per problem (of `shown`, when the lines tell some problems together)
        and the summary, for a terminal: no control character of any content (an ANSI
        escape in a file name, say) reaches it as it is."""
        lines = [terminal_safe(p.format()) for p in hinted_once(self if shown is None else shown)]
        lines.append(self.summary())
        return "\n".join(lines)

    def format_json(self) -> str:
        document = {
            "version": 1,
            "sammanfattning": {
                "fel": self.count(Severity.ERROR),
                "varningar": self.count(Severity.WARNING),
                "info": self.count(Severity.INFO),
            },
            "problem": [p.as_dict() for p in self],
        }
        return json.dumps(document, ensure_ascii=False, indent=2)


# A line break too: within one line of output it could start a line a CI reads as a
# command (GitHub Actions' "::error::").
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Control and direction characters shown as \\uXXXX, so text cannot steer a terminal."""
    return CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _places(problems: list[Problem]) -> dict[Problem, tuple[Location, bool]]:
    """Where each problem stands in the list: at its location, or for a note about errors,
    just after the last error from its location up to the file's next such note (its
    section's errors: an error fails the section it is in)."""
    places = {p: (p.location, False) for p in problems}
    notes = sorted(p.location for p in problems if p.after_errors)
    errors = [p.location for p in problems if p.severity is Severity.ERROR]
    for note in (p for p in problems if p.after_errors):
        here = note.location
        later = [n for n in notes if n > here and n.file == here.file]
        end = min(later) if later else Location(here.file, 1 << 62)
        places[note] = (max((e for e in errors if here <= e < end), default=here), True)
    return places


def hinted_once(problems: Iterable[Problem]) -> list[Problem]:
    """The problems as a terminal lists them: a warning or note whose hint its code gave
    on an earlier line leaves it out (a new repo's FYLL I marks, each "skriv er egen
    uppgift … och ta bort markeringen FYLL I"); an error always says how to fix it."""
    said: set[tuple[str, str]] = set()
    told: list[Problem] = []
    for problem in problems:
        key = (problem.code, problem.hint)
        again = problem.hint and problem.severity is not Severity.ERROR and key in said
        told.append(dataclasses.replace(problem, hint="") if again else problem)
        said.add(key)
    return told
