"""The site commands of `trygg` (build and friends); they import MkDocs only when run."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

REGISTER: list[Register] = []
