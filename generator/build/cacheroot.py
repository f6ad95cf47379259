"""The cache folder itself: a real folder of the user's own, never a link followed.

Every path in the cache is made with `check.cachefiles.inside`, which removes a link on
the way as damage; this is the same for the folder itself. A cache restored by CI, or a
`.trygg-cache` in a repository, is untrusted: a link there to a home folder or /etc
would send every write and removal of the cache there. The default `.trygg-cache` beside
mkdocs.yml that is a link is removed as a link (never what it points to) and made again
as a real folder. A folder given with `--cache` that is a link, a file or a folder of
another user's is not used: the run goes on without a cache, and says why.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from generator import CACHE
from generator.problems import terminal_safe


def cache_to_use(cache_dir: Path | None, project: Path) -> Path | None:
    """`usable_cache`, saying on stderr why the cache is not used as it was, if it is not."""
    usable, note = usable_cache(cache_dir, project)
    if note:
        print(f"trygg: varning: {note}", file=sys.stderr)
    return usable


def usable_cache(cache_dir: Path | None, project: Path) -> tuple[Path | None, str]:
    """The cache folder a run may use (None: none) and what to tell the user about it, in
    Swedish ("" for nothing). May remove the default cache's link (only the link)."""
    if cache_dir is None:
        return None, ""
    if cache_dir.is_symlink():
        return _linked(cache_dir, project)
    if cache_dir.exists() and not cache_dir.is_dir():
        return None, (
            f"cachemappen {cache_dir} är ingen mapp; trygg kör utan cache. Ta bort det som "
            f"ligger där, eller ange en annan mapp med --cache, t.ex. --cache {CACHE}"
        )
    if cache_dir.is_dir() and (owner := _other_owner(cache_dir)) is not None:
        return None, (
            f"cachemappen {cache_dir} ägs av en annan användare (uid {owner}) och kan ha "
            "ändrats av någon annan; trygg kör utan cache. Ta bort mappen, eller ange en "
            f"egen mapp med --cache, t.ex. --cache {CACHE}"
        )
    return cache_dir, ""


def _linked(cache_dir: Path, project: Path) -> tuple[Path | None, str]:
    """A cache folder that is a symbolic link: the default one's link is removed (the
    folder is made again), one given with `--cache` is not used."""
    target = terminal_safe(str(cache_dir.readlink()))
    said = f"cachemappen {cache_dir} är en symbolisk länk (till {target}), och trygg skriver aldrig"
    if cache_dir.parent.resolve() / cache_dir.name != project.resolve() / CACHE:
        return None, (
            f"{said} genom en länk i cachen; trygg kör utan cache. Ange en riktig mapp "
            f"med --cache, t.ex. --cache {CACHE}"
        )
    try:
        cache_dir.unlink()  # the link alone: what it points to is left as it is
    except OSError:
        return None, f"{said} genom den; trygg kör utan cache. Ta bort länken: rm {cache_dir}"
    return cache_dir, (
        f"{said} genom den. Länken är borttagen (inte det den pekade på) och cachen görs om "
        f"som en vanlig mapp. Vill du ha cachen någon annanstans: ange mappen med --cache."
    )


def _other_owner(folder: Path) -> int | None:
    """The owner of `folder` when it is not the user running trygg (None when it is, or
    where there are no owners to compare)."""
    if not hasattr(os, "geteuid"):
        return None
    owner = folder.stat().st_uid
    return None if owner == os.geteuid() else owner
