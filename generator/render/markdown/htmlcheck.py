"""The final check on HTML made from author Markdown (`unsafe_html`): nothing in it may
run script or load from another host."""

from __future__ import annotations

from html.parser import HTMLParser

from generator.load.safeurls import is_local, is_safe_url

URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "srcset"})
SCRIPT_TAGS = frozenset({"script", "iframe", "object", "embed", "base", "form", "meta", "link"})


class _HtmlCheck(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SCRIPT_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            elif name in URL_ATTRIBUTES and not is_safe_url(value or ""):
                self.found.append(f"<{tag} {name}={value!r}>")
            elif name == "src" and not is_local(value or ""):
                self.found.append(f"<{tag} src={value!r}> (another host)")

    handle_startendtag = handle_starttag


def unsafe_html(html_text: str) -> list[str]:
    """What in rendered HTML could run script or load from another host.

    The final check on HTML made from author Markdown: script-like elements,
    `on…` attributes, `href`/`src` with a scheme other than http, https, mailto
    or tel, and `src` that is not on this site. Empty when all is well.
    """
    check = _HtmlCheck()
    check.feed(html_text)
    check.close()
    return check.found
