"""The course's committed tables in ``course/data/``, read as rows."""

from __future__ import annotations

import csv
import gzip
import io
from importlib import resources


def rows(name: str) -> list[dict[str, str]]:
    """The rows of ``course/data/<name>``, a UTF-8 CSV (gzipped where ``name`` ends in .gz), as dicts.

    Read as a file, so a quoted field keeps a line break it holds."""
    data = (resources.files("course") / "data" / name).read_bytes()
    text = gzip.decompress(data).decode("utf-8") if name.endswith(".gz") else data.decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))
