"""Why `trygg build` cannot start at all, in Swedish: a share without its own output folder,
no configuration, flags that do not go together, a `--skola` that is not there, an output
or cache over the project, or a configuration MkDocs cannot read."""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.build.guard import cache_problem, drafts_output_problem, output_problem
from generator.cli import folders
from generator.load.layout import content_folder
from generator.load.mkdocsfile import read_settings, unreadable

SHARD_NEEDS_OUT = (
    "--shard bygger en del av skolorna, inte webbplatserna: ange en egen mapp för delen "
    "med --out, t.ex. --out del (trygg build --merge sätter sedan ihop delarna)"
)


def build_refusal(args: argparse.Namespace, config_file: Path, cache_dir: Path | None) -> str:
    """Why the build cannot start at all: no configuration, a `--skola` that is not there
    (nothing built is no success), or an output over the project (what MkDocs thinks of
    the configuration: `mkdocs_config_problem`)."""
    if why := config_refusal(config_file):
        return why
    if args.med_utkast and (args.shard or args.merge):
        return "--med-utkast bygger alla skolor på en gång; det går inte med --shard eller --merge"
    if args.merge is not None and not args.merge.is_dir():
        return (
            f"--merge {args.merge}: mappen finns inte; ange mappen där delarnas webbplatser "
            "ligger (det som trygg build --shard K/N --out DEL skrev)"
        )
    drafts = drafts_output_problem(args.out, config_file) if args.med_utkast else ""
    absent = folders.absent_schools(content_folder(config_file.parent), args.skola)
    cache = cache_problem(cache_dir, config_file.parent) if cache_dir is not None else ""
    return drafts or absent or output_problem(args.out, config_file, cache_dir) or cache


def config_refusal(config_file: Path) -> str:
    """Why no site can be built from `config_file`, asked before MkDocs reads it: it is not
    there, it is no YAML settings, or it names files the sites cannot have ("" when none)."""
    if not config_file.is_file():
        return folders.missing_config(config_file)
    return settings_problem(config_file) or site_files_problem(config_file)


def settings_problem(config_file: Path) -> str:
    """Why mkdocs.yml, or a file it inherits, cannot be read as YAML settings, at its line
    ("" when it can), asked before MkDocs reads it: MkDocs stops with a traceback on a
    value such as `copyright: 2026-02-30`."""
    why = unreadable(config_file)
    return "" if why is None else why.said()


def site_files_problem(config_file: Path) -> str:
    """The files mkdocs.yml names for every page that the sites cannot have, as `trygg
    check` tells them (`check.sitefiles`): an extra template, a script or style sheet that
    is not there ("" when none; the export writes none of them into its own mkdocs.yml)."""
    from generator.check.sitefiles import site_file_problems  # noqa: PLC0415

    data = read_settings(config_file) or {}
    found = site_file_problems(config_file.parent, data, config_file.name)
    return "; ".join(f"{config_file.parent / str(p.location)}: {p.explained()}" for p in found)


def mkdocs_config_problem(config_file: Path) -> str:
    """Why MkDocs cannot read the configuration ("" when it can)."""
    from generator.site.configwords import config_problem  # noqa: PLC0415 (loads MkDocs)

    return config_problem(config_file)
