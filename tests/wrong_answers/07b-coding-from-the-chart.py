"""Wrong answers for module 07b, Coding from the chart (format: tests/test_wrong_answers.py)."""

POS = ('pos_for = {"ankle-sprain-ed": %s, "colonoscopy-asc": "24", "cholecystitis-inpatient": "21", '
       '"depression-bh": "11", "hand-laceration-uc": "20"%s}')
LINES = (
    '        claims.ServiceLine("99214", pointers="%s", modifiers=("25",), place="11", date="2026-01-13"),\n'
    '        claims.ServiceLine("96372", pointers="A", place="11", date="2026-01-13"),\n'
    '%s'
)
DRUG = '        claims.ServiceLine("J1100", pointers="A", units=10, place="11", date="2026-01-13"),\n'
BARE = ('copd_claim = claims.Claim(diagnoses=("J44.1", "Z87.891"), lines=(claims.ServiceLine("99214", '
        'pointers="AB", modifiers=("25",)), claims.ServiceLine("96372"), claims.ServiceLine("J1100", '
        'units=10)))')


def claim(pointers: str = "AB", drug: str = DRUG) -> str:
    """A copd_claim answer cell with the visit's pointers and the drug line given."""
    return ('copd_claim = claims.Claim(\n    diagnoses=("J44.1", "Z87.891"),\n    lines=(\n'
            + LINES % (pointers, drug) + "    ),\n)")


WRONG = {
    "ex_pos": [
        ("a code without quotes", POS % ("23", ', "uti-office": "11"'), ["quotes"]),
        ("the location's name instead of its code", POS % ('"Hospital emergency department"',
                                                          ', "uti-office": "11"'), ["POS code"]),
        ("a chart left out", POS % ('"23"', ""), ["keys", "uti-office"]),
    ],
    "ex_support": [
        ("one name as a string", 'uti_support = "Nitrite [urine, test strip]"', ["list"]),
        ("names typed in own words", 'uti_support = ["nitrite", "leukocyte esterase"]', ["name column"]),
    ],
    "ex_history": [
        ("a category, not a billable code", 'copd_diagnoses = ["J44", "Z87.891"]', ["cannot go on a claim"]),
        ("the history code first", 'copd_diagnoses = ["Z87.891", "J44.1"]', ["J44", "first"]),
    ],
    "ex_query": [
        ("the LOINC code instead of the name",
         'contradicting_result = "98979-8"\nquestioned_diagnosis = "Chronic kidney disease stage 3"',
         ["result name"]),
        ("the diagnosis in own words",
         'contradicting_result = "eGFR (CKD-EPI 2021)"\nquestioned_diagnosis = "CKD 3"', ["not one of"]),
    ],
    "ex_ckd_now": [
        ("a category for the hyperlipidemia", 'ckd_codes_now = ["I10", "E78"]', ["cannot go on a claim"]),
        ("a tuple, not a list", 'ckd_codes_now = ("I10", "E78.5")', ["list"]),
    ],
    "ex_stay_dx": [
        ("the secondary diagnoses in one string", 'stay_principal = "K80.00"\nstay_secondary = "I10, E78.5"',
         ["list"]),
        ("the category as principal", 'stay_principal = "K80"\nstay_secondary = ["I10", "E78.5"]',
         ["cannot go on a claim"]),
    ],
    "ex_stay_pcs": [
        ("six characters", 'stay_pcs = "0FT44Z"', ["ICD-10-PCS"]),
        ("the appendectomy of the example", 'stay_pcs = "0DTJ4ZZ"', ["0F"]),
    ],
    "ex_sequence": [
        ("one code as a string", 'ed_diagnoses = "R07.9"', ["list"]),
        ("a category for the chest pain", 'ed_diagnoses = ["R07", "I10"]', ["cannot go on a claim"]),
    ],
    "ex_copd_claim": [
        ("the visit points to a third diagnosis", claim("ABC"), ["problems", "pointer"]),
        ("the drug line left out", claim(drug=""), ["J1100"]),
        ("no place or date of service", BARE, ["837P", "place of service"]),
    ],
    "ex_colonoscopy": [
        ("a Claim instead of a line",
         'colonoscopy_diagnoses = ["Z12.11", "D12.5"]\ncolonoscopy_line = claims.Claim(("Z12.11", "D12.5"), '
         '(claims.ServiceLine("45385", pointers="AB", modifiers=("PT",)),))', ["ServiceLine"]),
        ("the place of service as a number",
         'colonoscopy_diagnoses = ["Z12.11", "D12.5"]\ncolonoscopy_line = claims.ServiceLine("45385", '
         'pointers="AB", modifiers=("PT",), place=24, date="2026-05-12")', ["place of service"]),
    ],
    "ex_dental": [
        ("the CDT code as the diagnosis", 'dental_diagnosis = "D2391"\ndental_transaction = "837D"', ["K02"]),
        ("837 alone", 'dental_diagnosis = "K02.52"\ndental_transaction = "837"', ["837D"]),
    ],
    "ex_rejected": [
        ("the whole segment", 'rejected_segment = "SV1*HC:81003:QW*15*UN*1***2"\nrejected_reason = "b"',
         ["segment"]),
        ("a capital letter", 'rejected_segment = "SV1"\nrejected_reason = "B"', ["letter"]),
    ],
}
