"""One print page to one PDF with WeasyPrint: A4, tagged, PDF/A-2a, the same bytes each time.

WeasyPrint is the `trygg[pdf]` extra and is imported only here, when a PDF is made.
PDF/A-2a is the archivable variant whose level "a" means accessible: a structure tree
with real headings, lists and tables, `/Lang`, `/Alt` on every figure, Unicode text.
The only date in the file is the plan's decision (the print page's `dcterms.created`),
never the clock; fonts are subset the same way every time.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import warnings
from functools import cache
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from generator.build.pdf.fetching import Confinement, Refused
from generator.load.resources import resource_dir

VARIANT = "pdf/a-2a"
STYLESHEET = ("print", "document.css")  # in theme/
LIBRARIES = ("weasyprint", "pydyf", "fonttools", "tinycss2", "tinyhtml5")
FORMAT = "1"  # raise when the same print page should give another PDF


class MissingExtra(Exception):
    """The PDF renderer cannot be loaded: the extra, or its system libraries, are missing."""


def installed() -> str:
    """Why PDFs cannot be made here ("" when the extra is installed), without loading
    WeasyPrint (a second, in every `trygg build`); missing system libraries show when
    the first PDF is made (`MissingExtra`)."""
    return "" if find_spec("weasyprint") is not None else "WeasyPrint är inte installerat"


@cache
def _weasyprint() -> Any:
    try:
        import weasyprint  # noqa: PLC0415 (the extra, only when PDFs are made)
    except ImportError:
        raise MissingExtra("WeasyPrint är inte installerat") from None
    except OSError as error:  # Pango and its libraries
        raise MissingExtra(f"WeasyPrint saknar systembibliotek ({error})") from None
    logging.getLogger("weasyprint").setLevel(logging.CRITICAL)  # refusals: our own report
    return weasyprint


def stylesheet() -> str:
    return resource_dir("theme").joinpath(*STYLESHEET).read_text(encoding="utf-8")


@cache
def renderer_key() -> str:
    """What besides the print page decides a PDF's bytes: the style, the libraries, us."""
    versions = [_version(name) for name in LIBRARIES]
    text = "\n".join([FORMAT, VARIANT, stylesheet(), *versions])
    return hashlib.sha256(text.encode()).hexdigest()


def _version(name: str) -> str:
    try:
        return f"{name} {metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return f"{name} -"


def make_pdf(html: str, page_file: Path, confinement: Confinement) -> bytes:
    """The PDF of the print page `html`, as if it were at `page_file` in the site that
    `confinement` keeps every fetch inside."""
    weasyprint = _weasyprint()
    fetcher = _fetcher(weasyprint, confinement)
    document = weasyprint.HTML(
        string=html, base_url=_absolute(page_file).as_uri(), url_fetcher=fetcher, media_type="print"
    )
    style = weasyprint.CSS(string=stylesheet(), url_fetcher=fetcher)
    with warnings.catch_warnings():
        # WeasyPrint 70 leaves the colour profile it embeds for PDF/A open.
        warnings.simplefilter("ignore", ResourceWarning)
        data = document.write_pdf(
            stylesheets=[style], pdf_variant=VARIANT, pdf_tags=True, attachments=[]
        )
        gc.collect(0)
    assert isinstance(data, bytes)
    return data


def _absolute(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _fetcher(weasyprint: Any, confinement: Confinement) -> Any:
    """A WeasyPrint URL fetcher that asks `confinement` for every address."""
    base = weasyprint.urls.URLFetcher

    class Confined(base):  # type: ignore[misc, valid-type]
        def fetch(self, url: str, headers: Any = None) -> Any:
            try:
                data, kind = confinement.open(url)
            except Refused as refusal:
                raise ValueError(str(refusal)) from None
            headers = {"Content-Type": kind}
            return weasyprint.urls.URLFetcherResponse(url, data, headers)

    return Confined(allowed_protocols=("file", "data"), allow_redirects=False)
