"""The shares of one table or chart at one precision: "87,0 %" beside "87,5 %" and
"88,1 %", never "87 %" there; whole percents only when every share is whole.

`text.percent` writes a single share as it is; a reader comparing a column or a row of
bars reads a missing decimal as a different kind of figure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Percent = Callable[[float], str]  # a share as its table or chart writes all of its own


def one_precision(shares: Iterable[float]) -> Percent:
    """How to write each of `shares` (and any share shown with them): with one decimal
    for all when any of them has one once rounded to a tenth, else as whole percents."""
    tenths = any(not float(round(share, 1)).is_integer() for share in shares)

    def written(share: float) -> str:
        if tenths:
            return f"{share:.1f} %".replace(".", ",")
        return f"{round(share)} %"

    return written
