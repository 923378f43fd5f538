"""The answer-key claims of the course's charts, for the X12 tests (never imported by a notebook).

One claim per chart that goes on an 837P (the dental chart goes on an 837D). Each is coded from
the chart's note by the FY2026 ICD-10-CM guidelines, with CPT numbers and HCPCS Level II codes;
the charges are the made-up practices' own.
"""

from __future__ import annotations

from course.claims import Claim, ServiceLine
from course.ehr import example_claim


def _line(code: str, pointers: str, charge: float, place: str, day: str, units: int = 1,
          modifiers: tuple[str, ...] = ()) -> ServiceLine:
    return ServiceLine(code, pointers, units, modifiers, charge, place, day)


KEYS: dict[str, Claim] = {
    "knee-injection": example_claim(),
    "ckd-query": Claim(("I10", "E78.5"), (_line("99214", "AB", 185, "11", "2026-02-17"),), "Commercial"),
    "ankle-sprain-ed": Claim(("S93.411A",), (
        _line("99283", "A", 320, "23", "2026-04-04", modifiers=("25",)),
        _line("29515", "A", 180, "23", "2026-04-04", modifiers=("RT",)),
    ), "Commercial"),
    "colonoscopy-asc": Claim(("Z12.11", "D12.5"), (
        _line("45385", "AB", 950, "24", "2026-05-12", modifiers=("PT",)),), "Medicare"),
    "cholecystitis-inpatient": Claim(("K80.00", "I10", "E78.5"), (
        _line("47562", "A", 1850, "21", "2026-01-21"),), "Commercial"),
    "depression-bh": Claim(("F33.1", "F41.1", "Z56.0"), (
        _line("99214", "ABC", 185, "11", "2026-03-24"),
        _line("90836", "AB", 160, "11", "2026-03-24"),
    ), "Commercial"),
    "uti-office": Claim(("N39.0",), (
        _line("99213", "A", 125, "11", "2026-02-03"),
        _line("81003", "A", 15, "11", "2026-02-03", modifiers=("QW",)),
    ), "Medicaid"),
    "copd-office": Claim(("J44.1", "Z87.891"), (
        _line("99214", "AB", 185, "11", "2026-01-13", modifiers=("25",)),
        _line("96372", "A", 35, "11", "2026-01-13"),
        _line("J1100", "A", 10, "11", "2026-01-13", units=10),
    ), "Medicare"),
    "chest-pain-ed": Claim(("R07.9", "I10"), (
        _line("99284", "AB", 540, "23", "2026-05-30"),
        _line("93010", "A", 45, "23", "2026-05-30"),
    ), "Commercial"),
    "hand-laceration-uc": Claim(("S61.412A", "W25.XXXA", "Z23"), (
        _line("12001", "A", 260, "20", "2026-04-18"),
        _line("90715", "C", 65, "20", "2026-04-18"),
        _line("90471", "C", 30, "20", "2026-04-18"),
    ), "Commercial"),
}
"""Case id -> its answer-key claim."""
