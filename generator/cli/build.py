"""The site commands of `trygg`: build (and export); they import MkDocs only when run."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator import CACHE
from generator.build.guard import (
    DRAFTS,
    PUBLISHED,
    cache_problem,
    drafts_output_problem,
    mark_cache,
    output_problem,
)
from generator.cli import swedish as cli_swedish
from generator.cli.asked import asked_only
from generator.cli.buildwords import (
    shard_reports_text,
    stopped_text,
    withheld_reports_text,
    withheld_schools_text,
)
from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from generator.codes import withholds
from generator.problems import Severity, UnreadableConfig, terminal_safe
from generator.review.marks import LISTED_IN_TERMINAL, marks_per_file

NO_PDF = "TRYGG_UTAN_PDF"  # set (not "0"): no PDFs, as --utan-pdf (the test suite sets it)


ENVIRONMENT = cli_swedish.environment(
    (f"{NO_PDF}=1", "gör ingen PDF av planerna, som --utan-pdf"), cli_swedish.FIXED_DAY
)


def run_build(args: argparse.Namespace) -> int:
    config_file = Path(args.config)
    if args.shard and args.out is None:  # a share is no site: never over the published site/
        print(f"trygg: fel: {SHARD_NEEDS_OUT}", file=sys.stderr)
        return EXIT_USAGE
    args.out = args.out if args.out is not None else DRAFTS if args.med_utkast else PUBLISHED
    # The build with utkast makes other sites from the same inputs: it never uses the cache.
    uncached = args.ingen_cache or args.med_utkast
    cache_dir = None if uncached else Path(args.cache or config_file.parent / CACHE)
    if why := _refused(args, config_file, cache_dir):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    mark_cache(cache_dir)
    from generator.build.standby import standby_for  # noqa: PLC0415 (not for other commands)

    # Forked before the build's own imports, to get MkDocs ready meanwhile; it also
    # loads the configuration (the build asks it before building anything).
    standby = standby_for(config_file, cache_dir, max(1, args.jobs))
    if standby is None and (why := _config_problem(config_file)):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    from generator.build.pipeline import build_all  # noqa: PLC0415
    from generator.build.request import BuildRequest  # noqa: PLC0415
    from generator.site.quiet import quiet_mkdocs  # noqa: PLC0415

    quiet_mkdocs()
    request = BuildRequest(
        config_file=config_file,
        content_dir=config_file.parent / "content",
        out=_followed(Path(args.out)),
        only=tuple(args.skola or ()),
        jobs=max(1, args.jobs),
        cache_dir=cache_dir,
        copy_assets=args.kopiera_resurser,
        shard=args.shard,
        merge_from=args.merge,
        standby=standby,
        all_or_nothing=args.allt_eller_inget,
        drafts=args.med_utkast,
        pdf=_pdf_wanted(args),
    )
    try:
        result = build_all(request)
    except UnreadableConfig as unreadable:
        print(f"trygg: fel: {unreadable}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        mark_cache(cache_dir)
        if standby is not None:
            standby.close()
    return _told(request, result)


def _told(request: Any, result: Any) -> int:
    """What the build did, and its exit code: 1 when anything was not published."""
    asked = request.only
    told, others = asked_only(result.report, request.content_dir, asked)
    print(told.format_text(marks_per_file(told, LISTED_IN_TERMINAL)))
    if result.stopped:
        print(stopped_text(request, result.report), file=sys.stderr)
        return EXIT_PROBLEMS
    for gone in result.removed:
        print(gone.line())
    print(_summary(request, result))
    if dated := _dated_errors(told):
        print(dated)
    if request.drafts:
        print(f"{request.out}/ är en intern granskningsversion med utkast: publicera den inte.")
    _tell_refused(request, result)
    if others:
        named = terminal_safe(", ".join(others))
        print(f"Obs: {named} har fel i sina filer och byggdes inte; trygg check visar felen.")
    if result.withheld_reports:
        held = result.withheld_reports
        portal = not result.portal_refused
        text = (
            shard_reports_text(held)
            if request.shard
            else withheld_reports_text(request, held, portal=portal)
        )
        print(text, file=sys.stderr)
    if withheld := tuple(s for s in result.withheld if not asked or s in asked):
        published = set(result.built) | set(result.reused)
        text = withheld_schools_text(
            request, withheld, others_published=bool(published - set(withheld))
        )
        print(text, file=sys.stderr)
    for line in result.leaked:
        print(terminal_safe(line), file=sys.stderr)
    failed = withheld or result.withheld_reports or result.portal_refused
    return EXIT_PROBLEMS if failed else EXIT_OK


def _pdf_wanted(args: argparse.Namespace) -> bool:
    """Whether to make the plans' PDFs: unless turned off, and if the extra is installed
    (else one warning, and no page links a PDF)."""
    if args.utan_pdf or os.environ.get(NO_PDF, "") not in ("", "0"):
        return False
    from generator.build.pdf.making import installed  # noqa: PLC0415

    if why := installed():
        print(
            f"trygg: varning: planerna görs inte som PDF: {why}. Installera PDF-stödet med "
            "pip install 'trygg[pdf]' (README: PDF av planerna), eller bygg med --utan-pdf. "
            "Sidorna länkar ingen PDF.",
            file=sys.stderr,
        )
        return False
    return True


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
        f"Portalen publicerades inte. Skolornas nya webbplatser publicerades, och {left}. "
        "Rätta felet ovan och kör trygg build igen.",
        file=sys.stderr,
    )


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


SHARD_NEEDS_OUT = (
    "--shard bygger en del av skolorna, inte webbplatserna: ange en egen mapp för delen "
    "med --out, t.ex. --out del (trygg build --merge sätter sedan ihop delarna)"
)


def _followed(out: Path) -> Path:
    """The output folder itself when `out` is a symbolic link to it: the build swaps the
    folder's entries, and the link (what a web server may serve) must go on showing them."""
    return out.resolve() if out.is_symlink() else out


