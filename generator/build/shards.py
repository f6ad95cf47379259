"""`trygg build --shard K/N` and `--merge`: one build spread over several CI machines.

Each school belongs to exactly one of N shares, by a hash of its id, so a school
stays in its share when others are added or removed (and each CI job's cache stays
useful). A shard build writes its schools' sites and `.trygg-del-K-av-N.json`,
which records the inputs they were built from. The merge step puts the shards'
sites together, builds any school no shard delivered for the same inputs, and adds
the portal.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from generator.model.codec import Undecodable, dumps, loads

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
    record = ShardRecord(shared, schools, files)
    (site_dir / shard.record_name).write_text(dumps(record), encoding="utf-8")


def _hashes(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def delivered(parts: Path, shared: str, schools: dict[str, str]) -> dict[str, Path]:
    """The shard-built sites under `parts` that match the current inputs, by school id;
    a record that does not decode, or a site that is not exactly as recorded, is skipped
    (that school is then built in the merge)."""
    found: dict[str, Path] = {}
    for record_file in sorted(parts.rglob(".trygg-del-*-av-*.json")):
        try:
            record = loads(ShardRecord, record_file.read_bytes())
        except (OSError, Undecodable):
            continue
        if record.shared != shared:
            continue
        for school_id, digest in record.schools.items():
            site = record_file.parent / school_id
            listed = record.files.get(school_id, {})
            if schools.get(school_id) == digest and _as_recorded(site, listed):
                found[school_id] = site
    return found


def _as_recorded(site: Path, listed: dict[str, str]) -> bool:
    if site.is_symlink() or not (site / "index.html").is_file() or not listed:
        return False
    entries = list(site.rglob("*"))
    if any(entry.is_symlink() for entry in entries):
        return False
    return _hashes(site) == listed and all(".." not in Path(p).parts for p in listed)
