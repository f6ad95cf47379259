"""Handing the school jobs to the workers a few at a time, so that only those are held as text.

A job is the school's model and student pages as JSON (`build.jobs`), about 150 kB of
text; an executor keeps each submitted job's text until its result is back, so 300
jobs submitted at once held about 95 MiB in the building process for the whole build.
A thread instead encodes and submits each job when one of the `ahead` in flight is
done, while this process builds the portal; the results are read in the jobs' order,
as before, and a build that stops (interrupted, or a site refused with
`--allt-eller-inget`) stops the feeding (`Feed.settle`).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, wait

from generator.build.standby import Standby

Job = Callable[[str, str], str]  # (job, setup) -> "" when done, else why not
AHEAD = 2  # jobs in flight per worker: the next is there when one is done
_END = None


class Feed:
    """The jobs, submitted from a thread as room frees; `results()` in the jobs' order."""

    def __init__(
        self,
        pool: Executor | Standby,
        work: tuple[Job, str],
        jobs: Iterable[str],
        workers: int,
    ) -> None:
        """`work`: the function each worker runs (`build.worker.build_school`) and the text
        it is given beside each job (the setup); `jobs` are encoded as they are taken.
        (A standby process takes one job, and says when it is done only when asked.)"""
        self._pool, (self._function, self._setup), self._jobs = pool, work, jobs
        self._room = threading.Semaphore(AHEAD * max(1, workers))
        self._stopped = threading.Event()
        self._sent: queue.SimpleQueue[Future[str] | Standby | BaseException | None] = (
            queue.SimpleQueue()
        )
        self._submitted: list[Future[str] | Standby] = []
        self._thread = threading.Thread(target=self._feed, name="trygg-feed", daemon=True)
        self._thread.start()

    def _feed(self) -> None:
        try:
            jobs = iter(self._jobs)
            # Room first, then the next job's text: at most the jobs in flight are held.
            while self._room.acquire() and not self._stopped.is_set():
                if (job := next(jobs, None)) is None:
                    break
                submitted = self._pool.submit(self._function, job, self._setup)
                self._submitted.append(submitted)
                if isinstance(submitted, Future):
                    submitted.add_done_callback(self._freed)
                self._sent.put(submitted)
        except BaseException as error:  # the pool broke: the reader raises it
            self._sent.put(error)
        finally:
            self._sent.put(_END)

    def _freed(self, _future: Future[str]) -> None:
        self._room.release()

    def results(self) -> Iterator[str]:
        """Each job's outcome ("" when built, else why not), in the jobs' order."""
        while (sent := self._sent.get()) is not _END:
            if isinstance(sent, BaseException):
                raise sent
            yield sent.result()

    def settle(self) -> None:
        """Stop feeding; stop what has not started and wait for what has (a worker ignores
        Ctrl-C), so no worker writes into the staging folder after it is removed."""
        self._stopped.set()
        self._room.release()  # the feeder may wait for room
        self._thread.join()
        for submitted in self._submitted:
            if isinstance(submitted, Standby):
                submitted.close()
            else:
                submitted.cancel()
        wait([f for f in self._submitted if not isinstance(f, Standby)])
