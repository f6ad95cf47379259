"""Where a build may write: never over the project it builds from.

`trygg build --out` (and `trygg export`'s folder) is refused when it is empty, a file,
the project itself or a folder holding it, or when it overlaps what the build reads:
content/, theme/, schemas/, .git, mkdocs.yml or the cache, and when it already holds
files that trygg did not write: a build replaces its output folder whole, so `--out ~`
would have removed a home folder. Every folder trygg writes whole carries `OUTPUT_MARK`,
naming the huvudman it was built for, and another huvudman's output is refused too
(`build.ownership`); the default `site/` and `site-utkast/` beside mkdocs.yml are
trygg's without it (as MkDocs' own `site_dir`, and for outputs built before the mark).
A refused output is not touched at all.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from generator import CACHE

# The default output folders and the mark are named where a plain `mkdocs build` reads them.
from generator.build.ownership import (
    OUTPUT_MARK_TEXT,
    inside_output_problem,
    other_owner_problem,
)
from generator.check.cachefiles import inside, write_bytes
from generator.load.layout import CONTENT_DIR, content_folder
from generator.problems import terminal_safe
from generator.site.outputs import DRAFTS, OUTPUT_MARK, PUBLISHED

__all__ = [
    "CACHE_MARK", "DRAFTS", "OUTPUT_MARK", "OUTPUT_MARK_TEXT", "PUBLISHED", "cache_problem",
    "drafts_output_problem", "export_output_problem", "mark_cache", "output_problem",
]  # fmt: skip

PROTECTED = (CONTENT_DIR, "theme", "schemas", ".git", "mkdocs.yml")


def _on_own_folder(written: str, out: Path, path: Path) -> str:
    """Why `out` cannot be, be inside or hold the project's `path`; "" when it is apart."""
    if out == path:
        return (
            f"utdatamappen får inte vara {path.name} (bygget tömmer utdatamappen och "
            "skriver webbplatserna där); välj en egen mapp, t.ex. --out site"
        )
    if out.is_relative_to(path):
        return (
            f"utdatamappen {written} får inte ligga i {path.name} (bygget tömmer "
            "utdatamappen); välj en egen mapp, t.ex. --out site"
        )
    if path.is_relative_to(out):
        return (
            f"utdatamappen {written} rymmer {path.name}, som bygget skulle tömma; "
            "välj en egen mapp, t.ex. --out site"
        )
    return ""


def export_output_problem(written: str, config_file: Path) -> str:
    """`output_problem` for `trygg export UT`, worded for it: its folder is an argument, not
    `--out` (the messages' examples are build's: `--out site`, `--out MAPP`), and it is
    the export that writes there, not the build."""
    said = output_problem(written, config_file).replace("bygget ", "exporten ")
    return said.replace("--out site", EXPORT_EXAMPLE).replace("--out ", "trygg export ")


EXPORT_EXAMPLE = "trygg export fristaende"


def output_problem(written: str, config_file: Path, cache_dir: Path | None = None) -> str:
    """Why `written` cannot be the output folder of `trygg build`, in Swedish; "" when it
    can (`export_output_problem` for `trygg export`)."""
    if not written.strip():
        return "utdatamappen är tom; ange en mapp, t.ex. --out site"
    if written.startswith("~"):  # quoted, the shell left it: a folder named ~ invites rm -rf ~
        return f"{written} börjar med ~, som här inte betyder hemmappen; skriv hela sökvägen"
    out = Path(written).resolve()
    project = config_file.resolve().parent
    linked = _through_a_link(written, config_file) or (
        _linked_output(written, out) if _as_written(written).is_symlink() else ""
    )
    if linked or out.is_file() or (out.is_symlink() and not out.is_dir()):
        return linked or f"{written} är en fil, inte en mapp; välj en ny mapp för webbplatserna"
    if project.is_relative_to(out):
        return f"{written} är förrådets mapp (eller rymmer den); välj en mapp inuti, t.ex. site"
    protected = [project / name for name in PROTECTED] + [config_file.resolve()]
    if cache_dir is not None:
        protected.append(cache_dir.resolve())
    for path in protected:
        if said := _on_own_folder(written, out, path):
            return said
    return (
        inside_output_problem(written, out)
        or other_owner_problem(written, out, content_folder(project))
        or _foreign_files(written, out, project)
    )


def _as_written(path: str | Path) -> Path:
    """`path` made absolute as written: its links not followed and ".." taken away with
    the name before it, as the user reads it (`Path.resolve` would follow the links)."""
    return Path(os.path.abspath(path))  # noqa: PTH100


def _through_a_link(written: str, config_file: Path) -> str:
    """Why `written`, inside the project, reaches its folder through a symbolic link on the
    way ("site/x" where site is a link): the link is the repository's, so it may point
    anywhere on the machine. Only the output folder itself may be a link (`_linked_output`
    asks where to); a path outside the project is the user's own choice."""
    lexical, project = _as_written(written), _as_written(config_file).parent
    if not lexical.is_relative_to(project):
        return ""
    expected = project.resolve() / lexical.relative_to(project)
    if Path(written).resolve() == expected:
        return ""
    if lexical.is_symlink() and lexical.parent.resolve() == expected.parent:
        return ""  # the folder itself is a link: `_linked_output`
    return (
        f"{terminal_safe(written)} går genom en symbolisk länk i förrådet, som kan peka vart "
        "som helst på datorn; ange en mapp utan länkar på vägen, t.ex. --out site"
    )