def _refused(args: argparse.Namespace, config_file: Path, cache_dir: Path | None) -> str:
    """Why the build cannot start at all: no configuration, a `--skola` that is not there
    (nothing built is no success), or an output over the project (what MkDocs thinks of
    the configuration: `_config_problem`)."""
    if not config_file.is_file():
        return cli_swedish.missing_config(config_file)
    if args.med_utkast and (args.shard or args.merge):
        return "--med-utkast bygger alla skolor på en gång; det går inte med --shard eller --merge"
    if args.merge is not None and not args.merge.is_dir():
        return (
            f"--merge {args.merge}: mappen finns inte; ange mappen där delarnas webbplatser "
            "ligger (det som trygg build --shard K/N --out DEL skrev)"
        )
    drafts = drafts_output_problem(args.out, config_file) if args.med_utkast else ""
    absent = cli_swedish.absent_schools(config_file.parent / "content", args.skola)
    cache = cache_problem(cache_dir, config_file.parent) if cache_dir is not None else ""
    return drafts or absent or output_problem(args.out, config_file, cache_dir) or cache


def _config_problem(config_file: Path) -> str:
    """Why MkDocs cannot read the configuration ("" when it can)."""
    from generator.site.configwords import config_problem  # noqa: PLC0415 (loads MkDocs)

    return config_problem(config_file)


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


def _shard(text: str) -> Any:
    from generator.build.shards import Shard  # noqa: PLC0415

    try:
        return Shard.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_build(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = cli_swedish.add_command(
        commands,
        "build",
        "bygg en webbplats per skola och huvudmannens portal",
        "Kontrollerar allt innehåll och bygger sedan en fristående webbplats per skola i "
        "UT/<id>/ (planerna med en PDF av varje beslutad plan, årshjulet, skolans egna "
        "sidor och rapporter) och huvudmannens portal i UT/index.html (alla enheter, "
        "huvudmannens rapporter från content/rapporter/ i UT/rapporter/, granskningen av "
        "planerna, reglerna och öppna data). En skola med fel byggs inte: dess "
        "tidigare webbplats i UT/ lämnas orörd och portalen visar att den inte är "
        "aktuell, medan alla andra skolor publiceras. Likadant med en av huvudmannens "
        "rapporter: den publiceras inte, och dess tidigare sida lämnas orörd. Fel i "
        "huvudman.yml eller andra gemensamma filer stoppar hela bygget. Skolor vars filer "
        "inte har ändrats sedan förra bygget hämtas från cachen i stället för att byggas om.",
        f"{ENVIRONMENT}\n\n{cli_swedish.EXITS}",
    )
    parser.add_argument("--out", metavar="UT",
                        help=f"utdatamappen (standard: {PUBLISHED}; "
                        f"med --med-utkast {DRAFTS})")  # fmt: skip
    cli_swedish.add_school_filter(parser, "bygg")
    cli_swedish.add_jobs(parser)
    parser.add_argument("--config", default="mkdocs.yml", metavar="FIL",
                        help="MkDocs-konfigurationen (standard: mkdocs.yml)")  # fmt: skip
    parser.add_argument("--cache", metavar="MAPP",
                        help=f"förra byggets resultat (standard: {CACHE} vid FIL)")  # fmt: skip
    parser.add_argument("--ingen-cache", action="store_true",
                        help="bygg allt från början, utan att läsa eller spara cachen")  # fmt: skip
    parser.add_argument("--kopiera-resurser", action="store_true",
                        help="kopiera temats filer till varje webbplats i stället för "
                        "hårda länkar till en gemensam kopia")  # fmt: skip
    parser.add_argument("--allt-eller-inget", action="store_true",
                        help="bygg ingenting om någon skola har fel, som förr "
                        "(tidigare utdata lämnas orörd)")  # fmt: skip
    parser.add_argument("--med-utkast", action="store_true",
                        help="bygg en intern granskningsversion som visar planernas utkast, "
                        f"i en egen mapp (standard: {DRAFTS}); varje sida märks att den inte "
                        "får publiceras, och bygget använder ingen cache")  # fmt: skip
    parser.add_argument("--utan-pdf", action="store_true",
                        help="gör ingen PDF av planerna (utan flaggan görs en PDF av varje "
                        f"beslutad plan, om trygg[pdf] är installerat; {NO_PDF}=1 gör "
                        "samma sak)")  # fmt: skip
    parser.add_argument("--shard", type=_shard, metavar="K/N",
                        help="bygg bara del K av N av skolorna, utan portal")  # fmt: skip
    parser.add_argument("--merge", type=Path, metavar="DELAR",
                        help="sätt ihop delarnas webbplatser och bygg portalen")  # fmt: skip
    parser.set_defaults(command=run_build)


REGISTER: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [_add_build]
