"""The site commands of `trygg`: build (and export); they import MkDocs only when run."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator import CACHE
from generator.build.guard import DRAFTS, PUBLISHED, mark_cache
from generator.cli import swedish as cli_swedish
from generator.cli.buildrefusals import SHARD_NEEDS_OUT, build_refusal, mkdocs_config_problem
from generator.cli.buildtold import tell_outcome
from generator.cli.exits import EXIT_USAGE
from generator.load.layout import content_folder
from generator.problems import UnreadableConfig

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
    if why := build_refusal(args, config_file, cache_dir):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    from generator.build.cacheroot import cache_to_use  # noqa: PLC0415 (not for other commands)

    cache_dir = cache_to_use(cache_dir, config_file.parent)  # never a link, nor another's
    mark_cache(cache_dir)
    from generator.build.standby import standby_for  # noqa: PLC0415 (not for other commands)

    # Forked before the build's own imports, to get MkDocs ready meanwhile; it also
    # loads the configuration (the build asks it before building anything).
    standby = standby_for(config_file, cache_dir, args.jobs)
    if standby is None and (why := mkdocs_config_problem(config_file)):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    from generator.build.pipeline import build_all  # noqa: PLC0415
    from generator.site.quiet import quiet_mkdocs  # noqa: PLC0415

    quiet_mkdocs()
    request = _request(args, config_file, cache_dir, standby)
    try:
        result = build_all(request)
    except UnreadableConfig as unreadable:
        print(f"trygg: fel: {unreadable}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        mark_cache(cache_dir)
        if standby is not None:
            standby.close()
    return tell_outcome(request, result)


def _request(
    args: argparse.Namespace, config_file: Path, cache_dir: Path | None, standby: Any
) -> Any:
    """The build the command line asks for."""
    from generator.build.request import BuildRequest  # noqa: PLC0415

    return BuildRequest(
        config_file=config_file,
        content_dir=content_folder(config_file.parent),
        out=_followed(Path(args.out)),
        only=tuple(args.skola or ()),
        jobs=args.jobs,
        cache_dir=cache_dir,
        copy_assets=args.kopiera_resurser,
        shard=args.shard,
        merge_from=args.merge,
        standby=standby,
        all_or_nothing=args.allt_eller_inget,
        drafts=args.med_utkast,
        pdf=_pdf_wanted(args),
    )


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


def _followed(out: Path) -> Path:
    """The output folder itself when `out` is a symbolic link to it: the build swaps the
    folder's entries, and the link (what a web server may serve) must go on showing them."""
    return out.resolve() if out.is_symlink() else out


def _shard(text: str) -> Any:
    from generator.build.shards import Shard  # noqa: PLC0415

    try:
        return Shard.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


# What `trygg build -h` says the command does.
DESCRIPTION = (
    "Kontrollerar allt innehåll och bygger sedan en fristående webbplats per skola i "
    "UT/<id>/ (planerna med en PDF av varje beslutad plan, årshjulet, skolans egna "
    "sidor och rapporter) och huvudmannens portal i UT/index.html (alla enheter, "
    "huvudmannens rapporter från content/rapporter/ i UT/rapporter/, granskningen av "
    "planerna, reglerna och öppna data). En skola med fel byggs inte: dess "
    "tidigare webbplats i UT/ lämnas orörd och portalen visar att den inte är "
    "aktuell, medan alla andra skolor publiceras. Likadant med en av huvudmannens "
    "rapporter: den publiceras inte, och dess tidigare sida lämnas orörd. Fel i "
    "huvudman.yml eller andra gemensamma filer stoppar hela bygget. Skolor vars filer "
    "inte har ändrats sedan förra bygget hämtas från cachen i stället för att byggas om."
)


def _add_build(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = cli_swedish.add_command(
        commands,
        "build",
        "bygg en webbplats per skola och huvudmannens portal",
        DESCRIPTION,
        f"{ENVIRONMENT}\n\n{cli_swedish.EXITS}",
    )
    parser.add_argument("--out", metavar="UT",
                        help=f"utdatamappen (standard: {PUBLISHED}; "
                        f"med --med-utkast {DRAFTS})")  # fmt: skip
    cli_swedish.add_school_filter(parser, "bygg")
    cli_swedish.add_jobs(parser)
    cli_swedish.add_config(parser)
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
