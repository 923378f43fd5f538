"""Held-out beginners' wrong answers to the function exercises of
release/12-who-classifications/12-who-classifications.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_which_system': [
        (
            "Returns 'ICD-11' for every ICD-11 shape instead of telling stem from extension.",
            r'''def which_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-11 stem", "ICD-11 extension", "ATC" or "unknown"."""
    # YOUR CODE HERE
    code = code.strip().upper()
    if icd10cm.is_valid(code):
        return "ICD-10-CM"
    if who.is_icd11_format(code):
        return "ICD-11"
    try:
        if who.atc_level(code) == 5:
            return "ATC"
    except who.ATCFormatError:
        pass
    return "unknown"''',
        ),
        (
            "Any ATC shape counts as 'ATC' (if who.atc_level(code):), not only a level-5 substance "
            "code: 'A10B' (a level-3 group) is called ATC instead of unknown.",
            r'''def which_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-11 stem", "ICD-11 extension", "ATC" or "unknown"."""
    # YOUR CODE HERE
    code = code.strip().upper()
    if icd10cm.is_valid(code):
        return "ICD-10-CM"
    if who.is_icd11_format(code):
        if who.parse_icd11(code).kind == "stem":
            return "ICD-11 stem"
        return "ICD-11 extension"
    try:
        if who.atc_level(code):
            return "ATC"
    except who.ATCFormatError:
        pass
    return "unknown"''',
        ),
        (
            'No try/except around atc_level: a code of no known shape raises ATCFormatError instead of '
            "giving 'unknown'.",
            r'''def which_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-11 stem", "ICD-11 extension", "ATC" or "unknown"."""
    # YOUR CODE HERE
    code = code.strip().upper()
    if icd10cm.is_valid(code):
        return "ICD-10-CM"
    if who.is_icd11_format(code):
        if who.parse_icd11(code).kind == "stem":
            return "ICD-11 stem"
        return "ICD-11 extension"
    if who.atc_level(code) == 5:
        return "ATC"
    return "unknown"''',
        ),
    ],
    'ex_atc_path': [
        (
            "Always slices at all five lengths: a shorter code repeats itself ('N02B' gives ['N', "
            "'N02', 'N02B', 'N02B', 'N02B']).",
            r'''def atc_path(code: str) -> list[str]:
    """The prefixes of an ATC code, one per level, level 1 first."""
    # YOUR CODE HERE
    code = code.strip().upper()
    return [code[:n] for n in (1, 3, 4, 5, 7)]''',
        ),
        (
            'Forgot to strip and upper-case the code.',
            r'''def atc_path(code: str) -> list[str]:
    """The prefixes of an ATC code, one per level, level 1 first."""
    # YOUR CODE HERE
    return [code[:n] for n in (1, 3, 4, 5, 7) if n <= len(code)]''',
        ),
        (
            'Off by one: n < len(code) leaves the code itself out of its own path.',
            r'''def atc_path(code: str) -> list[str]:
    """The prefixes of an ATC code, one per level, level 1 first."""
    # YOUR CODE HERE
    code = code.strip().upper()
    return [code[:n] for n in (1, 3, 4, 5, 7) if n < len(code)]''',
        ),
    ],
    'ex_primary_path': [
        (
            'Follows the first row of each term instead of its primary row: right only when the primary '
            'link happens to come first.',
            r'''def primary_path(llt: str, links: pd.DataFrame) -> list[str]:
    """The terms from ``llt`` up to its primary SOC: [LLT, PT, HLT, HLGT, SOC]."""
    # YOUR CODE HERE
    if llt not in set(links[links.level == "LLT"].term):
        raise KeyError(llt)
    path = [llt]
    term = llt
    for _ in range(4):
        term = links[links.term == term].parent.iloc[0]
        path.append(term)
    return path''',
        ),
        (
            'No check that llt is an LLT of links: an unknown term raises IndexError, not KeyError.',
            r'''def primary_path(llt: str, links: pd.DataFrame) -> list[str]:
    """The terms from ``llt`` up to its primary SOC: [LLT, PT, HLT, HLGT, SOC]."""
    # YOUR CODE HERE
    path = [llt]
    term = llt
    for _ in range(4):
        term = links[(links.term == term) & links.primary].parent.iloc[0]
        path.append(term)
    return path''',
        ),
        (
            'Off by one: climbs three steps, so the list stops at the HLGT and the SOC is missing.',
            r'''def primary_path(llt: str, links: pd.DataFrame) -> list[str]:
    """The terms from ``llt`` up to its primary SOC: [LLT, PT, HLT, HLGT, SOC]."""
    # YOUR CODE HERE
    if llt not in set(links[links.level == "LLT"].term):
        raise KeyError(llt)
    path = [llt]
    term = llt
    for _ in range(3):
        term = links[(links.term == term) & links.primary].parent.iloc[0]
        path.append(term)
    return path''',
        ),
    ],
    'ex_icd11_for': [
        (
            'No validity check: a well-shaped code that is not in ICD-10-CM (E11.99) still gets its '
            "category's ICD-11 code instead of a LookupError.",
            r'''def icd11_for(code: str, pairs: pd.DataFrame) -> str:
    """The ICD-11 stem code paired with the category of ICD-10-CM ``code``."""
    # YOUR CODE HERE
    code = icd10cm.normalize(code)
    match = pairs[pairs["icd10"] == code[:3]]
    if match.empty:
        raise LookupError(f"no ICD-11 pair for category {code[:3]}")
    return match["icd11"].iloc[0]''',
        ),
        (
            "Skipped icd10cm.normalize: a lower-case code ('e11.9') has the category 'e11', which is "
            'not in pairs, so a valid code raises LookupError.',
            r'''def icd11_for(code: str, pairs: pd.DataFrame) -> str:
    """The ICD-11 stem code paired with the category of ICD-10-CM ``code``."""
    # YOUR CODE HERE
    if not icd10cm.is_valid(code):
        raise LookupError(f"{code} is not a valid ICD-10-CM code")
    match = pairs[pairs["icd10"] == code[:3]]
    if match.empty:
        raise LookupError(f"no ICD-11 pair for category {code[:3]}")
    return match["icd11"].iloc[0]''',
        ),
        (
            'Returns the matching column (a one-row Series) instead of the code string.',
            r'''def icd11_for(code: str, pairs: pd.DataFrame) -> str:
    """The ICD-11 stem code paired with the category of ICD-10-CM ``code``."""
    # YOUR CODE HERE
    code = icd10cm.normalize(code)
    if not icd10cm.is_valid(code):
        raise LookupError(f"{code} is not a valid ICD-10-CM code")
    match = pairs[pairs["icd10"] == code[:3]]
    if match.empty:
        raise LookupError(f"no ICD-11 pair for category {code[:3]}")
    return match["icd11"]''',
        ),
    ],
}
