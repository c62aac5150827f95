"""One writer at a time across processes: an OS file lock beside the DuckDB file (`<db>.lock`).

DuckDB lets a single process open a database for writing, and while it does no other process can open it
at all, not even read-only. So every connection is short-lived and taken under `flock` on `<db>.lock`:
shared for readers, exclusive for the writer. Waiting is bounded; past the timeout the user is told who
holds the base. The kernel drops the lock when its holder dies, so a killed writer never wedges the store.
"""

from __future__ import annotations

import fcntl
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from timeline.errors import StoreError

DEFAULT_TIMEOUT = 30.0
"""Seconds a reader or writer waits for the base before giving up with a clear message."""


class FileLock:
    """A readers-writer lock on `path` (flock), shared by threads and processes alike."""

    def __init__(self, path: Path, timeout: float = DEFAULT_TIMEOUT, label: str = "") -> None:
        self.path = path
        self.timeout = timeout
        self.label = label or " ".join(os.path.basename(a) for a in sys.argv[:2]) or "python"
        self._held = threading.local()

    @contextmanager
    def hold(self, exclusive: bool) -> Iterator[None]:
        """Hold the lock (exclusive for writing) for the duration of the block; reentrant per thread."""
        depth: int = getattr(self._held, "depth", 0)
        if depth:
            if exclusive and not self._held.exclusive:
                raise StoreError("erreur interne : écriture demandée pendant une lecture de la base")
            self._held.depth = depth + 1
            try:
                yield
            finally:
                self._held.depth -= 1
            return
        deadline = time.monotonic() + self.timeout
        fd = self._open(self.path)
        try:
            # The gate gives writers priority: a waiting writer holds it, so new readers queue behind it
            # instead of overlapping forever; readers pass it in an instant.
            gate = self._open(self.gate)
            try:
                self._acquire(gate, exclusive, deadline)
                self._acquire(fd, exclusive, deadline)
            finally:
                os.close(gate)
            if exclusive:
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()} {self.label}".encode(), 0)
            self._held.depth, self._held.exclusive = 1, exclusive
            try:
                yield
            finally:
                self._held.depth = 0
                if exclusive:
                    os.ftruncate(fd, 0)  # a reader blocking the next writer is then not mistaken for us
        finally:
            os.close(fd)  # closing the descriptor releases the flock

    @property
    def gate(self) -> Path:
        return Path(f"{self.path}.gate")

    @staticmethod
    def _open(path: Path) -> int:
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise StoreError(f"impossible d'ouvrir le verrou de la base {path} : {e.strerror}") from e

    def _acquire(self, fd: int, exclusive: bool, deadline: float) -> None:
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        pause = 0.002
        while True:
            try:
                fcntl.flock(fd, mode)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreError(self._busy_message()) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.05)

    def _busy_message(self) -> str:
        base = self.path.with_suffix("") if self.path.suffix == ".lock" else self.path
        try:
            holder = self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            holder = ""
        pid, _, what = holder.partition(" ")
        who = f"le processus {pid} ({what})" if pid.isdigit() and _alive(int(pid)) else "un autre processus"
        return (
            f"la base est occupée par {who} : {base} n'a pas pu être verrouillée en {self.timeout:g} s. "
            "Réessayez quand ce traitement aura fini."
        )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
