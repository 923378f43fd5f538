'''Blind wrong answers of beginners to the function exercises of module 03 (issue #20).

Written on 2026-12-07 by helper-35, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_HIERARCHY = '''def hierarchy(code: str) -> list:
    """[chapter, block, category, subcategories..., code] for an ICD-10-CM code."""
    entry = icd10cm.lookup(code)
    # Set above to the codes between the chapter's block and the code itself, the category first
    # (icd10cm.ancestors gives them nearest first).
    %s
    return [entry.chapter, entry.block] + above + [entry.code]
'''

_CHECK_CODES = '''def check_codes(codes: list) -> dict:
    """Map each code, as given, to "valid" or the reason it cannot go on a claim."""
    result = {}
    for code in codes:
        # Set result[code] to its label: try icd10cm.validate(code), and catch each error in the
        # right order, as the worked example above does.
%s    return result
'''

_CONFLICTS = '''def claim_conflicts(claims: dict) -> dict:
    """Claims with Excludes1 conflicts: claim id -> sorted list of (code, code) pairs."""
    found = {}
    for claim_id, codes in claims.items():  # each claim's id and its list of codes
        # Make the sorted list of pairs from conventions.excludes1_conflicts(codes), each pair a
        # sorted (code, code) tuple; keep the claim in found only when there is a pair.
%s    return found
'''

_SEVENTH = '''def seventh_by_chapter() -> pd.DataFrame:
    """Per chapter: billable codes, those taking a 7th character, and their share."""
    frame = icd10cm.codes()
    billable = frame[frame.billable].copy()
    billable["needs_seventh"] = billable.code.map(lambda c: bool(conventions.seventh_characters(c)))
    table = billable.groupby("chapter").agg(
        billable=("code", "size"), needs_seventh=("needs_seventh", "sum")
    )
    # Keep the chapters with at least one such code, add the column share, sort, and return.
%s'''

_BEST = '''def best_billable(term: str, seventh: str = "A"):
    """The encoder's first billable code for term, with the 7th character set when it applies."""
    for candidate in encoder.search(term, limit=10):  # the encoder's candidates, best first
        # Return the first billable candidate's code; when the code takes the 7th character
        # seventh, return it with that 7th character.
%s    return None
'''

_VALIDATE_RIGHT = '''        try:
            icd10cm.validate(code)
            result[code] = "valid"
        except icd10cm.MalformedCodeError:
            result[code] = "malformed"
        except icd10cm.CodeNotFoundError:
            result[code] = "not found"
        except icd10cm.MissingSeventhCharacterError:
            result[code] = "%s"
        except icd10cm.NotBillableError:
            result[code] = "not billable"
'''

ANSWERS = {
    "ex_hierarchy": [
        ("ancestors not reversed (nearest first)", _HIERARCHY % "above = icd10cm.ancestors(code)"),
        (
            "above = list.reverse(), which reverses in place and gives back None",
            _HIERARCHY % "above = icd10cm.ancestors(code).reverse()",
        ),
        (
            "reversed but dropped the category (off by one at the start)",
            _HIERARCHY % "above = icd10cm.ancestors(code)[::-1][1:]",
        ),
        (
            "reversed but dropped the nearest level, thinking the last one is the code itself",
            _HIERARCHY % "above = icd10cm.ancestors(code)[::-1][:-1]",
        ),
        ("only the category above the code", _HIERARCHY % "above = [entry.code[:3]]"),
        (
            "category and first subcategory by slicing, whatever the length",
            _HIERARCHY % "above = [entry.code[:3], entry.code[:5]]",
        ),
    ],
    "ex_check_codes": [
        (
            "caught NotBillableError before MissingSeventhCharacterError",
            _CHECK_CODES
            % '''        try:
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
''',
        ),
        (
            "keyed the result by the cleaned code, not the string as given",
            _CHECK_CODES
            % '''        key = code.strip().upper()
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
''',
        ),
        (
            "return inside the loop: only the first code is checked",
            _CHECK_CODES
            % '''        try:
            icd10cm.validate(code)
            result[code] = "valid"
        except icd10cm.MalformedCodeError:
            result[code] = "malformed"
        except icd10cm.CodeNotFoundError:
            result[code] = "not found"
        except icd10cm.MissingSeventhCharacterError:
            result[code] = "needs 7th character"
        except icd10cm.NotBillableError:
            result[code] = "not billable"
        return result
''',
        ),
        (
            "label spelled 'needs seventh character'",
            _CHECK_CODES % (_VALIDATE_RIGHT % "needs seventh character"),
        ),
        (
            "no malformed case: anything not found, malformed included, is 'not found'",
            _CHECK_CODES
            % '''        try:
            icd10cm.validate(code)
            result[code] = "valid"
        except icd10cm.MissingSeventhCharacterError:
            result[code] = "needs 7th character"
        except icd10cm.NotBillableError:
            result[code] = "not billable"
        except Exception:
            result[code] = "not found"
