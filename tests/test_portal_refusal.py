"""An unforeseen error while the portal is built in the build's own process holds the
portal, as the twin process says it, instead of ending the run with a traceback."""

from __future__ import annotations

import pytest

from generator.build.oldportal import portal_refusal
from generator.problems.failures import BuildFailed


def _fails() -> None:
    raise ValueError("Invalid IPv6 URL")


def test_an_unforeseen_error_is_told_as_the_portals_refusal() -> None:
    assert portal_refusal(_fails, all_or_nothing=False) == (
        "portalen kunde inte byggas (ValueError: Invalid IPv6 URL)"
    )


def test_all_or_nothing_still_stops_the_build() -> None:
    with pytest.raises(BuildFailed, match=r"portalen kunde inte byggas \(ValueError: Invalid IPv6"):
        portal_refusal(_fails, all_or_nothing=True)


def test_a_portal_built_is_no_refusal() -> None:
    assert portal_refusal(lambda: None, all_or_nothing=False) == ""
