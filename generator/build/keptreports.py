"""The title of each huvudman's report a build published, kept in the cache for the build
that withholds the report (`build.heldreports`): `publicerat/rapporter/<id>.json`.

A withheld report is listed in the portal by a name: never its old page's `<title>` (the
output is untrusted, and an old build's text), but the title the last build that
published it checked, sealed with the cache key (`check.cachekey`) under its file name
and its output folder, as `build.keptsites` keeps a school's record; else by its id."""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path

from generator.build.keptsites import FOLDER
from generator.build.request import BuildRequest
from generator.check.cachefiles import inside, remove, write_bytes
from generator.check.cachekey import seal, unseal
from generator.check.checked import Checked
from generator.load.reports import REPORTS


def record_reports(cache_folder: Path, out: Path, checked: Checked, *, portal: bool) -> None:
    """Record the title of each huvudman's report the portal published (`portal`: it was
    built or kept), and forget those of reports neither published nor withheld now."""
    organiser = checked.organiser
    if organiser is None:
        return
    folder = inside(cache_folder, FOLDER, REPORTS)
    titles = {r.id: r.title for r in organiser.reports if not r.school} if portal else {}
    for report, title in titles.items():
        text = seal(_purpose(report), json.dumps([str(out.resolve()), title]).encode())
        path = inside(folder, f"{report}.json")
        if not path.is_file() or path.read_bytes() != text:
            write_bytes(path, text)
    known: Collection[str] = {*titles, *(held.id for held in checked.held_reports)}
    for path in folder.glob("*.json") if folder.is_dir() and portal else ():
        if path.stem not in known:
            remove(path)


def recorded_title(request: BuildRequest, report: str) -> str:
    """The report's title as the last build that published it into `request.out` checked
    it; "" without a record that verifies."""
    if request.cache_dir is None or request.plain:
        return ""
    try:
        sealed = inside(request.cache_dir, FOLDER, REPORTS, f"{report}.json").read_bytes()
        data = unseal(_purpose(report), sealed)
        out, title = json.loads(data) if data is not None else ("", "")
    except (OSError, ValueError, TypeError):  # a record of another shape is no record
        return ""
    same = out == str(request.out.resolve()) and isinstance(title, str)
    return title if same else ""


def _purpose(report: str) -> str:
    return f"{FOLDER}/{REPORTS}/{report}.json"
