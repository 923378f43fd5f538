"""MS-DRG grouping and Medicare Code Editor messages on real cases."""

import pytest

from course import drg, icd10cm


def _pneumonia(*secondary):
    return drg.Case(age=72, sex="M", principal="J18.9", secondary=secondary)


def test_grouper_is_named_with_fiscal_year_and_version():
    assert drg.GROUPER_VERSION == 431
    assert "v43.1" in drg.GROUPER and "FY2026" in drg.GROUPER


def test_pneumonia_moves_from_195_to_194_to_193_with_a_cc_then_an_mcc():
    alone = drg.group(_pneumonia())
    with_cc = drg.group(_pneumonia("E87.1"))
    with_mcc = drg.group(_pneumonia("E87.1", "I50.23"))
    assert (alone.drg, with_cc.drg, with_mcc.drg) == (195, 194, 193)
    assert alone.title == "Simple Pneumonia and Pleurisy without CC/MCC"
    assert with_mcc.title == "Simple Pneumonia and Pleurisy with MCC"
    assert alone.mdc == 4 and "Respiratory" in alone.mdc_title
    assert (alone.severity, with_cc.severity, with_mcc.severity) == ("NONE", "CC", "MCC")
    assert alone.drivers == () and with_cc.drivers == ("E87.1",)
    assert with_mcc.drivers == ("I50.23",)
    assert with_mcc.grouper == drg.GROUPER and with_mcc.edits == ()


def test_every_code_used_here_is_valid_icd10cm():
    assert all(icd10cm.is_valid(c) for c in ("J18.9", "E87.1", "I50.23", "E11.9", "K80.00",
                                              "O80", "V00.01XA", "G63", "Z87.891", "Z79.84"))


def test_a_non_cc_secondary_changes_nothing():
    result = drg.group(_pneumonia("E11.9"))
    assert result.drg == 195 and result.drivers == ()


def test_surgical_case_groups_to_laparoscopic_cholecystectomy():
    case = drg.Case(age=50, sex="F", principal="K80.00", procedures=("0ft44zz",))
    result = drg.group(case)
    assert result.drg == 419 and result.mdc == 7
    assert case.procedures == ("0FT44ZZ",)


def test_undotted_codes_go_to_the_grouper():
    claim = _pneumonia(("I50.23", "N")).claim()
    assert claim["pdx"] == {"code": "J189", "poa": "Y"}
    assert claim["sdx"] == [{"code": "I5023", "poa": "N"}]
    assert claim["version"] == 431 and claim["sex"] == 0


def test_invalid_principal_is_ungroupable():
    result = drg.group(drg.Case(age=40, sex="F", principal="E11.9X"))
    assert result.drg == 999 and result.title == "Ungroupable"
    assert result.return_code == "INVALID_PDX"
    assert any(m.startswith("INVALID_CODE") for m in result.edits)


@pytest.mark.parametrize(
    ("case", "edit"),
    [
        (drg.Case(age=30, sex="M", principal="V00.01XA"), "E_CODE_AS_PDX"),
        (drg.Case(age=70, sex="F", principal="O80"), "AGE_CONFLICT"),
        (drg.Case(age=70, sex="M", principal="G63"), "MANIFESTATION_AS_PDX"),
        (drg.Case(age=70, sex="M", principal="Z87.891"), "UNACCEPTABLE_PDX"),
        (drg.Case(age=70, sex="M", principal="J18.9", secondary=("J18.9",)), "DUPLICATE_OF_PDX"),
    ],
)
def test_code_editor_findings_are_plain_messages(case, edit):
    messages = drg.edits(case)
    assert len(messages) == 1
    assert messages[0].startswith(f"{edit} (1 code): ")
    assert drg.MCE_MESSAGES[edit] in messages[0]


def test_clean_case_has_no_edits():
    assert drg.edits(_pneumonia("I50.23")) == []


def test_case_validation_errors():
    with pytest.raises(drg.DRGError, match="sex"):
        drg.Case(age=70, sex="X", principal="J18.9")
    with pytest.raises(drg.DRGError, match="age"):
        drg.Case(age=-1, sex="M", principal="J18.9")
    with pytest.raises(drg.DRGError, match="POA"):
        drg.Diagnosis("J18.9", poa="Q")
    with pytest.raises(icd10cm.MalformedCodeError):
        drg.Case(age=70, sex="M", principal="18.9")
    with pytest.raises(ValueError, match="ICD-10-PCS"):
        drg.Case(age=70, sex="M", principal="J18.9", procedures=("0FT4",))


@pytest.mark.parametrize("given", ["exempt", "Exempt", "", " "])
def test_an_exempt_poa_is_accepted_and_goes_blank_to_the_grouper(given):
    exempt = drg.Diagnosis("Z79.84", given)
    assert exempt.poa == drg.POA_EXEMPT == "exempt"
    assert drg.POA_EXEMPT not in drg.POA_VALUES  # the grouper reads four indicators
    case = _pneumonia(("E87.1", "Y"), exempt)
    assert case.claim()["sdx"][-1] == {"code": "Z7984", "poa": " "}
    assert drg.group(case).drg == drg.group(_pneumonia(("E87.1", "Y"), ("Z79.84", "Y"))).drg == 194


def test_a_hospital_acquired_condition_not_present_on_admission_drives_nothing():
    case = drg.Case(age=70, sex="M", principal="J18.9", secondary=[drg.Diagnosis("L89.153", "N")])
    result = drg.group(case)
    assert (result.drg, result.severity, result.drivers) == (195, "NONE", ())
    on_admission = [drg.Diagnosis("L89.153", "Y")]
    present = drg.group(drg.Case(age=70, sex="M", principal="J18.9", secondary=on_admission))
    assert (present.drg, present.drivers) == (193, ("L89.153",))
