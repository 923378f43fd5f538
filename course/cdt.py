"""CDT (Code on Dental Procedures and Nomenclature): code shape and the 12 categories of service.

CDT is the ADA's copyright. This module holds code numbers, ranges and category names only,
never the descriptor of any code.
"""

from __future__ import annotations

import re

CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("D0100", "D0999", "Diagnostic"),
    ("D1000", "D1999", "Preventive"),
    ("D2000", "D2999", "Restorative"),
    ("D3000", "D3999", "Endodontics"),
    ("D4000", "D4999", "Periodontics"),
    ("D5000", "D5899", "Prosthodontics, removable"),
    ("D5900", "D5999", "Maxillofacial Prosthetics"),
    ("D6000", "D6199", "Implant Services"),
    ("D6200", "D6999", "Prosthodontics, fixed"),
    ("D7000", "D7999", "Oral and Maxillofacial Surgery"),
    ("D8000", "D8999", "Orthodontics"),
    ("D9000", "D9999", "Adjunctive General Services"),
)
"""(first, last, name) of the 12 categories of service, in code order."""

_SHAPE = re.compile(r"^D[0-9]{4}$")


class MalformedCodeError(ValueError):
    """The string is not D followed by 4 digits, or lies outside every category."""


def normalize(code: str) -> str:
    """Return the upper-case form of ``code`` ("d1110" -> "D1110")."""
    text = str(code).strip().upper()
    if not _SHAPE.match(text):
        raise MalformedCodeError(f"{code!r} is not a CDT code: D and four digits (e.g. 'D0150').")
    return text


def category(code: str) -> str:
    """The category of service whose range holds ``code``."""
    text = normalize(code)
    for first, last, name in CATEGORIES:
        if first <= text <= last:
            return name
    raise MalformedCodeError(f"{text} lies before D0100, outside every CDT category.")
