"""The text an SVG file shows or carries, for the name rule.

An SVG is published as it is (a person's foto may be a drawing, "Tecknad figur i stället
för foto"; a logotyp; a page's picture), and its `<text>`, `<title>`, `<desc>` and
attribute values are read by anyone who opens it: a pupil named there is published like
one named in a plan. The text is what `validate.svgsafety` reads for personnummer; an SVG
that it refuses (script, unreadable) is an error of its own and not read here. Text drawn
as outlines is not text, as a name in a JPEG's pixels is not: neither is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.load.sources import Sources
from generator.problems import Location
from generator.rules.text import Span, name_spans
from generator.validate.images import MAX_BYTES
from generator.validate.svgsafety import UnsafeSvg, check_svg


@dataclass(frozen=True)
class FileText(Span):
    """Text read out of a file's structure: found in the file, at no line of it."""

    def location(self, index: int) -> Location:
        return Location(self.display)


def svg_spans(sources: Sources) -> Iterator[Span]:
    """The text of every SVG file in the scanned folders."""
    for span in name_spans(sources):
        path = sources.root / span.display
        if not span.display.lower().endswith(".svg") or not _published_kind(path):
            continue
        try:
            text = check_svg(path.read_bytes())
        except (UnsafeSvg, OSError):
            continue
        yield FileText(span.display, text)


def _published_kind(path: Path) -> bool:
    """A file of its own that trygg may publish: a link is read where it points, if that
    is in the content (a link out is refused, TP051), and a larger file is refused (TP052)."""
    try:
        return not path.is_symlink() and path.is_file() and path.stat().st_size <= MAX_BYTES
    except OSError:
        return False
