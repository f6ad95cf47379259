"""The preview's helpers (`build.helpers`): a forked process where the builds may fork, a
thread elsewhere; either answers through its pipe, and `close` ends a process."""

from __future__ import annotations

from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

import pytest

from generator.build import helpers


def _echo_doubled(connection: Connection, factor: int) -> None:
    while True:
        try:
            asked = connection.recv()
        except EOFError:
            return
        connection.send(asked * factor)


def _asked(helper: helpers.Helper) -> int:
    helper.connection.send(21)
    assert helper.connection.poll(10), "the helper never answered"
    answer: int = helper.connection.recv()
    return answer


def test_a_forked_helper_answers_and_ends_when_closed() -> None:
    helper = helpers.start_helper(_echo_doubled, 2)
    assert isinstance(helper.runner, BaseProcess)
    assert _asked(helper) == 42
    helper.close()
    assert not helper.runner.is_alive()


def test_where_the_builds_never_fork_the_helper_is_a_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(helpers, "can_fork", lambda: False)
    helper = helpers.start_helper(_echo_doubled, 3)
    assert not isinstance(helper.runner, BaseProcess)
    assert _asked(helper) == 63
    helper.close()
