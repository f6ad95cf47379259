"""Make the shared test helpers importable from the diagram tests.

`golden_support` lives in tests/ (shared by every renderer's tests); the sample
models and the SVG inspector live here. Putting both folders on sys.path works
whichever import mode pytest runs in.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
