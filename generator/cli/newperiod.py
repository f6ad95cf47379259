"""`trygg ny-period SKOLA`: start the next period's plan, as an utkast, from the newest one.

What is copied, moved and emptied is `cli.rollover`'s. The command never overwrites a
file, and leaves the årshjul alone (it says so).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cli import firstplan, folders, lastplan, rolldates, swedish
from generator.cli.exits import EXIT_OK, EXIT_USAGE
from generator.cli.lastplan import NoPlan, Refused
from generator.cli.newplan import compose, plan_period
from generator.clock import reference_date
from generator.load.dates import day_in_words
from generator.load.drafts import is_draft
from generator.load.layout import SCHOOLS, split_plan_key
from generator.load.paths import PathRefused, refuse_leaving

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def _stays_inside(*paths: tuple[Path, Path]) -> None:
    """Refuse when a (path, folder) is a symbolic link out of its folder: the command
    would read or write a file of the machine, not of the content (`load.paths`)."""
    for path, folder in paths:
        try:
            refuse_leaving(path, folder)
        except PathRefused as refused:
            raise Refused(f"{refused.reason}; {refused.hint}") from None


def run_new_period(args: argparse.Namespace) -> int:
    content = folders.asked_content(args.content)  # also from a folder inside the repo
    school = content / SCHOOLS / args.school
    folder = school / "trygghetsplan"
    if why := folders.absent_schools(content, [args.school]):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    try:
        try:
            source, new_id = lastplan.source(folder, content, args.period, args.byt_periodslag)
        except NoPlan:
            return _first(school, content, args.period)
        _stays_inside((school, content), (folder, school), (source, school))
        text, data = lastplan.read_plan(source, content)
        if is_draft(data) and not args.period:
            raise Refused(
                f"{folders.shown(source, content)} är redan ett utkast till nästa plan; gör "
                "klart det, eller välj en annan period med --period"
            )
        if unfinished := lastplan.unfinished(folders.shown(source, content), text):
            raise unfinished
        old_id = split_plan_key(source.stem)[0]
        early = lastplan.not_started(data, old_id, reference_date())
        if early is not None and not args.period:
            raise _too_early(folders.shown(source, content), early, new_id)
        target = folder / f"{new_id}.yml"
        data = data if isinstance(data, dict) else {}
        try:
            new_text, notes = compose(text, data, source.stem, new_id)
        except rolldates.UnreadableDate as unreadable:
            where = folders.shown(source, content)
            raise lastplan.unreadable(where, text, unreadable.text) from None
        try:
            with target.open("x", encoding="utf-8") as file:
                file.write(new_text)
        except FileExistsError:
            shown = folders.shown(target, content)
            raise Refused(f"{shown} finns redan; trygg skriver inte över den") from None
    except Refused as refused:
        print(f"trygg: fel: {refused}", file=sys.stderr)
        return refused.code
    if early is not None:  # asked for with --period: made, and told
        notes.append(f"{source.name} börjar gälla först {day_in_words(early)}, så {AHEAD}")
    _report(folders.shown(target, content), source, notes, plan_period(new_id).label)
    return EXIT_OK


AHEAD = (
    "det nya utkastet har ingen kartläggning eller uppföljning av den planen att bygga på; "
    "se över utkastet när den har gällt en tid"
)


def _too_early(plan: str, early: dt.date, new_id: str) -> Refused:
    """A plan not yet in force is no plan to make the next one from, unless asked for."""
    return Refused(
        f"{plan} börjar gälla först {day_in_words(early)}, så det finns ännu ingen "
        "kartläggning eller uppföljning av den att bygga nästa plan på; kör trygg ny-period "
        f"när den har gällt en tid, eller skriv --period {new_id} om ni vill göra utkastet "
        "redan nu"
    )


def _first(school: Path, content: Path, period: str | None) -> int:
    """The school's first plan, as an utkast from the example for its kind of unit."""
    period = period or firstplan.current_period(reference_date())
    if "-" not in period:
        raise Refused(
            f"--period {period}: en första plan görs för ett läsår, t.ex. 2027-28; byt "
            "sedan perioden i filnamnet och i giltighet om planen gäller ett kalenderår",
            EXIT_USAGE,
        )
    target = school / "trygghetsplan" / f"{period}.yml"
    read = ((school / "skola.yml", school), (content / "huvudman.yml", content))
    _stays_inside((school, content), (target.parent, school), *read)
    try:
        text, mall = firstplan.first_plan(school, content, period, reference_date())
    except firstplan.Unreadable:
        raise Refused(
            f"{folders.shown(school / 'skola.yml', content)} kan inte läsas eller saknar namn, "
            "så planen skulle få hål i texterna; rätta skola.yml först (trygg check visar "
            "felen)"
        ) from None
    try:
        target.parent.mkdir(exist_ok=True)
        with target.open("x", encoding="utf-8") as file:
            file.write(text)
    except OSError:
        shown = folders.shown(target, content)
        raise Refused(f"{shown} kan inte skrivas; trygg skriver inte över något") from None
    label = plan_period(period).label
    shown = folders.shown(target, content)
    print(f"Skapade {shown}: ett utkast till skolans första plan, för {label}.")
    print(f"  Skolan hade ingen plan, så utkastet utgår från trygg:s exempel ({mall}).")
    print("  Texterna är exempel och är markerade FYLL I; planen har status: utkast och")
    print("  publiceras inte förrän den är beslutad.")
    print("Kör trygg check för att se vad som är kvar att fylla i.")
    return EXIT_OK


