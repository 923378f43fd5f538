"""The twenty-sixth round's readings (issue #19): chart shorthand read the way a coder reads it."""

from course import encoder, shorthand


def _first(phrase: str) -> str:
    return encoder.encode(phrase, limit=1)[0].code


def test_a_clipped_family_history_is_the_family_one():
    assert shorthand.expand("fam hx of ovarian ca").startswith("family history of")
    assert _first("fam hx of ovarian ca") == "Z80.41"  # History, family, not personal (Z85.43)


def test_a_double_dose_taken_is_an_overdose():
    assert _first("took a double dose of ibuprofen, initial") == "T39.311A"  # the poisoning column


def test_ed_beside_a_cause_the_n52_titles_print_is_erectile():
    assert _first("ED s/p radical cystectomy") == "N52.32"
    assert _first("ED d/t corporo-venous occlusion") == "N52.02"
    assert "erectile" not in shorthand.expand("ED visit for ankle sprain")  # the department elsewhere
