"""`trygg granska`: the central unit's review of every plan, as a document for its
diarium (Markdown, and PDF/A with the pdf extra)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cli import folders, swedish
from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from generator.clock import reference_date
from generator.load.layout import SCHOOLS
from generator.problems import display_path, terminal_safe

if TYPE_CHECKING:
    from generator.check.run import Checked
    from generator.review.model import Review
    from generator.review.opening import Filing

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def run_granska(args: argparse.Namespace) -> int:
    from generator.check.run import check_content  # noqa: PLC0415 (only when a command runs)
    from generator.cli.outputfile import refused_outputs, write_document  # noqa: PLC0415
    from generator.review.document import render_review_document  # noqa: PLC0415
    from generator.review.opening import Filing  # noqa: PLC0415 (only this command)

    content = folders.asked_content(args.path)
    if why := folders.unusable_content(content) or folders.absent_schools(content, args.skola):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    if why := refused_outputs(args.out, args.pdf, content):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    checked = check_content(content, only=args.skola or ())
    if checked.organiser is None:
        print(checked.report.format_text(), file=sys.stderr)
        print("Granskningen kräver att huvudman.yml går att läsa. Rätta felen ovan.",
              file=sys.stderr)  # fmt: skip
        return EXIT_PROBLEMS
    review = _review(checked, content)
    filing = Filing(_filled(args.diarienummer), _filled(args.handlaggare))
    document = render_review_document(review, filing)
    if args.out:
        if why := write_document(args.out, document):
            print(f"trygg: fel: {why}", file=sys.stderr)
            return EXIT_PROBLEMS
        print(f"Skrev granskningen till {terminal_safe(args.out)}.", file=sys.stderr)
    elif not args.pdf:
        sys.stdout.write(document)
    if args.pdf and not _write_pdf(review, filing, Path(args.pdf)):
        return EXIT_PROBLEMS
    return _told(review)


def _told(review: Review) -> int:
    """Say where the errors are, if any: the document is written in full all the same, and
    the command ends with exit code 1, as `trygg check` does for the same content."""
    if review.not_reviewed:
        names = terminal_safe(", ".join(unit.named for unit in review.not_reviewed))
        print(f"Granskningen är inte fullständig: {names} har fel i sina filer och kom inte "
              "med. Kör trygg check för att se felen.", file=sys.stderr)  # fmt: skip
    if found := review.with_errors():
        named = terminal_safe(", ".join(found))
        print(f"Granskningen är skriven, men det finns fel i innehållet: {named}. Kör trygg "
              "check för att se felen.", file=sys.stderr)  # fmt: skip
    return EXIT_PROBLEMS if found or review.not_reviewed else EXIT_OK


def _review(checked: Checked, content: Path) -> Review:
    """The granskning of what was checked: the units without a summary (errors in their
    files) are listed as not reviewed, and counted by their plan files; the nyckeltal
    counts the others' released figures, as the portal's does."""
    from generator.review.assembly import (  # noqa: PLC0415 (only this command)
        build_review,
        with_key_indicator,
        with_organiser,
    )
    from generator.review.model import Unread  # noqa: PLC0415
    from generator.review.privacy import shown_name  # noqa: PLC0415
    from generator.review.private import named, private_review  # noqa: PLC0415

    assert checked.organiser is not None
    found = list(checked.report)
    # No name, id or place a privacy finding points at (`review.privacy`), in the
    # document nor in what this command prints.
    summaries = named(
        (s.summary for s in checked.schools if s.summary is not None), found, checked.root
    )
    unread = []
    for school in (s for s in checked.schools if s.summary is None):
        folder = display_path(content / SCHOOLS / school.id, checked.root)
        name = shown_name((school.name, school.id), folder, found, checked.root)
        unread.append(Unread(school.id, folder, school.plan_files, name))
    review = build_review(
        checked.organiser.name, summaries, found, reference_date(), unread, internal=True
    )
    review = with_organiser(review, checked.organiser)
    review = with_key_indicator(review, checked.organiser.key_indicator, summaries)
    return private_review(review, found)


def _filled(text: str | None) -> str:
    """An option's text as the document shows it: one line, "" when left out or blank."""
    return " ".join((text or "").split())


