"""The last look at every page a build publishes: it must load nothing from elsewhere.

Each HTML file that enters the output (newly built, taken from the cache or from a
part) is parsed as a browser parses it (Lexbor, through selectolax) and refused when
an element would load from another host, an attribute handles an event, a link runs
script, or an inline script is not one of the theme's own (allow-listed by the hash
of its text, with the base path it names made neutral). This is defence in
depth: the sanitizer and the escaping should never let any of it through. Nor may any
page, data file, feed or file name show a personnummer, however the content spelt it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib
import json
from collections.abc import Collection, Iterator
from pathlib import Path
from urllib.parse import unquote

from generator.build.filescan import file_problems
from generator.build.pagelook import PAGE_SUFFIXES, page_problems
from generator.build.pdf.scanning import pdf_problems
from generator.check.cachekey import cache_key
from generator.codes import code
from generator.load.resources import theme_overrides
from generator.personal_data import VALUE_APART, has_personal_number, name_words
from generator.personal_data.carried import carries_personal_number
from generator.personal_data.checks import youngest_birth
from generator.personal_data.published import Unreadable, published_text
from generator.problems import BuildFailed
from generator.site.lastlook import PERSONAL_NUMBER, look
from generator.site.themescripts import theme_scripts
from generator.validate.filekinds import text_problem

INDEX = "search_index.json"  # Material's search index, whose texts a reader is shown
# The modules whose source decides what the look refuses: a page that passed a look is
# taken as passed only by a look of the same source (`passed_digest`).
SCANNER = (
    "generator.build.scan", "generator.build.filescan", "generator.build.pdf.scanning",
    "generator.build.pagelook", "generator.build.packed", "generator.build.kinds",
    "generator.validate.filekinds",
    "generator.site.lastlook",
    "generator.site.fetching", "generator.site.xmllook", "generator.site.themescripts",
    "generator.personal_data", "generator.personal_data.readable",
    "generator.personal_data.carried", "generator.personal_data.published",
    "generator.personal_data.checks", "generator.personal_data.worded",
    "generator.personal_data.phones", "generator.personal_data.timed",
    "generator.personal_data.classes",
    "generator.validate.svgsafety", "generator.validate.svgreferences",
)  # fmt: skip


def scan_site(folder: Path, theme_dirs: tuple[str, ...], known: Collection[str] = ()) -> list[str]:
    """Every problem in the site's HTML files, search index and other files, with the
    file's path; the pages in `known` (paths in `folder`, already looked at) are left out."""
    allowed = theme_scripts(theme_dirs)
    walked = list(folder.rglob("*"))  # listed once: rglob is slow, and stats each entry
    listing = sorted(walked)
    files = {path for path in listing if path.is_file()}
    found: list[str] = []
    pages = [p for p in listing if p.suffix.lower() in PAGE_SUFFIXES and p in files]
    for page in (p for p in pages if p.relative_to(folder).as_posix() not in known):
        problems = page_problems(page.read_bytes(), page.suffix, allowed)
        found += [f"{page.relative_to(folder)}: {why}" for why in problems]
    # As `rglob("search_index.json")` gives them: in its order, if they exist.
    for index in (p for p in walked if p.match(INDEX) and p.exists()):
        found += [f"{index.relative_to(folder)}: {why}" for why in _index_problems(index)]
    for pdf in (p for p in listing if p.suffix.lower() == ".pdf" and p in files):
        found += [f"{pdf.relative_to(folder)}: {why}" for why in pdf_problems(pdf.read_bytes())]
    looked = {*pages, *(folder / page for page in known)}  # read whole by `page_problems`
    shown = {line.partition(": ")[0] for line in found if line.endswith(PERSONAL_NUMBER)}
    for path, why in _outside_pages(folder, listing, (files - looked, theme_dirs)):
        if why != PERSONAL_NUMBER or path not in shown:
            found.append(f"{path}: {why}")
    return found + list(file_problems(folder, theme_dirs))


def _outside_pages(
    folder: Path, listing: list[Path], others: tuple[set[Path], tuple[str, ...]]
) -> Iterator[tuple[str, str]]:
    """(path, problem) of each entry whose name, or each file (in `others`: the files but
    the pages; the theme's own are trusted) whose text, shows a number (`carried`), or
    which cannot be read. (`listing`: all in `folder`, sorted.)"""
    files, theme_dirs = others
    names: list[tuple[str, str]] = []
    for path in listing:
        relative = path.relative_to(folder).as_posix()
        decoded = name_words(unquote(relative))  # as an address names it ("%31" is "1")
        names.append((relative, f"{name_words(relative)}{VALUE_APART}{decoded}"))
    # All at once first: no number runs past `VALUE_APART`, so none found is none in any.
    named = has_personal_number(VALUE_APART.join(text for _, text in names), worded=False)
    for (relative, name), path in zip(names, listing, strict=True):
        why = PERSONAL_NUMBER if named and has_personal_number(name, worded=False) else ""
        if not why and path in files:
            why = _file_problem(path, relative, theme_dirs)
        if why:
            yield relative, why


