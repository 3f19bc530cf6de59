"""One ``hubdocs`` writer at a time per project: an advisory lock in ``.hubdocs/``.

Two ``hubdocs stamp`` runs started together would each read pages, work out records and write
them; the lock makes the second wait until the first has written everything.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hubdocs.errors import InputError

LOCK = Path(".hubdocs") / "write.lock"


@contextmanager
def project_lock(root: Path) -> Iterator[None]:
    path = root / LOCK
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise InputError.at(
            LOCK.as_posix(),
            1,
            f"cannot be created ({error.strerror}); make the project folder writable",
        ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
