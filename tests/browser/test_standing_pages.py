"""The notices of a school whose plan has expired or which has none, in a real browser:
axe (WCAG 2.1 AA) on pages that carry them, for adults and for pupils (issue 16)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest
import site_output
from browser_session import SHARED, served
from test_pages import AXE, WCAG21_AA

from generator.load.layout import EMPTY_DOCS_DIR

EXPIRED = "lovangens-skola"  # its kalenderår plan ends 31 januari 2027
NEW = "ny-skola"  # a copy of it without plans
AFTER_EXPIRY = "1803859200"  # 2027-03-01
PAGES = [
    (f"{EXPIRED}/", "Planen gäller inte längre"),
    (f"{EXPIRED}/elev/mellanstadiet/", "Planen gäller inte längre"),
    (f"{NEW}/rutiner/", "Trygghetsplan saknas"),
]


@pytest.fixture(scope="module")
def standing_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The expired school and a new one without a plan, built after the expiry."""
    project = tmp_path_factory.mktemp("standing")
    shutil.copy(site_output.ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    shutil.copytree(site_output.ROOT / "content", project / "content")
    schools = project / "content" / "skolor"
    shutil.copytree(schools / EXPIRED, schools / NEW)
    shutil.rmtree(schools / NEW / "trygghetsplan")
    out = project / "site"
    command = [sys.executable, "-m", "generator", "build", "--out", str(out), "--ingen-cache"]
    env = {**os.environ, **site_output.BUILD_ENV, "SOURCE_DATE_EPOCH": AFTER_EXPIRY}
    for school in (EXPIRED, NEW):
        command += ["--skola", school]
    done = subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    with served(out) as url:
        yield url


@pytest.mark.parametrize(("path", "title"), PAGES, ids=[p for p, _ in PAGES])
def test_a_page_with_a_notice_is_accessible(standing_site: str, path: str, title: str) -> None:
    page = SHARED.start()
    page.goto(f"{standing_site}/{path}", wait_until="load")
    notice = page.locator(".admonition.warning").first
    assert notice.locator(".admonition-title").inner_text() == title
    assert "rektor" in notice.inner_text()  # the box holds the text, not just the title
    result = AXE.run(page, options=WCAG21_AA)
    assert result.violations_count == 0, result.generate_report()
