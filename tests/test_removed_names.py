"""A school gone from content/ is named in the build's "har tagits bort" line by what the
build that published its site sealed in the cache, else by its id: never by its old
start page's title, which is an old build's author text and untrusted."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from generator.build.keptsites import _record_bytes, recorded_name
from generator.build.removed import removed_sites
from generator.build.request import BuildRequest
from generator.check.cachekey import seal
from generator.check.run import check_content
from generator.model.codec import dumps
from generator.model.keptsite import KeptSite
from tests.test_cache_root import one_school

GONE, NAME = "gamla-skolan", "Gamla skolan"
TITLE = "Besök evil.example\x1b]8;;https://evil.example\x07 nu"


def _unsealed(school: str, kept: KeptSite) -> bytes:
    return dumps(kept).encode()


def _for_another_school(school: str, kept: KeptSite) -> bytes:
    return seal("publicerat/annan-skola.json", dumps(kept).encode())


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildRequest, KeptSite]:
    """An old output holding a site of a school gone from content/, its start page titled
    by someone else, and the record its build would have made (not yet written)."""
    tmp_path = tmp_path_factory.mktemp("borttagen")
    project, out = one_school(tmp_path), tmp_path / "site"
    [check] = check_content(project / "content").schools
    assert check.summary is not None
    summary = dataclasses.replace(check.summary, id=GONE, name=NAME)
    (out / GONE).mkdir(parents=True)
    (out / GONE / "index.html").write_text(f"<title>{TITLE}</title>", encoding="utf-8")
    request = BuildRequest(
        project / "mkdocs.yml", project / "content", out, cache_dir=tmp_path / "cache"
    )
    return request, KeptSite(str(out.resolve()), dt.date(2026, 9, 1), summary)


RECORDS: dict[str, tuple[Callable[[str, KeptSite], bytes], str]] = {
    "sealed": (_record_bytes, f"{NAME} ({GONE}) finns inte längre i content/"),
    "not sealed": (_unsealed, f"{GONE} finns inte längre i content/"),
    "sealed for another school": (_for_another_school, f"{GONE} finns inte längre i content/"),
}


@pytest.mark.parametrize("record", sorted(RECORDS))
def test_a_removed_school_is_named_by_its_sealed_record_or_its_id(
    setup: tuple[BuildRequest, KeptSite], record: str
) -> None:
    request, kept = setup
    write, said = RECORDS[record]
    assert request.cache_dir is not None
    (request.cache_dir / "publicerat").mkdir(parents=True, exist_ok=True)
    (request.cache_dir / "publicerat" / f"{GONE}.json").write_bytes(write(GONE, kept))
    [removed] = removed_sites(request.out, ["ekbackens-skola"], lambda s: recorded_name(request, s))
    assert removed.line().startswith(said)
    assert "evil" not in removed.line() and "\x1b" not in removed.line()


def test_without_a_cache_a_removed_school_is_named_by_its_id(
    setup: tuple[BuildRequest, KeptSite],
) -> None:
    request = dataclasses.replace(setup[0], cache_dir=None)
    [removed] = removed_sites(request.out, [], lambda s: recorded_name(request, s))
    assert (
        removed.line()
        == f"{GONE} finns inte längre i content/ och har tagits bort från webbplatsen."
    )
