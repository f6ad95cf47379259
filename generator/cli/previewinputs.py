"""What a preview (`cli.preview`) builds and watches: its build request, into its own
folder with its own cache, and the files whose saves start a build."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from generator.load.layout import content_folder

if TYPE_CHECKING:
    from generator.build.request import BuildRequest
    from generator.build.watch import Watched


def watched(config_file: Path) -> Watched:
    """The content, the theme's folders and the settings' files, whose saves start a build."""
    from generator.build.watch import Watched  # noqa: PLC0415
    from generator.load.mkdocsfile import settings_files  # noqa: PLC0415
    from generator.load.siteinputs import named_inputs  # noqa: PLC0415

    config = config_file.resolve()
    root = config.parent
    theme_folders, hooks = named_inputs(config)
    settings = tuple(p.resolve() for p in settings_files(config)) + hooks
    return Watched(content_folder(root).resolve(), (root / "theme", *theme_folders), settings)


def preview_request(
    config_file: Path, folder: Path, jobs: int, only: tuple[str, ...] = (), drafts: bool = False
) -> BuildRequest:
    """A build into the preview's own folder, with its own cache, without PDFs; of the
    schools `only` and the portal, when given; with the utkast shown (`drafts`), as `trygg
    build --med-utkast` shows them. That build keeps no cache (its sites differ from the
    published ones made from the same files); every build of one preview is the same
    kind, so the preview's own cache serves it."""
    from generator.build.request import BuildRequest  # noqa: PLC0415

    return BuildRequest(
        config_file=config_file,
        content_dir=content_folder(config_file.parent),
        out=folder / "site",
        only=only,
        jobs=jobs,
        cache_dir=folder / "cache",
        drafts=drafts,
        preview=True,
    )
