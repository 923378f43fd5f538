"""Held-out beginners' wrong answers to the function exercises of
release/03-icd-10-cm/03-icd-10-cm.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_hierarchy': [
        (
            'Wrote above = ancestors(code).reverse(): list.reverse() reverses in place and gives back '
            'None.',
            r'''def hierarchy(code: str) -> list:
    """[chapter, block, category, subcategories..., code] for an ICD-10-CM code."""
    entry = icd10cm.lookup(code)
    # Set above to the codes between the chapter's block and the code itself, the category first
    # (icd10cm.ancestors gives them nearest first).
    # YOUR CODE HERE
    above = icd10cm.ancestors(code).reverse()
    return [entry.chapter, entry.block] + above + [entry.code]''',
        ),
        (
            'Thought ancestors() starts with the code itself, so skipped its first item before '
            'reversing: the nearest parent (E11.2 for E11.22) is lost.',
            r'''def hierarchy(code: str) -> list:
    """[chapter, block, category, subcategories..., code] for an ICD-10-CM code."""
    entry = icd10cm.lookup(code)
    # Set above to the codes between the chapter's block and the code itself, the category first
    # (icd10cm.ancestors gives them nearest first).
    # YOUR CODE HERE
    above = icd10cm.ancestors(code)[1:][::-1]
    return [entry.chapter, entry.block] + above + [entry.code]''',
        ),
        (
            "Ends the list with the input upper-cased instead of entry.code: 's52301a' ends with "
            "'S52301A', undotted.",
            r'''def hierarchy(code: str) -> list:
    """[chapter, block, category, subcategories..., code] for an ICD-10-CM code."""
    entry = icd10cm.lookup(code)
    # Set above to the codes between the chapter's block and the code itself, the category first
    # (icd10cm.ancestors gives them nearest first).
    # YOUR CODE HERE
    above = icd10cm.ancestors(code)[::-1]
    return [entry.chapter, entry.block] + above + [code.upper()]''',
        ),
    ],
    'ex_check_codes': [
        (
            'Catches NotBillableError before MissingSeventhCharacterError, so a code that needs its 7th '
            "character is labelled 'not billable'.",
            r'''def check_codes(codes: list) -> dict:
    """Map each code, as given, to "valid" or the reason it cannot go on a claim."""
    result = {}
    for code in codes:
        # Set result[code] to its label: try icd10cm.validate(code), and catch each error in the
        # right order, as the worked example above does.
        # YOUR CODE HERE
        try:
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
    return result''',
        ),
        (
            'Keys the result by the cleaned-up code (stripped, upper case) instead of the string as '
            'given.',
            r'''def check_codes(codes: list) -> dict:
    """Map each code, as given, to "valid" or the reason it cannot go on a claim."""
    result = {}
    for code in codes:
        # Set result[code] to its label: try icd10cm.validate(code), and catch each error in the
        # right order, as the worked example above does.
        # YOUR CODE HERE
        key = code.strip().upper()
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
    return result''',
        ),
        (
            "One catch-all 'except Exception' labelled 'not found' for everything that is not a header: "
            "malformed strings come out 'not found'.",
            r'''def check_codes(codes: list) -> dict:
    """Map each code, as given, to "valid" or the reason it cannot go on a claim."""
    result = {}
    for code in codes:
        # Set result[code] to its label: try icd10cm.validate(code), and catch each error in the
        # right order, as the worked example above does.
        # YOUR CODE HERE
        try:
            icd10cm.validate(code)
            result[code] = "valid"
        except icd10cm.MissingSeventhCharacterError:
            result[code] = "needs 7th character"
        except icd10cm.NotBillableError:
            result[code] = "not billable"
        except Exception:
            result[code] = "not found"
    return result''',
        ),
    ],
    'ex_claim_conflicts': [
        (
            'Each pair kept in the order the library gives it (code, excluded) instead of alphabetical '
            "order: ('E11.9', 'E10.9').",
            r'''def claim_conflicts(claims: dict) -> dict:
    """Claims with Excludes1 conflicts: claim id -> sorted list of (code, code) pairs."""
    found = {}
    for claim_id, codes in claims.items():  # each claim's id and its list of codes
        # Make the sorted list of pairs from conventions.excludes1_conflicts(codes), each pair a
        # sorted (code, code) tuple; keep the claim in found only when there is a pair.
        # YOUR CODE HERE
        pairs = []
        for conflict in conventions.excludes1_conflicts(codes):
            pairs.append((conflict.code, conflict.excluded))
        if pairs:
            found[claim_id] = sorted(pairs)
    return found''',
        ),
        (
            'Keeps every claim, those without a conflict too (mapped to an empty list).',
            r'''def claim_conflicts(claims: dict) -> dict:
    """Claims with Excludes1 conflicts: claim id -> sorted list of (code, code) pairs."""
    found = {}
    for claim_id, codes in claims.items():  # each claim's id and its list of codes
        # Make the sorted list of pairs from conventions.excludes1_conflicts(codes), each pair a
        # sorted (code, code) tuple; keep the claim in found only when there is a pair.
        # YOUR CODE HERE
        pairs = []
        for conflict in conventions.excludes1_conflicts(codes):
            pairs.append(tuple(sorted([conflict.code, conflict.excluded])))
        found[claim_id] = sorted(pairs)
    return found''',
        ),
        (
            'Each pair is a list (what sorted() gives back), not a tuple.',
            r'''def claim_conflicts(claims: dict) -> dict:
    """Claims with Excludes1 conflicts: claim id -> sorted list of (code, code) pairs."""
    found = {}
    for claim_id, codes in claims.items():  # each claim's id and its list of codes
        # Make the sorted list of pairs from conventions.excludes1_conflicts(codes), each pair a
        # sorted (code, code) tuple; keep the claim in found only when there is a pair.
        # YOUR CODE HERE
        pairs = []
        for conflict in conventions.excludes1_conflicts(codes):
            pairs.append(sorted([conflict.code, conflict.excluded]))
        if pairs:
            found[claim_id] = sorted(pairs)
    return found''',
        ),
    ],
    'ex_seventh_by_chapter': [
        (
            'share as a percentage (x 100) instead of a fraction between 0 and 1.',
            r'''def seventh_by_chapter() -> pd.DataFrame:
    """Per chapter: billable codes, those taking a 7th character, and their share."""
    frame = icd10cm.codes()
    billable = frame[frame.billable].copy()
    billable["needs_seventh"] = billable.code.map(lambda c: bool(conventions.seventh_characters(c)))
    table = billable.groupby("chapter").agg(
        billable=("code", "size"), needs_seventh=("needs_seventh", "sum")
    )
    # Keep the chapters with at least one such code, add the column share, sort, and return.
    # YOUR CODE HERE
    table = table[table["needs_seventh"] > 0]
    table = table.assign(share=table["needs_seventh"] / table["billable"] * 100)
    return table.sort_values("needs_seventh", ascending=False)''',
        ),
        (
            'Forgot to drop the chapters with no 7th-character code: all chapters are returned.',
            r'''def seventh_by_chapter() -> pd.DataFrame:
    """Per chapter: billable codes, those taking a 7th character, and their share."""
    frame = icd10cm.codes()
    billable = frame[frame.billable].copy()
    billable["needs_seventh"] = billable.code.map(lambda c: bool(conventions.seventh_characters(c)))
    table = billable.groupby("chapter").agg(
        billable=("code", "size"), needs_seventh=("needs_seventh", "sum")
    )
    # Keep the chapters with at least one such code, add the column share, sort, and return.
    # YOUR CODE HERE
    table = table.assign(share=table["needs_seventh"] / table["billable"])
    return table.sort_values("needs_seventh", ascending=False)''',
        ),
        (
            'Sorted smallest first (sort_values without ascending=False).',
            r'''def seventh_by_chapter() -> pd.DataFrame:
    """Per chapter: billable codes, those taking a 7th character, and their share."""
    frame = icd10cm.codes()
    billable = frame[frame.billable].copy()
    billable["needs_seventh"] = billable.code.map(lambda c: bool(conventions.seventh_characters(c)))
    table = billable.groupby("chapter").agg(
        billable=("code", "size"), needs_seventh=("needs_seventh", "sum")
    )
    # Keep the chapters with at least one such code, add the column share, sort, and return.
    # YOUR CODE HERE
    table = table[table["needs_seventh"] > 0]
    table = table.assign(share=table["needs_seventh"] / table["billable"])
    return table.sort_values("needs_seventh")''',
        ),
    ],
    'ex_best_billable': [
        (
            'Sets the 7th character whenever the code takes 7th characters, without checking that '
            "seventh is one of them: a glaucoma code gets an 'A' in place of its stage.",
            r'''def best_billable(term: str, seventh: str = "A"):
    """The encoder's first billable code for term, with the 7th character set when it applies."""
    for candidate in encoder.search(term, limit=10):  # the encoder's candidates, best first
        # Return the first billable candidate's code; when the code takes the 7th character
        # seventh, return it with that 7th character.
        # YOUR CODE HERE
        if candidate.billable:
            code = candidate.code
            if conventions.seventh_characters(code):
                return code[:7] + seventh
            return code
    return None''',
        ),
        (
            "Adds seventh after the code instead of putting it in the 7th place: the encoder's S93.402S "
            "becomes 'S93.402SA'.",
            r'''def best_billable(term: str, seventh: str = "A"):
    """The encoder's first billable code for term, with the 7th character set when it applies."""
    for candidate in encoder.search(term, limit=10):  # the encoder's candidates, best first
        # Return the first billable candidate's code; when the code takes the 7th character
        # seventh, return it with that 7th character.
        # YOUR CODE HERE
        if candidate.billable:
            code = candidate.code
            if seventh in conventions.seventh_characters(code):
                return code + seventh
            return code
    return None''',
        ),
        (
            "Typed in 'A' instead of using the seventh argument: best_billable(term, 'D') still gives "
            'an initial encounter code.',
            r'''def best_billable(term: str, seventh: str = "A"):
    """The encoder's first billable code for term, with the 7th character set when it applies."""
    for candidate in encoder.search(term, limit=10):  # the encoder's candidates, best first
        # Return the first billable candidate's code; when the code takes the 7th character
        # seventh, return it with that 7th character.
        # YOUR CODE HERE
        if candidate.billable:
            code = candidate.code
            if "A" in conventions.seventh_characters(code):
                return code[:7] + "A"
            return code
    return None''',
        ),
    ],
}
