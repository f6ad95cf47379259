"""Is a file an image trygg publishes? Its type by its bytes, its size, its dimensions.

The file name's extension says what the author meant; the bytes say what the file is.
Only JPEG, PNG, WebP and (checked separately by `validate.svgsafety`) SVG are published,
each at most 5 MB and 6000 × 6000 pixels.
"""

from __future__ import annotations

import struct

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 6000
EXTENSIONS = {".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".webp": "webp", ".svg": "svg"}


def kind_of(data: bytes) -> str:
    """ "jpeg", "png", "webp", "svg" or "" by the file's first bytes."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "svg" if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype svg")) else ""


def dimensions(data: bytes, kind: str) -> tuple[int, int] | None:
    """Width and height in pixels from the header, or None when it cannot be read."""
    try:
        if kind == "png":
            width, height = struct.unpack(">II", data[16:24])
            return int(width), int(height)
        if kind == "jpeg":
            return _jpeg_size(data)
        if kind == "webp":
            return _webp_size(data)
    except struct.error:
        return None
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        length = struct.unpack(">H", data[index + 2 : index + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return int(width), int(height)
        index += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        return int(width) & 0x3FFF, int(height) & 0x3FFF
    if chunk == b"VP8L":
        bits = struct.unpack("<I", data[21:25])[0]
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    return None


def image_problem(data: bytes, name: str) -> str:
    """Why the file cannot be published as an image, or "" when it can (SVG safety apart)."""
    wanted = EXTENSIONS.get(("." + name.rsplit(".", 1)[-1]).lower()) if "." in name else None
    found = kind_of(data)
    if wanted is None:
        return "filen är inte en bild av typen JPEG, PNG, WebP eller SVG"
    if found != wanted:
        shown = {"": "ingen bild"}.get(found, found.upper())
        return f"filen heter .{name.rsplit('.', 1)[-1]} men är {shown}"
    if len(data) > MAX_BYTES:
        return f"bilden är {len(data) / 1024 / 1024:.1f} MB, högst 5 MB får publiceras"
    size = dimensions(data, found)
    if found != "svg" and size is None:
        return "bildens storlek går inte att läsa, så filen kan vara skadad"
    if size is not None and max(size) > MAX_SIDE:
        return f"bilden är {size[0]} × {size[1]} pixlar, högst {MAX_SIDE} × {MAX_SIDE}"
    return ""
