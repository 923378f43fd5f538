"""WHO classifications beside ICD-10-CM: ICD-11 code format, the ATC drug classification, MedDRA.

- **ICD-11** (WHO, adopted by the World Health Assembly in May 2019, in effect January 1, 2022):
  ``parse_icd11`` reads one code's format (stem or extension code, chapter from the first
  character, residual "other specified"/"unspecified" categories); ``parse_cluster`` reads a
  postcoordinated cluster such as ``"6A70&XS5Y"`` or ``"NC53.Y&XK8G/PA71&XE5UF"``. Only the
  *format* is checked: no ICD-11 code list ships with the course, so a well-formed code may still
  not exist. The chapter list is ``data/icd11_chapters.csv``.
- **ATC** (WHO Collaborating Centre for Drug Statistics Methodology): ``parse_atc`` splits a code
  such as ``A10BA02`` into its 5 levels and names each level from the small committed table
  ``data/atc.csv``; ``atc_codes_for`` finds every code of a substance.
- **MedDRA** (ICH, maintained by the MSSO): its 5 levels and the 27 System Organ Classes
  (``data/meddra_socs.csv``). MedDRA terms below the SOC are licensed, so the hierarchy example
  here (``meddra_example``) uses the course's own labels, marked illustrative.
- ``icd10_icd11_examples``: a few ICD-10 to ICD-11 category pairs, each with its confidence;
  ``icd_revisions``: when ICD-10 and ICD-11 were adopted and how many codes each has.
- ICD-10-CM's category QA0 (FY2026) has a letter in 2nd position, like ICD-11; its undotted
  codes QA00 and QA08 are read as ICD-10-CM, never as ICD-11 (``parse_icd11`` says why).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pandas as pd

_BASE34 = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # digits and letters without I and O
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_C = f"[{_BASE34}]"
_STEM = re.compile(rf"^([0-9A-HJ-NP-WYZ])([{_LETTERS}])([0-9])({_C})(?:\.({_C}{{1,2}}))?$")
_EXTENSION = re.compile(rf"^X[{_LETTERS}]{_C}{{2,5}}$")
_ATC = re.compile(r"^[A-Z](?:[0-9]{2}(?:[A-Z](?:[A-Z](?:[0-9]{2})?)?)?)?$")
_ATC_LENGTHS = {1: 1, 3: 2, 4: 3, 5: 4, 7: 5}

ATC_LEVELS: tuple[str, ...] = (
    "anatomical main group",
    "therapeutic subgroup",
    "pharmacological subgroup",
    "chemical subgroup",
    "chemical substance",
)
"""The meaning of ATC levels 1 to 5."""

MEDDRA_LEVELS: tuple[tuple[str, str], ...] = (
    ("SOC", "System Organ Class"),
    ("HLGT", "High Level Group Term"),
    ("HLT", "High Level Term"),
    ("PT", "Preferred Term"),
    ("LLT", "Lowest Level Term"),
)
"""MedDRA's 5 levels, broadest first: (abbreviation, name)."""


class ICD11FormatError(ValueError):
    """The string is not shaped like an ICD-11 code or cluster."""


class ATCFormatError(ValueError):
    """The string is not shaped like an ATC code of any level."""


@dataclass(frozen=True)
class ICD11Code:
    """One ICD-11 code read by its format.

    ``kind`` is "stem" or "extension"; ``chapter`` is "1" to "26", "V" or "X";
    ``residual`` is "other specified" (final Y), "unspecified" (final Z) or None.
    """

    code: str
    kind: str
    chapter: str
    chapter_title: str
    category: str
    residual: str | None


@dataclass(frozen=True)
class ClusterPart:
    """A stem code and the extension codes attached to it with "&"."""

    stem: ICD11Code
    extensions: tuple[ICD11Code, ...]


@dataclass(frozen=True)
class ATCLevel:
    """One level of an ATC code: 1 to 5, the code up to that level, what the level means, and the
    group or substance name when the committed table has it (else None)."""

    level: int
    code: str
    meaning: str
    name: str | None


def _read(name: str) -> pd.DataFrame:
    with (resources.files("course") / "data" / name).open(encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype=str, keep_default_na=False)


@cache
def _chapters() -> pd.DataFrame:
    return _read("icd11_chapters.csv")


def icd11_chapters() -> pd.DataFrame:
    """The ICD-11 MMS chapters: chapter, first_character, kind, title, source, source_year."""
    return _chapters().copy()


def icd11_chapter(first_character: str) -> tuple[str, str]:
    """(chapter, title) of the chapter whose codes start with ``first_character``.

    Raises ICD11FormatError for a character that starts no chapter (0, I, O, T, U, W, Y, Z...).
    """
    char = str(first_character).strip().upper()
    rows = _chapters()[_chapters().first_character == char]
    if len(char) != 1 or rows.empty:
        raise ICD11FormatError(
            f"{first_character!r} starts no ICD-11 chapter: chapters 1-9 start with 1-9, chapters "
            "10-26 with A-H, J-N, P-S (no I or O), then V (functioning) and X (extension codes)."
        )
    return rows.chapter.iloc[0], rows.title.iloc[0]


