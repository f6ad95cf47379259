"""Problems found in content, collected in a Report and formatted once.

Every stage of the pipeline (loading, schema validation, cross-file checks,
rules) yields `Problem`s; nothing raises on bad content. The CLI, the MkDocs
plugin and the site builder decide what to do with the finished Report.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class Severity(StrEnum):
    """How serious a problem is. The values are the Swedish words users see."""

    ERROR = "fel"
    WARNING = "varning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Location:
    """Where in a file a problem is: 1-based line and column."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"


NOWHERE = Location("")


@dataclass(frozen=True)
class Problem:
    """One problem, in Swedish, with a stable code and a hint on how to fix it."""

    code: str
    severity: Severity
    location: Location
    message: str
    field: str = ""
    hint: str = ""
    source: str = ""  # the law or guidance the rule rests on, e.g. "SL 6 kap. 8 §"
    # A note about the errors of its section or file (`Code.after_errors`): listed after
    # them, as an explanation follows what it explains; not part of what it says.
    after_errors: bool = dataclasses.field(default=False, compare=False)

    def format(self) -> str:
        return f"{self.location}: {self.severity.value} {self.code} {self.explained()}"

    def explained(self) -> str:
        """The message with its field, hint and source: all but where and how serious."""
        where = f"{self.field}: " if self.field else ""
        hint = f" – {self.hint}" if self.hint else ""
        source = f" ({self.source})" if self.source else ""
        return f"{where}{self.message}{hint}{source}"

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        del data["after_errors"]  # the order of the list says it
        return data


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
        errors, warnings = self.count(Severity.ERROR), self.count(Severity.WARNING)
        notes = self.count(Severity.INFO)
        if not errors and not warnings and not notes:
            return "Inga problem hittades."
        counted = f"{_plural(errors, 'fel', 'fel')}, {_plural(warnings, 'varning', 'varningar')}"
        return f"{counted}, {notes} info." if notes else f"{counted}."

    def format_text(self, shown: Iterable[Problem] | None = None) -> str:
        """One line per problem (of `shown`, when the lines tell some problems together)
        and the summary, for a terminal: no control character of any content (an ANSI
        escape in a file name, say) reaches it as it is."""
        lines = [terminal_safe(p.format()) for p in (self if shown is None else shown)]
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


class BuildFailed(Exception):
    """A site could not be built (MkDocs stopped); the message is Swedish and names the
    site and, where MkDocs said, the file. The build then publishes nothing."""


class UnreadableConfig(Exception):
    """MkDocs cannot read the configuration (the message says why, in Swedish): the build
    refuses to start, as it does when the command finds that itself."""


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


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def display_path(path: Path, root: Path) -> str:
    """The path as users see it in messages (`_written_path`), as text (`shown_name`)."""
    return shown_name(_written_path(path, root))


def shown_name(name: str) -> str:
    """A path as text: a name that is not UTF-8 (Python keeps its bytes as surrogates,
    which no message, JSON or page can hold) with each such byte as �."""
    return name.encode(errors="surrogateescape").decode(errors="replace")


def _written_path(path: Path, root: Path) -> str:
    """The path as users see it in messages: relative to the project root, with slashes.

    It is the path as written under the root, the same however trygg was called (a
    relative or an absolute path, from any folder), and a file or folder that is a
    symbolic link keeps its own name, not its target's.
    """
    resolved_root = root.resolve()
    written = path.absolute()  # links not followed
    if ".." not in written.parts and written.is_relative_to(resolved_root):
        return written.relative_to(resolved_root).as_posix()
    for folder in written.parents:  # the root reached through a link, or through ..
        if folder.resolve() == resolved_root:
            return written.relative_to(folder).as_posix()
    try:
        return path.resolve().relative_to(resolved_root).as_posix()
    except ValueError:
        return path.as_posix()


OS_ERRORS = {  # what a failed file operation says, in Swedish
    errno.ENOENT: "filen eller mappen finns inte",
    errno.EEXIST: "det finns redan en fil eller mapp med det namnet",
    errno.EACCES: "behörighet saknas",
    errno.EPERM: "åtgärden är inte tillåten",
    errno.ENOSPC: "disken är full",
    errno.EROFS: "filsystemet är skrivskyddat",
    errno.EISDIR: "det är en mapp, inte en fil",
    errno.ENOTDIR: "en del av sökvägen är inte en mapp",
    errno.ELOOP: "symboliska länkar pekar på varandra i en slinga",
    # The command's own output never raises it (`cli.streams`): a pipe to a process of
    # its own broke.
    errno.EPIPE: "förbindelsen till en annan process bröts",
}


def os_reason(error: OSError) -> str:
    """Why a file operation failed, in Swedish where the error is a common one."""
    return OS_ERRORS.get(error.errno or 0, error.strerror or str(error))
