"""A school's hash covers everything its check and site read, and remembered file hashes
are used only for files whose size, times and inode are unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check.fingerprint import FileHashes, school_hashes

ROOT = Path(__file__).resolve().parent.parent
SCHOOL = "skolor/strandskolan"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    return copy


def _add_to_school_file(content: Path, line: str) -> None:
    school = content / SCHOOL / "skola.yml"
    school.write_text(school.read_text(encoding="utf-8") + line, encoding="utf-8")


def test_a_logo_outside_the_school_folder_counts_in_its_hash(content: Path) -> None:
    logo = content / "gemensam-logotyp.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    _add_to_school_file(content, "logotyp: ../../gemensam-logotyp.svg\n")
    before = school_hashes(content)
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>', encoding="utf-8")
    after = school_hashes(content)
    assert before["strandskolan"] and after["strandskolan"] != before["strandskolan"]
    assert after["ekbackens-skola"] == before["ekbackens-skola"]


def test_a_logo_outside_the_content_is_never_read_for_the_hash(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = content.parent / "hemlig.svg"  # beside content/: a file of the build machine
    secret.write_text("HEMLIGT", encoding="utf-8")
    _add_to_school_file(content, "logotyp: ../../../hemlig.svg\n")
    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path) or original(path))
    assert school_hashes(content)["strandskolan"]
    assert all(path.resolve() != secret.resolve() for path in read)


def test_a_logo_named_in_an_unusual_way_means_no_hash_and_no_cache(content: Path) -> None:
    _add_to_school_file(content, 'beskrivning2: "{logotyp: ../x.svg}"\n')
    assert school_hashes(content)["strandskolan"] == ""


def test_a_remembered_hash_is_used_only_for_an_unchanged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    school = tmp_path / "content" / "skolor" / "skolan"
    school.mkdir(parents=True)
    page = school / "skola.yml"
    page.write_text("namn: A\n", encoding="utf-8")
    memory = tmp_path / "filer.json"

    def hashes() -> dict[str, str]:
        known = FileHashes(memory)
        known.now += 10**10  # ten seconds on: the file is no longer "just changed"
        found = school_hashes(tmp_path / "content", known=known)
        known.save()
        return found

    before = hashes()
    reads: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or original(self))
    assert hashes() == before and reads == [memory]  # remembered (the memory is read)
    page.write_text("namn: B\n", encoding="utf-8")  # the same size
    after = hashes()
    assert reads == [memory, memory, page] and after != before
    monkeypatch.undo()
    assert after == school_hashes(tmp_path / "content")


def test_a_pipe_in_a_school_counts_in_its_hash_and_is_never_read(content: Path) -> None:
    """The check refuses a pipe (TP001); once it is removed, or made a file, the school is
    checked again, not its cached error kept."""
    import os

    before = school_hashes(content)["strandskolan"]
    pipe = content / "skolor" / "strandskolan" / "rör"
    os.mkfifo(pipe)
    with_pipe = school_hashes(content)["strandskolan"]  # a read would wait here forever
    pipe.unlink()
    pipe.write_bytes(b"")
    assert len({before, with_pipe, school_hashes(content)["strandskolan"]}) == 3
