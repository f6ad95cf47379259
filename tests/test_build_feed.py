"""The school jobs go to the workers a few at a time (`build.feed`): the build holds only
the jobs in flight as text, reads the outcomes in the jobs' order, and stops feeding at
the first site that could not be built."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

from generator.build.feed import AHEAD, Feed

WORKERS = 2


class Counted:
    """Jobs "0".."n-1", counting how many were taken (encoded) and how many are done."""

    def __init__(self, count: int, failing: tuple[str, ...] = ()) -> None:
        self.count, self.failing = count, failing
        self.taken, self.done, self.most_held = 0, 0, 0
        self.lock = threading.Lock()

    def jobs(self) -> Iterator[str]:
        for number in range(self.count):
            with self.lock:
                self.taken += 1
                self.most_held = max(self.most_held, self.taken - self.done)
            yield str(number)

    def build(self, job: str, setup: str) -> str:
        with self.lock:
            self.done += 1
        return f"{setup} {job}" if job in self.failing else ""


def test_outcomes_in_order_with_few_jobs_held() -> None:
    counted = Counted(60, failing=tuple(str(n) for n in range(0, 60, 7)))
    with ThreadPoolExecutor(WORKERS) as pool:
        outcomes = list(Feed(pool, (counted.build, "fel"), counted.jobs(), WORKERS).results())
    assert outcomes == [f"fel {n}" if n % 7 == 0 else "" for n in range(60)]
    assert counted.taken == counted.done == 60
    # Never more jobs encoded and not yet built than the workers have room for.
    assert counted.most_held <= AHEAD * WORKERS


def test_the_first_failure_in_order_is_reported_and_the_feeding_stops() -> None:
    counted = Counted(200, failing=("3", "5"))
    with ThreadPoolExecutor(WORKERS) as pool:
        feed = Feed(pool, (counted.build, "kunde inte byggas:"), counted.jobs(), WORKERS)
        failure = next(why for why in feed.results() if why)
        feed.settle()
        taken = counted.taken
        submitted = list(feed._submitted)  # what settle waited for
    assert failure == "kunde inte byggas: 3"
    assert all(future.done() for future in submitted)  # nothing runs after settle
    assert counted.taken == taken  # nothing taken after settle