def _linked_output(written: str, out: Path) -> str:
    """Why the output folder named by the link `written` (to `out`) cannot be written
    through it: only a folder trygg has built or exported to before is (a link a web
    server serves, say). A link in a repository or a restored CI cache to an empty folder
    of the machine's (/srv, say) would otherwise have the build write there."""
    target = terminal_safe(str(out))  # the link's text is the repository's, not the user's
    if not out.is_dir():
        return f"{written} är en symbolisk länk till {target}, som inte är en mapp; ta bort länken"
    if (out / OUTPUT_MARK).is_file():
        return ""
    return (
        f"{written} är en symbolisk länk till {target}, där trygg inte har byggt förut, och "
        "trygg skriver bara genom en länk till en mapp som trygg redan har byggt i; bygg "
        f"första gången till mappen själv (--out {target}) eller ta bort länken"
    )


def _foreign_files(written: str, out: Path, project: Path) -> str:
    """Why `out` holds files trygg did not write ("" when it is new, empty or trygg's)."""
    if not out.is_dir() or (out / OUTPUT_MARK).is_file():
        return ""
    if out in (project / PUBLISHED, project / DRAFTS):
        return ""
    try:
        if next(out.iterdir(), None) is None:
            return ""
    except OSError:
        return f"{written} går inte att läsa; välj en annan mapp för webbplatserna"
    return (
        f"{written} innehåller redan filer som trygg inte har skrivit, och trygg ersätter hela "
        "utdatamappen; välj en ny eller tom mapp, t.ex. --out site, eller töm mappen först"
    )


# In every cache folder trygg uses: the cache removes what it no longer needs in its
# folders, so a folder of someone else's files is never taken for one.
CACHE_MARK = ".trygg-cache-mapp"
CACHE_MARK_TEXT = "Den här mappen är trygg:s cache. Den kan tas bort; trygg gör om den.\n"


def cache_problem(cache_dir: Path, project: Path) -> str:
    """Why `cache_dir` cannot be the cache, in Swedish; "" when it can: new, empty, marked,
    or the default `.trygg-cache` in `project` (caches made before the mark). A link is
    not followed here: `build.cacheroot` never uses one as it is."""
    if cache_dir.is_symlink():
        return ""
    folder = cache_dir.resolve()
    if not folder.is_dir() or (folder / CACHE_MARK).is_file():
        return ""
    if folder == (project.resolve() / CACHE):
        return ""
    try:
        if next(folder.iterdir(), None) is None:
            return ""
    except OSError:
        return f"cachemappen {cache_dir} går inte att läsa; välj en annan mapp med --cache"
    return (
        f"cachemappen {cache_dir} innehåller filer som inte är trygg:s cache, och trygg tar "
        f"bort det som cachen inte längre behöver; välj en egen mapp, t.ex. --cache {CACHE}"
    )


def mark_cache(cache_dir: Path | None) -> None:
    """Mark `cache_dir`, if it is there, as trygg's cache: before a run (one the guard let
    through) and after it (a run makes the folder when it first keeps something). A
    read-only cache stays unmarked: it is only read."""
    if cache_dir is None or not cache_dir.is_dir():
        return
    with contextlib.suppress(OSError):
        write_bytes(inside(cache_dir, CACHE_MARK), CACHE_MARK_TEXT.encode())


INTERNAL_MARK = '<meta name="robots" content="noindex">'  # on every page of a build with utkast


def drafts_output_problem(written: str, config_file: Path) -> str:
    """Why `trygg build --med-utkast` cannot write to `written`, in Swedish; "" when it can.

    Never the published output folder (`site/`, beside the configuration or here), nor a
    folder holding a published build: its start page lacks the internal build's mark."""
    out = Path(written).resolve()
    published = {Path(PUBLISHED).resolve(), (config_file.resolve().parent / PUBLISHED).resolve()}
    if out in published:
        return (
            f"{written} är mappen för den publicerade webbplatsen; bygget med utkast får "
            f"aldrig hamna där – välj en egen mapp, t.ex. --out {DRAFTS}"
        )
    if _published_build(out / "index.html"):
        return (
            f"{written} innehåller en publicerad webbplats; bygget med utkast får aldrig "
            f"hamna där – välj en egen mapp, t.ex. --out {DRAFTS}"
        )
    return ""


def _published_build(start: Path) -> bool:
    """Whether `start` is a start page without the internal build's mark (in its head)."""
    if not start.is_file():
        return False
    with start.open("rb") as page:
        head = page.read(64 * 1024).decode("utf-8", errors="replace")
    return INTERNAL_MARK not in head
