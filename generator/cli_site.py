"""The site commands of `trygg`: build (and export); they import MkDocs only when run."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from generator import cli_swedish



def run_build(args: argparse.Namespace) -> int:
    from generator.build import BuildRequest, build_all, quiet_mkdocs  # noqa: PLC0415

    quiet_mkdocs()
    config_file = Path(args.config)
    request = BuildRequest(
        config_file=config_file,
        content_dir=config_file.parent / "content",
        out=Path(args.out),
        only=tuple(args.skola or ()),
        jobs=args.jobs,
    )
    result = build_all(request)
    print(result.report.format_text())
    if not result.ok:
        print("Inget byggdes. Rätta felen ovan och kör trygg build igen.", file=sys.stderr)
        return 1
    print(f"Byggde {len(result.built)} webbplatser och portalen i {request.out}/.")
    return 0


def _add_build(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "build",
        help="bygg en webbplats per skola och huvudmannens portal",
        description=(
            "Kontrollerar allt innehåll och bygger sedan en fristående webbplats per skola i "
            "UT/<id>/ och portalen i UT/index.html. Vid fel skrivs ingenting, och tidigare "
            "utdata lämnas orörd."
        ),
        add_help=False,
    )
    cli_swedish.add_help(parser)
    parser.add_argument("--out", default="site", metavar="UT", help="utdatamappen (standard: site)")
    parser.add_argument("--skola", action="append", metavar="ID",
                        help="bygg bara den här skolan (kan upprepas)")  # fmt: skip
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="antal parallella processer (standard: antal kärnor)")  # fmt: skip
    parser.add_argument("--config", default="mkdocs.yml", metavar="FIL",
                        help="MkDocs-konfigurationen (standard: mkdocs.yml)")  # fmt: skip
    parser.set_defaults(command=run_build)


REGISTER: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [_add_build]
