"""Image metadata: what a photo carries besides its pixels, and the photo without it.

A phone's photo says where and when it was taken (EXIF, GPS), by whom, and may carry
comments or XMP descriptions with names. None of that is published: `without_metadata`
keeps only what the browser needs to draw the image (pixels, colour profile,
transparency, animation), by an allow-list of segments and chunks per format, and
`metadata_text` gives the text of what it drops, for the personnummer check.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

# JPEG: APP0 (JFIF) and Adobe's APP14 (colour transform) are needed to draw the image,
# and are rewritten to their fixed fields, so no thumbnail or appended text survives.
# Every other APPn (EXIF, XMP, colour profiles with their free-text names) and COM is
# metadata; a browser draws a picture without its profile as sRGB.
JPEG_KEPT = {0xE0: (b"JFIF\0", 9), 0xEE: (b"Adobe", 7)}  # identifier, fixed bytes after it
SOS, EOI = 0xDA, b"\xff\xd9"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEPT = frozenset(
    b"IHDR PLTE IDAT IEND gAMA cHRM sRGB cICP sBIT pHYs tRNS bKGD acTL fcTL fdAT".split()
)
WEBP_KEPT = frozenset(b"VP8 |VP8L|VP8X|ALPH|ANIM|ANMF".split(b"|"))
VP8X_METADATA_FLAGS = 0x20 | 0x08 | 0x04  # ICC profile, EXIF and XMP present
MAX_TEXT = 1 << 20  # a compressed text chunk is read up to 1 MiB


def without_metadata(data: bytes, kind: str) -> bytes:
    """The image with its metadata removed; SVG and unknown kinds unchanged."""
    split = {"jpeg": _jpeg_parts, "png": _png_parts, "webp": _webp_parts}.get(kind)
    return split(data)[0] if split else data


def metadata_text(data: bytes, kind: str) -> str:
    """The text inside the metadata `without_metadata` drops, as a reader could see it."""
    split = {"jpeg": _jpeg_parts, "png": _png_parts, "webp": _webp_parts}.get(kind)
    if split is None:
        return ""
    return "\n".join(_readable(payload) for payload in split(data)[1] if payload)


def _readable(payload: bytes) -> str:
    """The payload's text in each encoding metadata uses: Latin-1 and UTF-8 (EXIF, XMP,
    PNG text) and UTF-16 (Windows' XPComment and the like)."""
    texts = [payload.decode("latin-1").replace("\0", " "), payload.decode("utf-8", "replace")]
    if payload.count(0) > len(payload) // 4:
        texts.append(payload.decode("utf-16-le", errors="ignore"))
    return "\n".join(texts)


def _jpeg_parts(data: bytes) -> tuple[bytes, list[bytes]]:
    """Segment by segment up to the first end-of-image marker: scans (with their
    entropy-coded data) and the tables kept, metadata dropped, anything after the end
    (an appended second picture, as phones write) dropped too."""
    kept, dropped, index = [data[:2]], list[bytes](), 2
    while index + 2 <= len(data) and data[index] == 0xFF:
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker == EOI[1]:
            kept.append(EOI)
            if trailing := data[index + 2 :]:
                dropped.append(trailing)  # read for its text, never published
            break
        length = (
            struct.unpack(">H", data[index + 2 : index + 4])[0] if index + 4 <= len(data) else 0
        )
        segment = data[index : index + 2 + length]
        kept_as = JPEG_KEPT.get(marker)
        if kept_as and segment[4:].startswith(kept_as[0]):
            fixed = segment[4 : 4 + len(kept_as[0]) + kept_as[1]]
            segment = segment[:2] + struct.pack(">H", len(fixed) + 2) + fixed
            if marker == 0xE0:  # JFIF without its thumbnail: no width, no height
                segment = segment[:-2] + b"\0\0"
        elif 0xE0 <= marker <= 0xEF or marker == 0xFE:
            dropped.append(segment[4:])
            index += 2 + max(length, 2)
            continue
        kept.append(segment)
        index += 2 + max(length, 2)
        if marker == SOS:
            end = _scan_end(data, index)
            kept.append(data[index:end])
            index = end
    return b"".join(kept), dropped


def _scan_end(data: bytes, index: int) -> int:
    """Where a scan's entropy-coded data ends: at the next marker that is not a stuffed
    0xFF00 or a restart marker."""
    while (index := data.find(b"\xff", index)) >= 0 and index + 1 < len(data):
        following = data[index + 1]
        if following != 0x00 and not 0xD0 <= following <= 0xD7:
            return index
        index += 2
    return len(data)


def _png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes, bytes]]:
    """(type, payload, whole chunk) of each chunk up to IEND."""
    index = len(PNG_SIGNATURE)
    while index + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[index : index + 8])
        whole = data[index : index + 12 + length]
        yield kind, whole[8:-4], whole
        if kind == b"IEND":
            return
        index += 12 + length


def _png_parts(data: bytes) -> tuple[bytes, list[bytes]]:
    kept, dropped = [PNG_SIGNATURE], []
    for kind, payload, whole in _png_chunks(data):
        if kind in PNG_KEPT:
            kept.append(whole)
        else:
            dropped.append(_png_text(kind, payload))
    return b"".join(kept), dropped


def _png_text(kind: bytes, payload: bytes) -> bytes:
    """A text chunk's words, inflated when compressed (zTXt, and iTXt with its flag)."""
    keyword, _, rest = payload.partition(b"\0")
    if kind == b"zTXt":
        return keyword + b" " + _inflate(rest[1:])
    if kind == b"iCCP":  # a colour profile: its name, and the profile's own texts
        return keyword + b" " + _inflate(rest[1:])
    if kind == b"iTXt" and rest[:1] == b"\x01":  # compressed: flag, method, two tags, text
        _language, _, tagged = rest[2:].partition(b"\0")
        translated, _, text = tagged.partition(b"\0")
        return keyword + b" " + translated + b" " + _inflate(text)
    return payload


def _inflate(compressed: bytes) -> bytes:
    try:
        return zlib.decompressobj().decompress(compressed, MAX_TEXT)
    except zlib.error:
        return b""


def _webp_parts(data: bytes) -> tuple[bytes, list[bytes]]:
    kept, dropped, index = list[bytes](), list[bytes](), 12
    while index + 8 <= len(data):
        kind, length = data[index : index + 4], struct.unpack("<I", data[index + 4 : index + 8])[0]
        whole = data[index : index + 8 + length + (length & 1)]
        if kind == b"VP8X":
            flags = bytes([whole[8] & ~VP8X_METADATA_FLAGS & 0xFF])
            whole = whole[:8] + flags + whole[9:]
        (kept if kind in WEBP_KEPT else dropped).append(whole if kind in WEBP_KEPT else whole[8:])
        index += 8 + length + (length & 1)
    body = b"WEBP" + b"".join(kept)
    return b"RIFF" + struct.pack("<I", len(body)) + body, dropped
