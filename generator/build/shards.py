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
import json
import re
from dataclasses import dataclass
from pathlib import Path

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


def write_record(site_dir: Path, shard: Shard, shared: str, schools: dict[str, str]) -> None:
    """Record which schools this shard built, from which inputs."""
    record = {"shared": shared, "schools": schools}
    (site_dir / shard.record_name).write_text(json.dumps(record, indent=1), encoding="utf-8")


def delivered(parts: Path, shared: str, schools: dict[str, str]) -> dict[str, Path]:
    """The shard-built sites under `parts` that match the current inputs, by school id."""
    found: dict[str, Path] = {}
    for record_file in sorted(parts.rglob(".trygg-del-*-av-*.json")):
        record = json.loads(record_file.read_text(encoding="utf-8"))
        if record.get("shared") != shared:
            continue
        for school_id, digest in record.get("schools", {}).items():
            site = record_file.parent / school_id
            if schools.get(school_id) == digest and (site / "index.html").is_file():
                found[school_id] = site
    return found
