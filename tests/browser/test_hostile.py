"""A site built from hostile content, opened page by page in Chromium.

The content carries script, event handlers, javascript: in HTML, pictures
from other hosts and the like in every kind of text field and in a free page; it passes
`trygg check` (all of it is text to trygg, or a warning). In the browser no script of it
may run (`window.__pwned` stays undefined), no request may leave 127.0.0.1 and no
console error may appear, on any page of the school's site or the portal. A Markdown
link, autolink or image with a javascript: target is an error to `trygg check` (TP053), so no
site is published with one; the renderer's defusing of those is tested in tests/render
(tests/test_unsafe_links.py tests the check).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_session import DESKTOP, SHARED, served

from generator.load.layout import EMPTY_DOCS_DIR

ROOT = Path(__file__).resolve().parents[2]
SCHOOL = "ekbackens-skola"
PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "<svg onload=window.__pwned=1>",
    "![bild](https://evil.example/a.png)",
    "![bild](//evil.example/b.png)",
    "![bild](<//evil.example/d.png>)",
    "text{: onclick=window.__pwned=1}",
    "`<script>window.__pwned=1</script>`",
    ":smile: :x:grinning:",
    '<a href="javascript:window.__pwned=1">a</a>',
    "&lt;script&gt;window.__pwned=1&lt;/script&gt;",
    "![" * 50 + "](x",
    # Dense enough to be shown as plain text (`safety.DENSE_COST`): escaped all the same.
    "![<img src=x onerror=window.__pwned=1>](https://evil.example/c.png) " * 1500,
]
HOSTILE = "\n\n".join(PAYLOADS)


def _hostile_project(folder: Path) -> Path:
    shutil.copytree(ROOT / "theme", folder / "theme")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    shutil.copytree(ROOT / "content", folder / "content")
    school = folder / "content" / "skolor" / SCHOOL
    page = school / "sidor" / "ordningsregler.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n\n" + HOSTILE + "\n", encoding="utf-8")
    plan = school / "trygghetsplan" / "2026-27.yml"
    quoted = HOSTILE.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    text = re.sub(
        r"^vision:.*?\n(?=\S)",
        lambda _: f'vision: "{quoted}"\n',  # a function: the replacement is taken literally
        plan.read_text(encoding="utf-8"),
        count=1,
        flags=re.S | re.M,
    )
    plan.write_text(text, encoding="utf-8")
    skola = school / "skola.yml"
    named = skola.read_text(encoding="utf-8").replace(
        "namn: Ekbackens skola", "namn: Ekbackens skola & fritids 'Eken'", 1
    )
    skola.write_text(named, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = _hostile_project(tmp_path_factory.mktemp("fientlig"))
    out = project / "site"
    command = [sys.executable, "-m", "generator", "build", "--out", str(out), "--jobs", "1"]
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    with served(hostile_site) as url:
        yield url


def test_no_hostile_script_runs_and_nothing_leaves_the_host(
    hostile_site: Path, hostile_url: str
) -> None:
    page = SHARED.start()
    page.set_viewport_size(DESKTOP)
    pages = sorted(p.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("*.html"))
    assert any("sidor/ordningsregler" in p for p in pages)
    visited = []
    for path in pages:
        if path.startswith(("search/", "assets/")):
            continue
        page.goto("about:blank")  # the last page's worker is torn down before we listen
        SHARED.rec.clear()
        url = f"{hostile_url}/{path.removesuffix('index.html')}"
        response = page.goto(url, wait_until="load")
        assert response is not None and response.status in (200, 404), path
        page.mouse.move(20, 20)
        page.mouse.move(400, 400)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert SHARED.rec.third_party == [], (path, SHARED.rec.third_party)
        assert SHARED.rec.page_errors == [], (path, SHARED.rec.page_errors)
        assert SHARED.rec.console_errors == [], (path, SHARED.rec.console_errors)
        visited.append(path)
    assert len(visited) > 20
    text = (hostile_site / SCHOOL / "sidor" / "ordningsregler" / "index.html").read_text()
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text  # shown, as text
