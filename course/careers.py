"""Careers: certification exam facts, BLS wages and projections, and a study-plan calculator.

Three committed tables, each with a data card in ``data/``:

- ``certifications.csv``: the CPC (AAPC), CCA and CCS (AHIMA) and CBCS (NHA) exams, one fact per
  row (questions, time, pass mark, fee, renewal, eligibility, format), each with its source, the
  source's year and a ``confidence`` flag.
- ``bls_wages.csv``: BLS wage and employment figures for medical records specialists (SOC 29-2072;
  before the 2018 SOC, 29-2071), national, by industry and by state, one figure per row.
- ``bls_projections.csv``: the ten-year employment projections of several Occupational Outlook
  Handbook editions, one edition per row.

``confidence`` is ``primary`` (read on the publisher's own page), ``third_party`` (a primary
figure quoted by another site) or ``conflict`` (sources disagree; the ``note`` says how).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache
from importlib import resources

import pandas as pd

CONFIDENCE_LEVELS: tuple[str, ...] = ("primary", "third_party", "conflict")
"""The values of the ``confidence`` column, from most to least trustworthy."""

CREDENTIALS: tuple[str, ...] = ("CPC", "CCA", "CCS", "CBCS")
"""The certifications that the course's source text names, in its order of mention."""


@cache
def _read(name: str) -> pd.DataFrame:
    with (resources.files("course") / "data" / name).open(encoding="utf-8") as handle:
        return pd.read_csv(handle, keep_default_na=False, na_values=[""])


def certifications() -> pd.DataFrame:
    """The certification facts table, one fact per row (a fresh copy).

    Columns: credential, full_name, body, attribute, value (float, NaN for text facts), unit,
    detail (the fact in words), status ("current" or "former"), source, source_url,
    source_year (int), confidence, note.
    """
    frame = _read("certifications.csv").copy()
    frame["value"] = frame["value"].astype(float)
    frame["source_year"] = frame["source_year"].astype(int)
    frame[["source_url", "note"]] = frame[["source_url", "note"]].fillna("")
    return frame


def exam_summary(status: str = "current") -> pd.DataFrame:
    """The numeric exam facts of one ``status`` as a wide table: a row per credential.

    Columns are the numeric attributes (questions_total, time_minutes, pass_mark, ...); a
    credential without a figure for an attribute has NaN there. Raises ValueError for a
    status other than "current" or "former".
    """
    if status not in ("current", "former"):
        raise ValueError(f"status must be 'current' or 'former', not {status!r}")
    facts = certifications()
    numeric = facts[(facts["status"] == status) & facts["value"].notna()]
    wide = numeric.pivot(index="credential", columns="attribute", values="value")
    order = [c for c in CREDENTIALS if c in wide.index]
    wide = wide.loc[order]
    wide.columns.name = None
    return wide


def bls_wages() -> pd.DataFrame:
    """BLS wage and employment figures, one figure per row (a fresh copy).

    Columns: soc_code, occupation, period ("May 2011"), year (int), area ("United States" or a
    state), industry ("All industries" or an industry), measure (employment, median_annual,
    mean_annual, mean_hourly, median_hourly, p10_annual, p25_annual, p75_annual, p90_annual),
    value (float), unit, source, source_url, source_year (int), confidence, note.
    """
    frame = _read("bls_wages.csv").copy()
    frame["value"] = frame["value"].astype(float)
    frame[["source_url", "note"]] = frame[["source_url", "note"]].fillna("")
    return frame


def bls_projections() -> pd.DataFrame:
    """BLS Occupational Outlook Handbook projections, one edition per row (a fresh copy).

    Columns: soc_code, occupation, period ("2014-24"), base_year, target_year (int),
    base_employment, employment_change (float, NaN where the source gives none), change_pct
    (float, as the OOH prints it: a whole percent), source, source_url, source_year (int),
    confidence, note.
    """
    frame = _read("bls_projections.csv").copy()
    for column in ("base_employment", "employment_change", "change_pct"):
        frame[column] = frame[column].astype(float)
    frame[["source_url", "note"]] = frame[["source_url", "note"]].fillna("")
    return frame


def weeks_needed(total_hours: float, hours_per_week: float) -> int:
    """Whole weeks needed to study ``total_hours`` at ``hours_per_week`` (rounded up).

    Raises ValueError when total_hours is negative or hours_per_week is not positive.
    """
    if hours_per_week <= 0:
        raise ValueError(f"hours_per_week must be positive, not {hours_per_week!r}")
    if total_hours < 0:
        raise ValueError(f"total_hours cannot be negative: {total_hours!r}")
    return math.ceil(round(total_hours / hours_per_week, 9))


def study_plan(
    total_hours: float, hours_per_week: float, weights: Mapping[str, float]
) -> pd.DataFrame:
    """Split ``total_hours`` of study over exam domains in proportion to ``weights``.

    ``weights`` maps each domain to a non-negative weight (for example its number of exam
    questions); they need not add up to 1. Returns one row per domain, in the order given, with
    columns domain, share (weight / sum of weights), hours (total_hours x share, rounded to 0.1)
    and weeks (hours / hours_per_week, rounded to 0.1). The total number of whole weeks is
    ``weeks_needed(total_hours, hours_per_week)``.

    Raises ValueError for empty weights, a negative weight, weights that add up to 0, or a
    non-positive hours_per_week.
    """
    if hours_per_week <= 0:
        raise ValueError(f"hours_per_week must be positive, not {hours_per_week!r}")
    if total_hours < 0:
        raise ValueError(f"total_hours cannot be negative: {total_hours!r}")
    if not weights:
        raise ValueError("weights is empty: give at least one domain and its weight")
    negative = [d for d, w in weights.items() if w < 0]
    if negative:
        raise ValueError(f"weights cannot be negative: {negative}")
    total_weight = sum(weights.values())
    if total_weight == 0:
        raise ValueError("the weights add up to 0: give at least one positive weight")
    rows = []
    for domain, weight in weights.items():
        share = weight / total_weight
        hours = total_hours * share
        rows.append((domain, share, round(hours, 1), round(hours / hours_per_week, 1)))
    return pd.DataFrame(rows, columns=["domain", "share", "hours", "weeks"])
