"""Each school's check result, kept until its files or the shared inputs change.

`.trygg-cache/kontroll/<id>.json` holds one `SchoolCheck`, `<id>.modell.json` the
school's model and `<id>.elevsidor.json` its student pages as the check rendered them,
each as JSON (`model.codec`) after a first line with its MAC (`check.cachekey`) over
the file's name, its content and its key: the school's hash (its files, and its folder
as messages show it: `check.fingerprint`), the shared inputs (`check_inputs` there),
the day the check is made for and the reference date (plan status depends on both).
A result's MAC also covers the MACs of the model and pages kept with it: a result
whose model was forged or removed is a miss. A warm `trygg check` decodes the results
only (the models and pages are read to be verified); a build decodes a model and the
student pages when it builds that site (the pages are most of a result's size: every
build decodes every result, so they are kept apart).

A cache restored by CI is untrusted input: nothing in it can run code, and a file that
does not fit (another key, version, damage, a wrong shape) is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from generator.check.cachefiles import inside, remove, write_bytes
from generator.check.cachekey import seal, unseal
from generator.check.school import Checking, SchoolCheck
from generator.clock import reference_date
from generator.model.codec import Undecodable, dumps, loads

# The result last decoded for each school in this process, by the MAC of the bytes it was
# decoded from (verified, so it stands for them): a process that builds again and again
# (`build.live`) decodes only the results that changed, not every school's after a save.
_DECODED: dict[str, tuple[bytes, SchoolCheck]] = {}

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

    def _purpose(self, school_id: str, school_hash: str, part: str) -> str:
        """What an entry is sealed for (`check.cachekey`): its file, the inputs and the day."""
        return f"{FOLDER}/{school_id}{part}\n{self.prefix}{school_hash}"

    def _file(self, school_id: str, part: str = "") -> Path:
        return inside(self.cache_dir, FOLDER, f"{school_id}{part}.json")

    def holds(self, school_id: str, school_hash: str) -> bool:
        """Whether a result for these files is kept (and verifies)."""
        return self._read(school_id, school_hash, "") is not None

    def _read(self, school_id: str, school_hash: str, part: str) -> bytes | None:
        verified = self._verified(school_id, school_hash, part)
        return None if verified is None else verified[1]

    def _verified(self, school_id: str, school_hash: str, part: str) -> tuple[bytes, bytes] | None:
        """The entry's MAC and its data, once the MAC verifies; None otherwise."""
        if not school_hash:
            return None
        purpose = self._purpose(school_id, school_hash, part)
        if not part:  # a result is one with the model and student pages kept with it
            parts = self._parts(school_id, school_hash)
            if parts is None:
                return None
            purpose += parts
        try:
            sealed = self._file(school_id, part).read_bytes()
        except (OSError, ValueError):
            return None
        data = unseal(purpose, sealed)
        return None if data is None else (sealed.partition(b"\n")[0], data)

    def _parts(self, school_id: str, school_hash: str) -> str | None:
        """The MACs of the school's model and student pages as kept ("" for one not
        kept); None when one does not verify."""
        macs = ""
        for part in (MODEL, PAGES):
            try:
                data = self._file(school_id, part).read_bytes()
            except FileNotFoundError:
                data = b""
            except (OSError, ValueError):
                return None
            if data and unseal(self._purpose(school_id, school_hash, part), data) is None:
                return None
            macs += "\n" + data.partition(b"\n")[0].decode("ascii")
        return macs

    def load(self, school_id: str, school_hash: str) -> SchoolCheck | None:
        """The kept result for these files, or None."""
        verified = self._verified(school_id, school_hash, "")
        if verified is None:
            return None
        digest, data = verified  # a verified MAC stands for its data: no second hash
        if (decoded := _DECODED.get(school_id)) is not None and decoded[0] == digest:
            return decoded[1]
        try:
            check = loads(SchoolCheck, data)
        except Undecodable:
            return None
        if check.id != school_id:
            return None
        _DECODED[school_id] = (digest, check)
        return check

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
        school_id = checking.check.id
        with contextlib.suppress(OSError):  # a read-only cache: the result is right, not kept
            model = model_text or ("" if checking.school is None else dumps(checking.school))
            self._write(school_id, school_hash, MODEL, model)
            pages = pages_text
            pages = pages or (
                "" if checking.student_pages is None else dumps(checking.student_pages)
            )
            self._write(school_id, school_hash, PAGES, pages)
            parts = self._parts(school_id, school_hash) or ""
            self._write(school_id, school_hash, "", dumps(checking.check), parts)

    def _write(
        self, school_id: str, school_hash: str, part: str, text: str, also: str = ""
    ) -> None:
        """Keep one part sealed (`check.cachekey`); a part the school has none of is removed."""
        target = self._file(school_id, part)
        if not text:
            remove(target)
            return
        purpose = self._purpose(school_id, school_hash, part) + also
        write_bytes(target, seal(purpose, text.encode()))

    def forget_others(self, school_ids: set[str]) -> None:
        """Remove the results of schools that no longer exist, and anything else left there."""
        if (folder := self.folder).is_dir():
            for entry in folder.iterdir():
                name = entry.name.removesuffix(".json")
                gone = name.removesuffix(MODEL).removesuffix(PAGES) not in school_ids
                if gone or entry.is_symlink() or entry.is_dir():
                    remove(entry)
