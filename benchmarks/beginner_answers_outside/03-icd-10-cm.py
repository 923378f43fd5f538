# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 03, written blind on 2026-12-07 (no checks read)."""

_H = '''def hierarchy(code: str) -> list:
    """[chapter, block, category, subcategories..., code] for an ICD-10-CM code."""
    entry = icd10cm.lookup(code)
    # Set above to the codes between the chapter's block and the code itself, the category first
    # (icd10cm.ancestors gives them nearest first).
'''
_CC = '''def check_codes(codes: list) -> dict:
    """Map each code, as given, to "valid" or the reason it cannot go on a claim."""
    result = {}
    for code in codes:
        # Set result[code] to its label: try icd10cm.validate(code), and catch each error in the
        # right order, as the worked example above does.
'''
_CF = '''def claim_conflicts(claims: dict) -> dict:
    """Claims with Excludes1 conflicts: claim id -> sorted list of (code, code) pairs."""
    found = {}
    for claim_id, codes in claims.items():  # each claim's id and its list of codes
        # Make the sorted list of pairs from conventions.excludes1_conflicts(codes), each pair a
        # sorted (code, code) tuple; keep the claim in found only when there is a pair.
'''
_SB = '''def seventh_by_chapter() -> pd.DataFrame:
    """Per chapter: billable codes, those taking a 7th character, and their share."""
    frame = icd10cm.codes()
    billable = frame[frame.billable].copy()
    billable["needs_seventh"] = billable.code.map(lambda c: bool(conventions.seventh_characters(c)))
    table = billable.groupby("chapter").agg(
        billable=("code", "size"), needs_seventh=("needs_seventh", "sum")
    )
    # Keep the chapters with at least one such code, add the column share, sort, and return.
'''
_BB = '''def best_billable(term: str, seventh: str = "A"):
    """The encoder's first billable code for term, with the 7th character set when it applies."""
    for candidate in encoder.search(term, limit=10):  # the encoder's candidates, best first
        # Return the first billable candidate's code; when the code takes the 7th character
        # seventh, return it with that 7th character.
'''

ANSWERS = {
    'ex_hierarchy': [
        ('Used ancestors as given, nearest first, without reversing them.', _H + r'''    above = icd10cm.ancestors(code)
    return [entry.chapter, entry.block] + above + [entry.code]'''),
        ('Reversed the ancestors but dropped the last one, thinking it was the code itself.', _H + r'''    above = icd10cm.ancestors(code)[::-1][:-1]
    return [entry.chapter, entry.block] + above + [entry.code]'''),
        ('Reversed the ancestors but skipped the category, thinking the block already covers it.', _H + r'''    above = list(reversed(icd10cm.ancestors(code)))
    above = above[1:]
    return [entry.chapter, entry.block] + above + [entry.code]'''),
    ],
    'ex_check_codes': [
        ('Caught NotBillableError before MissingSeventhCharacterError, so "needs 7th character" is never given.', _CC + r'''        try:
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
        ('Keyed the result by the cleaned-up code (stripped, upper case) instead of the string as given.', _CC + r'''        key = code.strip().upper()
        try:
            icd10cm.validate(code)
            result[key] = "valid"
        except icd10cm.MalformedCodeError:
            result[key] = "malformed"
        except icd10cm.CodeNotFoundError:
            result[key] = "not found"
        except icd10cm.MissingSeventhCharacterError:
            result[key] = "needs 7th character"
        except icd10cm.NotBillableError:
            result[key] = "not billable"
    return result'''),
        ('Wrote the 7th-character label as "needs seventh character" instead of the exact label.', _CC + r'''        try:
            icd10cm.validate(code)
            result[code] = "valid"
        except icd10cm.MalformedCodeError:
            result[code] = "malformed"
        except icd10cm.CodeNotFoundError:
            result[code] = "not found"
        except icd10cm.MissingSeventhCharacterError:
            result[code] = "needs seventh character"
        except icd10cm.NotBillableError:
            result[code] = "not billable"
    return result'''),
    ],
    'ex_claim_conflicts': [
        ('Kept every claim, also those with no conflict (mapped to an empty list).', _CF + r'''        pairs = []
        for conflict in conventions.excludes1_conflicts(codes):
            pairs.append(tuple(sorted([conflict.code, conflict.excluded])))
        found[claim_id] = sorted(pairs)
    return found'''),
        ('Made each pair a sorted list instead of a tuple.', _CF + r'''        pairs = []
        for conflict in conventions.excludes1_conflicts(codes):
            pairs.append(sorted([conflict.code, conflict.excluded]))
        if pairs:
            found[claim_id] = sorted(pairs)
    return found'''),
        ('Wrote each pair as (code, excluded) in the order the library gives, not alphabetical.', _CF + r'''        pairs = [(c.code, c.excluded) for c in conventions.excludes1_conflicts(codes)]
        if len(pairs) > 0:
            found[claim_id] = sorted(pairs)
    return found'''),
    ],
    'ex_seventh_by_chapter': [
        ('Forgot to drop the chapters with no 7th-character codes.', _SB + r'''    table["share"] = table["needs_seventh"] / table["billable"]
    return table.sort_values("needs_seventh", ascending=False)'''),
        ('Computed share as a percentage (times 100).', _SB + r'''    table = table[table["needs_seventh"] > 0]
    table["share"] = table["needs_seventh"] / table["billable"] * 100
    return table.sort_values("needs_seventh", ascending=False)'''),
        ('Sorted smallest first (forgot ascending=False).', _SB + r'''    table = table[table["needs_seventh"] > 0]
    table["share"] = table["needs_seventh"] / table["billable"]
    return table.sort_values("needs_seventh")'''),
    ],
    'ex_best_billable': [
        ('Replaced the last character whenever the code takes any 7th character, without checking that seventh is allowed.', _BB + r'''        if candidate.billable:
            code = candidate.code
            if conventions.seventh_characters(code):
                return code[:-1] + seventh
            return code
    return None'''),
        ('Gave up after the first candidate when it was not billable instead of trying the next ones.', _BB + r'''        if not candidate.billable:
            return None
        code = candidate.code
        if seventh in conventions.seventh_characters(code):
            code = code[:-1] + seventh
        return code
    return None'''),
        ('Took "the first six characters" literally on the dotted code, so the dot counts and one character is lost.', _BB + r'''        if candidate.billable:
            code = candidate.code
            if seventh in conventions.seventh_characters(code):
                return code[:6] + seventh
            return code
    return None'''),
    ],
}
