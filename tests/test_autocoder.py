"""course.autocoder: the rule and encoder coder, the synthetic notes and the scores."""

from __future__ import annotations

import pytest

from course import autocoder as ac
from course import icd10cm

GOLD = [["I10", "E11.9"], ["J20.9"], ["N39.0"], ["K57.30"]]
PRED = [["I10"], ["J20.9", "R05.9"], ["N39.0"], []]


def test_assessment_and_mentions():
    note = "Cough. Denies fever. Assessment: acute bronchitis; no evidence of pneumonia."
    assert ac.assessment(note).strip() == "acute bronchitis; no evidence of pneumonia."
    assert ac.assessment("A/P: gout") == " gout"
    assert ac.assessment("just text") == "just text"
    assert ac.mentions(" a; b.\n c ;; ") == ["a", "b", "c"]


def test_negation_and_uncertainty_cues():
    assert ac.is_negated("No evidence of pneumonia") and ac.is_negated("denies chest pain")
    assert ac.is_negated("no") and not ac.is_negated("nodular goiter")
    assert ac.is_uncertain("Rule out myocardial infarction") and ac.is_uncertain("probable pneumonia")
    assert not ac.is_uncertain("acute bronchitis") and not ac.is_uncertain("impossibleword")


def test_code_note_uses_the_encoder_and_skips_negated_and_uncertain_mentions():
    found = ac.code_note(
        "Assessment: essential hypertension; rule out myocardial infarction; no evidence of pneumonia."
    )
    assert [p.code for p in found] == ["I10"]
    assert found[0].method == "encoder" and found[0].score >= 0.85
    assert ac.code_note("Assessment: ADHD") == []  # the encoder does not know the word
    assert ac.code_note("Assessment: ...") == []


def test_code_note_rules_win_and_are_validated():
    found = ac.code_note("Assessment: ADHD; essential hypertension", rules={"adhd": "F90.9"})
    assert [(p.code, p.method) for p in found] == [("F90.9", "rule: adhd"), ("I10", "encoder")]
    longest = ac.code_note("Assessment: acute otitis media, left ear",
                           rules={"otitis media": "H66.90", "otitis media, left ear": "H66.92"})
    assert [p.code for p in longest] == ["H66.92"]
    with pytest.raises(icd10cm.NotBillableError):
        ac.code_note("Assessment: gout", rules={"gout": "M10"})
    with pytest.raises(ValueError, match="min_score"):
        ac.code_note("Assessment: gout", min_score=1.5)


def test_code_note_threshold_and_duplicates():
    note = "Assessment: cellulitis of right lower leg"
    assert ac.code_note(note) == []
    assert [p.code for p in ac.code_note(note, min_score=0.5)] == ["L03.115"]
    assert len(ac.code_note("Assessment: gout; gout")) == 1


def test_synthetic_notes_are_labelled_and_gold_codes_are_billable():
    notes = ac.synthetic_notes()
    assert len(notes) == 42 and notes.note_id.is_unique
    assert set(notes.source) == {"synthetic (written for this course)"}
    assert all("Assessment:" in text for text in notes.text)
    for codes in notes.gold_codes:
        assert codes and all(icd10cm.validate(code).billable for code in codes)


def test_predict_on_the_synthetic_notes():
    notes = ac.synthetic_notes()
    predicted = ac.predict(notes.text)
    assert len(predicted) == len(notes) and all(isinstance(p, set) for p in predicted)
    gold = list(notes.gold_codes)
    assert 0.9 < ac.precision(gold, predicted) <= 1
    assert 0.7 < ac.recall(gold, predicted) < 1
    assert ac.macro_f1(gold, predicted) < ac.micro_f1(gold, predicted)


def test_micro_scores_pool_every_decision():
    # tp: I10, J20.9, N39.0 = 3; fp: R05.9 = 1; fn: E11.9, K57.30 = 2
    assert ac.precision(GOLD, PRED) == pytest.approx(3 / 4)
    assert ac.recall(GOLD, PRED) == pytest.approx(3 / 5)
    assert ac.micro_f1(GOLD, PRED) == pytest.approx(6 / 9)
    assert ac.f1(0.75, 0.6) == pytest.approx(ac.micro_f1(GOLD, PRED))
    assert ac.precision([["I10"]], [[]]) == 0.0 and ac.recall([[]], [[]]) == 0.0
    assert ac.micro_f1([], []) == 0.0 and ac.f1(0, 0) == 0.0
    with pytest.raises(ValueError, match="between 0 and 1"):
        ac.f1(1.2, 0.5)


def test_per_code_and_macro_f1():
    table = ac.per_code(GOLD, PRED)
    assert list(table.columns) == ["code", "support", "tp", "fp", "fn", "precision", "recall", "f1"]
    assert set(table.code) == {"I10", "E11.9", "J20.9", "N39.0", "K57.30", "R05.9"}
    row = table.set_index("code").loc["J20.9"]
    assert (row.tp, row.fp, row.fn, row.f1) == (1, 0, 0, 1.0)
    assert table.set_index("code").loc["R05.9"].support == 0
    assert ac.macro_f1(GOLD, PRED) == pytest.approx(3 / 6)
    assert ac.macro_f1([], []) == 0.0 and ac.per_code([], []).empty


def test_scores_reject_mismatched_or_string_inputs():
    with pytest.raises(ValueError, match="must match"):
        ac.precision([["I10"]], [])
    with pytest.raises(TypeError, match="not the string"):
        ac.recall(["I10"], [["I10"]])
    with pytest.raises(TypeError, match="not a string"):
        ac.micro_f1("I10", "I10")
