"""course.claims and course.analytics: claim form rules, fee schedule, NCCI edits, CARC, datasets."""

from __future__ import annotations

import pytest

from course import analytics, claims, fee_schedule, icd10cm

CARC_CODES = {4, 11, 16, 18, 22, 27, 29, 45, 50, 96, 97, 109, 146, 151, 167, 170, 181, 182, 197,
              204, 234, 236}


def test_lifecycle_and_forms():
    assert claims.LIFECYCLE[0] == "encounter" and claims.LIFECYCLE[-1] == "denial management"
    assert claims.LIFECYCLE.index("claim scrubbing") < claims.LIFECYCLE.index("submission")
    assert claims.FORMS == {"CMS-1500": "837P", "UB-04": "837I"}
    assert len(claims.DIAGNOSIS_LETTERS) == 12 and claims.MAX_POINTERS == 4


def test_resolve_pointers_and_its_errors():
    dx = ("I10", "E11.9", "E78.5")
    assert claims.resolve_pointers(dx, "BA") == ["E11.9", "I10"]
    assert claims.resolve_pointers(dx, "a, c") == ["I10", "E78.5"]
    for bad in ("", "D", "ABCAB", "AA", "M"):
        with pytest.raises(claims.ClaimError):
            claims.resolve_pointers(dx, bad)


def test_claim_line_diagnoses_and_validate():
    good = claims.Claim(("I10", "E11.9"), (claims.ServiceLine("99213", "BA"),))
    assert good.line_diagnoses(0) == ["E11.9", "I10"]
    assert claims.validate(good) == []
    bad = claims.Claim(("E11", "I10", "I10"), (claims.ServiceLine("99213", "C", units=0),))
    problems = " | ".join(claims.validate(bad))
    assert "twice" in problems and "E11" in problems and "Line 1" in problems and "units" in problems
    too_many = claims.Claim(tuple(["I10"] * 13), ())
    assert any("12" in p for p in claims.validate(too_many))
    assert any("no service line" in p for p in claims.validate(too_many))
    assert any("no diagnosis" in p for p in claims.validate(claims.Claim((), ())))


def test_conversion_factors_are_the_published_ones():
    assert claims.conversion_factor(2025) == 32.3465
    assert claims.conversion_factor(2026) == 33.4009
    assert claims.conversion_factor(2026, qualifying_apm=True) == 33.5675
    assert claims.conversion_factor(2025, qualifying_apm=True) == 32.3465
    with pytest.raises(claims.ClaimError):
        claims.conversion_factor(1999)
    table = claims.conversion_factors()
    assert {"source", "source_year"} <= set(table.columns) and table["source"].notna().all()


def test_the_illustrative_fee_tables_are_gone():
    """Fees come from CMS's files (course.fee_schedule); claims keeps only the conversion factors."""
    assert not any(hasattr(claims, name) for name in ("rvus", "gpcis", "payment", "fee"))
    assert claims.conversion_factor(2025) == fee_schedule.conversion_factor()


def test_edit_tables_carry_source_and_year_and_illustrative_status():
    for table in (claims.ptp_edits(), claims.mue_limits()):
        assert {"status", "source", "source_year"} <= set(table.columns)
        assert table["source"].notna().all() and table["source_year"].notna().all()
        assert set(table["status"]) == {"illustrative"}
    assert set(claims.ptp_edits()["modifier_indicator"]) <= {0, 1, 9}
    assert set(claims.mue_limits()["mai"]) <= {1, 2, 3}


def test_ncci_findings_ptp_rules():
    line = claims.ServiceLine
    assert [f.code for f in claims.ncci_findings([line("93000"), line("93010")])] == ["93010"]
    # indicator 0: a modifier does not help
    assert claims.ncci_findings([line("93000"), line("93010", modifiers=("59",))])
    # indicator 1: a NCCI-associated modifier bypasses; none denies the column 2 code
    found = claims.ncci_findings([line("99213"), line("20610")])
    assert [(f.rule, f.code, f.other) for f in found] == [("PTP", "99213", "20610")]
    assert claims.ncci_findings([line("99213", modifiers=("25",)), line("20610")]) == []
    # indicator 9: no edit
    assert claims.ncci_findings([line("17000"), line("11102")]) == []


