"""Under ProperDocs (a fork of MkDocs 1.6) the build's, the server's and the objections'
loggers are `properdocs.…`: MkDocs' lines are said in Swedish there too."""

from __future__ import annotations

import logging

import pytest
from mkdocs.commands import build, serve

from generator.site import configwords
from generator.site.mkdocslines import SPEAKERS, swedish_lines


@pytest.mark.parametrize("tool", ["mkdocs", "properdocs"])
@pytest.mark.parametrize(
    ("module", "english", "swedish"),
    [
        ("commands.build", "Cleaning site directory", "Tömmer utdatamappen"),
        ("commands.serve", "Shutting down...", "Avslutar …"),
        ("livereload", "[12:17:09] Reloading browsers", "[12:17:09] Laddar om webbläsarna"),
    ],
)
def test_mkdocs_lines_are_swedish_under_mkdocs_and_properdocs(
    caplog: pytest.LogCaptureFixture, tool: str, module: str, english: str, swedish: str
) -> None:
    logger = logging.getLogger(f"{tool}.{module}")
    with caplog.at_level(logging.INFO, logger=logger.name), swedish_lines():
        logger.info(english)
    assert [r.getMessage() for r in caplog.records] == [swedish]


def test_the_speakers_are_the_loggers_mkdocs_speaks_through() -> None:
    """ProperDocs' modules log under their own names (`logging.getLogger(__name__)`), as
    MkDocs' do: the names here are MkDocs' module names under either package."""
    assert {build.log.name, serve.log.name} <= set(SPEAKERS)
    assert configwords.CONFIG_LOGGER == "mkdocs"  # with MkDocs installed, as here
