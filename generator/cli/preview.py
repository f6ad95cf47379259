"""`trygg förhandsvisa`: every school's site and the portal, built as `trygg build` builds
them and served on this machine, built again after each save (`build.live`)."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cli import folders
from generator.cli import swedish as cli_swedish
from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from generator.cli.previewaddress import PORT, address, address_problem, exposure_note
from generator.cli.previewinputs import preview_request, watched
from generator.cli.stopping import hang_up_as_stop, uninterrupted
from generator.load.layout import content_folder
from generator.problems import BuildFailed, UnreadableConfig, os_reason

if TYPE_CHECKING:
    from generator.build.live import LiveBuilds
    from generator.build.watch import Watcher
    from generator.cli.previewserver import PreviewServer

SHOWN_UNTIL_FIXED = "Förhandsvisningen visar det senaste bygget tills felet är rättat."
WORKER_GONE = "en process som byggde avslutades oväntat"

DESCRIPTION = (
    "Bygger alla skolors webbplatser och huvudmannens portal som trygg build gör, men i en "
    "tillfällig mapp, och visar dem på http://127.0.0.1:8000/ (portalen; varje skola under "
    "sin mapp). När du sparar en fil under content/ eller theme/, eller mkdocs.yml, byggs "
    "det som ändrades om, oftast på under en sekund; ladda om sidan i webbläsaren. "
    "Problemen skrivs i terminalen efter varje bygge, som trygg build skriver dem, och en "
    "skola med fel visar sin senaste felfria webbplats. Inga PDF:er görs, och inget skrivs "
    "till site/ eller cachen. Med --skola byggs bara de skolorna och portalen, så att det "
    "första bygget går fortare; med --med-utkast visas planernas utkast, som i trygg build "
    "--med-utkast. Avsluta med Ctrl-C; då tas den tillfälliga mappen bort."
)


def run_preview(args: argparse.Namespace) -> int:
    config_file = Path(args.config)
    content = content_folder(config_file.parent)
    if why := _refusal(config_file) or folders.absent_schools(content, args.skola):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    import tempfile  # noqa: PLC0415

    folder = Path(tempfile.mkdtemp(prefix="trygg-forhandsvisning-"))
    helpers = ExitStack()
    helpers.callback(shutil.rmtree, folder, ignore_errors=True)
    hang_up = hang_up_as_stop()
    try:
        return _preview(args, config_file, folder, helpers)
    except KeyboardInterrupt:
        print("Förhandsvisningen är avslutad.")
        return EXIT_OK
    finally:
        with uninterrupted():  # a second Ctrl-C, or the terminal closed, ends nothing half
            helpers.close()
            hang_up()


def _preview(args: argparse.Namespace, config_file: Path, folder: Path, helpers: ExitStack) -> int:
    from generator.build.live import LiveBuilds  # noqa: PLC0415 (only this command)
    from generator.build.watch import Watcher  # noqa: PLC0415
    from generator.cli.previewserver import PreviewServer  # noqa: PLC0415

    # The helpers first, while this process has one thread; the watcher before the server
    # binds its socket, so that the server's end is the only one.
    watcher = Watcher(watched(config_file))
    helpers.callback(watcher.close)
    try:
        server = PreviewServer(args.adress, folder / "site")
    except OSError as error:
        print(f"trygg: fel: {address_problem(args.adress, error)}", file=sys.stderr)
        return EXIT_USAGE
    helpers.callback(server.close)
    server.start()
    print(f"Förhandsvisningen visas på {server.url} när första bygget är klart.", flush=True)
    if note := exposure_note(args.adress):
        print(note, flush=True)
    only = tuple(args.skola or ())
    builds = LiveBuilds(preview_request(config_file, folder, args.jobs, only, args.med_utkast))
    helpers.callback(builds.close)
    _follow(builds, watcher, server)
    return EXIT_OK


def _follow(builds: LiveBuilds, watcher: Watcher, server: PreviewServer) -> None:
    """Build, tell, then build again after each change, until Ctrl-C. Settings refused
    are checked again before every build until they pass (a save to content/ must not
    build with them)."""
    refused = _build(builds, settings_changed=False)
    print(f"Förhandsvisningen finns på {server.url} (avsluta med Ctrl-C).", flush=True)
    while True:
        settings_changed = watcher.wait(server.alive)
        print("Bygger om det som ändrades …", flush=True)
        if settings_changed:  # theme/ may be new, content/ another, a settings file too
            watcher.renew(watched(builds.request.config_file))
        refused = _build(builds, settings_changed or refused)


def _build(builds: LiveBuilds, settings_changed: bool) -> bool:
    """One build, told; whether the settings were refused (the last build stays shown)."""
    from generator.build.guard import mark_cache  # noqa: PLC0415
    from generator.cli.buildtold import tell_outcome  # noqa: PLC0415

    config_file, cache_dir = builds.request.config_file, builds.request.cache_dir
    if settings_changed and (why := _refusal(config_file)):
        builds.forget_settings()  # its standby was made ready with the settings before
        _not_built(why)
        return True
    mark_cache(cache_dir)
    try:
        rebuilt = builds.build(settings_changed)
    except UnreadableConfig as unreadable:
        _not_built(str(unreadable))
        return True
    except (BuildFailed, BrokenProcessPool) as failed:
        _not_built(str(failed) or WORKER_GONE)
        return False
    except OSError as error:  # as `trygg build` tells it, and the preview goes on
        where = f" ({error.filename})" if error.filename else ""
        _not_built(f"{os_reason(error)}{where}")
        return False
    finally:
        mark_cache(cache_dir)
    tell_outcome(builds.request, rebuilt.result)
    result = rebuilt.result
    if result.stopped or not (result.ok or result.built or result.portal_built):
        print(SHOWN_UNTIL_FIXED, flush=True)
    else:
        seconds = f"{rebuilt.seconds:.2f}".replace(".", ",")
        print(f"Klart på {seconds} s; ladda om sidan i webbläsaren.", flush=True)
    return False


def _not_built(why: str) -> None:
    """Why nothing was built this time; the last build stays shown."""
    print(f"trygg: fel: {why}", file=sys.stderr)
    print(SHOWN_UNTIL_FIXED, flush=True)


def _refusal(config_file: Path) -> str:
    """Why the sites cannot be built from `config_file` at all ("" when they can)."""
    from generator.cli.buildrefusals import config_refusal, mkdocs_config_problem  # noqa: PLC0415

    return config_refusal(config_file) or mkdocs_config_problem(config_file)


EXITS = cli_swedish.exit_codes(
    (EXIT_OK, "förhandsvisningen avslutades (Ctrl-C, terminalen stängdes eller SIGTERM)"),
    (EXIT_PROBLEMS, "bevakningen av filerna eller webbservern avslutades oväntat"),
    (EXIT_USAGE, "fel i kommandot, i mkdocs.yml eller i adressen"),
)


def _add_preview(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = cli_swedish.add_command(
        commands,
        "förhandsvisa",
        "visa alla skolors webbplatser och portalen lokalt, och bygg om när du sparar",
        DESCRIPTION,
        EXITS,
        aliases=("forhandsvisa",),
    )
    cli_swedish.add_config(parser)
    parser.add_argument("--adress", type=address, default=("127.0.0.1", PORT),
                        metavar="VÄRD:PORT",
                        help=f"var sidorna visas (standard: 127.0.0.1:{PORT}, bara den här "
                        "datorn)")  # fmt: skip
    cli_swedish.add_school_filter(parser, "förhandsvisa")
    parser.add_argument("--med-utkast", action="store_true",
                        help="visa planernas utkast, som den interna granskningsversionen "
                        "(trygg build --med-utkast) gör")  # fmt: skip
    cli_swedish.add_jobs(parser)
    parser.set_defaults(command=run_preview)


REGISTER: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _add_preview
]
