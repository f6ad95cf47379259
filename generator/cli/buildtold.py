"""What `trygg build` tells when it is done: the problems, what it built and reused, and
what it did not publish and why; and its exit code."""

from __future__ import annotations

import sys
from typing import Any

from generator.cli.asked import asked_only
from generator.cli.buildwords import (
    again,
    shard_reports_text,
    shown_ids,
    stopped_text,
    withheld_reports_text,
    withheld_schools_text,
)
from generator.cli.cisafe import as_shown
from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS
from generator.codes import withholds
from generator.problems import Severity, terminal_safe


def tell_outcome(request: Any, result: Any) -> int:
    """What the build did, and its exit code: 1 when anything was not published."""
    asked = request.only
    told, others = asked_only(result.report, request.content_dir, asked)
    print(told.format_text(as_shown(told)))
    if result.stopped:
        print(stopped_text(request, result.report), file=sys.stderr)
        return EXIT_PROBLEMS
    for gone in result.removed:
        print(gone.line())
    print(_summary(request, result))
    if dated := _dated_errors(told):
        print(dated)
    if request.drafts and not request.preview:  # a preview's folder is its own, temporary
        print(f"{request.out}/ är en intern granskningsversion med utkast: publicera den inte.")
    _tell_refused(request, result)
    if others:
        named = terminal_safe(", ".join(shown_ids(request, others, result.report).values()))
        print(f"Obs: {named} har fel i sina filer och byggdes inte; trygg check visar felen.")
    withheld = _tell_withheld(request, result)
    for line in result.leaked:
        print(terminal_safe(line), file=sys.stderr)
    failed = withheld or result.withheld_reports or result.portal_refused
    return EXIT_PROBLEMS if failed else EXIT_OK


def _tell_withheld(request: Any, result: Any) -> tuple[str, ...]:
    """Which of the huvudman's reports and which asked-for schools were not published;
    gives those schools."""
    if result.withheld_reports:
        held = tuple(
            shown_ids(request, result.withheld_reports, result.report, reports=True).values()
        )
        portal = not result.portal_refused
        text = (
            shard_reports_text(held)
            if request.shard
            else withheld_reports_text(request, held, portal=portal)
        )
        print(text, file=sys.stderr)
    asked = request.only
    withheld = tuple(s for s in result.withheld if not asked or s in asked)
    if withheld:
        published = set(result.built) | set(result.reused)
        text = withheld_schools_text(
            request,
            withheld,
            others_published=bool(published - set(withheld)),
            dropped=tuple(s for s in result.dropped if s in withheld),
            shown=shown_ids(request, withheld, result.report),
        )
        print(text, file=sys.stderr)
    return withheld


def _tell_refused(request: Any, result: Any) -> None:
    """Why each new site built was not published, and for the portal what the output
    holds instead (`build.oldportal`)."""
    for why in (*result.refused, *filter(None, [result.portal_refused])):
        print(f"trygg: fel: {why}", file=sys.stderr)
    if not result.portal_refused:
        return
    left = (
        f"portalen i {request.out}/ lämnades som förut, med alla webbplatser den länkar till"
        if result.old_portal
        else f"{request.out}/ har ingen portal förrän en kan publiceras (den saknades, eller "
        "klarade inte granskningen av det som publiceras)"
    )
    print(
        f"Portalen publicerades inte. {_new_sites(result)}, och {left}. {again(request, 'felet')}",
        file=sys.stderr,
    )


def _new_sites(result: Any) -> str:
    """What became of the schools' sites built anew, beside a refused portal."""
    if set(result.built) - set(result.withheld):
        return "Skolornas nya webbplatser publicerades"
    if result.built:  # each refused once built, or withheld
        return "Ingen av skolornas nya webbplatser publicerades heller (se felen ovan)"
    return "Ingen skolas webbplats byggdes på nytt"


def _dated_errors(report: Any) -> str:
    """Why errors that depend on the day did not stop the build (they count in check)."""
    found = sorted({p.code for p in report if p.severity is Severity.ERROR and not withholds(p)})
    if not found:
        return ""
    which, them = (
        (f"Felen {', '.join(found)}", "dem") if len(found) > 1 else (f"Felet {found[0]}", "det")
    )
    return (
        f"{which} beror på dagens datum och hindrar aldrig publiceringen; sidorna säger det "
        f"till läsaren. trygg check ger felkod för {them}."
    )


def _summary(request: Any, result: Any) -> str:
    if result.up_to_date:
        return f"Inget har ändrats sedan förra bygget; {request.out}/ är redan aktuell."
    built = len(result.built)
    sites = f"{built} webbplats" if built == 1 else f"{built} webbplatser"
    notes = [f"{len(result.reused)} oförändrade togs från förra bygget"] if result.reused else []
    if request.merge_from is not None:
        notes = [f"{len(result.reused)} kom färdiga från delarna eller förra bygget"]
    if result.portal_refused:
        notes.append("portalen publicerades inte")
    elif not result.portal_built and not request.shard:
        notes.append("portalen var oförändrad")
    portal = " och portalen" if result.portal_built else ""
    details = f" ({'; '.join(notes)})" if notes else ""
    return f"Byggde {sites}{portal} i {request.out}/{details}."
