"""The first element of a page's <body> that Tab reaches, read from the HTML alone (as a
keyboard meets it when the styles let every control show: on a narrow screen)."""

from __future__ import annotations

from html.parser import HTMLParser

ALWAYS = {"button", "select", "textarea", "iframe", "summary"}


def _focusable(tag: str, attrs: dict[str, str | None]) -> bool:
    if "disabled" in attrs or attrs.get("tabindex") == "-1":
        return False
    if tag in ("a", "area"):
        return "href" in attrs or "tabindex" in attrs
    if tag == "input":
        return attrs.get("type") != "hidden"
    return tag in ALWAYS or "tabindex" in attrs


class _First(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.in_body = False
        self.found: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_body = self.in_body or tag == "body"
        if self.in_body and self.found is None and _focusable(tag, dict(attrs)):
            self.found = self.get_starttag_text()


def first_focusable(html: str) -> str | None:
    """The start tag of the body's first focusable element, as written; None if none."""
    parser = _First()
    parser.feed(html)
    return parser.found
