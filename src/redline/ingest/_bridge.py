"""Iterate, from synchronous code, over results an asyncio producer emits.

The producer runs in its own event loop on a worker thread, so in-flight requests keep
their timers honest while the consumer spends time on each result. At most
``maxsize`` results wait in the queue (the producer pauses beyond that). Closing the
iterator early cancels the producer; an exception in the producer (a bug, since
expected outcomes are results) is raised in the consumer.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Generator

__all__ = ["iterate_in_thread"]

T = TypeVar("T")
_POLL_SECONDS = 0.01


@dataclass(frozen=True, slots=True)
class _Raised:
    error: BaseException


class _Done:
    pass


class _Producer(Generic[T]):
    """The worker-thread side: runs the producer and feeds the queue."""

    def __init__(
        self,
        produce: Callable[[Callable[[T], Awaitable[None]]], Awaitable[None]],
        maxsize: int,
    ) -> None:
        self.results: queue.SimpleQueue[T | _Raised | _Done] = queue.SimpleQueue()
        self.stop = threading.Event()
        self._produce = produce
        self._maxsize = maxsize
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None

    async def _emit(self, item: T) -> None:
        # the queue is drained on another thread, which cannot await an asyncio.Event
        while self.results.qsize() >= self._maxsize and not self.stop.is_set():  # noqa: ASYNC110
            await asyncio.sleep(_POLL_SECONDS)
        self.results.put(item)

    async def _main(self) -> None:
        with self._lock:
            self._loop = asyncio.get_running_loop()
            self._task = asyncio.current_task()
        try:
            if not self.stop.is_set():
                await self._produce(self._emit)
        finally:
            with self._lock:
                self._loop = None

    def run(self) -> None:
        """Thread target: run the producer to the end, then mark the queue done."""
        try:
            asyncio.run(self._main())
        except asyncio.CancelledError:
            if not self.stop.is_set():
                self.results.put(_Raised(RuntimeError("fetch producer was cancelled")))
        except Exception as e:  # noqa: BLE001 - handed to the consumer, raised there
            self.results.put(_Raised(e))
        finally:
            self.results.put(_Done())

    def cancel(self) -> None:
        """Stop the producer (from the consumer thread)."""
        self.stop.set()
        with self._lock:
            if self._loop is not None and self._task is not None:
                self._loop.call_soon_threadsafe(self._task.cancel)


def iterate_in_thread(
    produce: Callable[[Callable[[T], Awaitable[None]]], Awaitable[None]],
    *,
    maxsize: int,
    name: str = "redline-fetch",
) -> Generator[T, None, None]:
    """Yield each item ``produce`` passes to its ``emit`` callback, as it comes.

    Args:
        produce: An async function called with an async ``emit(item)`` callback.
        maxsize: How many results may wait before the producer pauses.
        name: The worker thread's name.
    """
    producer: _Producer[T] = _Producer(produce, maxsize)
    thread = threading.Thread(target=producer.run, name=name, daemon=True)
    thread.start()
    try:
        while True:
            item = producer.results.get()
            if isinstance(item, _Done):
                break
            if isinstance(item, _Raised):
                raise item.error
            yield item
    finally:
        producer.cancel()
        thread.join()
