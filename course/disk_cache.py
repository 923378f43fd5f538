"""Tables that take seconds to build, kept on disk so that the next Python process reads them.

The encoder's search index takes several seconds to build from the code set; every new
kernel, grading server and test run would build it again. ``on_disk`` keeps what a function
returns in the user's cache folder (``$MCC_CACHE``, else ``$XDG_CACHE_HOME`` or ``~/.cache``,
then ``medical-coding-career``), under a name that changes with the library files it was
built from and the versions of the packages it reads, so a stale table is never read. A
missing, unreadable or unwritable cache only means building the table again. The folder is
the user's own, as trusted as the installed library (the files are pickles).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).parent


def cache_folder() -> Path:
    """Where built tables are kept."""
    if os.environ.get("MCC_CACHE"):
        return Path(os.environ["MCC_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "medical-coding-career"


def on_disk(name: str, files: tuple[str, ...], packages: tuple[str, ...] = ()) -> Callable:
    """Keep the result of a function without arguments on disk, keyed by what it is built from.

    ``files`` are paths inside the ``course`` package, ``packages`` distributions whose
    versions matter (their data, their pickled types).
    """

    _TABLES[name] = (files, packages)

    def decorate(build: Callable[[], T]) -> Callable[[], T]:
        @functools.wraps(build)
        def load_or_build() -> T:
            path = _path(name, files, packages)
            try:
                with path.open("rb") as handle:
                    return pickle.load(handle)
            except _UNREADABLE:
                pass
            value = build()
            _store(path, value)
            return value

        return load_or_build

    return decorate


def package_files() -> tuple[str, ...]:
    """Every file of the ``course`` package (its code and data, not its bytecode), for the key of a
    table built from much of it: any change to the library builds it again."""
    return tuple(sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*")
                        if path.is_file() and "__pycache__" not in path.parts))


_TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
"""Each table kept on disk, by name: the files and packages its key is made from."""


def table_paths() -> list[Path]:
    """Where each table kept on disk by the modules imported so far is, for the library as it is now.

    A table whose source files are gone is left out.
    """
    paths = []
    for name, (files, packages) in _TABLES.items():
        with contextlib.suppress(OSError):
            paths.append(_path(name, files, packages))
    return paths


def _path(name: str, files: tuple[str, ...], packages: tuple[str, ...]) -> Path:
    return cache_folder() / f"{name}-{_key(files, packages)}.pickle"


_UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError, TypeError)
"""What reading a missing, partial or foreign cache file can raise: then the table is built."""


def _key(files: tuple[str, ...], packages: tuple[str, ...]) -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in files:
        digest.update(name.encode() + (PACKAGE / name).read_bytes())
    for package in packages:
        digest.update(f"{package}=={metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


def _store(path: Path, value: object) -> None:
    """Write ``value`` whole or not at all (another process may be reading or writing it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-", delete=False)  # noqa: SIM115
    except OSError:  # a read-only home: the table is simply built again next time
        return
    try:
        with handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        Path(handle.name).unlink(missing_ok=True)
