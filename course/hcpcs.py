"""HCPCS Level II: every code and modifier of CMS's January 2026 alpha-numeric file.

No package ships HCPCS Level II, so the whole file is committed as a table
(``data/hcpcs.csv.gz``, made by ``scripts/build_hcpcs.py``; see ``data/hcpcs.md``). Descriptions
are CMS's own words (public domain). The file keeps codes that CMS has terminated, with their
termination date: ``lookup`` finds them, ``is_valid`` says whether a code is in effect on a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from course import data_files

if TYPE_CHECKING:
    import pandas as pd

RELEASE = "HCPCS Level II, CMS alpha-numeric file of January 2026: 8,623 codes and 383 modifiers"
RELEASE_DATE = date(2026, 1, 1)
"""The first day the January 2026 file applies to."""

SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("A0000", "A0999", "Transportation services including ambulance"),
    ("A2000", "A8999", "Medical and surgical supplies"),
    ("A9000", "A9999", "Administrative, miscellaneous and investigational"),
    ("B4000", "B9999", "Enteral and parenteral therapy"),
    ("C1000", "C9999", "Outpatient prospective payment system (hospital outpatient)"),
    ("E0100", "E9999", "Durable medical equipment"),
    ("G0000", "G9999", "Procedures and professional services (temporary)"),
    ("H0001", "H9999", "Behavioral health and substance abuse treatment services"),
    ("J0000", "J8999", "Drugs administered other than by mouth, and some oral drugs"),
    ("J9000", "J9999", "Chemotherapy drugs"),
    ("K0000", "K9999", "Temporary codes for durable medical equipment"),
    ("L0000", "L4999", "Orthotic procedures and devices"),
    ("L5000", "L9999", "Prosthetic procedures and devices"),
    ("M0000", "M9999", "Medical services"),
    ("P0000", "P9999", "Pathology and laboratory services"),
    ("Q0000", "Q9999", "Temporary codes"),
    ("R0000", "R9999", "Diagnostic radiology services"),
    ("S0000", "S9999", "Temporary national codes (non-Medicare)"),
    ("T1000", "T9999", "National codes for state Medicaid agencies"),
    ("U0000", "U9999", "Coronavirus laboratory tests"),
    ("V0000", "V2999", "Vision services"),
    ("V5000", "V5999", "Hearing and speech-language pathology services"),
)
"""(first, last, name) of each Level II section, in code order. A2000-A3999 holds the skin
substitute and wound matrix supplies (A2001 onwards)."""

COVERAGE: dict[str, str] = {
    "C": "Carrier judgment",
    "D": "Special coverage instructions apply",
    "I": "Not payable by Medicare",
    "M": "Non-covered by Medicare",
    "S": "Non-covered by Medicare statute",
}
"""Medicare coverage codes of the file (record layout, field 16)."""

ACTIONS: dict[str, str] = {
    "A": "Add procedure or modifier code",
    "B": "Change in both administrative data field and long description",
    "C": "Change in long description",
    "D": "Discontinue procedure or modifier code",
    "F": "Change in administrative data field",
    "N": "No maintenance for this code",
    "P": "Payment change",
    "R": "Re-activate discontinued/deleted procedure or modifier code",
    "S": "Change in short description",
    "T": "Miscellaneous change (BETOS, type of service)",
}
"""Action codes: what the release changed for a code (record layout, field 30)."""

_SHAPE = re.compile(r"^[A-Z][0-9]{4}$")
_MODIFIER_SHAPE = re.compile(r"^[A-Z0-9]{2}$")


class HCPCSError(Exception):
    """Base class for HCPCS Level II errors."""


class MalformedCodeError(HCPCSError, ValueError):
    """The string is not a letter followed by 4 digits (or, for a modifier, 2 characters)."""


class CodeNotFoundError(HCPCSError, LookupError):
    """The code is well shaped but not in CMS's file."""


