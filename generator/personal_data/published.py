"""The text a published file carries, for the last look (`personal_data.carried`,
which says what is read and why): decompressed, decoded, its JSON's escapes decoded,
a calendar's folded lines unfolded, or (not UTF-8: an image, a PDF, a font) the runs
of text it carries.
"""

from __future__ import annotations

import json
import re
import zlib

from generator.personal_data import VALUE_APART

FOLD = re.compile(r"\r?\n[ \t]")  # a folded calendar line (RFC 5545)
FOLDED_SUFFIXES = frozenset({".ics", ".ifb", ".vcf"})
JSON_SUFFIXES = frozenset({".json", ".webmanifest", ".map", ".geojson", ".jsonld"})
# Printable runs of a file that is not UTF-8: ASCII and well-formed UTF-8 sequences.
TEXT_RUN = re.compile(rb"(?:[\t\n\r\x20-\x7e]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2})+")
GZIP = b"\x1f\x8b"
MAX_UNPACKED = 64 << 20  # a larger compressed file is refused (`Unreadable`)


class Unreadable(ValueError):
    """A published file the look cannot read (a compressed file too large or damaged)."""


def published_text(data: bytes, suffix: str) -> str:
    """The text a published file carries: decompressed if it is gzip, decoded as UTF-8,
    or (not UTF-8) its runs of text apart (`VALUE_APART`); JSON as `_json_text`."""
    if data.startswith(GZIP):
        data = gunzipped(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        runs = (run.decode("utf-8", errors="replace") for run in TEXT_RUN.findall(data))
        text = VALUE_APART.join(run for run in runs if len(run) >= 4)
    suffix = suffix.lower()
    if suffix in JSON_SUFFIXES and "\\u" in text:  # (else its text is as written)
        return _json_text(text)
    return FOLD.sub("", text) if suffix in FOLDED_SUFFIXES else text


def _json_text(text: str) -> str:
    """JSON written again with its strings' escapes decoded (in C: "\\u0031" is "1"),
    every key and value kept (a key given twice too); as it is if it is not JSON."""
    try:
        return json.dumps(json.loads(text, object_pairs_hook=list), ensure_ascii=False)
    except (ValueError, RecursionError):
        return text


NOT_PACKED = "en komprimerad fil som inte går att läsa"  # no gzip, or a damaged one
TOO_LARGE = "en komprimerad fil som är för stor för att läsas"


def gunzipped(data: bytes) -> bytes:
    """Every member of a gzip file, decompressed (at most `MAX_UNPACKED` bytes)."""
    unpacked = b""
    while data:
        if len(unpacked) >= MAX_UNPACKED:  # (a max_length of 0 is no limit to zlib)
            raise Unreadable(TOO_LARGE)
        unpacker = zlib.decompressobj(wbits=31)
        try:
            unpacked += unpacker.decompress(data, MAX_UNPACKED - len(unpacked))
        except zlib.error as error:
            raise Unreadable(NOT_PACKED) from error
        if unpacker.unconsumed_tail:
            raise Unreadable(TOO_LARGE)
        if not unpacker.eof:
            raise Unreadable(NOT_PACKED)
        data = unpacker.unused_data
    return unpacked
