"""What the CI files `trygg init` writes install: this trygg, from where CI can fetch it.

trygg is not on PyPI yet, so a bare `trygg==0.1.0` would fail in CI, or worse, install
whatever someone else publishes under that name, in a job that may publish to Pages. So
the requirement names PyPI only when this trygg came from there; installed from a git
address others can reach, it is that address at this version's tag; otherwise (a wheel
file, a local clone, a checkout) it is `UNKNOWN`, which pip refuses at once with the
text in view, and `trygg init` says what to write instead.
"""

from __future__ import annotations

import json
import re
from importlib import metadata

from generator import __version__

# Written where the address is not known: pip stops on it ("Invalid requirement").
UNKNOWN = f"trygg @ git+https://<adressen till trygg:s förråd>@v{__version__}"

NOT_KNOWN = (
    "Obs: CI-filerna (.github/workflows/trygg.yml, .gitlab-ci.yml) och README.md vet inte "
    "var trygg ska hämtas, eftersom den här trygg inte installerades från PyPI eller från "
    "ett git-förråd på nätet. Skriv adressen i TRYGG i CI-filerna (och i README.md), t.ex. "
    f'"trygg @ git+https://git.example.se/trygg.git@v{__version__}" (i ett nytt förråd '
    "skriver trygg init --installera KRAV in den direkt)."
)


def install_spec() -> str:
    """The requirement of this trygg that CI can install; `UNKNOWN` when there is none."""
    origin = _origin()
    url = origin.get("url")
    if not isinstance(url, str) or not url:
        return UNKNOWN if _local_files() else f"trygg=={__version__}"
    vcs = origin.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") == "git" and _reachable(url):
        return f"trygg @ git+{url}@v{__version__}"
    return UNKNOWN


def with_pdf(spec: str) -> str:
    """The same requirement with the PDF extra: `trygg==0.1.0` -> `trygg[pdf]==0.1.0`."""
    named = re.match(r"trygg(?=$|[\s=<>~!@;])", spec)
    if named:
        return f"trygg[pdf]{spec[named.end() :]}"
    return f"trygg[pdf] @ {spec}" if "://" in spec else f"{spec}[pdf]"  # a URL, or a file


def _origin() -> dict[str, object]:
    """pip's record of where this trygg was installed from (PEP 610), {} without one."""
    try:
        direct = metadata.distribution("trygg").read_text("direct_url.json") or ""
        origin = json.loads(direct) if direct else {}
    except (metadata.PackageNotFoundError, ValueError):
        return {}
    return origin if isinstance(origin, dict) else {}


def _local_files() -> bool:
    """Whether this trygg is not an installed distribution at all (run from a checkout)."""
    try:
        metadata.distribution("trygg")
    except metadata.PackageNotFoundError:
        return True
    return False


def _reachable(url: str) -> bool:
    """Whether CI on another machine can fetch `url` (not a file on this one)."""
    return url.startswith(("https://", "http://", "ssh://", "git://", "git@"))
