"""Columns as an editor counts them, for every position PyYAML's own reader gives.

PyYAML's pure-Python reader leaves U+FEFF (a byte order mark, or the zero-width no-break
space Word and web pages leave inside a line) out of its columns, so a position after
one lands a character early, while the fast path (libyaml) and every position trygg
counts in a text (`text.line_and_column`) count it like any character, as an editor's
cursor steps over it. A file's own byte order mark is gone before any of them reads the
text (`yamlstrict.read_text`), so line 1 is counted from its first visible character.
"""

from __future__ import annotations

import yaml

LINE_BREAKS = "\n\x85\u2028\u2029"  # as PyYAML reads them, with a lone \r


class ColumnLoader(yaml.SafeLoader):
    """SafeLoader whose marks count every character of a line, U+FEFF too."""

    def forward(self, length: int = 1) -> None:
        if self.pointer + length + 1 >= len(self.buffer):
            self.update(length + 1)
        for _ in range(length):
            character = self.buffer[self.pointer]
            self.pointer += 1
            self.index += 1
            if character in LINE_BREAKS or (
                character == "\r" and self.buffer[self.pointer] != "\n"
            ):
                self.line += 1
                self.column = 0
            else:
                self.column += 1
