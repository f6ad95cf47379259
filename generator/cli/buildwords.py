"""What `trygg build` says about what it did not publish: the schools and the huvudman's
reports withheld for their errors, and why nothing was built when nothing was."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from generator.codes import withholds
from generator.load.layout import SCHOOLS
from generator.load.reports import REPORTS
from generator.problems import Problem, Report, display_path, terminal_safe
from generator.review.privacy import HIDDEN_PART, hidden_paths, shown_place

BUILD_AGAIN = "kör trygg build igen"
SAVE_AGAIN = "spara, så bygger förhandsvisningen om"  # `trygg förhandsvisa` builds by itself
AGAIN = f"Rätta felen ovan och {BUILD_AGAIN}."


def again(request: Any, errors: str = "felen") -> str:
    """What to do next: fix the errors, then build again (or save, in a preview)."""
    return f"Rätta {errors} ovan och {SAVE_AGAIN if request.preview else BUILD_AGAIN}."


def shown_ids(
    request: Any, ids: Iterable[str], problems: Iterable[Problem], *, reports: bool = False
) -> dict[str, str]:
    """Schools' (or, with `reports`, the huvudman's reports') ids as these lines name them:
    `HIDDEN_PART` for one that names a pupil, or whose folder or file a privacy finding
    flags (`review.privacy.shown_place`); the lines reach CI logs, kept and maybe public."""
    root = request.content_dir.resolve().parent
    folder = display_path(request.content_dir / (REPORTS if reports else SCHOOLS), root)
    hidden = hidden_paths(problems)
    return {
        unit: HIDDEN_PART
        if shown_place(f"{folder}/{unit}", hidden).endswith(HIDDEN_PART)
        or any(path.startswith(f"{folder}/{unit}.") for path in hidden)
        else unit
        for unit in ids
    }


def withheld_schools_text(
    request: Any,
    schools: tuple[str, ...],
    *,
    others_published: bool = True,
    dropped: tuple[str, ...] = (),
    shown: Mapping[str, str] | None = None,
) -> str:
    """Which schools were not published, and what their output now holds: each old site
    stayed, except those of `dropped` (removed: changed since trygg published them); that
    the other schools were published only when some were (`others_published`). Each is
    named as `shown` names it (`shown_ids`), else by its id."""
    names = dict(shown or {})
    named = _listed(schools, names)
    which = f"skolan {named}" if len(schools) == 1 else f"{len(schools)} skolor: {named}"
    asked = request.only
    others = (
        ""
        if not others_published or (asked and len(asked) == len(schools))
        else " de andra skolorna du bad om publicerades."
        if asked
        else " alla andra skolor publicerades."
    )
    return (
        f"Fel i {which} – publicerades inte. {_old_sites(request, schools, dropped, names)}"
        + (f";{others}" if others else ".")
        + f" {again(request)}"
    )


def _listed(ids: Iterable[str], names: Mapping[str, str]) -> str:
    """The ids as named, for a terminal: folder names may hold any character."""
    return terminal_safe(", ".join(names.get(i, i) for i in ids))


def _old_sites(
    request: Any, schools: tuple[str, ...], dropped: tuple[str, ...], names: Mapping[str, str]
) -> str:
    """What became of the withheld schools' old sites in the output (no final stop)."""
    kept = [s for s in schools if s not in dropped]
    told = []
    if dropped:
        gone = _listed(dropped, names)
        told.append(
            f"Den gamla webbplatsen för {gone} togs bort ur {request.out}/, eftersom den hade "
            "ändrats sedan trygg publicerade den (den klarade inte granskningen av det som "
            "publiceras); den är inte publicerad förrän felen är rättade"
        )
    if kept:
        one = len(kept) == 1
        sites, never = ("Dess webbplats", "den") if one else ("Deras webbplatser", "de")
        if dropped:  # name the others
            sites = f"{'Webbplatsen' if one else 'Webbplatserna'} för {_listed(kept, names)}"
        told.append(
            f"{sites} i {request.out}/ lämnades som förut (eller saknas, om {never} aldrig "
            "har publicerats)"
        )
    return ". ".join(told)


def withheld_reports_text(request: Any, reports: tuple[str, ...], *, portal: bool = True) -> str:
    """Which of the huvudman's reports were not published, and what the portal now holds
    (without `portal`: the portal was refused, and the terminal has said what stays)."""
    named = terminal_safe(", ".join(reports))  # file names: any character
    if len(reports) == 1:
        which, pages, never = f"huvudmannens rapport {named}", "Dess sida", "den"
    else:
        which, pages, never = (
            f"{len(reports)} av huvudmannens rapporter: {named}",
            "Deras sidor",
            "de",
        )
    return (
        f"Fel i {which} – publicerades inte. {pages} i "
        f"{request.out}/{REPORTS}/ lämnades som förut (eller saknas, om {never} aldrig har "
        f"publicerats){'; skolorna och resten av portalen publicerades' if portal else ''}. "
        f"{again(request)}"
    )


def shard_reports_text(reports: tuple[str, ...]) -> str:
    """What a share's build (no portal) says of the huvudman's reports with errors."""
    named = terminal_safe(", ".join(reports))
    which, it = (f"rapport {named}", "Den") if len(reports) == 1 else (f"rapporter: {named}", "De")
    return (
        f"Fel i huvudmannens {which}. {it} kommer inte med i portalen när delarna sätts ihop "
        f"(--merge). {AGAIN}"
    )


def stopped_text(request: Any, report: Report) -> str:
    """Why nothing was built: errors in the files every unit shares (huvudman.yml), named,
    or `--allt-eller-inget` with an error anywhere."""
    root = request.content_dir.resolve().parent
    own = [display_path(request.content_dir / f, root) for f in (SCHOOLS, REPORTS)]
    shared = sorted(
        {
            p.location.file
            for p in report
            if withholds(p) and not any(p.location.file.startswith(f"{f}/") for f in own)
        }
    )
    kept = f"Det som fanns i {request.out}/ lämnades orört."
    if shared:
        files = terminal_safe(", ".join(shared))
        return (
            f"Inget byggdes: felen i {files} gäller alla skolor och portalen (huvudmannens "
            f"gemensamma uppgifter och rutiner), så ingenting kan publiceras förrän de är "
            f"rättade. {kept} {again(request)}"
        )
    if request.all_or_nothing:
        return (
            "Inget byggdes, eftersom --allt-eller-inget inte publicerar något när en skola "
            f"eller rapport har fel. {kept} {again(request)}"
        )
    return f"Inget byggdes. {kept} {again(request)}"
