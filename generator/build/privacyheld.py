"""A withheld unit's old output must not show what a privacy error found in it.

A unit (a school's site, or one of the huvudman's reports) withheld for its errors keeps
its last published output (`build.isolation`, `build.heldreports`). When the errors are
about a pupil (TP4xx: a name with a class, a personnummer, a pupil's e-mail address, a
small count), that output may have been published by an older trygg that did not find
it, and would go on showing it. So its pages are read as a reader sees them, and when
they show what a privacy error flagged (the same name as a pupil's, the same address's
domain, the same small count, any personnummer), the old output goes: the portal lists
the unit as not published, and the build says why (`LEAKED`). The old portal kept when
the new one is refused is read the same way, against every privacy error (`build.oldshown`).

What was flagged is read again from the source at the problem's place (a problem never
carries it: its messages reach CI logs); where it cannot be read, any such finding of
the code in the old pages counts, and a privacy code no page text can show (a survey's
small cell) drops the old output unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from generator.build.pagelook import PAGE_SUFFIXES
from generator.check.checked import HeldReport
from generator.codes import REGISTRY, Category, withholds
from generator.personal_data import emails, has_personal_number, pupil_emails
from generator.personal_data.link_parts import link_parts
from generator.personal_data.published import Unreadable, published_text
from generator.problems import Problem
from generator.render.portalrows import Withheld
from generator.rules.classcounts import CLASS_COUNT
from generator.rules.mentions import pupil_mentions
from generator.rules.pupilcounts import SMALL_COUNT
from generator.site.lastlook import look

Finder = Callable[[str], bool]  # whether a text shows what a problem flagged

WORD = re.compile(r"[^\W\d_]+")
LEAKED = (
    "Obs: {unit} lämnades inte som förut – den senast publicerade versionen togs bort, "
    "eftersom den visar det som {codes} hittade (uppgifter om en elev). Den publiceras "
    "igen när felen är rättade."
)


def privacy_errors(errors: Iterable[Problem]) -> list[Problem]:
    """The errors about a pupil's personal data among those that withhold a unit."""
    return [p for p in errors if withholds(p) and _privacy(p.code)]


def shows_flagged(folder: Path, errors: Iterable[Problem], root: Path) -> bool:
    """Whether the old output in `folder` shows what a privacy error among `errors` found
    (paths in the problems are relative to `root`)."""
    return bool(shown_codes(folder, errors, root))


def shown_codes(path: Path, errors: Iterable[Problem], root: Path) -> tuple[str, ...]:
    """The codes of the privacy errors among `errors` whose finding the old output at
    `path` (a folder, or one file) shows; a code no page text can show counts unread."""
    found = [(p.code, _finder(p, root)) for p in privacy_errors(errors)]
    codes = {code for code, finder in found if finder is None}
    looking = [(code, finder) for code, finder in found if finder and code not in codes]
    for text in _shown_texts(path) if looking else ():
        codes |= {code for code, finder in looking if finder(text)}
        looking = [(code, finder) for code, finder in looking if code not in codes]
        if not looking:
            break
    return tuple(sorted(codes))


def leaked_line(unit: str, codes: Iterable[str]) -> str:
    """What the build says of a unit whose old output went (`shows_flagged`), withheld
    for the errors of `codes`."""
    return LEAKED.format(unit=unit, codes=", ".join(sorted(filter(_privacy, codes))))


def leaked_lines(reports: Iterable[HeldReport], schools: Iterable[Withheld]) -> tuple[str, ...]:
    """What the build says of each withheld report and school whose old output went."""
    units = [(f"Rapporten {r.id}", r.codes) for r in reports if r.leaked]
    units += [(f"Skolan {s.name} ({s.id})", s.codes) for s in schools if s.leaked]
    return tuple(leaked_line(unit, (c for c, _ in codes)) for unit, codes in units)


def _privacy(name: str) -> bool:
    entry = REGISTRY.get(name)
    return entry is not None and entry.category is Category.PRIVACY


def _finder(problem: Problem, root: Path) -> Finder | None:
    """How to find in a page's text what `problem` flagged; None: no page text can show it."""
    line = _source_line(root / problem.location.file, problem.location.line)
    reread = _REREAD.get(problem.code)
    return reread(line, max(problem.location.column - 1, 0)) if reread else None


def _number(_line: str, _at: int) -> Finder:
    return has_personal_number  # any number: the last look refuses every one as well


def _name(line: str, at: int) -> Finder | None:
    """The same name, anywhere in a page (any pupil's, when it cannot be read again). Not
    only where a page reads as naming a pupil: the rule that flagged it may read a field
    closer than prose is read ("Kurator och Kalle Nilsson (8A)" in `ansvarig`,
    `rules.stafffields`; initials, a pupil described, `rules.pointed`), and the unit is
    withheld for it anyway. None for a link's title or address: an attribute, which a
    page's text does not show, so the old pages go unread."""
    if any(part.start <= at < part.end for part in link_parts(line)):
        return None
    name = WORD.match(line, at)
    if name is None:
        return lambda text: any(pupil_mentions(text))
    shown = re.compile(rf"(?<!\w){re.escape(name.group())}(?!\w)")
    return lambda text: shown.search(text) is not None


def _address(line: str, at: int) -> Finder:
    """An address on the same domain (any pupil's, when it cannot be read again)."""
    domain = next((d for i, d in emails(line) if i >= at), "")
    if not domain:
        return lambda text: any(pupil_emails(text, ()))
    return lambda text: any(d == domain for _, d in emails(text))


def _count(line: str, at: int) -> Finder | None:
    """The same words of a small count ("3 av 4 elever", "2 av 26 i 6A")."""
    count = SMALL_COUNT.match(line, at) or CLASS_COUNT.match(line, at)
    if count is None:
        return None
    words = " ".join(count.group().split())
    return lambda text: words in " ".join(text.split())


_REREAD: dict[str, Callable[[str, int], Finder | None]] = {
    "TP401": _number, "TP402": _address, "TP404": _name, "TP405": _address, "TP406": _count,
}  # fmt: skip


def _source_line(path: Path, number: int) -> str:
    """Line `number` (1-based) of the source file, "" when it cannot be read."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return lines[number - 1] if 0 < number <= len(lines) else ""


def _shown_texts(folder: Path) -> Iterator[str]:
    """The text of each file in `folder` (or of the file `folder`) as a reader sees it: a
    page's shown text, and any other file's text as the last look reads it (a search
    index's decoded JSON)."""
    for path in [folder] if folder.is_file() else sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        if path.suffix.lower() in PAGE_SUFFIXES:
            yield look(data.decode("utf-8", errors="replace"), frozenset())[1]
            continue
        try:
            yield published_text(data, path.suffix)
        except Unreadable:
            continue
