# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 03-icd-10-cm, written blind on 2026-12-07."""

_CC_HEAD = '''def check_codes(codes: list) -> dict:
    """Map each code, as given, to "valid" or the reason it cannot go on a claim."""
    result = {}
    for code in codes:
        # Set result[code] to its label: try icd10cm.validate(code), and catch each error in the
        # right order, as the worked example above does.
'''
_CF_HEAD = '''def claim_conflicts(claims: dict) -> dict:
    """Claims with Excludes1 conflicts: claim id -> sorted list of (code, code) pairs."""
    found = {}
    for claim_id, codes in claims.items():  # each claim's id and its list of codes
        # Make the sorted list of pairs from conventions.excludes1_conflicts(codes), each pair a
        # sorted (code, code) tuple; keep the claim in found only when there is a pair.
'''
_SB_HEAD = '''def seventh_by_chapter() -> pd.DataFrame:
    """Per chapter: billable codes, those taking a 7th character, and their share."""
    frame = icd10cm.codes()
    billable = frame[frame.billable].copy()
    billable["needs_seventh"] = billable.code.map(lambda c: bool(conventions.seventh_characters(c)))
    table = billable.groupby("chapter").agg(
        billable=("code", "size"), needs_seventh=("needs_seventh", "sum")
    )
    # Keep the chapters with at least one such code, add the column share, sort, and return.
'''
_BB_HEAD = '''def best_billable(term: str, seventh: str = "A"):
    """The encoder's first billable code for term, with the 7th character set when it applies."""
    for candidate in encoder.search(term, limit=10):  # the encoder's candidates, best first
        # Return the first billable candidate's code; when the code takes the 7th character
        # seventh, return it with that 7th character.
'''

ANSWERS = {
    'ex_hierarchy': [
        ('Uses the ancestors in the order the library gives them (nearest first) without reversing.', r'''def hierarchy(code: str) -> list:
    """[chapter, block, category, subcategories..., code] for an ICD-10-CM code."""
    entry = icd10cm.lookup(code)
    # Set above to the codes between the chapter's block and the code itself, the category first
    # (icd10cm.ancestors gives them nearest first).
    above = icd10cm.ancestors(code)
    return [entry.chapter, entry.block] + above + [entry.code]'''),
        ('Writes above = ancestors(...).reverse(), which reverses in place and returns None, so the function crashes.', r'''def hierarchy(code: str) -> list:
    """[chapter, block, category, subcategories..., code] for an ICD-10-CM code."""
    entry = icd10cm.lookup(code)
    # Set above to the codes between the chapter's block and the code itself, the category first
    # (icd10cm.ancestors gives them nearest first).
    above = icd10cm.ancestors(entry.code).reverse()
    return [entry.chapter, entry.block] + above + [entry.code]'''),
        ('Puts the code as typed at the end instead of the library form, so "s52301a" stays lower case without its dot.', r'''def hierarchy(code: str) -> list:
    """[chapter, block, category, subcategories..., code] for an ICD-10-CM code."""
    entry = icd10cm.lookup(code)
    # Set above to the codes between the chapter's block and the code itself, the category first
    # (icd10cm.ancestors gives them nearest first).
    above = icd10cm.ancestors(code)[::-1]
    return [entry.chapter, entry.block] + above + [code]'''),
    ],
    'ex_check_codes': [
        ('Catches NotBillableError before MissingSeventhCharacterError, so a missing 7th character is labelled "not billable".', _CC_HEAD + '''        try:
            icd10cm.validate(code)
            result[code] = "valid"
        except icd10cm.MalformedCodeError:
            result[code] = "malformed"
        except icd10cm.CodeNotFoundError:
            result[code] = "not found"
        except icd10cm.NotBillableError:
            result[code] = "not billable"
        except icd10cm.MissingSeventhCharacterError:
            result[code] = "needs 7th character"
    return result'''),
        ('Keys valid codes by the library form (entry.code) instead of the string as given, so "e119" comes back as "E11.9".', _CC_HEAD + '''        try:
            entry = icd10cm.validate(code)
            result[entry.code] = "valid"
        except icd10cm.MalformedCodeError:
            result[code] = "malformed"
        except icd10cm.CodeNotFoundError:
            result[code] = "not found"
        except icd10cm.MissingSeventhCharacterError:
            result[code] = "needs 7th character"
        except icd10cm.NotBillableError:
            result[code] = "not billable"
    return result'''),
        ('Lumps malformed strings together with codes not found, labelling both "not found".', _CC_HEAD + '''        try:
            icd10cm.validate(code)
            result[code] = "valid"
        except (icd10cm.MalformedCodeError, icd10cm.CodeNotFoundError):
            result[code] = "not found"
        except icd10cm.MissingSeventhCharacterError:
            result[code] = "needs 7th character"
        except icd10cm.NotBillableError:
            result[code] = "not billable"
    return result'''),
    ],
    'ex_claim_conflicts': [
        ('Keeps every claim, also those without a conflict (mapped to an empty list).', _CF_HEAD + '''        pairs = []
        for conflict in conventions.excludes1_conflicts(codes):
            pairs.append(tuple(sorted([conflict.code, conflict.excluded])))
        found[claim_id] = sorted(pairs)
    return found'''),
        ('Writes each pair as (code, excluded) in the order the library gives, without sorting the two codes.', _CF_HEAD + '''        pairs = []
        for conflict in conventions.excludes1_conflicts(codes):
            pairs.append((conflict.code, conflict.excluded))
        if len(pairs) > 0:
            found[claim_id] = sorted(pairs)
    return found'''),
        ('Makes each pair a sorted list instead of a tuple.', _CF_HEAD + '''        pairs = []
        for conflict in conventions.excludes1_conflicts(codes):
            pairs.append(sorted([conflict.code, conflict.excluded]))
        if pairs:
            found[claim_id] = sorted(pairs)
    return found'''),
    ],
    'ex_seventh_by_chapter': [
        ('Adds share and sorts but forgets to drop the chapters with no 7th-character codes.', _SB_HEAD + '''    table["share"] = table["needs_seventh"] / table["billable"]
    table = table.sort_values("needs_seventh", ascending=False)
    return table'''),
        ('Computes share as a percentage (times 100) instead of a fraction.', _SB_HEAD + '''    table = table[table["needs_seventh"] > 0]
    table["share"] = table["needs_seventh"] / table["billable"] * 100
    return table.sort_values("needs_seventh", ascending=False)'''),
        ('Sorts smallest first (sort_values without ascending=False).', _SB_HEAD + '''    table = table[table["needs_seventh"] > 0].copy()
    table["share"] = table["needs_seventh"] / table["billable"]
    table = table.sort_values("needs_seventh")
    return table'''),
    ],
    'ex_best_billable': [
        ('Replaces the last character of any 7-character code, without checking that the code takes 7th characters or that seventh is one of them.', _BB_HEAD + '''        if candidate.billable:
            code = candidate.code
            if len(code.replace(".", "")) == 7:
                return code[:-1] + seventh
            return code
    return None'''),
        ('Sets the 7th character whenever the code has any 7th characters, even when seventh is not one of them (e.g. a glaucoma stage).', _BB_HEAD + '''        if candidate.billable:
            code = candidate.code
            if conventions.seventh_characters(code):
                return code[:-1] + seventh
            return code
    return None'''),
        ('Always puts "A" as the 7th character, ignoring the seventh argument.', _BB_HEAD + '''        if candidate.billable:
            code = candidate.code
            if "A" in conventions.seventh_characters(code):
                return code[:-1] + "A"
            return code
    return None'''),
    ],
}
