"""The record of each school's published site, kept in the cache for the build that
withholds the school (`model.keptsite`): `publicerat/<id>.json`, written for every school
whose site a build publishes (built or taken as it was), removed with the school.

The cache is untrusted: a record is sealed with the cache key (`check.cachekey`) under its
file name, its folder is reached only through `check.cachefiles.inside` (never through a
link), and it is read through the codec (`model.codec`) only when its seal verifies and it
is of the same output folder and the same school; anything else is no record, and the
portal then says of the school only what the check knows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from generator.build.request import BuildRequest
from generator.check.cachefiles import inside, remove, write_bytes
from generator.check.cachekey import seal, unseal
from generator.check.checked import Checked
from generator.load.reports import REPORTS
from generator.model import UnitReport
from generator.model.codec import dumps, loads
from generator.model.keptsite import KeptSite
from generator.model.report import PlanLink
from generator.problems import NOWHERE
from generator.render.portalrows import Withheld

FOLDER = "publicerat"  # in the cache folder


def record_sites(
    cache_folder: Path,
    out: Path,
    checked: Checked,
    *,
    published: Collection[str],
    known: Collection[str],
    today: dt.date,
) -> None:
    """Record the `published` schools' sites; forget those of schools no longer `known`
    (in content/: a withheld school's record stays while its old site does)."""
    folder = inside(cache_folder, FOLDER)
    organiser = checked.organiser
    links = list(_links(organiser.reports if organiser else ()))
    for check in checked.schools:
        if check.id not in published or (summary := check.summary) is None:
            continue
        own = tuple(link for link in links if link.school == check.id)
        text = _record_bytes(check.id, KeptSite(str(out.resolve()), today, summary, own))
        path = inside(folder, f"{check.id}.json")
        if not path.is_file() or path.read_bytes() != text:
            write_bytes(path, text)
    for path in folder.glob("*.json") if folder.is_dir() else ():
        if path.stem not in known:
            remove(path)


def as_published(unit: Withheld, kept: KeptSite | None, checked: Checked) -> Withheld:
    """The withheld unit with what the portal says of it besides its errors: what its
    published site shows (`kept`, from `kept_site`), and its skolformer and årskurser as
    its skola.yml writes them."""
    own = next((c for c in checked.schools if c.id == unit.id), None)
    forms, grades = (own.written_forms, own.written_grades) if own else ((), "")
    return dataclasses.replace(unit, kept=kept, forms=forms, grades=grades)


def kept_site(request: BuildRequest, school: str) -> KeptSite | None:
    """The record of the school's site published in `request.out`, if the cache has one."""
    if request.cache_dir is None or request.plain:
        return None
    kept = _read_record(request.cache_dir, school)
    if kept is None:
        return None
    same = kept.out == str(request.out.resolve()) and kept.summary.id == school
    return kept if same else None


def recorded_name(request: BuildRequest, school: str) -> str:
    """The school's name as the last build that published its site recorded it ("" without
    a record that verifies): for a school gone from content/, whose old pages are untrusted
    (`build.removed`). Sealed, the record is trygg's own, from any output folder."""
    if request.cache_dir is None or request.plain:
        return ""
    kept = _read_record(request.cache_dir, school)
    return kept.summary.name if kept is not None and kept.summary.id == school else ""


def unlinked_lines(checked: Checked, withheld: Iterable[Withheld]) -> tuple[str, ...]:
    """What the build says of each huvudman's report that names a plan of a withheld
    school as text although the school's old site is still published: the build had no
    record of that site (`kept_site`: no cache, another output), or the link is new."""
    organiser, lines = checked.organiser, []
    kept = {unit.id: unit.name for unit in withheld if unit.published}
    for report in organiser.reports if organiser else ():
        plain = Counter(
            k.school for k in _every_link(report) if k.school in kept and not k.plan_key
        )
        lines += [
            f"Obs: huvudmannens rapport {report.title} ({REPORTS}/{report.id}/) nämner "
            f"{count} mål eller åtgärder i planen för {kept[school]} utan länk, eftersom "
            "skolan har fel och bygget inte vet om dess senast publicerade webbplats har dem "
            "(cachen från bygget som publicerade den saknas, eller länkarna är nya). "
            "Länkarna kommer tillbaka när skolans fel är rättade."
            for school, count in sorted(plain.items())
        ]
    return tuple(lines)


def _record_bytes(school: str, kept: KeptSite) -> bytes:
    """A record as the cache keeps it, sealed under its file name. With `_read_record`, the
    one place a record's bytes are made and read back."""
    return seal(_purpose(school), dumps(kept).encode())


def _read_record(cache_dir: Path, school: str) -> KeptSite | None:
    """The school's record in the cache, or None when there is none, its seal does not
    verify (edited, forged, or made with another key) or it does not decode (the cache is
    untrusted, and the record's text is published in the portal)."""
    try:
        sealed = inside(cache_dir, FOLDER, f"{school}.json").read_bytes()
        data = unseal(_purpose(school), sealed)
        return None if data is None else loads(KeptSite, data)
    except (OSError, ValueError):  # a codec.Undecodable is a ValueError
        return None


def _purpose(school: str) -> str:
    return f"{FOLDER}/{school}.json"


def _links(reports: Iterable[UnitReport]) -> Iterator[PlanLink]:
    """Every resolved link of the reports' measure lists, without its place in the file."""
    for link in (k for report in reports for k in _every_link(report) if k.plan_key):
        yield dataclasses.replace(link, location=NOWHERE)


def _every_link(report: UnitReport) -> Iterator[PlanLink]:
    for section in report.sections:
        for block in section.blocks:
            areas = block.measures.areas if block.measures else ()
            for initiative in (i for area in areas for i in area.initiatives):
                yield from initiative.links
