"""Every internal reference in the built HTML resolves (static, no browser).

Links (``a``/``area`` ``href``), stylesheets, scripts, images and frames that stay on
the site must point to a file the build wrote, and a ``#fragment`` to an id on the
target page. A visitor's browser would show a 404 page or ignore the reference
silently, which the browser checks do not always notice.
"""

from __future__ import annotations

import functools
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import site_output

HOST = "http://trygg.invalid"
REFERENCES = {
    "a": "href",
    "area": "href",
    "link": "href",
    "script": "src",
    "img": "src",
    "source": "src",
    "iframe": "src",
}


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")
        ref = values.get(REFERENCES.get(tag, ""))
        if ref and not (tag == "link" and "canonical" in (values.get("rel") or "").split()):
            self.refs.append(ref)


@functools.cache
def _scan(path: Path) -> _Scanner:
    scanner = _Scanner()
    scanner.feed(path.read_text("utf-8", errors="replace"))
    scanner.close()
    return scanner


def _target(out: Path, url_path: str) -> Path | None:
    path = out / unquote(url_path).lstrip("/")
    if url_path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def _problems(out: Path, page: str) -> list[str]:
    problems = []
    base = HOST + site_output.url_path(page)
    for ref in _scan(out / page).refs:
        url = urlsplit(urljoin(base, ref))
        if f"{url.scheme}://{url.netloc}" != HOST:
            continue  # another site, mailto:, tel:, data:, javascript:
        target = _target(out, url.path)
        if target is None:
            problems.append(f"{page}: {ref!r} points to a missing file")
        elif (
            url.fragment
            and target.suffix == ".html"
            and unquote(url.fragment) not in _scan(target).ids
        ):
            problems.append(f"{page}: {ref!r} points to a missing id")
    return problems


def test_internal_references_resolve() -> None:
    out = site_output.require_built_output()
    pages = site_output.html_pages(out)
    assert pages, f"no HTML pages in {out}"
    problems = [problem for page in pages for problem in _problems(out, page)]
    assert not problems, "\n".join(problems)
