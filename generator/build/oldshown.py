"""The old portal that stays when the new one is refused (`build.oldportal`) must not show
what a privacy error finds now.

An older trygg may have published a pupil's name, say, in a report's page, a rule page or
the search index. So, as a withheld unit's old output is (`build.privacyheld`), the old
portal's entries are read as a reader sees them, against every privacy error of this
check, whoever's files it is in: each report's folder under rapporter/ on its own, every
other entry at the output's root as a whole (a removed school's site too). An entry that
shows what an error found leaves (a report's folder: the other reports stay, linked into
the staging folder), the rest of the old portal stays, and the build says which and why
(`LEAKED`; a report withheld for that error is said once, as the report).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.build.links import link_tree, link_tree_file
from generator.build.oldportal import old_portal
from generator.build.portal import PortalPlan
from generator.build.privacyheld import leaked_line, shown_codes
from generator.build.request import BuildRequest
from generator.check.checked import Checked
from generator.load.reports import REPORTS
from generator.problems import Problem


@dataclass(frozen=True)
class Shown:
    """An entry of the old portal that shows what the errors of `codes` found."""

    entry: str  # "regler", "index.html", "rapporter/<id>"
    codes: tuple[str, ...]
    folder: bool


def kept_portal(
    request: BuildRequest, folder: Path, school_ids: Collection[str], checked: Checked,
    errors: Iterable[Problem],
) -> tuple[PortalPlan, list[str], tuple[str, ...]]:  # fmt: skip
    """The old portal kept (`old_portal`) without what shows what a privacy error among
    `errors` found; what the build says of that."""
    portal, names = old_portal(request.out, school_ids, request.config_file)
    shown = shown_entries(request.out, names, errors, checked.root)
    if not shown:
        return portal, names, ()
    portal, names = _without(request, folder, (portal, names), {s.entry for s in shown})
    said = {f"{REPORTS}/{r.id}" for r in checked.held_reports if r.leaked}
    lines = tuple(_line(s) for s in shown if s.entry not in said)
    return portal, names, lines


def shown_entries(
    out: Path, names: Iterable[str], errors: Iterable[Problem], root: Path
) -> list[Shown]:
    """The entries among `names` in `out` that show what a privacy error found (paths in
    the problems are relative to `root`); hidden ones are not the portal's (`publish`)."""
    errors = list(errors)
    shown = []
    for entry in _entries(out, [n for n in names if not n.startswith(".")]):
        if codes := shown_codes(out / entry, errors, root):
            shown.append(Shown(entry, codes, (out / entry).is_dir()))
    return shown


def _entries(out: Path, names: list[str]) -> list[str]:
    """The entries looked at one by one: each of rapporter/, and the others at the root."""
    entries = []
    for name in names:
        if name == REPORTS and (out / name).is_dir():
            entries += sorted(f"{REPORTS}/{e.name}" for e in (out / name).iterdir())
        else:
            entries.append(name)
    return entries


def _without(
    request: BuildRequest, folder: Path, kept: tuple[PortalPlan, list[str]], gone: set[str]
) -> tuple[PortalPlan, list[str]]:
    """The old portal without the entries `gone`: rapporter/, if one of its entries goes,
    comes from the staging `folder` with the others (none: it goes)."""
    portal, names = kept
    names = [n for n in names if n not in gone]
    if not any(entry.startswith(f"{REPORTS}/") for entry in gone):
        return dataclasses.replace(portal, kept=names), names
    staged = _stage_reports(request, folder, gone)
    names = [n for n in names if n != REPORTS or staged]
    return dataclasses.replace(portal, kept=[n for n in names if n != REPORTS]), names


def _stage_reports(request: BuildRequest, folder: Path, gone: set[str]) -> bool:
    """Link the old rapporter/ into the staging `folder` without the entries `gone`;
    whether anything of it is left."""
    left = [
        e for e in sorted((request.out / REPORTS).iterdir()) if f"{REPORTS}/{e.name}" not in gone
    ]
    for entry in left:
        target = folder / REPORTS / entry.name
        target.parent.mkdir(exist_ok=True)
        if entry.is_dir():
            link_tree(entry, target, copy=request.copy_assets)
        else:
            link_tree_file(entry, target)
    return bool(left)


def _line(shown: Shown) -> str:
    unit = f"Den gamla portalens {shown.entry}{'/' if shown.folder else ''}"
    return leaked_line(unit, shown.codes)
