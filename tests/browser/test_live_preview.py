"""`mkdocs serve` in a real browser: a content error shows at the open page's address, and
the page comes back at the same address once the error is fixed (MkDocs' live reload)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import site_output
from browser_session import LOCAL_HOST, SHARED

from generator.load.layout import EMPTY_DOCS_DIR

SCHOOL = "ekbackens-skola"
PLAN = "/trygghetsplan/2025-26/"
PLAN_HEADING = "Trygghetsplan för läsåret 2025/26"
WAIT_MS = 30_000


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`mkdocs serve` of a copy of the example; yields its address and the copy."""
    shutil.copy(site_output.ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    shutil.copytree(site_output.ROOT / "content", tmp_path / "content")
    with socket.socket() as s:
        s.bind((LOCAL_HOST, 0))
        port = s.getsockname()[1]
    env = {**os.environ, "SKOLA": SCHOOL, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"{LOCAL_HOST}:{port}"]
    log = tmp_path / "serve.log"
    with log.open("wb") as output:
        proc = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=output, stderr=output)
    try:
        _wait_for_port(port, proc, log)
        yield f"http://{LOCAL_HOST}:{port}", tmp_path
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _wait_for_port(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection((LOCAL_HOST, port), timeout=0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail(f"mkdocs serve did not start:\n{log.read_text()}", pytrace=False)
            time.sleep(0.1)


def test_the_open_page_shows_the_errors_and_comes_back_when_fixed(
    serving: tuple[str, Path],
) -> None:
    base, project = serving
    page = SHARED.start()
    SHARED.rec.clear()
    response = page.goto(base + PLAN, wait_until="load")
    assert response is not None and response.status == 200
    page.get_by_role("heading", level=1, name=PLAN_HEADING).wait_for()
    school = project / "content" / "skolor" / SCHOOL / "skola.yml"
    good = school.read_text(encoding="utf-8")

    school.write_text(good.replace("årskurser: F-6", "årskurser: F-99"), encoding="utf-8")
    problems = page.locator(".trygg-problems")
    problems.wait_for(timeout=WAIT_MS)
    assert page.url == base + PLAN
    assert "skola.yml:4:" in problems.inner_text()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Fel i innehållet")

    school.write_text(good, encoding="utf-8")
    page.get_by_role("heading", level=1, name=PLAN_HEADING).wait_for(timeout=WAIT_MS)
    assert page.url == base + PLAN
    assert problems.count() == 0
    assert not SHARED.rec.third_party, SHARED.rec.third_party
