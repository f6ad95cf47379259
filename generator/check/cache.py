"""Each school's check result, kept until its files or the shared inputs change.

`.trygg-cache/kontroll/<id>.json` holds one `SchoolCheck`, `<id>.modell.json` the
school's model and `<id>.elevsidor.json` its student pages as the check rendered them,
each as JSON (`model.codec`) after a first line with its key: a hash of
the school's content, the shared inputs (`check.fingerprint.check_inputs`), the day
the check is made for and the reference date (plan status depends on both). A warm
`trygg check` reads the results only; a build reads a model and the student pages
when it builds that site (the pages are most of a result's size: every build reads
every result, so they are kept apart).

A cache restored by CI is untrusted input: nothing in it can run code, and a file that
does not fit (another version, damage, a wrong shape) is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from pathlib import Path

from generator.check.cachefiles import inside, remove, write_bytes
from generator.check.school import Checking, SchoolCheck
from generator.clock import reference_date
from generator.model.codec import Undecodable, dumps, loads

FOLDER = "kontroll"
MODEL = ".modell"
PAGES = ".elevsidor"


class CheckCache:
    """The folder of per-school check results for one set of shared inputs and one day."""

    def __init__(self, cache_dir: Path, shared: str, today: dt.date) -> None:
        self.cache_dir = cache_dir
        self.prefix = f"{shared}\n{today.isoformat()}\n{reference_date().isoformat()}\n"

    @property
    def folder(self) -> Path:
        """The cache's `kontroll/`, never through a link (`check.cachefiles`)."""
        return inside(self.cache_dir, FOLDER)

    def _key(self, school_hash: str) -> bytes:
        return hashlib.sha256((self.prefix + school_hash).encode()).hexdigest().encode() + b"\n"

    def _file(self, school_id: str, part: str = "") -> Path:
        return inside(self.cache_dir, FOLDER, f"{school_id}{part}.json")

    def holds(self, school_id: str, school_hash: str) -> bool:
        """Whether a result for these files is kept (reads only the key)."""
        key = self._key(school_hash)
        try:
            with self._file(school_id).open("rb") as file:
                return bool(school_hash) and file.read(len(key)) == key
        except OSError:
            return False

    def _read(self, school_id: str, school_hash: str, part: str) -> bytes | None:
        key = self._key(school_hash)
        try:
            data = self._file(school_id, part).read_bytes()
        except OSError:
            return None
        return data[len(key) :] if school_hash and data.startswith(key) else None

    def load(self, school_id: str, school_hash: str) -> SchoolCheck | None:
        """The kept result for these files, or None."""
        data = self._read(school_id, school_hash, "")
        try:
            check = None if data is None else loads(SchoolCheck, data)
        except Undecodable:
            return None
        return check if check is not None and check.id == school_id else None

    def model_text(self, school_id: str, school_hash: str) -> str:
        """The kept model for these files as JSON (`model.codec`), or ""."""
        return self._text(school_id, school_hash, MODEL)

    def pages_text(self, school_id: str, school_hash: str) -> str:
        """The kept student pages for these files as JSON, or ""."""
        return self._text(school_id, school_hash, PAGES)

    def _text(self, school_id: str, school_hash: str, part: str) -> str:
        data = self._read(school_id, school_hash, part)
        try:
            return "" if data is None else data.decode("utf-8")
        except UnicodeDecodeError:
            return ""

    def save(
        self, checking: Checking, school_hash: str, model_text: str = "", pages_text: str = ""
    ) -> None:
        """Keep a school's result, its model and its student pages (the last two given as
        JSON, if they are at hand as such). The result is written last: a build stopped
        before it leaves no result whose model or pages are missing."""
        if not school_hash:
            return
        key = self._key(school_hash)
        with contextlib.suppress(OSError):  # a read-only cache: the result is right, not kept
            school_id = checking.check.id
            if checking.school is not None or model_text:
                text = model_text or dumps(checking.school)
                write_bytes(self._file(school_id, MODEL), key + text.encode())
            if checking.student_pages is not None or pages_text:
                text = pages_text or dumps(checking.student_pages)
                write_bytes(self._file(school_id, PAGES), key + text.encode())
            write_bytes(self._file(school_id), key + dumps(checking.check).encode())

    def forget_others(self, school_ids: set[str]) -> None:
        """Remove the results of schools that no longer exist, and anything else left there."""
        if (folder := self.folder).is_dir():
            for entry in folder.iterdir():
                name = entry.name.removesuffix(".json")
                gone = name.removesuffix(MODEL).removesuffix(PAGES) not in school_ids
                if gone or entry.is_symlink() or entry.is_dir():
                    remove(entry)
