"""Medical terminology: word parts, splitting a term into them, and body systems to chapters.

The word parts live in ``data/word_parts.csv`` (see its data card). Roots carry their combining
vowel, so "gastr" with "o" is the combining form gastr/o.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import pandas as pd

from course import data_files

ICD10CM_CHAPTERS: dict[int, tuple[str, str]] = {
    1: ("A00", "B99"),
    2: ("C00", "D49"),
    3: ("D50", "D89"),
    4: ("E00", "E89"),
    5: ("F01", "F99"),
    6: ("G00", "G99"),
    7: ("H00", "H59"),
    8: ("H60", "H95"),
    9: ("I00", "I99"),
    10: ("J00", "J99"),
    11: ("K00", "K95"),
    12: ("L00", "L99"),
    13: ("M00", "M99"),
    14: ("N00", "N99"),
    15: ("O00", "O9A"),
    16: ("P00", "P96"),
    17: ("Q00", "QA0"),
    18: ("R00", "R99"),
    19: ("S00", "T88"),
    20: ("V00", "Y99"),
    21: ("Z00", "Z99"),
    22: ("U00", "U85"),
}
"""First and last category of each ICD-10-CM chapter (FY2026)."""

BODY_SYSTEM_CHAPTERS: dict[str, tuple[int, ...]] = {
    "blood and immune": (3,),
    "endocrine": (4,),
    "mental": (5,),
    "nervous": (6,),
    "eye": (7,),
    "ear": (8,),
    "cardiovascular": (9,),
    "respiratory": (10,),
    "digestive": (11,),
    "integumentary": (12,),
    "musculoskeletal": (13,),
    "urinary": (14,),
    "male reproductive": (14,),
    "female reproductive": (14, 15),
}
"""The ICD-10-CM chapter(s) whose diseases belong to each body system of the word-part table."""

_ALIASES = {
    "circulatory": "cardiovascular",
    "skin": "integumentary",
    "genitourinary": "urinary",
    "hematologic": "blood and immune",
    "psychiatric": "mental",
}


class TerminologyError(ValueError):
    """A term that cannot be split, or a body system that is not known."""


@dataclass(frozen=True)
class WordPart:
    """A prefix, root or suffix with its meaning and (when it has one) body system."""

    part: str
    kind: str
    combining_vowel: str
    meaning: str
    body_system: str

    @property
    def form(self) -> str:
        """How a textbook writes it: "gastr/o", "brady-", "-itis"."""
        if self.kind == "prefix":
            return f"{self.part}-"
        if self.kind == "suffix":
            return f"-{self.part}"
        return f"{self.part}/{self.combining_vowel}" if self.combining_vowel else self.part


@dataclass(frozen=True)
class Segment:
    """One piece of a split term: the letters as they appear and the word part they are."""

    text: str
    part: WordPart


@dataclass(frozen=True)
class Chapter:
    """An ICD-10-CM chapter by number and category range."""

    number: int
    first: str
    last: str


@cache
def _parts() -> tuple[WordPart, ...]:
    return tuple(WordPart(**row) for row in data_files.rows("word_parts.csv"))


@cache
def _by_kind() -> dict[str, tuple[WordPart, ...]]:
    return {k: tuple(p for p in _parts() if p.kind == k) for k in ("prefix", "root", "suffix")}


def word_parts() -> pd.DataFrame:
    """The word-part table: part, kind, combining_vowel, meaning, body_system."""
    return pd.DataFrame([vars(p) for p in _parts()])


def split(term: str) -> list[Segment]:
    """Split ``term`` into prefixes, roots (with combining vowels) and a final suffix.

    Among the possible splits the one with the fewest parts wins ("cholecystectomy" ->
    chole / cyst / ectomy).
    """
    word = "".join(ch for ch in str(term).casefold() if ch.isalpha())
    best = _best(word, 0, True) if word else None
    if best is None:
        raise TerminologyError(
            f"{term!r} cannot be split into the {len(_parts())} word parts of the course table."
        )
    return list(best[1])


@lru_cache(maxsize=4096)
def _best(word: str, start: int, prefixes_allowed: bool) -> tuple[tuple[int, int], tuple] | None:
    """Best (cost, segments) for ``word[start:]``; cost is (parts, combining-vowel letters)."""
    if start == len(word):
        return (0, 0), ()
    options = []
    rest = word[start:]
    for suffix in _by_kind()["suffix"]:
        if rest == suffix.part:
            options.append(((1, 0), (Segment(suffix.part, suffix),)))
    candidates = [(p, "") for p in _by_kind()["prefix"]] if prefixes_allowed else []
    for root in _by_kind()["root"]:
        vowels = root.combining_vowel
        candidates += [(root, vowels[:n]) for n in range(len(vowels) + 1)]
    for part, vowel in candidates:
        text = part.part + vowel
        if not rest.startswith(text):
            continue
        tail = _best(word, start + len(text), part.kind == "prefix")
        if tail is not None and (part.kind == "root" or tail[1]):
            cost = (tail[0][0] + 1, tail[0][1] + len(vowel))
            options.append((cost, (Segment(text, part), *tail[1])))
    return min(options, key=lambda option: option[0]) if options else None


def define(term: str) -> str:
    """A literal definition built from the parts: "liver: enlargement" for hepatomegaly."""
    segments = split(term)
    body = " + ".join(s.part.meaning for s in segments if s.part.kind != "suffix")
    last = segments[-1].part
    if last.kind != "suffix":
        return body
    return f"{body}: {last.meaning}" if body else last.meaning


def chapters_for(body_system: str) -> list[Chapter]:
    """The ICD-10-CM chapters for a body system ("circulatory" -> chapter 9, I00-I99)."""
    name = str(body_system).strip().casefold()
    name = _ALIASES.get(name, name)
    if name not in BODY_SYSTEM_CHAPTERS:
        known = ", ".join(sorted(BODY_SYSTEM_CHAPTERS))
        raise TerminologyError(f"Unknown body system {body_system!r}; known: {known}.")
    return [Chapter(n, *ICD10CM_CHAPTERS[n]) for n in BODY_SYSTEM_CHAPTERS[name]]
