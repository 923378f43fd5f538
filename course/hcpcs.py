"""HCPCS Level II: code shape, sections by code range, and a small table of real codes.

No package ships HCPCS Level II, so the table is committed (``data/hcpcs.csv``, see its data
card); its descriptions are the course's own paraphrases, not CMS's wording.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pandas as pd

RELEASE = "HCPCS Level II, CMS 2026 annual release: 292 long-standing codes (see data/hcpcs.md)"

SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("A0000", "A0999", "Transportation services including ambulance"),
    ("A4000", "A8999", "Medical and surgical supplies"),
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
"""(first, last, name) of each Level II section, in code order."""

_SHAPE = re.compile(r"^[A-Z][0-9]{4}$")


class HCPCSError(Exception):
    """Base class for HCPCS Level II errors."""


class MalformedCodeError(HCPCSError, ValueError):
    """The string is not a letter followed by 4 digits."""


class CodeNotFoundError(HCPCSError, LookupError):
    """The code is well shaped but not in the course table."""


@dataclass(frozen=True)
class Code:
    """One HCPCS Level II code with its section and paraphrased description."""

    code: str
    section: str
    description: str


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


@cache
def _table() -> dict[str, Code]:
    text = (resources.files("course") / "data" / "hcpcs.csv").read_text(encoding="utf-8")
    return {
        row["code"]: Code(row["code"], row["section"], row["description"])
        for row in csv.DictReader(text.splitlines())
    }


def lookup(code: str) -> Code:
    """The course table's entry for ``code``."""
    text = normalize(code)
    try:
        return _table()[text]
    except KeyError:
        raise CodeNotFoundError(
            f"{text} is not in the course's HCPCS table of {len(_table())} codes; "
            "check the full CMS file for it."
        ) from None


def search(words: str) -> list[Code]:
    """Table entries whose description holds every word of ``words`` (any case)."""
    wanted = str(words).casefold().split()
    return [c for c in _table().values() if all(w in c.description.casefold() for w in wanted)]


def table() -> pd.DataFrame:
    """The course table as a DataFrame with columns code, section, description."""
    return pd.DataFrame([vars(c) for c in _table().values()])
