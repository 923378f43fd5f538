# ruff: noqa: E501 - rows of answer cells read best one to a line
"""Wrong answers for module 03, ICD-10-CM (format: tests/test_wrong_answers.py)."""

HIERARCHY = '''def hierarchy(code: str) -> list:
    """[chapter, block, category, subcategories..., code] for an ICD-10-CM code."""
    entry = icd10cm.lookup(code)
{above}
    return [entry.chapter, entry.block] + above + [entry.code]
'''
CHECK = '''def check_codes(codes: list) -> dict:
    """Map each code, as given, to "valid" or the reason it cannot go on a claim."""
    result = {}
    for code in codes:
        try:
            icd10cm.validate(code)
            result[code] = "valid"
'''
GOOD_EXCEPTS = '''        except icd10cm.MalformedCodeError:
            result[code] = "malformed"
        except icd10cm.CodeNotFoundError:
            result[code] = "not found"
        except icd10cm.MissingSeventhCharacterError:
            result[code] = "needs 7th character"
        except icd10cm.NotBillableError:
            result[code] = "not billable"
'''
CONFLICTS = '''def claim_conflicts(claims: dict) -> dict:
    """Claims with Excludes1 conflicts: claim id -> sorted list of (code, code) pairs."""
    found = {}
    for claim_id, codes in claims.items():
'''
SEVENTH = '''def seventh_by_chapter() -> pd.DataFrame:
    """Per chapter: billable codes, those taking a 7th character, and their share."""
    frame = icd10cm.codes()
    billable = frame[frame.billable].copy()
    billable["needs_seventh"] = billable.code.map(lambda c: bool(conventions.seventh_characters(c)))
    table = billable.groupby("chapter").agg(
        billable=("code", "size"), needs_seventh=("needs_seventh", "sum")
    )
'''
BEST = '''def best_billable(term: str, seventh: str = "A"):
    """The encoder's first billable code for term, with the 7th character set when it applies."""
    for candidate in encoder.search(term, limit=10):
'''