def parse_icd11(code: str) -> ICD11Code:
    """Read the format of one ICD-11 code: a stem code ("5A11", "1A00.00") or an extension code
    ("XS5Y").

    A stem code is 4 characters (chapter character, a letter, a digit, one more character)
    optionally followed by a dot and 1 or 2 characters; letters I and O never occur. An extension
    code starts with X then a letter. Raises ICD11FormatError with the reason otherwise, and for a
    string that is an ICD-10-CM FY2026 code written without its dot ("QA08" is QA0.8).
    """
    text = str(code).strip().upper()
    if "I" in text or "O" in text:
        raise ICD11FormatError(
            f"{code!r} contains I or O: ICD-11 never uses these letters, to avoid confusion with "
            "the digits 1 and 0."
        )
    if _EXTENSION.match(text):
        chapter, title = icd11_chapter("X")
        return ICD11Code(text, "extension", chapter, title, text, None)
    match = _STEM.match(text)
    if not match:
        raise ICD11FormatError(_stem_problem(code, text))
    _refuse_icd10cm(code, text)
    chapter, title = icd11_chapter(match.group(1))
    last = text[-1]
    residual = {"Y": "other specified", "Z": "unspecified"}.get(last) if len(text) > 3 else None
    return ICD11Code(text, "stem", chapter, title, text[:4], residual)


def _refuse_icd10cm(code: str, text: str) -> None:
    """Raise when ``text`` is an ICD-10-CM FY2026 code written without its dot (QA00, QA08).

    ICD-10-CM's category QA0 has a letter in 2nd position, so its undotted 4-character codes
    have an ICD-11 stem code's shape (ICD-11's chapter 24 codes start with Q too). The course
    reads such a string as ICD-10-CM: only ICD-10-CM shaped strings load the code set.
    """
    from course import icd10cm

    if icd10cm.has_code_shape(text) and icd10cm.is_valid(text):
        dotted = icd10cm.normalize(text)
        raise ICD11FormatError(
            f"{code!r} is the ICD-10-CM code {dotted} written without its dot: ICD-10-CM's "
            "category QA0 has a letter in 2nd position, as ICD-11 codes do. The course reads it as "
            f"ICD-10-CM; written with the dot after the 3rd character ({dotted}) it cannot be "
            "taken for ICD-11, whose dot comes after the 4th."
        )


def _stem_problem(code: str, text: str) -> str:
    if len(text) < 4:
        return f"{code!r} is too short: an ICD-11 stem code has at least 4 characters (e.g. 5A11)."
    if not text[1:2].isalpha():
        return (
            f"{code!r} has no letter in 2nd position: ICD-11 codes always do; ICD-10 codes and "
            "every ICD-10-CM code outside category QA0 have a digit there."
        )
    if not text[2:3].isdigit():
        return f"{code!r} has no digit in 3rd position: ICD-11 stem codes always do (e.g. 5A11)."
    return (
        f"{code!r} is not shaped like an ICD-11 code: 4 characters (chapter character, letter, "
        "digit, character), optionally a dot and 1-2 more (e.g. 1A00.00); extension codes start "
        "with X."
    )


def is_icd11_format(code: str) -> bool:
    """True when ``code`` is shaped like an ICD-11 stem or extension code and is no ICD-10-CM code."""
    try:
        parse_icd11(code)
    except ICD11FormatError:
        return False
    return True


def parse_cluster(text: str) -> tuple[ClusterPart, ...]:
    """Split a postcoordinated ICD-11 cluster into its stem codes and their extension codes.

    "/" joins stem codes, "&" attaches an extension code to the stem before it:
    ``parse_cluster("NC53.Y&XK8G/PA71&XE5UF")`` gives two parts. Raises ICD11FormatError when a
    cluster starts with an extension code (extension codes are never used alone), when "&" is
    followed by a stem code, when "/" is followed by an extension code, or when a code is
    malformed.
    """
    cleaned = re.sub(r"\s+", "", str(text)).upper()
    if not cleaned:
        raise ICD11FormatError("An empty string is not an ICD-11 cluster.")
    parts: list[ClusterPart] = []
    for group in cleaned.split("/"):
        if not group:
            raise ICD11FormatError(f"{text!r} has an empty place around '/'.")
        stem_text, *extension_texts = group.split("&")
        stem = parse_icd11(stem_text)
        if stem.kind != "stem":
            raise ICD11FormatError(
                f"{stem.code} is an extension code: extension codes are never used alone; "
                "attach it with '&' after a stem code."
            )
        extensions = tuple(parse_icd11(e) for e in extension_texts)
        stems_after_ampersand = [e.code for e in extensions if e.kind == "stem"]
        if stems_after_ampersand:
            raise ICD11FormatError(
                f"{', '.join(stems_after_ampersand)} follows '&' but is a stem code: join stem "
                "codes with '/', and use '&' only for extension codes."
            )
        parts.append(ClusterPart(stem, extensions))
    return tuple(parts)


@cache
def _atc() -> pd.DataFrame:
    frame = _read("atc.csv")
    frame["level"] = frame.level.astype(int)
    return frame


