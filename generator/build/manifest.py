"""What the last build made, as the cache's `bygge.json` keeps it: the hashes of its inputs,
its report, each school's plans and their standing, and which entries it published where."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.model.standing import standing_of
from generator.problems import Problem, Report


@dataclass(frozen=True)
class Manifest:
    """What the cache holds: the inputs of the last build, its report and what it published.

    Kept as JSON (`model.codec`): a restored cache is untrusted, and anything that does not
    decode as a Manifest is as good as no cache."""

    shared: str = ""
    schools: dict[str, str] = field(default_factory=dict)
    portal: str = ""  # hash of all inputs and the reference date: nothing changed at all
    problems: tuple[Problem, ...] = ()
    portal_site: str = ""  # hash of the last portal's pages and settings
    portal_entries: tuple[str, ...] = ()  # its names at the output's root
    published_out: str = ""  # the output folder it published in
    published: dict[str, tuple[int, ...]] = field(default_factory=dict)  # entry -> `identity`
    # Each school's decided plans (from, to) and their standing when its site was built:
    # its pages depend on the standing, not on the date (`model.standing`).
    validity: dict[str, tuple[tuple[dt.date, dt.date], ...]] = field(default_factory=dict)
    standings: dict[str, str] = field(default_factory=dict)
    drafts_until: dict[str, dt.date] = field(default_factory=dict)  # `SchoolSummary`'s
    # What every page of the last portal shares, and each of its files' hash, by uri: the
    # pages that did not change are taken from it as built (`build.portal`).
    portal_frame: str = ""
    portal_pages: dict[str, str] = field(default_factory=dict)

    def report(self) -> Report:
        return Report(list(self.problems))

    def same_standing(self, school: str, today: dt.date) -> bool:
        """Whether the school's plans stand on `today` as when its site was built."""
        if school not in self.validity or school not in self.standings:
            return False
        spans = [Span(*days) for days in self.validity[school]]
        drafted = self.drafts_until.get(school)
        return standing_of(spans, today, drafted).key == self.standings[school]

    def unchanged(self, out: Path, names: Sequence[str]) -> bool:
        """Whether each entry is still the one the last build published in `out`."""
        if self.published_out != str(out.resolve()):
            return False
        entries = self.published
        return all(name in entries and identity(out / name) == entries[name] for name in names)


@dataclass(frozen=True)
class Span:
    """The days a plan applies, as the manifest keeps them."""

    valid_from: dt.date
    valid_to: dt.date


def identity(entry: Path) -> tuple[int, ...]:
    """Inode and modification time of an entry (and of its index.html): a rebuild changes it."""
    try:
        found = entry.lstat()
        marks = [found.st_ino, found.st_mtime_ns]
        if entry.is_dir():
            page = (entry / "index.html").stat()
            marks += [page.st_ino, page.st_mtime_ns]
    except OSError:
        return ()
    return tuple(marks)
