"""MkDocs' own lines in Swedish while `mkdocs build` and `mkdocs serve` run trygg's plugin.

MkDocs logs how a build goes ("Building documentation to directory: …", "Documentation
built in 1.28 seconds") and what the preview server does ("Serving on …") in English.
While the plugin runs a plain build or the preview (under MkDocs or ProperDocs), a filter
on the loggers that say them puts the Swedish of each known line (`mkdocswords.LINES`) in
its place: same level, same folder, address and time (the watched folders named as the
author knows them: trygg's own as "trygg:s scheman", never a path inside the
installation); a line not known stays as MkDocs wrote it. The filter changes the record,
not its handler, so MkDocs' own output (its colours, its level names, the
server's timing) is as before. `trygg build` keeps MkDocs quiet instead (`site.quiet`).
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from generator.load.resources import resource_dir
from generator.problems import terminal_safe
from generator.site.mkdocswords import COUNTED, LINES, STRICT_ABORT, STRICT_COUNT
from generator.text import listing

# The loggers of MkDocs' build command, its serve command and its preview server, named
# after their modules: `properdocs.…` under ProperDocs (a fork of MkDocs 1.6 whose
# `mkdocs.…` modules are its own under another name).
TOOLS = ("mkdocs", "properdocs")
SPEAKERS = tuple(
    f"{tool}.{module}"
    for tool in TOOLS
    for module in ("commands.build", "commands.serve", "livereload")
)


# The preview server's lines start with the time of day, "[12:17:09] ": kept as it is.
TIME_OF_DAY = re.compile(r"\[\d\d:\d\d:\d\d\] ")


def in_swedish(message: str) -> str | None:
    """The Swedish of one of MkDocs' known lines; None for any other."""
    timed = TIME_OF_DAY.match(message)
    time, line = (timed[0], message[timed.end() :]) if timed else ("", message)
    for pattern, swedish in LINES:
        said = pattern.fullmatch(line)
        if said:
            told = said.groupdict()
            if "paths" in told:
                told["paths"] = watched(told["paths"])
            return time + swedish.format(**told)
    return None


# trygg's own folders, as an author knows them, where the preview watches them.
TRYGG_FOLDERS = (("schemas", "trygg:s scheman"), ("theme", "trygg:s tema"))
INSTALLED = ("site-packages", "dist-packages")


def watched(paths: str) -> str:
    """MkDocs' list of watched paths ("'content', '/…/site-packages/generator/bundled/
    schemas'") as the author knows them: their own folders as MkDocs wrote them (relative
    to where they ran it), trygg's as "trygg:s scheman", an installed package's by name."""
    named = (_named(path) for path in paths.strip("'").split("', '"))
    return terminal_safe(listing(dict.fromkeys(named)))  # the paths are mkdocs.yml's


def _named(written: str) -> str:
    path = Path(written)
    installed = [i for i, part in enumerate(path.parts[:-1]) if part in INSTALLED][-1:]
    package = path.parts[installed[0] + 1] if installed else ""
    for folder, name in TRYGG_FOLDERS:
        if (package == "generator" and folder in path.parts) or _inside(path, folder):
            return name
    return f"det installerade paketet {package}" if package else f"'{written}'"


def _inside(path: Path, folder: str) -> bool:
    """Whether `path` is trygg's folder `folder` ("schemas") or inside it."""
    try:
        return path.resolve().is_relative_to(resource_dir(folder).resolve())
    except (FileNotFoundError, OSError):
        return False


class _SwedishLines(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        swedish = in_swedish(record.getMessage())
        if swedish is not None:
            record.msg, record.args = swedish, ()
        return True  # never hides a line


_FILTER = _SwedishLines()


@contextlib.contextmanager
def swedish_lines() -> Iterator[None]:
    """Inside the block, MkDocs' known lines are logged in Swedish."""
    loggers = [logging.getLogger(name) for name in SPEAKERS]
    for logger in loggers:
        logger.addFilter(_FILTER)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(_FILTER)


def strict_abort_in_swedish(message: str) -> str | None:
    """MkDocs' last words when `--strict` stops a build for its warnings, in Swedish."""
    said = STRICT_ABORT.fullmatch(message)
    if said is None:
        return None
    counts = []
    for counted in STRICT_COUNT.finditer(said["counts"]):
        counts.append(COUNTED[counted["kind"]].counted(int(counted["count"])))
    return f"Bygget avbröts med --strict: {' och '.join(counts)} (se ovan)."