def _write_pdf(review: Review, filing: Filing, target: Path) -> bool:
    from generator.build.pdf.making import MissingExtra  # noqa: PLC0415 (only with --pdf)
    from generator.build.pdf.review import write_review_pdf  # noqa: PLC0415

    try:
        write_review_pdf(review, target, filing)
    except MissingExtra as missing:
        print(f"trygg: fel: granskningen kan inte skrivas som PDF: {missing}. Installera "
              "PDF-stödet med pip install 'trygg[pdf]' (README: PDF av planerna).",
              file=sys.stderr)  # fmt: skip
        return False
    except OSError as error:
        print(f"trygg: fel: kunde inte skriva {target}: {error.strerror}.", file=sys.stderr)
        return False
    print(f"Skrev granskningen som PDF till {target}.", file=sys.stderr)
    return True


# The document is written also when the content has errors: exit code 1 says they are there.
EXITS = swedish.exit_codes(
    (0, "inga fel (varningar ger också 0)"),
    (
        1,
        "fel i innehållet (dokumentet skrivs ändå i sin helhet), eller en fil som inte "
        "gick att läsa eller skriva",
    ),
    swedish.USAGE,
    (130, "avbrutet"),
)


def _add_granska(commands: Commands) -> None:
    parser = swedish.add_command(
        commands,
        "granska",
        "skriv centrala enhetens granskning av alla planer",
        "Kontrollerar alla enheters planer och skriver granskningen som ett Markdown-"
        "dokument att skicka vidare och diarieföra: en sammanfattning, huvudmannens "
        "nyckeltal per enkät (lägst, median, högst, vilka enheter som inte räknas och "
        "varje enhets värde) och per enhet "
        "planens status med giltighetstid, beslutsdag och rektor (och hur länge sedan en "
        "plan gick ut), anmärkningarna med regelkod och källa (de om en plan som har gått "
        "ut för sig), "
        "diskrimineringsgrunderna och åtgärderna jämfört med förra perioden. Enheter utan "
        "fel och varningar står i en gemensam tabell. En enhet med "
        "fel som hindrar publiceringen granskas utan något av det som står i planen, och "
        "enheter vars filer inte går att läsa står med sina felkoder. Har någon enhet "
        "eller huvudmannens filer fel skrivs dokumentet ändå i sin helhet, och kommandot "
        "avslutas med felkod 1, som trygg check. Med "
        "--diarienummer och --handläggare står ärendets uppgifter överst i dokumentet, "
        "och diarienumret överst på varje sida i PDF:en. Sist står rader för ort och "
        "datum, handläggare och underskrift.",
        EXITS,
    )
    swedish.add_content_path(parser)
    parser.add_argument("-o", "--utdata", "--out", dest="out", metavar="FIL",
                        help="skriv dokumentet till FIL (standard: skärmen)")  # fmt: skip
    parser.add_argument("--pdf", metavar="FIL",
                        help="skriv också dokumentet som PDF/A till FIL, att diarieföra "
                        "(kräver tillvalet trygg[pdf])")  # fmt: skip
    parser.add_argument("--diarienummer", metavar="TEXT",
                        help="diarienumret som dokumentet diarieförs under, t.ex. "
                        "'BUN 2026/123'; står i dokumentets huvud")  # fmt: skip
    parser.add_argument("--handläggare", "--handlaggare", dest="handlaggare", metavar="NAMN",
                        help="handläggaren som ansvarar för ärendet; står i dokumentets "
                        "huvud")  # fmt: skip
    swedish.add_school_filter(parser, "granska")
    parser.set_defaults(command=run_granska)


REGISTER: list[Callable[[Commands], None]] = [_add_granska]
