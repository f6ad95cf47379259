"""Which link and image targets the site may have, judged as a browser reads them.

The renderer rewrites every other target (`render.markdown.links`) and `trygg check`
tells the author of each (`validate.unsafelinks`): both ask the functions here, so what
the check says is what the page does. A target's scheme is judged after decoding
entities and removing what a browser ignores ("java&#115;cript:", " JAVA\tSCRIPT:").
"""

from __future__ import annotations

import html
import re
import urllib.parse

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff`\\<]")
JUDGED = 128  # characters of a target that decide its scheme (see `_judged`)
TERMINATORS = re.compile(r"[:/?#]")


def _judged(url: str) -> str:
    """The start of a target, as much as decides its scheme; "javascript:" when it cannot
    be decided in the first `JUDGED` characters (the rest may be padding), which blocks it.

    Judging a bounded start keeps the sanitizer linear: a page of unclosed `](` would
    otherwise have every target run to the end of the text."""
    if len(url) <= JUDGED:
        return url
    head = url[:JUDGED]
    return head if TERMINATORS.search(normalized(head)) else "javascript:"


def undecided(url: str) -> bool:
    """Whether `url`'s scheme cannot be decided in its first `JUDGED` characters, so that
    it is blocked without having one (a `](` that no `)` closes runs on over the text)."""
    return len(url) > JUDGED and TERMINATORS.search(normalized(url[:JUDGED])) is None


def normalized(url: str) -> str:
    """The target as a browser reads its scheme: entities decoded, noise removed."""
    text = url
    for _ in range(5):  # entities may be nested (&amp;#106;)
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return INVISIBLE.sub("", text).lower()


def readable(url: str) -> bool:
    """Whether Python's URL parser, which MkDocs runs on every link of a page, reads `url`
    (as written and with its entities decoded): a "[" or "]" outside an IPv6 host, or a
    port that is no port, makes it raise, and the site could not be built."""
    try:
        for text in {url, html.unescape(url)}:
            _ = urllib.parse.urlsplit(text).port
    except ValueError:
        return False
    return True


def is_safe_url(url: str) -> bool:
    """True for http, https, mailto, tel and relative targets that can be read."""
    if not readable(url):
        return False
    head = _judged(url)
    if ":" not in head and "&" not in head:
        return True  # no scheme can be written without a colon (or an entity for one)
    match = SCHEME.match(normalized(head))
    return match is None or match.group(1) in ALLOWED_SCHEMES


def scheme_of(url: str) -> str:
    """The scheme a browser reads at the start of `url` ("javascript"), "" for none."""
    if undecided(url):
        return ""  # blocked as if it had one, but it may have none
    match = SCHEME.match(normalized(_judged(url)))
    return match.group(1) if match else ""


def is_local(url: str) -> bool:
    """True when the target stays on this site (no scheme, not //host)."""
    text = normalized(_judged(url).replace("\\", "/"))
    return SCHEME.match(text) is None and not text.startswith("//")