''',
        ),
        (
            "is_valid for 'valid', so a header that exists is called valid",
            _CHECK_CODES
            % '''        if icd10cm.is_valid(code):
            result[code] = "valid"
        else:
            try:
                icd10cm.validate(code)
            except icd10cm.MalformedCodeError:
                result[code] = "malformed"
            except icd10cm.CodeNotFoundError:
                result[code] = "not found"
            except icd10cm.MissingSeventhCharacterError:
                result[code] = "needs 7th character"
            except icd10cm.NotBillableError:
                result[code] = "not billable"
''',
        ),
    ],
    "ex_claim_conflicts": [
        (
            "each pair as the library gives it, (code, excluded), not in alphabetical order",
            _CONFLICTS
            % '''        pairs = sorted((c.code, c.excluded) for c in conventions.excludes1_conflicts(codes))
        if pairs:
            found[claim_id] = pairs
''',
        ),
        (
            "the list of pairs not sorted",
            _CONFLICTS
            % '''        pairs = []
        for c in conventions.excludes1_conflicts(codes):
            pairs.append(tuple(sorted((c.code, c.excluded))))
        if pairs:
            found[claim_id] = pairs
''',
        ),
        (
            "kept every claim, with an empty list when there is no conflict",
            _CONFLICTS
            % '''        conflicts = conventions.excludes1_conflicts(codes)
        pairs = sorted(tuple(sorted((c.code, c.excluded))) for c in conflicts)
        found[claim_id] = pairs
''',
        ),
        (
            "pairs as lists, not tuples",
            _CONFLICTS
            % '''        conflicts = conventions.excludes1_conflicts(codes)
        pairs = sorted(sorted([c.code, c.excluded]) for c in conflicts)
        if pairs:
            found[claim_id] = pairs
''',
        ),
        (
            "only the first conflict of each claim",
            _CONFLICTS
            % '''        conflicts = conventions.excludes1_conflicts(codes)
        if conflicts:
            first = conflicts[0]
            found[claim_id] = [tuple(sorted((first.code, first.excluded)))]
''',
        ),
    ],
    "ex_seventh_by_chapter": [
        (
            "did not drop the chapters without 7th characters",
            _SEVENTH
            % '''    table["share"] = table.needs_seventh / table.billable
    return table.sort_values("needs_seventh", ascending=False)
''',
        ),
        (
            "sorted smallest first",
            _SEVENTH
            % '''    table = table[table.needs_seventh > 0]
    table["share"] = table.needs_seventh / table.billable
    return table.sort_values("needs_seventh")
''',
        ),
        (
            "share as a percentage",
            _SEVENTH
            % '''    table = table[table.needs_seventh > 0]
    table["share"] = table.needs_seventh / table.billable * 100
    return table.sort_values("needs_seventh", ascending=False)
''',
        ),
        (
            "sorted by share instead of needs_seventh",
            _SEVENTH
            % '''    table = table[table.needs_seventh > 0]
    table["share"] = table.needs_seventh / table.billable
    return table.sort_values("share", ascending=False)
''',
        ),
        (
            "called sort_values without keeping its result: not sorted",
            _SEVENTH
            % '''    table = table[table.needs_seventh > 0]
    table["share"] = table.needs_seventh / table.billable
    table.sort_values("needs_seventh", ascending=False)
    return table
''',
        ),
        (
            "forgot the return",
            _SEVENTH
            % '''    table = table[table.needs_seventh > 0]
    table["share"] = table.needs_seventh / table.billable
    table = table.sort_values("needs_seventh", ascending=False)
''',
        ),
    ],
    "ex_best_billable": [
        (
            "took the first candidate without checking that it is billable",
            _BEST
            % '''        code = candidate.code
        if seventh in conventions.seventh_characters(code):
            return code[:-1] + seventh
        return code
''',
        ),
        (
            "returned the encoder's code without setting the 7th character",
            _BEST
            % '''        if candidate.billable:
            return candidate.code
''',
        ),
        (
            "added the 7th character after the encoder's one instead of replacing it",
            _BEST
            % '''        if candidate.billable:
            code = candidate.code
            if seventh in conventions.seventh_characters(code):
                return code + seventh
            return code
''',
        ),
        (
            "replaced the 7th character whenever the code takes one, even one that means something else",
            _BEST
            % '''        if candidate.billable:
            code = candidate.code
            if conventions.seventh_characters(code):
                return code[:-1] + seventh
            return code
''',
        ),
        (
            "returned None as soon as a candidate is not billable (first candidate only)",
            _BEST
            % '''        if candidate.billable:
            code = candidate.code
            if seventh in conventions.seventh_characters(code):
                return code[:-1] + seventh
            return code
        else:
            return None
''',
        ),
        (
            "kept six characters counting the dot (S93.40 + A)",
            _BEST
            % '''        if candidate.billable:
            code = candidate.code
            if seventh in conventions.seventh_characters(code):
                return code[:6] + seventh
            return code
''',
        ),
    ],
}
