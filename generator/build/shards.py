"""`trygg build --shard K/N` and `--merge`: one build spread over several CI machines.

Each school belongs to exactly one of N shares, by a hash of its id, so a school
stays in its share when others are added or removed (and each CI job's cache stays
useful). A shard build writes its schools' sites and `.trygg-del-K-av-N.json`,
which records the inputs they were built from. The merge step puts the shards'
sites together, builds any school no shard delivered for the same inputs, and adds
the portal.

A part comes from another machine (a CI artifact), so its record is sealed with the
cache key (`check.cachekey`, `TRYGG_CACHENYCKEL` in CI: the shard jobs and the merge
job get the same secret) under its own file name, and lists every file of each site with
its hash: a part whose record does not verify is refused whole, and said so by name; a
site that is not exactly as its record lists is built again.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.check.cachekey import ENV, seal, unseal
from generator.model.codec import Undecodable, dumps, loads
from generator.problems import terminal_safe

SHARD = re.compile(r"^(\d+)/(\d+)$")


@dataclass(frozen=True)
class Shard:
    number: int  # 1-based
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        """`K/N` with 1 ≤ K ≤ N; raises ValueError with a Swedish message otherwise."""
        match = SHARD.match(text.strip())
        if match is None or not 1 <= int(match.group(1)) <= int(match.group(2)):
            raise ValueError(f"'{text}' är ingen del: skriv K/N, till exempel 1/4")
        return cls(int(match.group(1)), int(match.group(2)))

    def owns(self, school_id: str) -> bool:
        bucket = int(hashlib.sha256(school_id.encode()).hexdigest()[:8], 16) % self.count
        return bucket == self.number - 1

    @property
    def record_name(self) -> str:
        return f".trygg-del-{self.number}-av-{self.count}.json"


@dataclass(frozen=True)
class ShardRecord:
    """What a shard built, from which inputs, and every file of each site with its hash.

    A part comes from another machine: the merge takes a school's site only when its
    folder holds exactly the listed files, none a symbolic link, each with its hash."""

    shared: str
    schools: dict[str, str]  # school id -> hash of its files
    files: dict[str, dict[str, str]]  # school id -> path in its site -> sha256


def write_record(site_dir: Path, shard: Shard, shared: str, schools: dict[str, str]) -> None:
    """Record which schools this shard built, from which inputs, file by file."""
    files = {school: _hashes(site_dir / school) for school in schools}
    record = dumps(ShardRecord(shared, schools, files)).encode()
    (site_dir / shard.record_name).write_bytes(seal(_purpose(shard.record_name), record))


def _purpose(record_name: str) -> str:
    """What a part's record is sealed for: its own name (one part's is never another's)."""
    return f"del/{record_name}"


def _hashes(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def delivered(parts: Path, shared: str, schools: dict[str, str]) -> dict[str, Path]:
    """The shard-built sites under `parts` that match the current inputs, by school id;
    a part whose record does not verify or decode is refused (said on stderr, its schools
    are then built in the merge), and a site that is not exactly as recorded is skipped."""
    found: dict[str, Path] = {}
    for record_file in sorted(parts.rglob(".trygg-del-*-av-*.json")):
        record = _record(record_file)
        if record is None or record.shared != shared:
            continue
        for school_id, digest in record.schools.items():
            site = record_file.parent / school_id
            listed = record.files.get(school_id, {})
            if schools.get(school_id) == digest and _as_recorded(site, listed):
                found[school_id] = site
    return found


def _record(record_file: Path) -> ShardRecord | None:
    """The part's record, when its seal verifies and it decodes; else None, said once."""
    try:
        sealed = record_file.read_bytes() if not record_file.is_symlink() else b""
        data = unseal(_purpose(record_file.name), sealed)
        if data is not None:
            return loads(ShardRecord, data)
    except (OSError, Undecodable):
        pass
    print(f"trygg: varning: {refused_part(record_file)}", file=sys.stderr)
    return None


def refused_part(record_file: Path) -> str:
    """What the merge says of a part it does not take, in Swedish."""
    return (
        f"delen {terminal_safe(str(record_file))} används inte: den är inte förseglad med "
        "den här körningens cachenyckel (ändrad, skadad, från en äldre trygg eller byggd "
        "med en annan nyckel), så dess skolor byggs här i stället. Ge jobben som bygger "
        f"delarna och jobbet som sätter ihop dem samma hemlighet {ENV}."
    )


def _as_recorded(site: Path, listed: dict[str, str]) -> bool:
    if site.is_symlink() or not (site / "index.html").is_file() or not listed:
        return False
    entries = list(site.rglob("*"))
    if any(entry.is_symlink() for entry in entries):
        return False
    return _hashes(site) == listed and all(".." not in Path(p).parts for p in listed)
