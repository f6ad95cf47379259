"""`trygg ny-period SKOLA`: start the next period's plan, as an utkast, from the newest one.

What is copied, moved and emptied is `cli.rollover`'s. The command never overwrites a
file, and leaves the årshjul alone (it says so).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from generator.cli import firstplan, rollover, swedish
from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from generator.cli.newplan import body_data, compose, next_period, plan_period, usable_period
from generator.clock import reference_date
from generator.load.drafts import is_draft
from generator.load.layout import SCHOOLS, split_plan_key
from generator.load.paths import PathRefused, refuse_leaving
from generator.load.planfiles import plan_file_problem, plan_order
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import read_text
from generator.text import line_and_column

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


class _NoPlan(Exception):
    """The school has no plan at all: its first is made from the example (`firstplan`)."""


class _Refused(Exception):
    """Why the command writes nothing (Swedish), and its exit code."""

    def __init__(self, message: str, code: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.code = code


def _source(folder: Path, period: str | None) -> tuple[Path, str]:
    """The plan to start from (the newest before the new period, in its newest version)
    and the new period."""
    if period is not None and not usable_period(period):
        example = "t.ex. 2027-28 (läsår) eller 2027 (kalenderår)"
        raise _Refused(f"--period {period}: skriv en period som {example}", EXIT_USAGE)
    if period is not None and (folder / f"{period}.yml").exists():
        raise _Refused(f"{folder / period}.yml finns redan; trygg skriver inte över den")
    plans = folder.glob("*.yml") if folder.is_dir() else ()
    found = [p for p in plans if not plan_file_problem(p.stem)[0] and p.is_file()]
    if not found:
        raise _NoPlan
    if period is not None:
        found = [p for p in found if p.stem[:4] < period[:4]]
    source = max(found, key=lambda p: plan_order(p.stem), default=None)
    if source is None:
        raise _Refused(f"{folder} har ingen plan före {period} att utgå från")
    return source, period or next_period(split_plan_key(source.stem)[0])


def _read_plan(source: Path) -> tuple[str, Any]:
    """The plan's text and its data with every value as written (dates as text)."""
    try:
        text = read_text(source)  # a regular UTF-8 file of at most the size content may be
        return text, yaml.load(text, Loader=yaml.BaseLoader)
    except LoadError as error:
        raise _Refused(f"{source}: {error.message}; {error.hint}") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else str(source)
        raise _Refused(f"{where}: planen kan inte läsas som YAML; kör trygg check") from None


def _unreadable(source: Path, text: str, date: str) -> _Refused:
    """A date the new plan cannot move, where it stands in the old plan."""
    found = re.search(rf"(?<![\w-]){re.escape(date)}(?![\w-])", text) if date else None
    where = str(source)
    if found is not None:
        line, column = line_and_column(text, found.start())
        where = f"{source}:{line}:{column}"
    what = (
        f"datumet '{date}' finns inte"
        if date
        else "ett datum i planen är inte skrivet som ett datum (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Wvv "
        "eller ht/vt ÅÅÅÅ)"
    )
    return _Refused(
        f"{where}: {what}, så det kan inte flyttas till nästa period; rätta det (trygg "
        "check visar alla fel) och kör trygg ny-period igen"
    )


def _stays_inside(*paths: tuple[Path, Path]) -> None:
    """Refuse when a (path, folder) is a symbolic link out of its folder: the command
    would read or write a file of the machine, not of the content (`load.paths`)."""
    for path, folder in paths:
        try:
            refuse_leaving(path, folder)
        except PathRefused as refused:
            raise _Refused(f"{refused.reason}; {refused.hint}") from None


