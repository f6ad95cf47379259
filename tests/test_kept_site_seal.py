"""The record of a published site (`build.keptsites`, `publicerat/<id>.json` in the cache)
is published in the portal while its school is withheld: one not sealed with the cache key
is no record, and the portal says of the school only what the check knows."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import CACHE
from generator.check.cachekey import seal
from tests.test_build import make_project, read, run_build
from tests.test_isolation import BROKEN, edit

FORGED = "Falska skolan"
PURPOSE = f"publicerat/{BROKEN}.json"


def _other_key(data: bytes) -> bytes:
    mac = hmac.new(b"inte nyckeln" * 3, PURPOSE.encode() + b"\0" + data, hashlib.sha256)
    return mac.hexdigest().encode() + b"\n" + data


FORGERIES: dict[str, Callable[[bytes, bytes], bytes]] = {
    "the old seal kept": lambda old_mac, data: old_mac + b"\n" + data,
    "no seal": lambda _old_mac, data: data,
    "sealed with another key": lambda _old_mac, data: _other_key(data),
}


def _withheld_with(tmp_path: Path, forge: Callable[[bytes, bytes], bytes]) -> Path:
    """A project built once, its school's record given another name and sealed by
    `forge`, then built again with that school withheld: its output folder."""
    project, out = make_project(tmp_path), tmp_path / "site"
    assert run_build(project, out) == 0
    record = project / CACHE / PURPOSE
    old_mac, _newline, data = record.read_bytes().partition(b"\n")
    assert b"Ekbackens skola" in data
    record.write_bytes(forge(old_mac, data.replace(b"Ekbackens skola", FORGED.encode())))
    edit(project / "content" / "skolor" / BROKEN / "skola.yml", "namn:", "namm:")
    assert run_build(project, out) == 1
    return out


def _shown(out: Path) -> str:
    pages = ("index.html", "granskning/index.html", "rapporter/verksamhetsplan-2026-27/index.html")
    return "".join(read(out / page) for page in pages)


@pytest.mark.parametrize("forgery", sorted(FORGERIES))
def test_a_forged_record_of_a_published_site_is_not_shown(tmp_path: Path, forgery: str) -> None:
    out = _withheld_with(tmp_path, FORGERIES[forgery])
    shown = _shown(out)
    assert FORGED not in shown
    # No record: the report names the school by its id, as the check knows it.
    assert "<br>ekbackens-skola, mål M1</dd>" in shown


def test_a_record_sealed_with_the_key_is_shown(tmp_path: Path) -> None:
    """The same edit sealed with the cache key is taken: the forgeries above are refused
    by their seal, not by the edit."""
    out = _withheld_with(tmp_path, lambda _old_mac, data: seal(PURPOSE, data))
    row = next(line for line in read(out / "index.html").splitlines() if f'"{BROKEN}/"' in line)
    assert f">{FORGED}</a>" in row
