"""CPT's framework: categories I, II and III and the sections of Category I, by code range.

CPT is the AMA's copyright. This module holds code numbers, ranges and section names only,
never the descriptor of any code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORY_I_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("00100", "01999", "Anesthesia"),
    ("10004", "69990", "Surgery"),
    ("70010", "79999", "Radiology"),
    ("80047", "89398", "Pathology and Laboratory"),
    ("90281", "99099", "Medicine"),
    ("99100", "99140", "Anesthesia"),
    ("99141", "99199", "Medicine"),
    ("99202", "99499", "Evaluation and Management"),
    ("99500", "99607", "Medicine"),
)
"""(first, last, section) in code order. The Anesthesia qualifying-circumstance add-ons
(99100-99140) sit inside the Medicine numbers, and Medicine resumes after the E/M range."""

SURGERY_SUBSECTIONS: tuple[tuple[str, str, str], ...] = (
    ("10004", "10021", "General"),
    ("10030", "19499", "Integumentary System"),
    ("20100", "29999", "Musculoskeletal System"),
    ("30000", "32999", "Respiratory System"),
    ("33016", "37799", "Cardiovascular System"),
    ("38100", "38999", "Hemic and Lymphatic Systems"),
    ("39000", "39599", "Mediastinum and Diaphragm"),
    ("40490", "49999", "Digestive System"),
    ("50010", "53899", "Urinary System"),
    ("54000", "55899", "Male Genital System"),
    ("55920", "55980", "Reproductive System Procedures and Intersex Surgery"),
    ("56405", "58999", "Female Genital System"),
    ("59000", "59899", "Maternity Care and Delivery"),
    ("60000", "60699", "Endocrine System"),
    ("61000", "64999", "Nervous System"),
    ("65091", "68899", "Eye and Ocular Adnexa"),
    ("69000", "69979", "Auditory System"),
    ("69990", "69990", "Operating Microscope"),
)

CATEGORY_II_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("0001F", "0499F", "Composite Measures"),
    ("0500F", "0999F", "Patient Management"),
    ("1000F", "1999F", "Patient History"),
    ("2000F", "2999F", "Physical Examination"),
    ("3000F", "3999F", "Diagnostic/Screening Processes or Results"),
    ("4000F", "4999F", "Therapeutic, Preventive or Other Interventions"),
    ("5000F", "5999F", "Follow-up or Other Outcomes"),
    ("6000F", "6999F", "Patient Safety"),
    ("7000F", "7999F", "Structural Measures"),
    ("9000F", "9999F", "Non-Measure Code Listing"),
)

CATEGORIES = {
    "I": "Category I: procedures and services, five digits, in six sections",
    "II": "Category II: performance measurement tracking codes, four digits and F",
    "III": "Category III: temporary codes for emerging technology, four digits and T",
    "PLA": "Proprietary Laboratory Analyses: four digits and U, in the Pathology and "
    "Laboratory section",
}

_SHAPE = re.compile(r"^([0-9]{5}|[0-9]{4}[FTU])$")


class MalformedCodeError(ValueError):
    """The string is not shaped like a CPT code."""


@dataclass(frozen=True)
class CptClass:
    """Where a CPT code sits: category, section and (for Surgery) subsection."""

    code: str
    category: str
    section: str | None
    subsection: str | None


def normalize(code: str) -> str:
    """Return the upper-case form of ``code`` ("0042t" -> "0042T")."""
    text = str(code).strip().upper()
    if not _SHAPE.match(text):
        raise MalformedCodeError(
            f"{code!r} is not shaped like a CPT code: five digits (Category I, e.g. '99213'), "
            "or four digits and F (Category II), T (Category III) or U (PLA)."
        )
    return text


def category(code: str) -> str:
    """The CPT category of ``code``: "I", "II", "III" or "PLA"."""
    text = normalize(code)
    return {"F": "II", "T": "III", "U": "PLA"}.get(text[-1], "I")


def _find(code: str, ranges: tuple[tuple[str, str, str], ...]) -> str | None:
    return next((name for first, last, name in ranges if first <= code <= last), None)


def classify(code: str) -> CptClass:
    """Classify ``code`` into category, section and subsection by its range.

    ``section`` is None for a Category I number that falls between the published ranges, and
    for Category III codes, which have no sections.
    """
    text = normalize(code)
    cat = category(text)
    if cat == "I":
        section = _find(text, CATEGORY_I_SECTIONS)
        sub = _find(text, SURGERY_SUBSECTIONS) if section == "Surgery" else None
        return CptClass(text, cat, section, sub)
    if cat == "II":
        return CptClass(text, cat, None, _find(text, CATEGORY_II_GROUPS))
    if cat == "PLA":
        return CptClass(text, cat, "Pathology and Laboratory", "Proprietary Laboratory Analyses")
    return CptClass(text, cat, None, None)
