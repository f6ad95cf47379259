"""Each school's check result, kept until its files or the shared inputs change.

`.trygg-cache/kontroll/<id>.pickle` holds one `SchoolCheck`, under a key made of the
school's content hash, the shared inputs (`fingerprint.check_inputs`), the day the
check is made for and the reference date (plan status depends on both). The model
inside stays pickled until someone asks for it, so a warm `trygg check` or an
incremental build reads 300 schools' results without rebuilding 300 models.

The files are this project's own cache, like `.pyc` files: keep the folder out of
reach of anyone who may not run code in the build (a CI cache is scoped to the repository).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path

from generator.check.school import SchoolCheck
from generator.clock import reference_date

FOLDER = "kontroll"


class CheckCache:
    """The folder of per-school check results for one set of shared inputs and one day."""

    def __init__(self, cache_dir: Path, shared: str, today: dt.date) -> None:
        self.folder = cache_dir / FOLDER
        self.prefix = f"{shared}\n{today.isoformat()}\n{reference_date().isoformat()}\n"

    def _key(self, school_hash: str) -> bytes:
        return hashlib.sha256((self.prefix + school_hash).encode()).hexdigest().encode() + b"\n"

    def holds(self, school_id: str, school_hash: str) -> bool:
        """Whether a result for these files is kept (reads only the key)."""
        key = self._key(school_hash)
        try:
            with (self.folder / f"{school_id}.pickle").open("rb") as file:
                return bool(school_hash) and file.read(len(key)) == key
        except OSError:
            return False

    def load(self, school_id: str, school_hash: str) -> SchoolCheck | None:
        """The kept result for these files, or None."""
        if not school_hash:
            return None
        try:
            data = (self.folder / f"{school_id}.pickle").read_bytes()
            key = self._key(school_hash)
            if not data.startswith(key):
                return None
            check = pickle.loads(data[len(key) :])  # our own cache (see the module docstring)
        except Exception:  # missing, unreadable, from another version: check again
            return None
        return check if isinstance(check, SchoolCheck) and check.id == school_id else None

    @staticmethod
    def pickled(check: SchoolCheck) -> SchoolCheck:
        """`check` with its model pickled: the form the cache and the workers pass on."""
        if check.school is None:
            return check
        school = check.model()
        blob = pickle.dumps(school, protocol=pickle.HIGHEST_PROTOCOL) if school else b""
        return dataclasses.replace(check, school=None, blob=blob)

    def save(self, check: SchoolCheck, school_hash: str) -> SchoolCheck:
        """Keep `check`; returns it with its model pickled (the form the cache holds)."""
        kept = self.pickled(check)
        if not school_hash:
            return kept
        data = self._key(school_hash) + pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
        with contextlib.suppress(OSError):  # a read-only cache: the result is right, not kept
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=f".{check.id}.")
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            Path(temporary).replace(self.folder / f"{check.id}.pickle")
        return kept

    def forget_others(self, school_ids: set[str]) -> None:
        """Remove the results of schools that no longer exist."""
        if self.folder.is_dir():
            for entry in self.folder.iterdir():
                if entry.suffix == ".pickle" and entry.stem not in school_ids:
                    entry.unlink(missing_ok=True)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cycle collector while content is read and checked.

    Checking creates hundreds of thousands of small objects that live on (node trees,
    data, the model) and hold no reference cycles. The collector would scan them
    again and again as they pile up: a third of the time of `trygg check`.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
