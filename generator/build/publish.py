"""Publishing a build all at once: everything new is made in a staging folder first.

`publish(staging, out, keep)` makes `out` hold what `staging` holds, plus the entries
of the old `out` named in `keep` (the unchanged schools' sites and an unchanged portal,
left where they are). With nothing to keep, the staging folder replaces `out` with
two renames, as before. Otherwise each changed entry is swapped in with two renames
and the old one moved aside; a plan of the swaps is written first, so that an
error undoes them at once and a build interrupted harder (power cut, SIGKILL) is
undone by the next `trygg build` before it does anything else. Either way the
previous output is restored exactly, and the work is proportional to what changed.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.build.ownership import Owner, write_mark

PLAN = "plan.json"
WORK, ASSETS = "bygger", "resurser"  # the kinds of work folder beside the output


def _sibling(out: Path, what: str) -> Path:
    return out.with_name(f".{out.name}.{what}")


@contextmanager
def staging(out: Path, owner: Owner | None) -> Iterator[Path]:
    """A new folder beside `out` (so on its file system), removed afterwards, holding only
    the mark of an output built for the huvudman `owner` (`build.ownership`). Its path is
    absolute: MkDocs reads a relative `site_dir` from the configuration's folder, not the
    working folder `out` is relative to."""
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    recover(out)
    remove_leftovers(out)
    folder = work_folder(out, WORK)
    try:  # from its making: a stop (SIGTERM, Ctrl-C) while the mark is written leaves none
        folder.mkdir()  # the usual permissions (mkdtemp's 0700 would hide the site)
        write_mark(folder, owner)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def work_folder(out: Path, kind: str) -> Path:
    """A name beside `out` for this process's `kind` of work folder (`remove_leftovers`)."""
    return _sibling(out, f"{kind}-{os.getpid()}-{secrets.token_hex(4)}")


def remove_leftovers(out: Path) -> None:
    """Remove the work folders beside `out` of builds that are no longer running (a build
    killed hard leaves them): each is named by the process that made it."""
    for folder in out.parent.glob(f".{out.name}.*-*-*"):
        kind, pid, _token = folder.name.removeprefix(f".{out.name}.").rsplit("-", 2)
        if kind in (WORK, ASSETS) and pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def publish(staging_dir: Path, out: Path, keep: set[str]) -> Path:
    """Make `out` the staging folder's entries plus the kept entries of the old `out`.

    Returns the folder holding what was replaced, for the caller to remove (`removing`).
    Hidden entries of `out` that the staging folder does not bring are kept, as MkDocs
    keeps them when it empties its `site_dir`: a site folder may be a git work tree for
    GitHub Pages (`.git`, `.nojekyll`).
    """
    if out.is_dir():
        keep = keep | _hidden_of_others(out, staging_dir)
    if not keep or not out.is_dir():
        return _swap_whole(staging_dir, out)
    old = _sibling(out, "föregående")
    shutil.rmtree(old, ignore_errors=True)
    old.mkdir()
    incoming = sorted(entry.name for entry in staging_dir.iterdir())
    leaving = sorted(e.name for e in out.iterdir() if e.name not in keep and e.name not in incoming)
    existed = [name for name in incoming if (out / name).exists() or (out / name).is_symlink()]
    plan = {"staging": staging_dir.name, "new": incoming, "existed": existed, "gone": leaving}
    _write(old / PLAN, plan)
    try:
        for name in [*existed, *leaving]:
            (out / name).rename(old / name)
        for name in incoming:
            (staging_dir / name).rename(out / name)
    except BaseException:
        recover(out)
        raise
    (old / PLAN).unlink()
    return old


def _hidden_of_others(out: Path, staging_dir: Path) -> set[str]:
    brought = {entry.name for entry in staging_dir.iterdir()}
    return {e.name for e in out.iterdir() if e.name.startswith(".") and e.name not in brought}


@contextmanager
def removing(folder: Path) -> Iterator[None]:
    """Remove `folder` in a thread while the caller goes on (deleting 300 sites takes a
    while); done when the block ends. Left over if the process dies: `recover` removes it."""
    sweeper = threading.Thread(target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True})
    sweeper.start()
    try:
        yield
    finally:
        sweeper.join()


def recover(out: Path) -> None:
    """Undo a swap that did not finish (its plan is still there), then tidy up."""
    old = _sibling(out, "föregående")
    try:
        plan = json.loads((old / PLAN).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        if old.is_dir() and not out.exists():
            old.rename(out)  # stopped between the two renames of a whole swap
        shutil.rmtree(old, ignore_errors=True)
        return
    staging_dir = out.with_name(plan["staging"])
    for name in plan["new"]:
        arrived = out / name
        if (arrived.exists() or arrived.is_symlink()) and not (old / name).exists():
            if name not in plan["existed"]:
                _move_or_remove(arrived, staging_dir / name)
        elif (old / name).exists() and (arrived.exists() or arrived.is_symlink()):
            _move_or_remove(arrived, staging_dir / name)
    for name in [*plan["existed"], *plan["gone"]]:
        if (old / name).exists() or (old / name).is_symlink():
            (old / name).rename(out / name)
    (old / PLAN).unlink()
    shutil.rmtree(old, ignore_errors=True)


def _move_or_remove(entry: Path, back: Path) -> None:
    if back.parent.is_dir() and not back.exists():
        entry.rename(back)
    elif entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry)
    else:
        entry.unlink()


def _swap_whole(staging_dir: Path, out: Path) -> Path:
    """Swap the finished staging folder in; the old output is to be removed afterwards."""
    previous = _sibling(out, "föregående")
    shutil.rmtree(previous, ignore_errors=True)
    if out.exists():
        out.rename(previous)
    staging_dir.rename(out)
    return previous


def _write(path: Path, data: object) -> None:
    with path.open("w", encoding="utf-8") as file:
        json.dump(data, file)
        file.flush()
        os.fsync(file.fileno())
