"""Where `trygg granska` may write the file the user names (`-o`, `--pdf`): never over or
into what the project reads or publishes, and never over a file it did not write.

Refused, before anything is checked or written: a target in the content folder, in
schemas/, theme/, the theme folder mkdocs.yml names (`custom_dir`), .git, the cache or an
output folder of trygg's (`site/`, or any folder with `OUTPUT_MARK`: what lies there is
replaced or published); mkdocs.yml and each file it inherits; a folder, a symbolic link or
anything but a regular file; a file in a folder that is not there; and an existing file
that is not an earlier granskning: a Markdown file whose first line is not the
granskning's title, a PDF whose metadata do not give that title (an empty file is
overwritten). The file is written whole or not at all (`check.cachefiles.write_bytes`).
"""

from __future__ import annotations

import os
import re
import zlib
from pathlib import Path

from generator import CACHE
from generator.build.guard import DRAFTS, OUTPUT_MARK, PUBLISHED
from generator.check.cachefiles import write_bytes
from generator.load.mkdocsfile import read_settings, settings_files
from generator.load.paths import no_regular_file
from generator.problems import os_reason, terminal_safe
from generator.review.opening import TITLE

NAMES = {"-o": "granskning.md", "--pdf": "granskning.pdf"}  # for the examples in messages
EXAMPLES = {option: f"{option} {name}" for option, name in NAMES.items()}
MARKED = {  # how an earlier granskning is known, for the message
    "-o": f"en sådan börjar med raden '# {TITLE}'",
    "--pdf": f"en sådan är en PDF med titeln '{TITLE}: …'",
}
READ_AT_MOST = 16 * 1024 * 1024  # bytes of an existing PDF looked through for its title
STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)
STREAMS_AT_MOST, STREAM_TEXT_AT_MOST = 500, 1024 * 1024


def output_file_problem(option: str, written: str, content: Path) -> str:
    """Why `option written` cannot be the file to write, in Swedish; "" when it can."""
    shown = f"{option} {terminal_safe(written)}"
    if not written.strip() or written.startswith("~"):
        return f"{shown}: ange en fil med hela sökvägen, t.ex. {EXAMPLES[option]}"
    target = Path(os.path.abspath(written))  # noqa: PTH100 (links not followed)
    return _place_problem(option, shown, target, content) or _file_problem(option, shown, target)


def _place_problem(option: str, shown: str, target: Path, content: Path) -> str:
    """Why no file may be written where `target` is ("" when one may)."""
    if why := _protected(target.resolve(), content):
        return f"{shown} {why}; skriv granskningen utanför, t.ex. {EXAMPLES[option]}"
    if target.is_symlink():
        return f"{shown} är en symbolisk länk, som kan peka vart som helst; ange en vanlig fil"
    if target.is_dir():
        return f"{shown} är en mapp; ange en fil i den, t.ex. {shown}/{NAMES[option]}"
    if not target.parent.is_dir():
        return f"{shown}: mappen {terminal_safe(str(target.parent))} finns inte; skapa den först"
    return ""


def _file_problem(option: str, shown: str, target: Path) -> str:
    """Why the file already at `target` may not be replaced ("" when there is none, or it
    may)."""
    if no_regular_file(target):
        return f"{shown} är ingen vanlig fil; ange en vanlig fil, t.ex. {EXAMPLES[option]}"
    if target.is_file() and not _earlier_output(option, target):
        return (
            f"{shown} finns redan och är ingen granskning som trygg har skrivit ({MARKED[option]})"
            f"; välj en ny fil, t.ex. {EXAMPLES[option]}, eller ta bort filen först om den kan "
            "ersättas"
        )
    return ""


def refused_outputs(markdown: str | None, pdf: str | None, content: Path) -> str:
    """Why `-o markdown` or `--pdf pdf` (either may be left out) cannot be written, or not
    both ("" when they can)."""
    if markdown is not None and pdf is not None and _same(markdown, pdf):
        return f"-o och --pdf nämner samma fil, {terminal_safe(pdf)}; ge PDF:en ett eget namn"
    return (
        (markdown is not None and output_file_problem("-o", markdown, content))
        or (pdf is not None and output_file_problem("--pdf", pdf, content))
        or ""
    )


def _same(one: str, other: str) -> bool:
    return Path(os.path.abspath(one)).resolve() == Path(os.path.abspath(other)).resolve()  # noqa: PTH100


def _protected(target: Path, content: Path) -> str:
    """What of the project `target` (resolved) is, or lies in ("" when nothing)."""
    project = content.resolve().parent
    config = project / "mkdocs.yml"
    if target in {path.resolve() for path in settings_files(config) if config.is_file()}:
        return "är webbplatsernas inställningar (mkdocs.yml eller en fil som den ärver)"
    folders = {
        content.resolve(): f"innehållsmappen {content.name}/",
        project / "schemas": "mappen schemas/", project / "theme": "mappen theme/",
        project / ".git": "git-mappen .git/", project / CACHE: f"cachen {CACHE}/",
        project / PUBLISHED: f"webbplatsernas mapp {PUBLISHED}/",
        project / DRAFTS: f"utkastbyggets mapp {DRAFTS}/",
    }  # fmt: skip
    theme = (read_settings(config) or {}).get("theme") if config.is_file() else None
    if isinstance(theme, dict) and isinstance(custom := theme.get("custom_dir"), str):
        folders[project / custom] = f"temamappen {terminal_safe(custom)}/ (custom_dir)"
    for folder, named in folders.items():
        if target == folder.resolve():
            return f"är {named}"
        if target.is_relative_to(folder.resolve()):
            return f"ligger i {named}"
    if marked := next((f for f in target.parents if (f / OUTPUT_MARK).is_file()), None):
        return f"ligger i {terminal_safe(str(marked))}, där trygg har byggt webbplatser"
    return ""


def _earlier_output(option: str, target: Path) -> bool:
    """Whether `target` is empty or an earlier granskning of the kind `option` writes."""
    try:
        with target.open("rb") as file:
            data = file.read(READ_AT_MOST if option == "--pdf" else 256)
    except OSError:
        return False
    if not data:
        return True
    if option == "-o":
        return data.startswith(f"# {TITLE}\n".encode())
    return data.startswith(b"%PDF-") and _titled(data)


def _titled(pdf: bytes) -> bool:
    """Whether the PDF's metadata (XMP, often compressed) give the granskning's title."""
    wanted = f'<rdf:li xml:lang="x-default">{TITLE}'.encode()
    if wanted in pdf:
        return True
    for count, stream in enumerate(STREAM.finditer(pdf)):
        if count >= STREAMS_AT_MOST:
            break
        try:
            text = zlib.decompressobj().decompress(stream.group(1), STREAM_TEXT_AT_MOST)
        except zlib.error:
            continue
        if b"<x:xmpmeta" in text:
            return wanted in text
    return False


def write_document(written: str, document: str) -> str:
    """Write the Markdown document to `written` whole; why not, in Swedish ("" when done)."""
    try:
        write_bytes(Path(written), document.encode("utf-8"), shared=True)
    except OSError as error:
        return f"kunde inte skriva {terminal_safe(written)}: {os_reason(error)}"
    return ""
