"""The last look at a PDF (`build.scan`): it may show, but never run, open or embed.

A PDF in the output was made by this build or taken from the cache, which is untrusted.
Either way its objects are read as PDF names, raw and inside every compressed stream,
and a file is refused when any names an action, script, form or embedded file, or uses
a stream filter other than those WeasyPrint writes.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

FORBIDDEN = frozenset(
    {
        "JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia",
        "SubmitForm", "ImportData", "GoToR", "GoToE", "XFA", "AcroForm", "OpenAction",
        "AA", "Sound", "Movie", "Rendition", "FileAttachment", "Hide", "ResetForm",
    }
)  # fmt: skip
FILTERS = frozenset({"FlateDecode", "DCTDecode"})
NAME = re.compile(rb"/((?:[^\s/<>\[\]()#{}%]|#[0-9A-Fa-f]{2})+)")
STREAM = re.compile(rb">>\s*stream\r?\n")
OBJECTS = re.compile(rb"/Type\s*/ObjStm\b")
FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/<>\[\]]+)")


def pdf_problems(data: bytes) -> list[str]:
    """What makes `data` no PDF this build would publish (Swedish), or nothing."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        return ["ingen hel PDF-fil"]
    found: set[str] = set()
    for part in _parts(data, found):
        found |= {name for name in _names(part) if name in FORBIDDEN}
    return [_why(name) for name in sorted(found)]


def _why(name: str) -> str:
    if name.startswith(("filtret ", "en ström")):
        return name
    return f"PDF-namnet /{name}, som kan köra, öppna eller bifoga något"


def _names(part: bytes) -> Iterator[str]:
    for found in NAME.finditer(part):
        raw = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), found[1])
        yield raw.decode("latin-1")


def _parts(data: bytes, found: set[str]) -> Iterator[bytes]:
    """Where a PDF's objects are: the file without its streams' bodies (pictures, fonts and
    drawings, where names do nothing), and the decompressed object streams."""
    kept, position = [], 0
    for start in STREAM.finditer(data):
        header = data[data.rfind(b"obj", 0, start.start()) : start.start()]
        end = data.find(b"endstream", start.end())
        end = len(data) if end < 0 else end
        kept.append(data[position : start.end()])
        position = end
        names = {n.decode("latin-1") for f in FILTER.findall(header) for n in _filters(f)}
        if names - FILTERS:
            found.update(f"filtret /{n}, som trygg inte skriver" for n in names - FILTERS)
        elif OBJECTS.search(header):
            yield _decompressed(data[start.end() : end], "FlateDecode" in names, found)
    yield b"".join([*kept, data[position:]])


def _filters(written: bytes) -> list[bytes]:
    return re.findall(rb"/(\w+)", written)


def _decompressed(body: bytes, flate: bool, found: set[str]) -> bytes:
    if not flate:
        return body
    try:
        return zlib.decompressobj().decompress(body)
    except zlib.error:
        found.add("en ström som inte går att packa upp")
        return b""
