"""Generate generator/diagrams/_dejavu_widths.py from the DejaVu Sans font files.

Run once, by hand, when the character coverage changes:

    .venv/bin/python tests/tools/make_text_metrics.py

It reads the advance widths of the characters the diagrams may show from the
`cmap` (format 4) and `hmtx` tables, with nothing but `struct`, so the
generator itself never needs the font or a font library.
"""

from __future__ import annotations

import struct
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"REGULAR": FONT_DIR / "DejaVuSans.ttf", "BOLD": FONT_DIR / "DejaVuSans-Bold.ttf"}
TARGET = Path(__file__).resolve().parents[2] / "generator" / "diagrams" / "_dejavu_widths.py"

# ASCII, Latin-1 (åäöÅÄÖéü …), then punctuation and symbols Swedish text and the diagrams use.
EXTRA = (
    "\u2009\u2010\u2011\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u202f"
    "\u2190\u2191\u2192\u2193\u2194\u2195\u21bb\u2212\u2264\u2265\u20ac\u2713"
)
CODEPOINTS = [*range(0x20, 0x7F), *range(0xA0, 0x100), *(ord(char) for char in EXTRA)]


def tables(font: bytes) -> dict[str, bytes]:
    (count,) = struct.unpack_from(">H", font, 4)
    found = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", font, 12 + 16 * index)
        found[tag.decode("ascii")] = font[offset : offset + length]
    return found


def format4_subtable(cmap: bytes) -> bytes:
    (count,) = struct.unpack_from(">H", cmap, 2)
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * index)
        if (platform, encoding) in {(3, 1), (0, 3)} and struct.unpack_from(">H", cmap, offset)[
            0
        ] == 4:
            return cmap[offset:]
    raise SystemExit("no format 4 Unicode cmap subtable")


def glyph_index(subtable: bytes, codepoint: int) -> int:
    segments = struct.unpack_from(">H", subtable, 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", subtable, 14)
    starts = struct.unpack_from(f">{segments}H", subtable, 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", subtable, 16 + 4 * segments)
    range_offsets_at = 16 + 6 * segments
    range_offsets = struct.unpack_from(f">{segments}H", subtable, range_offsets_at)
    for segment in range(segments):
        if starts[segment] <= codepoint <= ends[segment]:
            if range_offsets[segment] == 0:
                return (codepoint + deltas[segment]) & 0xFFFF
            address = (
                range_offsets_at
                + 2 * segment
                + range_offsets[segment]
                + 2 * (codepoint - starts[segment])
            )
            glyph = struct.unpack_from(">H", subtable, address)[0]
            return (glyph + deltas[segment]) & 0xFFFF if glyph else 0
    return 0


def advance_widths(path: Path) -> tuple[int, dict[int, int]]:
    found = tables(path.read_bytes())
    (units_per_em,) = struct.unpack_from(">H", found["head"], 18)
    (long_metrics,) = struct.unpack_from(">H", found["hhea"], 34)
    subtable = format4_subtable(found["cmap"])
    widths = {}
    for codepoint in CODEPOINTS:
        glyph = glyph_index(subtable, codepoint)
        if glyph == 0:
            print(f"{path.name}: no glyph for U+{codepoint:04X}, left out")
            continue
        (widths[codepoint],) = struct.unpack_from(
            ">H", found["hmtx"], 4 * min(glyph, long_metrics - 1)
        )
    return units_per_em, widths


def table_source(name: str, widths: dict[int, int]) -> list[str]:
    items = [f"0x{codepoint:04X}: {width}," for codepoint, width in sorted(widths.items())]
    lines = [f"{name}: dict[int, int] = {{"]
    lines += ["    " + " ".join(items[start : start + 6]) for start in range(0, len(items), 6)]
    return [*lines, "}"]


def main() -> None:
    lines = [
        '"""Advance widths of DejaVu Sans, in font units, by code point.',
        "",
        "Generated from the DejaVu Sans 2.37 fonts by tests/tools/make_text_metrics.py;",
        "do not edit.",
        '"""',
        "",
        "# fmt: off",
    ]
    units = set()
    for name, path in FONTS.items():
        units_per_em, widths = advance_widths(path)
        units.add(units_per_em)
        lines += ["", *table_source(name, widths)]
    (units_per_em,) = units
    lines[6:6] = ["", f"UNITS_PER_EM = {units_per_em}"]
    lines += ["# fmt: on", ""]
    TARGET.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