WRONG = {
    "ex_hierarchy": [
        ("the ancestors never reversed", HIERARCHY.format(above="    above = icd10cm.ancestors(entry.code)"),
         ["hierarchy('E11.22')", "wrong order", "reverse"]),
        ("the code as given, not the library's", HIERARCHY.format(above="    above = list(reversed(icd10cm.ancestors(entry.code)))").replace("+ [entry.code]", "+ [code]"),
         ["hierarchy('s52301a')", "dotted, upper-case"]),
        ("a tuple from reversed()", HIERARCHY.format(above="    above = list(reversed(icd10cm.ancestors(entry.code)))").replace(
            "    return [entry.chapter, entry.block] + above + [entry.code]", "    return entry.chapter, entry.block, *above, entry.code"),
         ["tuple", "square brackets"]),
        ("the category missing (off by one)", HIERARCHY.format(above="    above = list(reversed(icd10cm.ancestors(entry.code)))[1:]"),
         ["hierarchy('E11.22')", "misses 'E11'"]),
    ],
    "ex_check_codes": [
        ("return inside the loop", CHECK + GOOD_EXCEPTS + "        return result\n    return result\n",
         ["check_codes(['E11.9', 'E11.99'])", "only the first entry", "inside the loop"]),
        ("the except clauses in the wrong order", CHECK + GOOD_EXCEPTS.replace(
            "        except icd10cm.MissingSeventhCharacterError:\n            result[code] = \"needs 7th character\"\n", "") + (
            "        except icd10cm.MissingSeventhCharacterError:\n            result[code] = \"needs 7th character\"\n") + "    return result\n",
         ["'S02.0'", "MissingSeventhCharacterError before NotBillableError"]),
        ("the keys cleaned up, not as given", CHECK.replace('            result[code] = "valid"', '            result[icd10cm.normalize(code)] = "valid"') + GOOD_EXCEPTS + "    return result\n",
         ["check_codes(['e119'])", "keys should be ['e119']", "exactly as given"]),
        ("is_valid instead of validate: every existing code valid", '''def check_codes(codes: list) -> dict:
    result = {}
    for code in codes:
        if icd10cm.is_valid(code):
            result[code] = "valid"
        else:
            result[code] = "not found"
    return result
''', ["value is wrong for 'E11'"]),
        ("labels misspelled", CHECK + GOOD_EXCEPTS.replace('"needs 7th character"', '"needs seventh character"') + "    return result\n",
         ["'S02.0'", "needs 7th character"]),
    ],
    "ex_claim_conflicts": [
        ("only the first conflict of a claim", CONFLICTS + '''        conflicts = conventions.excludes1_conflicts(codes)
        if conflicts:
            found[claim_id] = [tuple(sorted((conflicts[0].code, conflicts[0].excluded)))]
    return found
''', ["claim_conflicts({'D'", "not only the first"]),
        ("claims without a conflict kept", CONFLICTS + '''        found[claim_id] = sorted(tuple(sorted((i.code, i.excluded))) for i in conventions.excludes1_conflicts(codes))
    return found
''', ["'B' should not be there", "only the claims with a conflict"]),
        ("pairs not in alphabetical order", CONFLICTS + '''        pairs = sorted((i.code, i.excluded) for i in conventions.excludes1_conflicts(codes))
        if pairs:
            found[claim_id] = pairs
    return found
''', ["value is wrong for 'A'", "alphabetical order"]),
        ("lists, not tuples", CONFLICTS + '''        pairs = sorted(sorted((i.code, i.excluded)) for i in conventions.excludes1_conflicts(codes))
        if pairs:
            found[claim_id] = pairs
    return found
''', ["value is wrong for 'A'", "tuple"]),
        ("return inside the loop", CONFLICTS + '''        pairs = sorted(tuple(sorted((i.code, i.excluded))) for i in conventions.excludes1_conflicts(codes))
        if pairs:
            found[claim_id] = pairs
        return found
    return found
''', ["It is empty", "inside the loop"]),
    ],
    "ex_seventh_by_chapter": [
        ("codes of seven characters counted, not 7th-character extensions", SEVENTH.replace(
            'billable.code.map(lambda c: bool(conventions.seventh_characters(c)))', 'billable.code.str.len() == 8') + '''    table = table[table.needs_seventh > 0].copy()
    table["share"] = table.needs_seventh / table.billable
    return table.sort_values("needs_seventh", ascending=False)
''', ["Chapter 2", "C44.1021", "not the length"]),
        ("only the category asked", SEVENTH.replace(
            'billable.code.map(', 'billable.code.str[:3].map(') + '''    table = table[table.needs_seventh > 0].copy()
    table["share"] = table.needs_seventh / table.billable
    return table.sort_values("needs_seventh", ascending=False)
''', ["Chapter 4 is missing", "subcategory"]),
        ("every entry, headings included", SEVENTH.replace(
            'billable = frame[frame.billable].copy()', 'billable = frame.copy()') + '''    table = table[table.needs_seventh > 0].copy()
    table["share"] = table.needs_seventh / table.billable
    return table.sort_values("needs_seventh", ascending=False)
''', ["billable codes of each chapter only"]),
        ("sorted smallest first", SEVENTH + '''    table = table[table.needs_seventh > 0].copy()
    table["share"] = table.needs_seventh / table.billable
    return table.sort_values("needs_seventh")
''', ["largest first"]),
        ("chapters without such codes kept", SEVENTH + '''    table["share"] = table.needs_seventh / table.billable
    return table.sort_values("needs_seventh", ascending=False)
''', ["at least one"]),
        ("share as a percentage", SEVENTH + '''    table = table[table.needs_seventh > 0].copy()
    table["share"] = table.needs_seventh / table.billable * 100
    return table.sort_values("needs_seventh", ascending=False)
''', ["not a percentage"]),
        ("no return", SEVENTH + '''    table = table[table.needs_seventh > 0].copy()
    table["share"] = table.needs_seventh / table.billable
    table.sort_values("needs_seventh", ascending=False)
''', ["gave back None", "return"]),
        ("the share the other way round", SEVENTH + '''    table = table[table.needs_seventh > 0].copy()
    table["share"] = table.billable / table.needs_seventh
    return table.sort_values("needs_seventh", ascending=False)
''', ["between 0 and 1"]),
    ],
    "ex_best_billable": [
        ("the 7th character never set", BEST + '''        if candidate.billable:
            return candidate.code
    return None
''', ["best_billable('sprain of left ankle')", "S93.402S"]),
        ("always A", BEST + '''        if candidate.billable:
            if seventh in conventions.seventh_characters(candidate.code):
                return candidate.code[:-1] + "A"
            return candidate.code
    return None
''', ["best_billable('sprain of left ankle', 'D')", "seventh argument"]),
        ("the 7th character set on every 7-character code", BEST + '''        if candidate.billable:
            if len(candidate.code.replace(".", "")) == 7:
                return candidate.code[:-1] + seventh
            return candidate.code
    return None
''', ["glaucoma", "stage of glaucoma", "leave it alone"]),
        ("the 7th character added at the end", BEST + '''        if candidate.billable:
            if seventh in conventions.seventh_characters(candidate.code):
                return candidate.code + seventh
            return candidate.code
    return None
''', ["should return 'S93.402A'", "code[:-1] + seventh"]),
        ("printed instead of returned", BEST + '''        if candidate.billable:
            print(candidate.code)
            break
    return None
''', ["printed 'I10'", "return"]),
        ("the first candidate, billable or not (benchmarks/beginner_answers)", BEST + '''        code = candidate.code
        if seventh in conventions.seventh_characters(code):
            return code[:-1] + seventh
        return code
    return None
''', ["starts with headings", "first billable one"]),
        ("None as soon as a candidate is not billable (benchmarks/beginner_answers)", BEST + '''        if candidate.billable:
            if seventh in conventions.seventh_characters(candidate.code):
                return candidate.code[:-1] + seventh
            return candidate.code
        else:
            return None
    return None
''', ["not None", "return None only after the loop"]),
    ],
    "ex_conventions_mc": [
        ("small letters", 'convention_answers = {1: "b", 2: "a", 3: "c", 4: "d", 5: "b", 6: "b"}\n',
         ["capital letter"]),
    ],
    "ex_seventh": [
        ("a code without its 7th character", 'full_code = {1: "S52.301", 2: "S52.301A", 3: "S52.301D", 4: "S52.301K", 5: "S02.2XXA", 6: "W19.XXXA", 7: "T23.201S"}\n',
         ["Scenario 1", "not a billable code", "7th character"]),
    ],
    "ex_code_sequence": [
        ("a tuple, not a list", 'code_sequence = {1: ("E11.22", "N18.31"), 2: ["U07.1", "J12.82"], 3: ["I11.0", "I50.32"], 4: ["G30.9", "F02.80"], 5: ["L03.115", "L03.116"]}\n',
         ["Statement 1", "tuple", "square brackets"]),
    ],
    "ex_icd10cm_cases": [
        ("one code as text, not a list", 'case_a = "I10"\ncase_b = "E11.9"\ncase_c = "J02.0"\n',
         ["list", "square brackets"]),
        ("headers, not billable codes", 'case_a = ["S52.22"]\ncase_b = ["E11"]\ncase_c = ["J45.2"]\n',
         ["cannot go on a claim"]),
        ("an empty list", 'case_a = []\ncase_b = []\ncase_c = []\n',
         ["list of code strings", "first-listed first"]),
    ],
}