def _report(target: str, source: Path, notes: list[str], label: str) -> None:
    print(f"Skapade {target}: ett utkast till planen för {label}, utifrån {source.name}.")
    print("  Planen har status: utkast och publiceras inte förrän den är beslutad.")
    start = "Giltigheten börjar dagen efter att förra planen slutar, så att ingen dag är utan "
    start += "plan. "
    told = textwrap.fill(start + rolldates.RULE, width=88)
    print(textwrap.indent(told, "  "))
    print("  Det som berättar om förra perioden (resultat, utvärdering, samverkan och")
    print("  utgångsvärden i målen) är tömt och markerat FYLL I; det som följer med är")
    print("  markerat Se över.")
    for note in notes:
        print(f"  Obs: {note}")
    print("  Årshjulet (arshjul.yml) är inte ändrat; se över om det behöver ändras.")
    print("Kör trygg check för att se vad som är kvar att fylla i.")


def _add_new_period(commands: Commands) -> None:
    parser = swedish.add_command(
        commands,
        "ny-period",
        "skapa ett utkast till nästa periods trygghetsplan",
        "Skapar nästa periods plan för SKOLA som ett utkast (status: utkast) utifrån den "
        "nyaste planen: samma slags period, planerade dagar 52 veckor senare (samma "
        "veckodag) och månader, veckor och terminer ett år senare, kartläggningens metoder "
        "utan resultat, åtgärderna att se över, en utvärdering per åtgärd, samverkan och "
        "utgångsvärden att skriva (FYLL I) och inget beslut. En skola utan plan får sin "
        "första plan som ett utkast utifrån trygg:s exempel för sitt slags enhet "
        "(innevarande läsår, eller --period). "
        "En plan för ett annat slags period (kalenderår i stället för läsår, eller "
        "tvärtom) görs bara med --byt-periodslag. "
        "Skriver aldrig över en fil som finns. Årshjulet ändras inte.",
        swedish.exit_codes(
            (0, "utkastet skapades"),
            (
                1,
                "filen finns redan, eller planen att utgå från kan inte läsas, har kvar "
                "FYLL I eller gäller en period som inte har börjat",
            ),
            swedish.USAGE,
        ),
    )
    parser.add_argument("school", metavar="SKOLA", help="skolans id (mappen under content/skolor/)")
    parser.add_argument("--period", metavar="PERIOD",
                        help="perioden att skapa, av samma slag som skolans planer: 2027-28 "
                        "(läsår) eller 2027 (kalenderår); standard: perioden efter den "
                        "nyaste planen")  # fmt: skip
    parser.add_argument("--byt-periodslag", action="store_true",
                        help="låt --period vara ett annat slags period än skolans planer "
                        "(kalenderår i stället för läsår, eller tvärtom)")  # fmt: skip
    parser.add_argument("--innehåll", "--innehall", dest="content", default="content",
                        metavar="SÖKVÄG",
                        help="mappen med innehållet (standard: content)")  # fmt: skip
    parser.set_defaults(command=run_new_period)


REGISTER = [_add_new_period]