def atc_table() -> pd.DataFrame:
    """The committed ATC groups and substances: code, level, name, source, source_year."""
    return _atc().copy()


def atc_level(code: str) -> int:
    """The ATC level (1 to 5) of ``code`` from its shape: lengths 1, 3, 4, 5 and 7.

    Raises ATCFormatError when ``code`` is not shaped like an ATC code.
    """
    text = str(code).strip().upper()
    if not _ATC.match(text) or len(text) not in _ATC_LENGTHS:
        raise ATCFormatError(
            f"{code!r} is not shaped like an ATC code: a letter (level 1), 2 digits (level 2), a "
            "letter (level 3), a letter (level 4), 2 digits (level 5), e.g. A10BA02."
        )
    return _ATC_LENGTHS[len(text)]


def parse_atc(code: str) -> list[ATCLevel]:
    """Every level of ``code``, level 1 first, each named when the committed table knows it.

    ``parse_atc("A10BA02")`` gives A, A10, A10B, A10BA, A10BA02. Raises ATCFormatError for a
    malformed code or a first letter that is not one of the 14 anatomical main groups.
    """
    text = str(code).strip().upper()
    level = atc_level(text)
    names = dict(zip(_atc().code, _atc().name, strict=True))
    if text[0] not in names:
        groups = "".join(sorted(c for c in names if len(c) == 1))
        raise ATCFormatError(f"{code!r}: {text[0]} is not an ATC anatomical main group ({groups}).")
    prefixes = [text[:n] for n, lv in sorted(_ATC_LENGTHS.items()) if lv <= level]
    return [
        ATCLevel(i, prefix, ATC_LEVELS[i - 1], names.get(prefix))
        for i, prefix in enumerate(prefixes, start=1)
    ]


def atc_codes_for(substance: str) -> list[str]:
    """The level-5 codes of ``substance`` (case-insensitive) in the committed table, sorted.

    One substance can have several codes, one per therapeutic use: aspirin (acetylsalicylic
    acid) has A01AD05, B01AC06 and N02BA01. Raises LookupError when the table has none.
    """
    frame = _atc()
    name = str(substance).strip().lower()
    found = sorted(frame.code[(frame.level == 5) & (frame.name.str.lower() == name)])
    if not found:
        raise LookupError(
            f"{substance!r} is not a substance in the course's ATC table (data/atc.csv); "
            "look it up in the WHOCC ATC/DDD Index."
        )
    return found


@cache
def _socs() -> tuple[str, ...]:
    return tuple(_read("meddra_socs.csv").soc)


def meddra_socs() -> list[str]:
    """The 27 MedDRA System Organ Classes, alphabetically."""
    return list(_socs())


def meddra_example() -> pd.DataFrame:
    """A tiny ILLUSTRATIVE MedDRA-shaped hierarchy: columns level, term, parent, primary.

    Only the SOC names are real MedDRA terms (they are public); every term below them is the
    course's own label, marked "(illustrative)", because MedDRA's HLGTs, HLTs, PTs and LLTs are
    licensed. It shows the rules: each LLT links to exactly one PT; a PT may sit under more than
    one SOC (multiaxiality) but has exactly one primary SOC (``primary`` True on that link).
    """
    rows = [
        ("SOC", "Nervous system disorders", None, True),
        ("SOC", "Vascular disorders", None, True),
        ("HLGT", "Head pain group (illustrative)", "Nervous system disorders", True),
        ("HLGT", "Blood vessel pain group (illustrative)", "Vascular disorders", True),
        ("HLT", "Head pain types (illustrative)", "Head pain group (illustrative)", True),
        ("HLT", "Vessel-related head pain (illustrative)", "Blood vessel pain group (illustrative)", True),
        ("PT", "Pounding head pain (illustrative)", "Head pain types (illustrative)", True),
        ("PT", "Pounding head pain (illustrative)", "Vessel-related head pain (illustrative)", False),
        ("LLT", "Throbbing headache (illustrative)", "Pounding head pain (illustrative)", True),
        ("LLT", "Pulsing head pain (illustrative)", "Pounding head pain (illustrative)", True),
    ]
    return pd.DataFrame(rows, columns=["level", "term", "parent", "primary"])


def icd_revisions() -> pd.DataFrame:
    """ICD-10 and ICD-11: revision, adopted, in_use, codes, codable_terms, source, source_year.

    ``codes`` and ``codable_terms`` are WHO's rounded counts (ICD-11: the 2022 release); an
    empty ``codable_terms`` means the source gives none.
    """
    frame = _read("icd_revisions.csv")
    for column in ("codes", "codable_terms", "source_year"):
        frame[column] = pd.to_numeric(frame[column]).astype("Int64")
    return frame


def icd10_icd11_examples() -> pd.DataFrame:
    """A few WHO ICD-10 categories and their ICD-11 MMS counterparts.

    Columns icd10, icd10_title, icd11, icd11_title, confidence ("checked" or "unverified"),
    note, source, source_year. WHO publishes full mapping tables with ICD-11; they are not in
    the course, so most rows are marked unverified.
    """
    return _read("icd10_icd11_examples.csv")