@dataclass(frozen=True)
class Code:
    """One HCPCS Level II code: its section, CMS's long description and its record's data.

    ``pricing`` holds the file's pricing indicator codes (e.g. ``("51",)`` for drugs) and
    ``coverage`` its Medicare coverage code (see ``COVERAGE``); ``terminated`` is the last day
    the code may be used, or None.
    """

    code: str
    section: str
    description: str
    short_description: str = field(default="", repr=False)
    action: str = field(default="", repr=False)
    added: date | None = field(default=None, repr=False)
    effective: date | None = field(default=None, repr=False)
    terminated: date | None = None
    coverage: str = field(default="", repr=False)
    pricing: tuple[str, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Modifier:
    """One HCPCS Level II modifier (e.g. RT, NU, KX) with CMS's descriptions and dates."""

    code: str
    description: str
    short_description: str = field(default="", repr=False)
    action: str = field(default="", repr=False)
    added: date | None = field(default=None, repr=False)
    effective: date | None = field(default=None, repr=False)
    terminated: date | None = None


def normalize(code: str) -> str:
    """Return the upper-case form of ``code`` ("e0114" -> "E0114")."""
    text = str(code).strip().upper()
    if not _SHAPE.match(text):
        raise MalformedCodeError(
            f"{code!r} is not shaped like a HCPCS Level II code: one letter and 4 digits "
            "(e.g. 'E0114'). Five digits alone would be a CPT code."
        )
    return text


def section(code: str) -> str:
    """The name of the Level II section whose range holds ``code``."""
    text = normalize(code)
    for first, last, name in SECTIONS:
        if first <= text <= last:
            return name
    if text.startswith("D"):
        raise HCPCSError(f"{text} is a dental code: D codes are CDT, see course.cdt.")
    raise HCPCSError(f"{text} falls in no HCPCS Level II section range.")


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@cache
def _rows() -> tuple[dict[str, str], ...]:
    return tuple(data_files.rows("hcpcs.csv.gz"))


def _dates(row: dict[str, str]) -> dict:
    return {"short_description": row["short_description"], "action": row["action"],
            "added": _day(row["added"]), "effective": _day(row["effective"]),
            "terminated": _day(row["terminated"])}


@cache
def _table() -> dict[str, Code]:
    return {
        row["code"]: Code(row["code"], section(row["code"]), row["description"], **_dates(row),
                          coverage=row["coverage"], pricing=tuple(row["pricing"].split()))
        for row in _rows() if row["kind"] == "procedure"
    }


@cache
def _modifiers() -> dict[str, Modifier]:
    return {row["code"]: Modifier(row["code"], row["description"], **_dates(row))
            for row in _rows() if row["kind"] == "modifier"}


def lookup(code: str) -> Code:
    """CMS's record of ``code``, terminated or not."""
    text = normalize(code)
    try:
        return _table()[text]
    except KeyError:
        raise CodeNotFoundError(
            f"{text} is not a code of CMS's HCPCS Level II file ({RELEASE}); "
            "check the letter and the digits."
        ) from None


def is_valid(code: str, on: date = RELEASE_DATE) -> bool:
    """True when ``code`` is a Level II code in effect on ``on`` (added, not yet terminated)."""
    try:
        entry = lookup(code)
    except HCPCSError:
        return False
    started = entry.added is None or entry.added <= on
    return started and (entry.terminated is None or on <= entry.terminated)


def modifier(code: str) -> Modifier:
    """CMS's record of the Level II modifier ``code`` ("rt" -> RT, right side)."""
    text = str(code).strip().upper()
    if not _MODIFIER_SHAPE.match(text):
        raise MalformedCodeError(f"{code!r} is not shaped like a modifier: 2 letters or digits (e.g. 'RT').")
    try:
        return _modifiers()[text]
    except KeyError:
        where = "a CPT modifier (AMA), not in the Level II file" if text.isdigit() else "not in CMS's file"
        raise CodeNotFoundError(f"Modifier {text} is {where}.") from None


@cache
def _search_texts() -> tuple[tuple[Code, str], ...]:
    return tuple((c, f"{c.description} {c.short_description}".casefold()) for c in _table().values())


def search(words: str) -> list[Code]:
    """Codes whose long or short description holds every word of ``words`` (any case), in code order."""
    wanted = str(words).casefold().split()
    return [c for c, text in _search_texts() if all(w in text for w in wanted)]


def table() -> pd.DataFrame:
    """Every Level II code as a DataFrame: code, section, description, short_description, action,
    added, effective, terminated, coverage, pricing (dates as ``datetime.date`` or None)."""
    import pandas as pd

    return pd.DataFrame([vars(c) for c in _table().values()])


def modifiers() -> pd.DataFrame:
    """Every Level II modifier: code, description, short_description, action, added, effective,
    terminated."""
    import pandas as pd

    return pd.DataFrame([vars(m) for m in _modifiers().values()])