def _file_problem(path: Path, relative: str, theme_dirs: tuple[str, ...]) -> str:
    """Whether a published file other than a page shows a number, however encoded; not
    read again in this process while it is the same file at the same path (a theme file
    hard-linked into every site: its name decides how it is read), nor when it is the
    packaged theme's own. A script or style sheet too: `filescan` lets through those of
    the repo's own custom_dir, which are the author's and read like the author's files."""
    found = path.stat()
    # (and the month: what no pupil's birth date is, `checks.youngest_birth`, is read by it)
    key = (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, relative, youngest_birth())
    if key not in _VERDICTS:
        if len(_VERDICTS) > 50_000:
            _VERDICTS.clear()
        _VERDICTS[key] = _content_problem(path.read_bytes(), path.suffix, relative, theme_dirs)
    return _VERDICTS[key]


_VERDICTS: dict[tuple[int, int, int, int, str, dt.date], str] = {}


def _content_problem(data: bytes, suffix: str, relative: str, theme_dirs: tuple[str, ...]) -> str:
    if why := text_problem(data, relative):  # (the theme's own too)
        return why
    if _theme_own(data, relative, theme_dirs):
        return ""
    try:
        return PERSONAL_NUMBER if carries_personal_number(published_text(data, suffix)) else ""
    except Unreadable as unreadable:
        return str(unreadable)


def _theme_own(data: bytes, relative: str, theme_dirs: tuple[str, ...]) -> bool:
    """Whether `data` is the theme's file of the same path (as MkDocs reads the theme:
    the overrides first), byte for byte; a file of the repo's own custom_dir, which
    stands before trygg's overrides (`site.defaults.theme_dirs`), is the author's."""
    overrides = str(theme_overrides())
    authored = theme_dirs[: theme_dirs.index(overrides)] if overrides in theme_dirs else ()
    for folder in theme_dirs:
        source = Path(folder, relative)
        if source.is_file():
            return folder not in authored and _digest_of(source) == hashlib.blake2b(data).digest()
    return False


@functools.cache
def _digest_of(theme_file: Path) -> bytes:
    return hashlib.blake2b(theme_file.read_bytes()).digest()


def _index_problems(index: Path) -> Iterator[str]:
    """Material's search shows titles and texts of its index as HTML."""
    try:
        docs = json.loads(index.read_text(encoding="utf-8")).get("docs", [])
    except (OSError, ValueError, AttributeError):
        yield "sökindexet går inte att läsa"
        return
    fragments = [
        str(doc.get(key, "")) if isinstance(doc, dict) else ""
        for doc in (docs if isinstance(docs, list) else [])
        for key in ("title", "text")
    ]
    # As `scan_html` of each, in order; their shown texts scanned at once first (no number
    # runs past `VALUE_APART`), each one only when that finds a number. (The index's
    # every byte is read as data too: `_outside_pages`.)
    looks = [look(fragment, frozenset()) for fragment in fragments]
    each = has_personal_number(VALUE_APART.join(shown for _, shown in looks), worded=False)
    for problems, shown in looks:
        yield from problems
        if each and has_personal_number(shown, worded=False):
            yield PERSONAL_NUMBER


@functools.cache
def _scanner_key() -> bytes:
    digest = hashlib.sha256()
    for name in SCANNER:
        digest.update(Path(str(importlib.import_module(name).__file__)).read_bytes())
    return digest.digest()


def passed_digest(data: bytes) -> str:
    """What a page that passed the look is remembered by: its bytes, keyed with the
    scanner's source, the cache key (`check.cachekey`) and the first day that is no
    pupil's birth date (`checks.youngest_birth`: the look reads a date after it with four
    digits as a time), so that a changed page, a changed look, another month or a digest
    made without the key never matches."""
    day = youngest_birth().isoformat().encode()
    key = hashlib.sha256(_scanner_key() + cache_key() + day).digest()
    return hashlib.blake2b(data, key=key).hexdigest()


def refuse_unsafe(
    folder: Path, theme_dirs: tuple[str, ...], title: str, known: Collection[str] = ()
) -> None:
    """Raise `BuildFailed` when the site in `folder` has anything `scan_site` finds: which
    files (the first five), and for a personnummer how to remove it (TP401's fix)."""
    if problems := scan_site(folder, theme_dirs, known):
        shown = "; ".join(problems[:5]) + (f" och {len(problems) - 5} till" if problems[5:] else "")
        number = any(problem.endswith(PERSONAL_NUMBER) for problem in problems)
        raise BuildFailed(
            f"webbplatsen {title} publiceras inte, den innehåller {shown}"
            + (f" – {code('TP401').fix}. {WRITTEN_AS}" if number else "")
        )


# Where the check did not see a number the look sees (the sources are checked as written).
WRITTEN_AS = (
    "Numret kan stå kodat i innehållet, i en länk (%31), ett HTML-tecken (&#49;) eller ett "
    "attribut: sök efter det i innehållet, och i temamappen (custom_dir under theme) om "
    "filen kommer därifrån"
)
