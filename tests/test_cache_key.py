"""What the cache holds is trusted only when sealed with the cache key (`check.cachekey`):
a forged entry, or one made with another key, is a miss and is made again; nothing in
it is published."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from incremental_support import build, copy_content, fix_the_day

from generator.build.marks import write_marks
from generator.check import cachekey

NAME = "Saga Lind i 9B blev slagen"
FORGED = "Strandskolan är kommunens högstadieskola"


@pytest.fixture(autouse=True)
def _own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    fix_the_day(monkeypatch)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "hem"))
    cachekey.cache_key.cache_clear()
    yield
    cachekey.cache_key.cache_clear()


def shown(out: Path, text: str) -> list[str]:
    return [p.name for p in out.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def test_a_forged_model_is_checked_again_not_published(tmp_path: Path) -> None:
    content, cache, out = copy_content(tmp_path), tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    model = cache / "kontroll" / "strandskolan.modell.json"
    model.write_text(model.read_text("utf-8").replace(FORGED, f"{NAME}. {FORGED}"), "utf-8")
    shutil.rmtree(cache / "webbplatser" / "strandskolan")
    shutil.rmtree(out)
    result = build(content, out, cache_dir=cache)
    assert "strandskolan" in result.built
    assert shown(out, NAME) == []


def test_a_forged_cached_page_is_built_again_not_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content, cache, out = copy_content(tmp_path), tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    stored = cache / "webbplatser" / "ekbackens-skola"
    page = stored / "rutiner" / "index.html"
    text = page.read_text("utf-8")
    page.unlink()  # the output's file is another now
    page.write_text(text.replace("</h1>", f"</h1><p>{NAME}</p>", 1), "utf-8")
    monkeypatch.setenv(cachekey.ENV, "angriparens egen nyckel")  # marks sealed, not by us
    cachekey.cache_key.cache_clear()
    record = "filer/webbplatser/ekbackens-skola.json"
    write_marks(stored, cache / record, record)
    monkeypatch.delenv(cachekey.ENV)
    cachekey.cache_key.cache_clear()
    shutil.rmtree(out)
    result = build(content, out, cache_dir=cache)
    assert "ekbackens-skola" in result.built
    assert shown(out, NAME) == []


def test_a_cache_made_with_another_key_is_said_once_and_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    content, cache, out = copy_content(tmp_path), tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    build(content, out, cache_dir=cache)
    capfd.readouterr()
    monkeypatch.setenv(cachekey.ENV, "hemligheten i CI")  # a fresh runner with the secret
    cachekey.cache_key.cache_clear()
    shutil.rmtree(out)
    result = build(content, out, cache_dir=cache)
    said = capfd.readouterr().err
    assert said.count("cachen gjordes med en annan cachenyckel") == 1
    assert "TRYGG_CACHENYCKEL" in said
    assert {"strandskolan", "ekbackens-skola"} <= set(result.built)
    shutil.rmtree(out)
    again = build(content, out, cache_dir=cache)
    assert "cachenyckel" not in capfd.readouterr().err
    assert again.built == ()


def test_the_key_file_is_made_once_outside_the_project_for_its_owner_only(
    tmp_path: Path,
) -> None:
    key = cachekey.cache_key()
    file = tmp_path / "hem" / "trygg" / "cachenyckel"
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    cachekey.cache_key.cache_clear()
    assert cachekey.cache_key() == key
    assert cachekey.unseal("a", cachekey.seal("a", b"x")) == b"x"
    assert cachekey.unseal("b", cachekey.seal("a", b"x")) is None


@pytest.mark.parametrize("written", ["", "ab\n", "zz" * 32])
def test_an_empty_short_or_damaged_key_file_is_no_key(tmp_path: Path, written: str) -> None:
    """A key anyone could know (empty, one byte) must not seal: the run's key is its own."""
    file = tmp_path / "hem" / "trygg" / "cachenyckel"
    file.parent.mkdir(parents=True)
    file.write_text(written)
    file.chmod(0o600)
    key = cachekey.cache_key()
    assert len(key) == cachekey.KEY_BYTES and key.hex() not in written


def test_compiled_templates_are_loaded_only_as_sealed(tmp_path: Path) -> None:
    """Unmarshalling compiled code from the cache would run it: a file made without the
    key is compiled again, never loaded."""
    import jinja2

    from generator.site.speed import SealedBytecodeCache

    env = jinja2.Environment(autoescape=True)
    folder = tmp_path / "mkdocs" / "jinja"
    folder.mkdir(parents=True)
    cache = SealedBytecodeCache(str(folder))
    bucket = jinja2.bccache.Bucket(env, "sida.html", "k")
    bucket.code = compile("x = 1", "sida.html", "exec")
    cache.dump_bytecode(bucket)
    (file,) = folder.iterdir()
    fresh = jinja2.bccache.Bucket(env, "sida.html", "k")
    cache.load_bytecode(fresh)
    assert fresh.code is not None
    plain = jinja2.FileSystemBytecodeCache(str(folder))  # as Jinja alone writes it
    plain.dump_bytecode(bucket)
    assert file.exists()
    forged = jinja2.bccache.Bucket(env, "sida.html", "k")
    cache.load_bytecode(forged)
    assert forged.code is None


def test_a_result_decoded_before_is_reused_only_while_its_file_verifies(tmp_path: Path) -> None:
    """A process that builds again and again (`trygg förhandsvisa`) decodes each kept result
    once; a forged file is still a miss, whatever this process decoded before."""
    from generator.check.cache import CheckCache
    from generator.check.fingerprint import check_inputs, school_hashes
    from generator.clock import reference_date

    content, cache = copy_content(tmp_path), tmp_path / "cache"
    build(content, tmp_path / "site", cache_dir=cache)
    kept = CheckCache(cache, check_inputs(content), reference_date())
    school_hash = school_hashes(content)["strandskolan"]
    first = kept.load("strandskolan", school_hash)
    assert first is not None and kept.load("strandskolan", school_hash) is first
    result = cache / "kontroll" / "strandskolan.json"
    result.write_bytes(result.read_bytes().replace(b"strandskolan", b"strandskolam", 1))
    assert kept.load("strandskolan", school_hash) is None
