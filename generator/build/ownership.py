"""Whose output an output folder is: the huvudman its mark names.

Every folder trygg writes whole carries `OUTPUT_MARK` (`build.guard`); its text names, on
lines of their own, the huvudman the project builds for: its name and e-mail domains
(`namn` and `tillåtna_epostdomäner` in content/huvudman.yml, as JSON). They make two
checkouts "the same project": they travel with the content, so a fresh CI clone or a
project moved to another folder rebuilds its own output, and the mark is the same bytes
on every machine. Two owners are the same when their names are (as a reader compares
them: case, Unicode form and spaces aside) or when they share a domain: a huvudman that
changes its name (kommun to stad) or its domains, but not both at once, keeps its output.

A build for another huvudman is refused before anything is written: a link committed in a
repository (`public -> ../grannen/public`) or an `--out` in a shared runner's job must not
publish over a neighbour's sites, nor into a folder inside a trygg output (anyone's: the
next build of that output removes it, and until then it is published under that output's
address). There is no flag to take another's output over: empty the folder (an empty one
may be written) or choose another. A mark without the lines (written before them) names
no one and is taken as before; the next build names it.

This stops mistakes and neighbours of other names and domains; a repository that copies
another huvudman's name or domain is not told apart (a shared runner needs a workspace
per project).
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.load.layout import ORGANISER_FILE
from generator.problems import terminal_safe
from generator.site.outputs import OUTPUT_MARK

OUTPUT_MARK_TEXT = (
    "Den här mappen skrivs av trygg. Allt i den ersätts när trygg bygger eller exporterar "
    "igen, så lägg inga egna filer här.\n"
)
NAME_LINE, DOMAINS_LINE = "huvudman: ", "domäner: "  # each then JSON
_MARK_READ = 64 * 1024  # a mark trygg wrote is a few lines


@dataclass(frozen=True)
class Owner:
    """The huvudman an output is built for."""

    name: str
    domains: tuple[str, ...] = ()  # lower case, sorted

    def same_as(self, other: Owner) -> bool:
        """Whether `other` is this huvudman: the same name, or a domain in common."""
        return _compared(self.name) == _compared(other.name) or bool(
            set(self.domains) & set(other.domains)
        )


def _compared(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _owner(name: Any, domains: Any) -> Owner | None:
    """An `Owner` of the values as read (from huvudman.yml or a mark); None without a name."""
    if not isinstance(name, str) or not name.strip():
        return None
    listed = domains if isinstance(domains, list) else []
    found = {d.strip().strip("@.").lower() for d in listed if isinstance(d, str)}
    return Owner(name, tuple(sorted(found - {""})))


def mark_text(owner: Owner | None) -> str:
    """The mark's text for an output built for `owner` (None: unread, and then nothing is
    published: the build stops on huvudman.yml's errors)."""
    if owner is None:
        return OUTPUT_MARK_TEXT
    name = json.dumps(owner.name, ensure_ascii=False)
    domains = json.dumps(list(owner.domains), ensure_ascii=False)
    return f"{OUTPUT_MARK_TEXT}{NAME_LINE}{name}\n{DOMAINS_LINE}{domains}\n"


def write_mark(folder: Path, owner: Owner | None) -> None:
    """Mark `folder` as an output of trygg's built for `owner`."""
    (folder / OUTPUT_MARK).write_text(mark_text(owner), encoding="utf-8")


def project_owner(content_dir: Path) -> Owner | None:
    """The huvudman of `content_dir`'s huvudman.yml; None when its name cannot be read."""
    from generator.load.sources import read_organiser  # noqa: PLC0415 (loads YAML)

    document, _problems = read_organiser(content_dir)
    data = document.data if document is not None else None
    if not isinstance(data, dict):
        return None
    return _owner(data.get("namn"), data.get("tillåtna_epostdomäner"))


def marked_owner(folder: Path) -> Owner | None:
    """The huvudman `folder`'s mark names; None when it has no mark or names no one."""
    path = folder / OUTPUT_MARK
    # Only a regular file is read: a FIFO or a link to a device would block the build.
    if path.is_symlink() or not path.is_file():
        return None
    try:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        with os.fdopen(os.open(path, flags), "rb") as mark:
            text = mark.read(_MARK_READ).decode("utf-8", errors="replace")
    except OSError:
        return None
    values: dict[str, Any] = {}
    for line in text.splitlines():
        for key in (NAME_LINE, DOMAINS_LINE):
            if line.startswith(key):
                try:
                    values[key] = json.loads(line.removeprefix(key))
                except ValueError:
                    values[key] = None
    return _owner(values.get(NAME_LINE), values.get(DOMAINS_LINE))


def other_owner_problem(written: str, out: Path, content_dir: Path) -> str:
    """Why `out` (an output folder of trygg's, or not) is another project's, in Swedish;
    "" when it is this project's, names no one, or is no output of trygg's."""
    theirs = marked_owner(out)
    if theirs is None:
        return ""
    shown, their_name = terminal_safe(written), terminal_safe(theirs.name)
    ours = project_owner(content_dir)
    # Unread, huvudman.yml has errors, which stop the build before anything is written:
    # they are told where they are, not as a question of whose output this is.
    if ours is None or ours.same_as(theirs):
        return ""
    return (
        f"{shown} innehåller webbplatser som trygg har byggt för {their_name}, men det här "
        f"projektet bygger för {terminal_safe(ours.name)}, med ett annat namn och andra "
        f"e-postdomäner (namn och tillåtna_epostdomäner i content/{ORGANISER_FILE}); trygg "
        "skriver aldrig över en annan huvudmans webbplatser. Välj en egen mapp, t.ex. "
        "--out site, eller ta bort länken om mappen nås genom en. Har huvudmannen bytt både "
        f"namn och domäner: töm mappen (även den dolda filen {OUTPUT_MARK}) och bygg igen"
    )


def inside_output_problem(written: str, out: Path) -> str:
    """Why `out` (resolved) lies inside an output folder of trygg's, in Swedish; "" when
    no folder above it holds the mark."""
    for folder in out.parents:
        if (folder / OUTPUT_MARK).is_file():
            theirs = marked_owner(folder)
            built = f" för {terminal_safe(theirs.name)}" if theirs else ""
            return (
                f"{terminal_safe(written)} ligger i {terminal_safe(str(folder))}, där trygg har "
                f"byggt webbplatser{built}; den mappen ersätts hel vid nästa bygge, och det som "
                "byggs i den publiceras under dess adress. Välj en mapp utanför den, t.ex. "
                "--out site"
            )
    return ""
