"""Where a coder goes after the Index's "see": the subterms below the main term it names (issue #19)."""

from course import encoder, index_search


def _first(phrase: str) -> str:
    return encoder.encode(phrase, limit=1)[0].code


def test_a_level_the_phrase_does_not_say_is_passed_through_for_the_subterms_below_it():
    assert _first("mole on left thigh") == "D22.72"  # Mole, see Nevus, skin, thigh: not Nevus D22.9


def test_no_level_is_passed_through_for_a_word_the_path_already_read_nor_to_a_reference():
    assert _first("hardening of the arteries") == "I70.90"  # not Arteriosclerosis, renal, artery I70.1
    assert _first("s/p L BKA") == "Z89.512"  # not Presence, knee joint implant Z96.652


def test_a_main_terms_see_also_stands_in_for_it_on_another_path_unless_said_absent():
    assert ("bleed", "hemorrhag") in index_search._stand_ins(["bleed", "stomach", "ulcer"])
    assert _first("bleeding stomach ulcer") == "K25.4"  # Ulcer, stomach, with hemorrhage, not Ulcer, bleeding
    assert _first("chronic duodenal ulcer w/o bleeding") == "K26.7"  # bleeding said absent: no hemorrhage


def test_a_main_terms_see_stands_in_for_it_on_another_path():
    assert _first("exposed to chickenpox") == "Z20.820"  # Exposure, varicella: Chickenpox, see Varicella
