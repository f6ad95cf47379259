"""Reading content files and folders, collecting problems instead of raising.

A `Reader` reads the files of one folder (a school's, or content/ for huvudman.yml): a
file or folder that lies outside it once symbolic links are followed, a loop of links,
a named pipe or a link to nothing is a problem on that path (TP051, TP001), never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator import codes
from generator.load.blocks import MAX_PAGE_BLOCKS, nesting_error, too_deep, too_many_blocks
from generator.load.document import Document
from generator.load.fences import Fence, read_fences
from generator.load.filenames import named_otherwise, renamed
from generator.load.layout import SCHOOLS, free_page_uri, inside_site
from generator.load.paths import PathRefused, refuse_leaving
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import load_yaml, parse_yaml, read_text
from generator.problems import Location, Problem, display_path

# A folder of the content that is there but cannot be read as one.
NO_FOLDER = "mappen kan inte läsas (den är en fil, eller en symbolisk länk till ingenting)"
NO_FOLDER_HINT = "ersätt den med en vanlig mapp"
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class PageSource:
    """A free page: its front matter as a Document, its Markdown body and diagram fences."""

    slug: str
    front: Document
    body: str
    body_line: int
    fences: tuple[Fence, ...] = ()


def file_problem(
    code: str, file: str, message: str, hint: str, *, line: int = 0, column: int = 0
) -> Problem:
    return codes.problem(code, Location(file, line, column), message, hint=hint)


class Reader:
    """Reads the files of one folder (`home`) and collects problems instead of raising."""

    def __init__(self, root: Path, home: Path) -> None:
        self.root = root
        self.home = home
        self.problems: list[Problem] = []
        # read, but not as YAML, with the line of the first error (`load.drafts` may look)
        self.unparsed: dict[Path, int] = {}

    def display(self, path: Path) -> str:
        return display_path(path, self.root)

    def stays_home(self, path: Path) -> bool:
        """Whether `path` lies in the reader's folder once links are followed (else TP051)."""
        try:
            refuse_leaving(path, self.home)
        except PathRefused as refused:
            shown = self.display(path)
            self.problems.append(file_problem("TP051", shown, refused.reason, refused.hint))
            return False
        return True

    def listing(self, folder: Path, pattern: str) -> list[Path]:
        """The files in `folder` matching `pattern` (`folder_here`)."""
        return sorted(folder.glob(pattern)) if self.folder_here(folder) else []

    def folder_here(self, folder: Path) -> bool:
        """Whether `folder` is there to read: not when it is absent, nor (a problem) when
        it is there but is no folder of the reader's (a link out, in a loop, to nothing)."""
        if not folder.exists() and not folder.is_symlink():
            return False
        if not self.stays_home(folder):
            return False
        if not folder.is_dir():
            self.problems.append(
                file_problem("TP001", self.display(folder), NO_FOLDER, NO_FOLDER_HINT)
            )
            return False
        return True

    def yaml(self, path: Path, required: bool = True) -> Document | None:
        shown = self.display(path)
        if not path.exists() and not path.is_symlink():
            if required and (found := named_otherwise(path)) is not None:
                why, hint = renamed(found, path.name)
                told = file_problem("TP038", self.display(found), why, hint, line=1, column=1)
                self.problems.append(told)
            elif required:
                hint = _missing_hint(path)
                self.problems.append(file_problem("TP038", shown, "filen saknas", hint))
            return None
        if not self.stays_home(path):
            return None
        try:
            return load_yaml(path, shown)
        except LoadError as error:
            self.problems += error.problems(shown)
            self.unparsed[path] = error.line
            return None

    def page(self, path: Path) -> PageSource | None:
        shown = self.display(path)
        if not self.stays_home(path):
            return None
        if not _utf8(path.name) or not inside_site(free_page_uri(path.stem)):
            why = "filnamnet har ett styrtecken eller är inte UTF-8 och kan inte bli en adress"
            self.problems.append(file_problem("TP001", shown, why, "byt namn på filen"))
            return None
        try:
            text = read_text(path)
            match = FRONT_MATTER.match(text)
            if match is None and text.lstrip("\ufeff").startswith("---"):
                hint = "avsluta sidhuvudet med en rad med bara --- före sidans text"
                raise LoadError("TP040", "sidhuvudet (front matter) avslutas inte", hint, 1, 1)
            if match is None:
                hint = "börja filen med ---, titel: Sidans rubrik och ---"
                raise LoadError("TP040", "sidhuvud (front matter) saknas", hint, 1, 1)
            front = parse_yaml(match.group(1), path, shown, line_offset=1)
        except LoadError as error:
            self.problems += error.problems(shown)
            return None
        body_line = text[: match.end()].count("\n") + 1
        body = text[match.end() :]
        if (line := too_many_blocks(body)) is not None:
            message = f"sidan har fler än {MAX_PAGE_BLOCKS} stycken, rubriker och kodblock"
            hint = "dela upp sidan i flera sidor"
            self.problems.append(file_problem("TP002", shown, message, hint, line=body_line + line))
            return None
        if (line := too_deep(body)) is not None:
            self.problems.append(nesting_error(body_line + line).problem(shown))
            return None
        fences = read_fences(body, body_line, path, shown)
        return PageSource(path.stem, front, body, body_line, fences)


def _utf8(name: str) -> bool:
    """Whether a file name read from the disk is UTF-8 (Python keeps other bytes as
    surrogates, which no address or page can hold)."""
    try:
        name.encode()
    except UnicodeEncodeError:
        return False
    return True


def _missing_hint(path: Path) -> str:
    """How to get a required file that is missing: the commands that write them."""
    if not path.parent.is_dir():
        return "kör trygg init för att skapa ett nytt förråd med en första skola"
    if path.parent.parent.name == SCHOOLS:
        return f"skapa {path.name}, till exempel som en kopia av en annan skolas"
    return f"skapa {path.name}; trygg init skriver ett exempel på den"
