"""Where things live in a content folder and in a site, and which school a file belongs to."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

# The content folder, beside mkdocs.yml: every command, the plugin and the build read it
# there (`content_folder`), and mkdocs.yml's docs_dir may not be it or hold it.
CONTENT_DIR = "content"
# mkdocs.yml's docs_dir: a folder with no files. MkDocs needs one, and an engine that runs
# no trygg plugin (Zensical, MkDocs without it) publishes whatever is in it as it stands.
EMPTY_DOCS_DIR = "mkdocs-tom"


def content_folder(project: Path) -> Path:
    """The content folder of the project whose mkdocs.yml is in `project`."""
    return project / CONTENT_DIR


ORGANISER_FILE = "huvudman.yml"
# The content format this trygg reads (huvudman.yml's innehållsformat). Raise it with
# each change to the format, give `cli.upgrade` the step, and note it in CHANGELOG.md.
CONTENT_FORMAT = 2
SCHOOLS = "skolor"  # content/skolor/<id>/
PLANS = "trygghetsplan"  # content/skolor/<id>/trygghetsplan/<period>[-v<N>].yml
# A name that is also a part of a web address: a school's folder, a report's file. At most
# `LONGEST_NAME` characters: the cache's file names add to it, and a file system's
# names end at 255 bytes (a longer id passed the check and failed the build).
LONGEST_NAME = 64
URL_NAME = re.compile(rf"^(?=[a-z0-9-]{{1,{LONGEST_NAME}}}$)[a-z0-9]+(-[a-z0-9]+)*$")
PHOTO_DIR = "assets/foton"  # in a school site
# The names the portal and the theme use at the root of the output, where each school's
# site is a folder named by its id: a school may not be named like one of them.
RESERVED = frozenset(
    {"assets", "search", "granskning", "regler", "rapporter", "oppna-data", "feed", "404",
     "index", "sitemap", "robots"}
)  # fmt: skip


def owning_school(file: str, folders: Mapping[str, str]) -> str:
    """The id of the school whose folder holds `file`, or "" for a shared file (huvudman.yml).

    `file` is a path as messages show it, and `folders` maps each school's folder, shown
    the same way, to its id. This is the one rule that decides which unit a problem is
    about: the granskning, the portal and the build all ask it.
    """
    parts = file.split("/")
    for end in range(len(parts), 0, -1):  # the folder itself too (a problem about it)
        found = folders.get("/".join(parts[:end]))
        if found is not None:
            return found
    return ""


def owning_report(file: str, report_files: Mapping[str, str], folder: str) -> str:
    """The id of the huvudman's report that `file` belongs to, or "" for none.

    `report_files` maps each file of the reports as read (its YAML, its body) to the
    report's id (`check.reports.report_files`), and `folder` is content/rapporter, all shown
    as messages show them. Any other file right in `folder` is a report that could not be
    read, by its name (TP003, TP061): its errors withhold only it, as a report's own do.
    """
    if file in report_files:
        return report_files[file]
    parent, _, name = file.rpartition("/")
    return PurePosixPath(name).stem if parent == folder else ""


def photo_path_uri(path: str) -> str:
    """The site URI of a photo file given by its path from the school folder.

    The path is kept, minus a leading `foton/`, with `/` written as `-`:
    "foton/kurator.svg" -> "assets/foton/kurator.svg" and "personal/kurator.jpg"
    -> "assets/foton/personal-kurator.jpg". The extension is lower-cased, like the
    logo's. The few paths that still meet ("kurator.svg" and "foton/kurator.svg")
    are reported by `trygg check` (TP046).
    """
    parts = list(PurePosixPath(path).parts)
    if len(parts) > 1 and parts[0] == "foton":
        parts = parts[1:]
    name = PurePosixPath("-".join(parts))
    return f"{PHOTO_DIR}/{name.stem}{name.suffix.lower()}"


VERSION_MARK = "-v"  # 2026-27-v2.yml: the plan for 2026-27 decided anew, its second version


def plan_key(period_id: str, version: int) -> str:
    """The name of a plan file without `.yml`, and the plan's id in its site's addresses:
    `2026-27` for a period's first plan, `2026-27-v2` when it is decided anew."""
    return period_id if version == 1 else f"{period_id}{VERSION_MARK}{version}"


def split_plan_key(key: str) -> tuple[str, int]:
    """The period and version a plan file's name (`plan_key`) stands for."""
    period_id, mark, number = key.partition(VERSION_MARK)
    return (period_id, int(number)) if mark and number.isdigit() else (key, 1)


def period_bounds(period_id: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a plan period named by its file: `2026-27` is a läsår
    (1 August to 31 July), `2026` a kalenderår."""
    year = int(period_id[:4])
    if len(period_id) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return dt.date(year, 8, 1), dt.date(year + 1, 7, 31)


DRAFT = "utkast"  # the mark of an utkast, after what it marks: "läsåret 2026/27 (utkast)"


def draft_marked(label: str, draft: bool = True) -> str:
    """A plan's period, file or decision as every text marks an utkast's: the mark in
    parentheses after it ("läsåret 2026/27 (utkast)", "Inte beslutad (utkast)"); `label`
    as it is when it is no utkast's."""
    return f"{label} ({DRAFT})" if draft else label


def period_said(period_id: str) -> str:
    """A plan period as every text names it: "läsåret 2026/27" for `2026-27`, "år 2026"
    for `2026` (`model.Period.label` says it the same way, `years_said`)."""
    first, last = period_bounds(period_id)
    return years_said(first.year, last.year, school_year=len(period_id) != 4)


def years_said(first: int, last: int, *, school_year: bool) -> str:
    """ "läsåret 2026/27" (a läsår from `first` to `last`), or "år 2026"."""
    return f"läsåret {first}/{last % 100:02d}" if school_year else f"år {first}"


# Control characters: a file name with one cannot be an address on a site.
_UNSAFE_IN_URI = re.compile(r"[\x00-\x1f\x7f]")


def inside_site(uri: str) -> bool:
    """Whether `uri` (relative, with "/") names a file inside a site: no way up or out,
    no control character. A generated file must (`render.files`), and a free page's
    file name must make one (`load.reader`)."""
    parts = uri.split("/")
    return not (uri.startswith("/") or _UNSAFE_IN_URI.search(uri) or {"", ".", ".."} & set(parts))


# The pages trygg writes in every school's site, by the menu line that leads to each
# (`vocabulary.MENU`): `render.uris` places them, and a free page may link to them as
# `../rutiner/index.md` (`validate.pagelinks`).
FIXED_PAGES: dict[str, str] = {
    "start": "index.md",
    "plan": "trygghetsplan/index.md",
    "rutiner": "rutiner/index.md",
    "arshjul": "arshjul/index.md",
    "oppna_data": "oppna-data/index.md",
    "tillganglighet": "tillganglighet/index.md",
}


# The files trygg writes beside them that a page may link to: the årshjul's calendar.
CALENDAR = "arshjul.ics"
FIXED_FILES = frozenset({CALENDAR})


def free_page_uri(slug: str) -> str:
    """Where a free page (sidor/<slug>.md) is in its school's site."""
    return f"sidor/{slug}.md"
