"""How a plain `mkdocs build` stops on trygg's account: in Swedish to the last line."""

from __future__ import annotations

import sys
from typing import Any

from mkdocs.exceptions import Abort


class Stopped(Abort):
    """A build that cannot go on, told in trygg's words alone.

    MkDocs logs a `PluginError` and then ends with its own English "Aborted with a
    BuildError!"; an `Abort` it passes on as it is, for its command line to show. That is
    the one way a plugin has to say the last word. The text goes to stderr, where MkDocs
    writes its log, and the exit code stays 1. trygg's own builds catch it as any other
    `MkDocsException`.
    """

    def show(self, *args: Any, **kwargs: Any) -> None:
        print(self.format_message(), file=sys.stderr)
