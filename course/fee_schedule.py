"""The CY2025 Medicare Physician Fee Schedule: national RVUs, locality GPCIs, allowed amounts.

Tables (``data/``, made by ``scripts/build_pfs.py`` from CMS's RVU25A files, each with a card):

- ``pfs_rvu_2025.csv.gz``: every code and modifier of the national relative value file: status,
  work, practice expense (non-facility, facility) and malpractice RVUs, their totals, the policy
  indicators and the conversion factor. No descriptions: CPT is the AMA's copyright and CDT the
  ADA's, so codes appear as numbers only (HCPCS Level II text is in ``course.hcpcs``).
- ``pfs_localities_2025.csv``: the GPCIs of the 109 Medicare localities and their counties.

The allowed amount is CMS's formula,
``[(work RVU x work GPCI) + (PE RVU x PE GPCI) + (MP RVU x MP GPCI)] x conversion factor``,
with the facility or non-facility PE RVU, computed in exact decimals and rounded half up to the
cent once, at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import TYPE_CHECKING

from course import data_files

if TYPE_CHECKING:
    import pandas as pd

RELEASE = "CY2025 Medicare Physician Fee Schedule, CMS RVU25A (January release, December 23, 2024)"

STATUS: dict[str, str] = {
    "A": "active: paid separately under the fee schedule, if covered",
    "B": "bundled: paid as part of other services, never separately",
    "C": "contractor priced: the MAC sets the amount case by case",
    "E": "excluded from the fee schedule by regulation",
    "I": "not valid for Medicare purposes: Medicare uses another code",
    "J": "anesthesia service: no RVUs (paid with base and time units)",
    "M": "measurement code: for reporting only",
    "N": "not covered by Medicare",
    "P": "bundled or excluded: no RVUs and no separate payment",
    "R": "restricted coverage: special coverage instructions apply",
    "T": "injection: paid only when no other fee schedule service is billed that day",
    "X": "statutory exclusion: not a physician service under the fee schedule",
}
"""The status codes of the 2025 file (RVU25A, Attachment A), in the course's words."""

PAYABLE: frozenset[str] = frozenset({"A", "R", "T"})
"""Only the RVUs of codes with these statuses are used for Medicare payment (RVU25A)."""

_CENT = Decimal("0.01")
_NUMBERS = ("work_rvu", "pe_rvu_nonfacility", "pe_rvu_facility", "mp_rvu", "total_nonfacility",
            "total_facility", "conversion_factor")


class FeeScheduleError(LookupError):
    """A code, modifier or locality is not in the fee schedule, or the code is not payable."""


@dataclass(frozen=True)
class Rvu:
    """One row of the national relative value file (a code, or a code with modifier 26, TC or 53).

    ``nonfacility_na``/``facility_na`` hold "NA" when CMS set no PE RVU for that setting (the file
    then repeats the other setting's value); the indicators are the file's codes (RVU25A).
    """

    code: str
    modifier: str
    status: str
    work_rvu: float
    pe_rvu_nonfacility: float
    nonfacility_na: str
    pe_rvu_facility: float
    facility_na: str
    mp_rvu: float
    total_nonfacility: float
    total_facility: float
    pctc: str
    global_days: str
    mult_proc: str
    bilat_surg: str
    asst_surg: str
    co_surg: str
    team_surg: str
    conversion_factor: float


@dataclass(frozen=True)
class Locality:
    """A Medicare payment locality: its MAC and number, name, GPCIs and counties."""

    mac: str
    locality: str
    state: str
    name: str
    work_gpci: float
    pe_gpci: float
    mp_gpci: float
    counties: str
    note: str

    @property
    def id(self) -> str:
        """CMS identifies a locality by its MAC and locality number: "13202-01" is Manhattan."""
        return f"{self.mac}-{self.locality}"


@cache
def _rvus() -> dict[tuple[str, str], Rvu]:
    rows = data_files.rows("pfs_rvu_2025.csv.gz")
    return {(r["code"], r["modifier"]): Rvu(**{k: float(v) if k in _NUMBERS else v for k, v in r.items()})
            for r in rows}


@cache
def _localities() -> dict[str, Locality]:
    gpcis = ("work_gpci", "pe_gpci", "mp_gpci")
    places = [Locality(**{k: float(v) if k in gpcis else v for k, v in r.items()})
              for r in data_files.rows("pfs_localities_2025.csv")]
    return {place.id: place for place in places}


def rvu(code: str, modifier: str = "") -> Rvu:
    """The national RVU row of ``code`` (with ``modifier`` "26", "TC" or "53", or none)."""
    key = (str(code).strip().upper(), str(modifier).strip().upper())
    try:
        return _rvus()[key]
    except KeyError:
        rows = [f"{c}-{m}" if m else c for c, m in _rvus() if c == key[0]]
        have = f"the file has {', '.join(rows)}" if rows else "the code is not in the file"
        raise FeeScheduleError(f"{key[0]} {key[1]}".strip() + f": no row in {RELEASE}; {have}.") from None


def locality(place: str) -> Locality:
    """The locality ``place``, given as CMS's MAC and locality number, e.g. "13202-01"."""
    try:
        return _localities()[str(place).strip()]
    except KeyError:
        raise FeeScheduleError(
            f"No locality {place!r}: give its MAC and number as in localities()['id'], e.g. '13202-01'."
        ) from None


def conversion_factor() -> float:
    """The conversion factor of the file (dollars per RVU; 32.3465 for CY2025)."""
    (factor,) = {r.conversion_factor for r in _rvus().values()}
    return factor


def _exact(value: float) -> Decimal:
    return Decimal(repr(value))  # the file's decimal text: its values have at most 4 decimals


def allowed_amount(code: str, locality_id: str | None = None, facility: bool = False,
                   modifier: str = "") -> float:
    """Medicare's fee schedule amount for ``code`` in a locality (None: national, GPCIs of 1.0).

    ``facility`` picks the facility PE RVU (hospital, ASC, SNF ...) instead of the non-facility
    one (office). Rounded half up to the cent. Raises FeeScheduleError for a code whose status
    is not payable (A, R, T), and for an unknown code, modifier or locality.
    """
    row = rvu(code, modifier)
    if row.status not in PAYABLE:
        raise FeeScheduleError(
            f"{row.code} {row.modifier}".strip() + f" has status {row.status} "
            f"({STATUS.get(row.status, 'unknown')}): Medicare pays no fee schedule amount from its RVUs."
        )
    gpci = (1.0, 1.0, 1.0)
    if locality_id is not None:
        place = locality(locality_id)
        gpci = (place.work_gpci, place.pe_gpci, place.mp_gpci)
    pe = row.pe_rvu_facility if facility else row.pe_rvu_nonfacility
    total = sum(_exact(r) * _exact(g) for r, g in zip((row.work_rvu, pe, row.mp_rvu), gpci, strict=True))
    return float((total * _exact(row.conversion_factor)).quantize(_CENT, rounding=ROUND_HALF_UP))


def rvu_table() -> pd.DataFrame:
    """The national relative value file as a DataFrame, one row per code and modifier."""
    import pandas as pd

    return pd.DataFrame([vars(r) for r in _rvus().values()])


def localities() -> pd.DataFrame:
    """Every Medicare locality: id, mac, locality, state, name, the three GPCIs, counties, note."""
    import pandas as pd

    return pd.DataFrame([{"id": p.id, **vars(p)} for p in _localities().values()])