def test_ncci_findings_mue_rules():
    line = claims.ServiceLine
    assert claims.ncci_findings([line("20610", units=2)]) == []
    assert [f.rule for f in claims.ncci_findings([line("20610", units=3)])] == ["MUE"]
    # MAI 2 adds units across lines on the date of service
    assert claims.ncci_findings([line("17003", units=8), line("17003", units=6)])[0].code == "17003"
    assert claims.ncci_findings([line("17003", units=8), line("17003", units=5)]) == []


def test_scrub_combines_form_and_ncci():
    claim = claims.Claim(("I10",), (claims.ServiceLine("93000"), claims.ServiceLine("93010", "B")))
    rules = [f.rule for f in claims.scrub(claim)]
    assert rules == ["FORM", "PTP"]


def test_carc_lookup_and_errors():
    assert claims.carc(97).category == "coding"
    assert claims.carc(16).category == "missing information"  # a claim lacking information
    assert claims.carc("CO-197").code == 197
    assert claims.carc("pr96").code == 96
    with pytest.raises(claims.CarcNotFoundError):
        claims.carc(999)
    with pytest.raises(claims.CarcNotFoundError):
        claims.carc("abc")
    table = claims.carc_table()
    assert set(table["code"]) == CARC_CODES
    assert table["source"].str.contains("X12").all() and (table["source_year"] == 2025).all()


def test_synthetic_claims_is_seeded_valid_and_consistent():
    frame = claims.synthetic_claims()
    assert len(frame) > 3000 and frame.equals(claims.synthetic_claims())
    assert not frame.equals(claims.synthetic_claims(seed=1))
    assert set(frame["status"]) == {"paid", "denied"}
    denied = frame[frame["status"] == "denied"]
    assert denied["carc"].notna().all() and frame.loc[frame.status == "paid", "carc"].isna().all()
    assert set(denied["carc"].astype(int)) <= CARC_CODES
    assert (denied["paid"] == 0).all() and (frame["charge"] >= frame["expected"]).all()
    assert all(icd10cm.lookup(code).billable for code in frame["icd10cm"].unique())
    assert {fee_schedule.rvu(code).status for code in frame["cpt"].unique()} <= fee_schedule.PAYABLE
    assert 0.05 < (frame["status"] == "denied").mean() < 0.2
    with pytest.raises(claims.ClaimError):
        claims.synthetic_claims(0)


def test_synthetic_expected_amounts_are_cms_national_fees():
    frame = claims.synthetic_claims(300, seed=5)
    for row in frame.itertuples():
        share = claims.PAYERS[row.payer][0]
        assert row.expected == round(fee_schedule.allowed_amount(row.cpt) * share * row.units, 2), row


def test_ncci_denials_in_the_dataset_match_the_edits():
    frame = claims.synthetic_claims()
    for claim_id, rows in frame.groupby("claim_id"):
        flagged = {f.code for f in claims.ncci_findings(claims.lines_of(rows))}
        for cpt, status in zip(rows["cpt"], rows["status"], strict=True):
            if cpt in flagged:
                assert status == "denied", claim_id


def test_charlson_conditions_and_index():
    assert analytics.charlson_index([]) == 0
    assert analytics.charlson_conditions(["I21.4"]) == {"myocardial infarction"}
    assert analytics.charlson_index(["E11.9", "E11.22", "N18.30"]) == 4  # 2 + 2, mild dropped
    assert analytics.charlson_index(["C50.911", "C78.00"]) == 6
    assert analytics.charlson_index(["K70.30", "I85.00"]) == 3
    assert analytics.charlson_index(["B20", "I10", "J45.909"]) == 7
    assert analytics.charlson_index(["L57.0"]) == 0
    assert analytics.charlson_conditions(["C44.91"]) == set()  # skin, not melanoma: excluded
    with pytest.raises(analytics.AnalyticsError):
        analytics.charlson_conditions("E11.9")
    table = analytics.charlson_table()
    assert len(table) == 17 and table["weight"].sum() == 33


def test_synthetic_encounters_and_em_visits():
    enc = analytics.synthetic_encounters()
    assert enc.equals(analytics.synthetic_encounters()) and enc["patient_id"].nunique() == 1500
    assert all(icd10cm.lookup(c).billable for c in enc["icd10cm"].unique())
    assert (enc.groupby("encounter_id")["position"].min() == 1).all()
    with pytest.raises(analytics.AnalyticsError):
        analytics.synthetic_encounters(0)
    visits = analytics.synthetic_em_visits()
    assert set(visits["cpt"]) == set(analytics.EM_LEVELS) and visits["visit_id"].is_unique
    assert abs(sum(analytics.EM_BENCHMARK.values()) - 1) < 1e-9
