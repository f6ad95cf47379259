"""A part of a sharded build (`trygg build --shard K/N`) comes from another machine: its
record is sealed with the cache key, and `--merge` takes none of a part whose record does
not verify (unsealed, edited, renamed, a link, or sealed with another key), says so
naming the part, and builds its schools itself."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build.shards import Shard, delivered, write_record
from generator.check.cachekey import ENV, cache_key

SCHOOL, DIGEST, SHARED = "solskolan", "filernas-hash", "gemensamt"
RECORD = Shard(1, 2).record_name


def _part(parts: Path) -> Path:
    """One part with one school's site, and its sealed record: the part's folder."""
    part = parts / "del-1"
    (part / SCHOOL).mkdir(parents=True)
    (part / SCHOOL / "index.html").write_text("<p>Solskolan</p>", encoding="utf-8")
    write_record(part, Shard(1, 2), SHARED, {SCHOOL: DIGEST})
    return part


def _taken(parts: Path) -> dict[str, Path]:
    return delivered(parts, SHARED, {SCHOOL: DIGEST})


def test_a_sealed_part_is_taken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    part = _part(tmp_path)
    assert _taken(tmp_path) == {SCHOOL: part / SCHOOL}
    assert capsys.readouterr().err == ""


def _unsealed(record: Path) -> None:
    record.write_bytes(record.read_bytes().partition(b"\n")[2])


def _edited(record: Path) -> None:
    """The page changed and the record's list made to match it, the old seal kept."""
    site_page = record.parent / SCHOOL / "index.html"
    site_page.write_text("<script>alert(1)</script>", encoding="utf-8")
    new = hashlib.sha256(site_page.read_bytes()).hexdigest()
    mac, _newline, data = record.read_bytes().partition(b"\n")
    text = data.decode()
    old = text.split('"index.html": "')[1].split('"')[0]
    record.write_bytes(mac + b"\n" + text.replace(old, new).encode())


def _renamed(record: Path) -> None:
    record.rename(record.with_name(Shard(2, 2).record_name))


def _linked(record: Path) -> None:
    real = record.with_name("riktig.json")
    record.rename(real)
    record.symlink_to(real)


HARMS: dict[str, Callable[[Path], None]] = {
    "unsealed": _unsealed,
    "edited": _edited,
    "renamed": _renamed,
    "a link": _linked,
}


@pytest.mark.parametrize("harm", sorted(HARMS))
def test_a_part_whose_record_does_not_verify_is_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], harm: str
) -> None:
    part = _part(tmp_path)
    HARMS[harm](part / RECORD)
    assert _taken(tmp_path) == {}
    said = capsys.readouterr().err
    assert f"trygg: varning: delen {part}/.trygg-del-" in said
    assert "används inte: den är inte förseglad med den här körningens cachenyckel" in said
    assert f"samma hemlighet {ENV}" in said


def test_a_part_sealed_with_another_key_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV, "delens egen nyckel")
    cache_key.cache_clear()
    _part(tmp_path)
    monkeypatch.setenv(ENV, "sammanfogningens nyckel")
    cache_key.cache_clear()
    try:
        assert _taken(tmp_path) == {}
    finally:
        monkeypatch.delenv(ENV)
        cache_key.cache_clear()
    assert "används inte" in capsys.readouterr().err


def test_the_same_secret_on_both_machines_lets_the_part_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in CI: no key file is shared, only the secret in the environment."""
    monkeypatch.setenv(ENV, "huvudmannens hemlighet")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "maskin-1"))
    cache_key.cache_clear()
    part = _part(tmp_path / "delar")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "maskin-2"))
    cache_key.cache_clear()
    try:
        assert _taken(tmp_path / "delar") == {SCHOOL: part / SCHOOL}
    finally:
        monkeypatch.delenv(ENV)
        cache_key.cache_clear()
