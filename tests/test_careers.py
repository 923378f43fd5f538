"""course.careers: the certification and BLS tables, their sources, and the study-plan helpers."""

import math

import pandas as pd
import pytest

from course import careers

FIGURE_TABLES = {
    "certifications": careers.certifications,
    "bls_wages": careers.bls_wages,
    "bls_projections": careers.bls_projections,
}


@pytest.mark.parametrize("name", sorted(FIGURE_TABLES))
def test_every_row_has_a_source_a_year_and_a_known_confidence(name):
    frame = FIGURE_TABLES[name]()
    assert len(frame) > 0
    assert frame["source"].str.strip().ne("").all(), name
    assert frame["source_year"].between(2000, 2030).all(), name
    assert set(frame["confidence"]) <= set(careers.CONFIDENCE_LEVELS), name
    flagged = frame[frame["confidence"] == "conflict"]
    assert flagged["note"].str.strip().ne("").all(), f"{name}: a conflict row must say why"


def test_loaders_return_fresh_copies():
    first = careers.certifications()
    first.loc[0, "value"] = -1
    assert careers.certifications().loc[0, "value"] != -1


def test_certifications_cover_the_four_credentials_of_the_source_text():
    facts = careers.certifications()
    assert set(facts["credential"]) == set(careers.CREDENTIALS)
    bodies = facts.drop_duplicates("credential").set_index("credential")["body"].to_dict()
    assert bodies == {"CPC": "AAPC", "CCA": "AHIMA", "CCS": "AHIMA", "CBCS": "NHA"}
    assert set(facts["status"]) == {"current", "former"}
    text = facts[facts["unit"] == "text"]
    assert text["value"].isna().all() and text["detail"].str.len().gt(10).all()
    numeric = facts[facts["unit"] != "text"]
    assert numeric["value"].notna().all()
    assert not facts.duplicated(["credential", "attribute", "status"]).any()


def test_primary_exam_figures():
    current = careers.exam_summary()
    assert current.loc["CPC", "questions_total"] == 100
    assert current.loc["CPC", "time_minutes"] == 240
    cca = current.loc["CCA", ["questions_total", "questions_scored", "time_minutes"]]
    assert cca.tolist() == [105, 90, 120]


def test_exam_summary_is_wide_in_credential_order_and_rejects_unknown_status():
    current = careers.exam_summary()
    assert list(current.index) == list(careers.CREDENTIALS)
    assert "time_minutes" in current.columns and "eligibility" not in current.columns
    assert current.loc["CCS"].isna().any()  # no CCS fee among current figures
    former = careers.exam_summary("former")
    assert former.loc["CPC", "questions_total"] == 150
    with pytest.raises(ValueError, match="status"):
        careers.exam_summary("old")


def test_bls_wages_shape_and_known_primary_figures():
    wages = careers.bls_wages()
    assert wages["value"].dtype == float and wages["year"].dtype.kind == "i"
    assert wages["soc_code"].isin(["29-2071", "29-2072"]).all()
    may2011 = wages[(wages["period"] == "May 2011") & (wages["industry"] == "All industries")]
    assert may2011.set_index("measure").loc["median_annual", "value"] == 33310
    hospitals = wages[(wages["industry"] == "General medical and surgical hospitals")
                      & (wages["measure"] == "mean_annual")]
    assert hospitals["value"].tolist() == [37960]
    medians = wages[(wages["measure"] == "median_annual") & (wages["area"] == "United States")]
    assert medians["year"].is_unique and medians["year"].is_monotonic_increasing


def test_bls_projections_periods_and_the_2019_29_change():
    proj = careers.bls_projections()
    assert (proj["target_year"] - proj["base_year"]).eq(10).all()
    assert proj["period"].is_unique and proj["base_year"].is_monotonic_increasing
    row = proj.set_index("period").loc["2019-29"]
    assert row["change_pct"] == 8 and row["employment_change"] == 29000
    assert round(row["employment_change"] / row["base_employment"] * 100) == 8


def test_weeks_needed_rounds_up_and_checks_its_arguments():
    assert careers.weeks_needed(120, 8) == 15
    assert careers.weeks_needed(121, 8) == 16
    assert careers.weeks_needed(0, 5) == 0
    assert careers.weeks_needed(0.3 * 3, 0.3) == 3  # no float surprise
    with pytest.raises(ValueError, match="positive"):
        careers.weeks_needed(10, 0)
    with pytest.raises(ValueError, match="negative"):
        careers.weeks_needed(-1, 5)


def test_study_plan_splits_hours_in_proportion():
    plan = careers.study_plan(100, 10, {"CPT": 3, "ICD-10-CM": 1})
    assert isinstance(plan, pd.DataFrame)
    assert list(plan.columns) == ["domain", "share", "hours", "weeks"]
    assert plan["domain"].tolist() == ["CPT", "ICD-10-CM"]
    assert plan["hours"].tolist() == [75.0, 25.0]
    assert plan["weeks"].tolist() == [7.5, 2.5]
    assert math.isclose(plan["share"].sum(), 1.0)
    zero = careers.study_plan(50, 5, {"a": 0, "b": 2})
    assert zero["hours"].tolist() == [0.0, 50.0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((10, 0, {"a": 1}), "positive"),
        ((-5, 2, {"a": 1}), "negative"),
        ((10, 2, {}), "empty"),
        ((10, 2, {"a": -1, "b": 2}), "negative"),
        ((10, 2, {"a": 0}), "add up to 0"),
    ],
)
def test_study_plan_errors(args, message):
    with pytest.raises(ValueError, match=message):
        careers.study_plan(*args)
