"""Whose output an output folder is: the huvudman its mark names.

Every folder trygg writes whole carries `OUTPUT_MARK` (`build.guard`); its text says, on
a line of its own, the huvudman the project builds for (`namn` in content/huvudman.yml,
as JSON). That name is what makes two checkouts "the same project": it travels with the
content, so a fresh CI clone or a project moved to another folder rebuilds its own output,
and the mark is the same bytes on every machine. A build whose huvudman is another is
refused before anything is written: a link committed in a repository
(`public -> ../grannen/public`) or an `--out` in a shared runner's job must not publish
over a neighbour's sites. Names are compared as a reader would (case, Unicode form and
spaces aside). There is no flag to take another's output over: empty the folder (an empty
one may be written) or choose another. A mark without the line (written before it, or by
`trygg export` of that time) names no one and is taken as before; the next build names it.

This stops mistakes and neighbours of other names; a repository that copies another
huvudman's name is not told apart (a shared runner needs a workspace per project).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from generator.load.layout import ORGANISER_FILE
from generator.problems import terminal_safe
from generator.site.outputs import OUTPUT_MARK

OUTPUT_MARK_TEXT = (
    "Den här mappen skrivs av trygg. Allt i den ersätts när trygg bygger eller exporterar "
    "igen, så lägg inga egna filer här.\n"
)
OWNER_LINE = "huvudman: "  # then the name as a JSON string
_MARK_READ = 64 * 1024  # a mark trygg wrote is a few lines


def mark_text(owner: str | None) -> str:
    """The mark's text for an output built for the huvudman named `owner` (None: unread,
    and then nothing is published: the build stops on huvudman.yml's errors)."""
    if not owner:
        return OUTPUT_MARK_TEXT
    return f"{OUTPUT_MARK_TEXT}{OWNER_LINE}{json.dumps(owner, ensure_ascii=False)}\n"


def write_mark(folder: Path, owner: str | None) -> None:
    """Mark `folder` as an output of trygg's built for `owner`."""
    (folder / OUTPUT_MARK).write_text(mark_text(owner), encoding="utf-8")


def project_owner(content_dir: Path) -> str | None:
    """The huvudman's name in `content_dir`'s huvudman.yml; None when it cannot be read."""
    from generator.load.sources import read_organiser  # noqa: PLC0415 (loads YAML)

    document, _problems = read_organiser(content_dir)
    data = None if document is None else document.data
    name = data.get("namn") if isinstance(data, dict) else None
    return name if isinstance(name, str) and name.strip() else None


def marked_owner(folder: Path) -> str | None:
    """The huvudman `folder`'s mark names; None when it has no mark or names no one."""
    try:
        with (folder / OUTPUT_MARK).open("rb") as mark:
            text = mark.read(_MARK_READ).decode("utf-8", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(OWNER_LINE):
            try:
                name = json.loads(line.removeprefix(OWNER_LINE))
            except ValueError:
                return None
            return name if isinstance(name, str) and name.strip() else None
    return None


def same_owner(first: str, second: str) -> bool:
    """Whether two names are the same huvudman's, as a reader would say."""
    return _compared(first) == _compared(second)


def _compared(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def other_owner_problem(written: str, out: Path, content_dir: Path) -> str:
    """Why `out` (an output folder of trygg's, or not) is another project's, in Swedish;
    "" when it is this project's, names no one, or is no output of trygg's."""
    theirs = marked_owner(out)
    if theirs is None:
        return ""
    shown, their_name = terminal_safe(written), terminal_safe(theirs)
    ours = project_owner(content_dir)
    if ours is None:
        return (
            f"{shown} är byggd för {their_name}, och trygg kan inte läsa huvudmannens namn "
            f"(namn) i content/{ORGANISER_FILE}; rätta filen (trygg check visar hur) och "
            "bygg igen"
        )
    if same_owner(ours, theirs):
        return ""
    return (
        f"{shown} innehåller webbplatser som trygg har byggt för {their_name}, men det här "
        f"projektet är {terminal_safe(ours)} (namn i content/{ORGANISER_FILE}); trygg "
        "skriver aldrig över en annan huvudmans webbplatser. Välj en egen mapp, t.ex. "
        "--out site, eller ta bort länken om mappen nås genom en. Har huvudmannen bytt "
        f"namn: töm mappen (även den dolda filen {OUTPUT_MARK}) och bygg igen"
    )
