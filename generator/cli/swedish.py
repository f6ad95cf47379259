"""Swedish texts for argparse, whose own messages are English.

argparse looks up every user-facing string through the module-level gettext
function `_` at call time, so replacing it translates usage lines, headings
and error messages without copying any argparse code.
"""

from __future__ import annotations

import argparse
import os
import textwrap

from generator.load.dates import YEARS_IN_WORDS

_EXACT = {
    "usage: ": "användning: ",
    "options": "flaggor",
    "positional arguments": "argument",
    "show this help message and exit": "visa den här hjälptexten och avsluta",
    "expected one argument": "väntade ett värde",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": (
        "flaggan %(option)s är tvetydig, den kan betyda %(matches)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "show program's version number and exit": "visa trygg:s version och avsluta",
}


def _swedish(message: str) -> str:
    return _EXACT.get(message, message)


def install() -> None:
    """Route argparse's messages through the Swedish table."""
    argparse._ = _swedish  # type: ignore[attr-defined]


def add_help(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-h", "--help", action="help", help="visa den här hjälptexten och avsluta")


def exit_codes(*codes: tuple[int, str]) -> str:
    """A command's exit codes, as the last part of its help."""
    rows = (textwrap.fill(f"  {code:<4} {meaning}", 78, subsequent_indent=" " * 7)
            for code, meaning in codes)  # fmt: skip
    return "slutkoder:\n" + "\n".join(rows)


def environment(*variables: tuple[str, str]) -> str:
    """The environment variables a command reads, as a part of its help: each name and
    what it does, the text wrapped beside the names."""
    width = max(len(name) for name, _ in variables) + 4
    rows = (
        textwrap.fill(f"  {name:<{width - 4}}  {meaning}", 78, subsequent_indent=" " * width)
        for name, meaning in variables
    )
    return "miljövariabler:\n" + "\n".join(rows)


# What SOURCE_DATE_EPOCH does (`generator.clock`): the one "today" of checks and builds.
FIXED_DAY = (
    "SOURCE_DATE_EPOCH=T",
    "räkna dagen för tidpunkten T (sekunder sedan 1970-01-01, UTC; en dag under åren "
    f"{YEARS_IN_WORDS}) som i dag, i stället "
    "för dagens datum i Sverige; den avgör vilken plan som gäller och vilka som har gått "
    "ut. Samma innehåll och samma dag ger byte för byte samma utdata.",
)

# Exit code 2 of every command that reads the repo: the command line, or the folder it
# ran in (no content/ or mkdocs.yml: not a trygg repo), kept it from starting.
USAGE = (2, "fel i kommandoraden, eller så är mappen inget förråd (kör trygg i förrådets mapp)")
EXITS = exit_codes(
    (0, "inga fel (varningar ger också 0)"),
    (1, "fel i innehållet, eller en fil som inte gick att läsa"),
    USAGE,
    (130, "avbrutet"),
)
# `trygg check`, the one command with --strict.
STRICT_EXITS = exit_codes(
    (0, "inga fel (varningar ger 0 utan --strict)"),
    (1, "fel i innehållet, varningar med --strict, eller en fil som inte gick att läsa"),
    USAGE,
    (130, "avbrutet"),
)


class _Formatter(argparse.HelpFormatter):
    """Wraps a paragraph of prose to the terminal, as argparse does, but keeps a block
    with indented lines (the exit codes, the formats, the environment variables) as
    written; paragraphs are separated by blank lines."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        blocks = [
            block if any(line.startswith(" ") for line in block.splitlines())
            else textwrap.fill(" ".join(block.split()), width, initial_indent=indent,
                               subsequent_indent=indent)
            for block in text.split("\n\n")
        ]  # fmt: skip
        return "\n\n".join(blocks)


def add_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    description: str,
    exits: str = EXITS,
    *,
    aliases: tuple[str, ...] = (),
) -> argparse.ArgumentParser:
    """A subcommand with Swedish help (argparse's own -h text is English), ending in the
    command's exit codes; `aliases` for a name with å, ä or ö, as typed without them."""
    parser = commands.add_parser(
        name,
        aliases=list(aliases),
        help=summary,
        description=description,
        epilog=exits,
        add_help=False,
        formatter_class=_Formatter,
    )
    add_help(parser)
    return parser


def add_content_path(parser: argparse.ArgumentParser) -> None:
    """The positional `SÖKVÄG`: the content folder, `content` unless given."""
    parser.add_argument(
        "path", nargs="?", default="content", metavar="SÖKVÄG",
        help="mappen med innehållet (standard: content)",
    )  # fmt: skip


def add_school_filter(parser: argparse.ArgumentParser, verb: str) -> None:
    """`--skola ID`, repeatable; `verb` says what the command does to that school."""
    parser.add_argument(
        "--skola", action="append", metavar="ID", help=f"{verb} bara den här skolan (kan upprepas)"
    )


def add_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        default="mkdocs.yml",
        metavar="FIL",
        help="projektets MkDocs-konfiguration (standard: mkdocs.yml)",
    )


def job_count(text: str) -> int:
    """`--jobs N`: a whole number of processes, at least one."""
    if not (text.strip().isascii() and text.strip().isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(
            f"'{text}' är inget antal processer: skriv ett heltal från 1, till exempel --jobs 2"
        )
    return int(text)


def add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs",
        type=job_count,
        default=os.cpu_count() or 1,
        metavar="N",
        help="antal parallella processer (standard: antal kärnor)",
    )