def _period_start(source: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The plan's data with the day its period's plan started: a later version (2026-27-v2)
    starts mid-period, but the next period's plan starts where the first version did."""
    period_id, version = split_plan_key(source.stem)
    first = source.with_name(f"{period_id}.yml")
    validity = body_data(data, "giltighet")
    if version == 1 or not first.is_file() or "från" not in validity:
        return data
    if not first.resolve().is_relative_to(source.parent.resolve()):
        return data  # a link out of the folder: not read (the check refuses it, TP051)
    try:
        loaded = yaml.load(read_text(first), Loader=yaml.BaseLoader)
    except (yaml.YAMLError, LoadError):
        return data
    starts = body_data(loaded, "giltighet") if isinstance(loaded, dict) else {}
    if "från" not in starts:
        return data
    return {**data, "giltighet": {**validity, "från": starts["från"]}}


def run_new_period(args: argparse.Namespace) -> int:
    school = Path(args.content) / SCHOOLS / args.school
    folder = school / "trygghetsplan"
    if why := swedish.absent_schools(Path(args.content), [args.school]):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    try:
        try:
            source, new_id = _source(folder, args.period)
        except _NoPlan:
            return _first(school, Path(args.content), args.period)
        _stays_inside((school, Path(args.content)), (folder, school), (source, school))
        text, data = _read_plan(source)
        if is_draft(data) and not args.period:
            raise _Refused(
                f"{source} är redan ett utkast till nästa plan; gör klart det, "
                "eller välj en annan period med --period"
            )
        target = folder / f"{new_id}.yml"
        data = _period_start(source, data if isinstance(data, dict) else {})
        try:
            new_text, notes = compose(text, data, source.stem, new_id)
        except rollover.UnreadableDate as unreadable:
            raise _unreadable(source, text, unreadable.text) from None
        try:
            with target.open("x", encoding="utf-8") as file:
                file.write(new_text)
        except FileExistsError:
            raise _Refused(f"{target} finns redan; trygg skriver inte över den") from None
    except _Refused as refused:
        print(f"trygg: fel: {refused}", file=sys.stderr)
        return refused.code
    _report(target, source, notes, plan_period(new_id).label)
    return EXIT_OK


def _first(school: Path, content: Path, period: str | None) -> int:
    """The school's first plan, as an utkast from the example for its kind of unit."""
    period = period or firstplan.current_period(reference_date())
    if "-" not in period:
        raise _Refused(
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
        raise _Refused(
            f"{school}/skola.yml kan inte läsas eller saknar namn, så planen skulle få hål i "
            "texterna; rätta skola.yml först (trygg check visar felen)"
        ) from None
    try:
        target.parent.mkdir(exist_ok=True)
        with target.open("x", encoding="utf-8") as file:
            file.write(text)
    except OSError:
        raise _Refused(f"{target} kan inte skrivas; trygg skriver inte över något") from None
    label = plan_period(period).label
    print(f"Skapade {target}: ett utkast till skolans första plan, för {label}.")
    print(f"  Skolan hade ingen plan, så utkastet utgår från trygg:s exempel ({mall}).")
    print("  Texterna är exempel och är markerade FYLL I; planen har status: utkast och")
    print("  publiceras inte förrän den är beslutad.")
    print("Kör trygg check för att se vad som är kvar att fylla i.")
    return EXIT_OK


def _report(target: Path, source: Path, notes: list[str], label: str) -> None:
    print(f"Skapade {target}: ett utkast till planen för {label}, utifrån {source.name}.")
    print("  Planen har status: utkast och publiceras inte förrän den är beslutad.")
    print("  Planerade datum är flyttade ett år; det som redan hänt är tömt (FYLL I).")
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
        "nyaste planen: samma slags period, planerade datum ett år senare i samma form, "
        "kartläggningens metoder utan resultat, åtgärderna att se över, en utvärdering per "
        "åtgärd och inget beslut. En skola utan plan får sin första plan som ett utkast "
        "utifrån trygg:s exempel för sitt slags enhet (innevarande läsår, eller --period). "
        "Skriver aldrig över en fil som finns. Årshjulet ändras inte.",
        swedish.exit_codes(
            (0, "utkastet skapades"),
            (1, "filen finns redan, eller planen att utgå från kan inte läsas"),
            (2, "fel i kommandoraden"),
        ),
    )
    parser.add_argument("school", metavar="SKOLA", help="skolans id (mappen under content/skolor/)")
    parser.add_argument("--period", metavar="PERIOD",
                        help="perioden att skapa: 2027-28 (läsår) eller 2027 (kalenderår); "
                        "standard: perioden efter den nyaste planen, av samma slag")  # fmt: skip
    parser.add_argument("--innehåll", "--innehall", dest="content", default="content",
                        metavar="SÖKVÄG",
                        help="mappen med innehållet (standard: content)")  # fmt: skip
    parser.set_defaults(command=run_new_period)


REGISTER = [_add_new_period]
