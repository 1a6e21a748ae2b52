"""Output files written whole or not at all.

A file is written under a temporary name in the same directory and renamed over
its destination only once complete: an interrupted or failed write (``kill -9``,
Ctrl-C, a full disk) leaves any previous file untouched. New files get the
usual permissions (``0666`` less the umask); a replaced file keeps its mode.

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> with atomic_output(os.path.join(d, "x.txt")) as f:
...     _ = f.write("done")
>>> open(os.path.join(d, "x.txt")).read()
'done'
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from typing import Any, Iterator

from .exc import InvalidInput

__all__ = ["atomic_output", "atomic_path", "write_text_atomic"]


@contextlib.contextmanager
def atomic_output(dest: str | os.PathLike | None, *, binary: bool = False) -> Iterator[Any]:
    """A writable stream for ``dest``; stdout when ``dest`` is None or ``"-"``.

    A file is written under a temporary name in the same directory and renamed
    over ``dest`` only once complete: an interrupted or failed export leaves
    any previous file untouched.
    """
    if dest is None or os.fspath(dest) == "-":
        if binary:
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        else:
            yield sys.stdout
            sys.stdout.flush()
        return
    with atomic_path(dest) as tmp:
        if binary:
            f = open(tmp, "wb")
        else:
            f = open(tmp, "w", encoding="utf-8", newline="")
        with f:
            yield f


@contextlib.contextmanager
def atomic_path(dest: str | os.PathLike) -> Iterator[str]:
    """A temporary path beside ``dest``, renamed over it on success (removed on failure)."""
    dest = os.fspath(dest)
    d = os.path.dirname(os.path.abspath(dest))
    if not os.path.isdir(d):
        raise InvalidInput(f"cannot write {dest}: directory {d} does not exist")
    if os.path.isdir(dest):
        raise InvalidInput(f"cannot write {dest}: it is a directory")
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(dest) + ".", suffix=".part", dir=d)
    os.close(fd)
    try:
        yield tmp
        if os.path.exists(dest):
            try:
                os.chmod(tmp, os.stat(dest).st_mode & 0o7777)
            except OSError:
                pass
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise


def write_text_atomic(dest: str | os.PathLike, text: str) -> None:
    """Write ``text`` (UTF-8) to ``dest`` atomically."""
    with atomic_output(dest) as f:
        f.write(text)
