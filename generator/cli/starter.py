"""The content `trygg init` and `trygg ny-skola` start from: trygg's example, made the user's.

The example (`content/` in trygg's repo, in the package as `bundled/content`) passes
every check, and so does each template school of `cli/templates/skolor/` (not published
with the example) inside it, so a new repo checks and builds at once. Its names become
the user's, each written so that YAML and Markdown read it back as typed (`renaming`);
every other line that holds a fact about the example, and the top of every file of
example texts, get a `FYLL I` mark (`fillin`). skola.yml's description of the example is
a comment with a `FYLL I` in its place (`cli.ownfacts`), and the pictures of the
example's staff stay behind. Dates move to the period the plan is for, so no rule about
dates fails on the day of `init`; a name's own years stay as typed. The plan is an
utkast that claims none of the example's findings (`firstdraft`): nothing is published
as the school's plan until its rektor decides it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.cli.fillin import TEXTS_MARK, marked, sections_marked, with_mark, without_photos
from generator.cli.firstdraft import as_examples, first_draft
from generator.cli.ownfacts import ORGANISER, SCHOOL_FILE
from generator.cli.renaming import Renaming, renamed_page, renamed_yaml
from generator.load import schoolyears
from generator.load.resources import resource_dir, template_schools

# The template schools that are not the example's, package data beside the files `init` writes
TEMPLATE_SCHOOLS = template_schools()


@dataclass(frozen=True)
class SchoolTemplate:
    """An example school a new school is made from (`trygg ny-skola --mall`)."""

    folder: str  # under skolor/ of the example, or of TEMPLATE_SCHOOLS when not `published`
    names: tuple[str, ...]  # what the example calls itself, longest first: the new name
    genitives: tuple[str, ...] = ()  # the same in the genitive: the new name's genitive
    # The example's own reports and pictures of its staff: not the school's.
    skipped: tuple[str, ...] = ("rapporter/", "foton/")
    # False: a school only for templates, written for the example's huvudman but not
    # published with the example (a test checks it inside the example).
    published: bool = True

    @property
    def source(self) -> Path:
        """The template school's folder, wherever this installation keeps it."""
        schools = resource_dir("content") / "skolor" if self.published else TEMPLATE_SCHOOLS
        return schools / self.folder


# By the name the command takes; the first is the default.
SCHOOL_TEMPLATES = {
    "f-6": SchoolTemplate("ekbackens-skola", ("Ekbackens skola",)),
    "f-9": SchoolTemplate("sjoangens-skola", ("Sjöängens skola",), published=False),
    "7-9": SchoolTemplate("strandskolan", ("Strandskolan",), ("Strandskolans",)),
    "förskola": SchoolTemplate(
        "forskolan-solrosen", ("Förskolan Solrosen", "Solrosen"), ("Solrosens",)
    ),
}
EXAMPLE_SCHOOL = SCHOOL_TEMPLATES["f-6"]
EXAMPLE_PLAN = "2026-27"
EXAMPLE_ORGANISER = "Strandviks kommun"


def _example_plan(template: SchoolTemplate = EXAMPLE_SCHOOL) -> dict[str, dict[str, object]]:
    plan = template.source / "trygghetsplan"
    data: dict[str, dict[str, object]] = yaml.safe_load(
        (plan / f"{EXAMPLE_PLAN}.yml").read_text(encoding="utf-8")
    )
    return data


def years_to_shift(today: dt.date) -> int:
    """How many years the example's dates move so that its plan is in force `today`, or
    (in the days between one period's end and the next one's start) starts next (every
    example plan of `SCHOOL_TEMPLATES` has the same period: a test holds them to it).
    By the plan's giltighet, not by the läsår a new plan is for (`load.schoolyears`): in
    July the plan of `trygg init` is still the ending läsår's, in force that day: the
    coming one's, from early July to the next mid-August, would be longer than TP102
    allows."""
    validity = _example_plan()["giltighet"]
    starts, ends = (dt.date.fromisoformat(str(validity[key])) for key in ("från", "till"))
    years = today.year - starts.year
    if _moved(starts, years) > today:
        years -= 1
    return years + 1 if _moved(ends, years) < today else years


def not_after_today(written: str, years: int, today: dt.date) -> tuple[str, str]:
    """A date of the example as written once moved, and as the new plan says it: never
    after `today` (a decision in the future is an error; a plan starts when it is made)."""
    moved = min(_moved(dt.date.fromisoformat(written), years), today)
    return schoolyears.shifted(written, years), moved.isoformat()


def _clamped(text: str, years: int, today: dt.date, template: SchoolTemplate) -> str:
    plan = _example_plan(template)
    for written in (str(plan["beslut"]["datum"]), str(plan["giltighet"]["från"])):
        text = text.replace(*not_after_today(written, years, today))
    return text


def _moved(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def renamer(names: dict[str, str], template: SchoolTemplate = EXAMPLE_SCHOOL) -> Renaming:
    """The user's `names` for the example's: a school's, its genitive, the organiser's."""
    school = names["skola"]
    genitive = school if school.endswith(("s", "x", "z")) else f"{school}s"
    by_example = dict.fromkeys(template.genitives, genitive)
    by_example |= dict.fromkeys(template.names, school)
    return Renaming({**by_example, EXAMPLE_ORGANISER: names["huvudman"]})


def organiser_files(
    names: dict[str, str], years: int, given: Collection[str] = ()
) -> dict[str, str]:
    """content/huvudman.yml for a new huvudman (without the example's web address); a
    name `given` on the command line is the user's, never marked FYLL I."""
    source = (resource_dir("content") / "huvudman.yml").read_text(encoding="utf-8")
    text = re.sub(
        r"^webbplats: .*$",
        "# FYLL I: webbplats: https://… (adressen där webbplatserna publiceras)",
        source,
        flags=re.MULTILINE,
    )
    text = marked(renamed_yaml(schoolyears.shifted(text, years), renamer(names)), given)
    return {"content/huvudman.yml": TEXTS_MARK + sections_marked(text, ORGANISER)}


def school_files(
    school_id: str,
    names: dict[str, str],
    years: int,
    today: dt.date,
    template: SchoolTemplate = EXAMPLE_SCHOOL,
    *,
    given: Collection[str] = (),
) -> dict[str, str | bytes]:
    """Every file of a new school's folder, made from `template`, by path from the repo's
    root; a name `given` on the command line is the user's, never marked FYLL I."""
    source = template.source
    target = f"content/skolor/{school_id}"
    found: dict[str, str | bytes] = {}
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        relative = path.relative_to(source).as_posix()
        if relative.startswith("trygghetsplan/") and path.stem != EXAMPLE_PLAN:
            continue  # one plan: the current one
        if relative.startswith(template.skipped):
            continue
        if path.suffix not in (".yml", ".md"):
            found[f"{target}/{relative}"] = path.read_bytes()
            continue
        # Years move before the names are written, whose own years stay as typed.
        text = schoolyears.shifted(path.read_text(encoding="utf-8"), years)
        renaming = renamer(names, template)
        if relative.startswith("trygghetsplan/"):
            period = schoolyears.shifted(path.stem, years)
            text = first_draft(
                _clamped(renamed_yaml(text, renaming), years, today, template), period
            )
        elif path.suffix == ".yml":
            text = marked(renamed_yaml(text, renaming), given)
        else:
            text = renamed_page(text, renaming)
        if relative == SCHOOL_FILE:
            text = as_examples(SCHOOL_FILE, without_photos(text))
        found[f"{target}/{schoolyears.shifted(relative, years)}"] = with_mark(text, path.suffix)
    return found
