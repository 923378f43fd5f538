'''Blind wrong answers of beginners to the function exercises of module 12 (issue #20).

Written on 2026-12-07 by helper-36, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

Dropped after the first run, as not wrong: which_system without strip and upper (icd10cm and who
normalise the code themselves).

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_WHICH = '''def which_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-11 stem", "ICD-11 extension", "ATC" or "unknown"."""
%s'''

_ICD11_AND_ATC = '''    if who.is_icd11_format(text):
        if who.parse_icd11(text).kind == "extension":
            return "ICD-11 extension"
        return "ICD-11 stem"
    try:
        if who.atc_level(text) == 5:
            return "ATC"
    except who.ATCFormatError:
        pass
    return "unknown"
'''

_ATC = '''def atc_path(code: str) -> list[str]:
    """The prefixes of an ATC code, one per level, level 1 first."""
%s'''

_PRIMARY = '''def primary_path(llt: str, links: pd.DataFrame) -> list[str]:
    """The terms from ``llt`` up to its primary SOC: [LLT, PT, HLT, HLGT, SOC]."""
%s'''

_IS_LLT = '''    if llt not in list(links[links.level == "LLT"].term):
        raise KeyError(llt)
'''

_ICD11 = '''def icd11_for(code: str, pairs: pd.DataFrame) -> str:
    """The ICD-11 stem code paired with the category of ICD-10-CM ``code``."""
%s'''

_TABLE = '''    table = dict(zip(pairs["icd10"], pairs["icd11"]))
'''

ANSWERS = {
    "ex_which_system": [
        (
            "returned the parser's kind ('stem', 'extension') instead of 'ICD-11 stem'",
            _WHICH
            % '''    text = code.strip().upper()
    if icd10cm.is_valid(text):
        return "ICD-10-CM"
    if who.is_icd11_format(text):
        return who.parse_icd11(text).kind
    try:
        if who.atc_level(text) == 5:
            return "ATC"
    except who.ATCFormatError:
        pass
    return "unknown"
''',
        ),
        (
            "any ATC level counted, so 'A10' is ATC",
            _WHICH
            % '''    text = code.strip().upper()
    if icd10cm.is_valid(text):
        return "ICD-10-CM"
    if who.is_icd11_format(text):
        if who.parse_icd11(text).kind == "extension":
            return "ICD-11 extension"
        return "ICD-11 stem"
    try:
        who.atc_level(text)
        return "ATC"
    except who.ATCFormatError:
        return "unknown"
''',
        ),
        (
            "ICD-10-CM told by its shape, not by the code set (Z99.999 is ICD-10-CM)",
            _WHICH % ('''    text = code.strip().upper()
    if icd10cm.has_code_shape(text):
        return "ICD-10-CM"
''' + _ICD11_AND_ATC),
        ),
        (
            "no try around atc_level: a word raises ATCFormatError",
            _WHICH
            % '''    text = code.strip().upper()
    if icd10cm.is_valid(text):
        return "ICD-10-CM"
    if who.is_icd11_format(text):
        if who.parse_icd11(text).kind == "extension":
            return "ICD-11 extension"
        return "ICD-11 stem"
    if who.atc_level(text) == 5:
        return "ATC"
    return "unknown"
''',
        ),
    ],
    "ex_atc_path": [
        (
            "one level per character (lengths 1 to 5)",
            _ATC
            % '''    code = code.strip().upper()
    return [code[:n] for n in range(1, 6) if n <= len(code)]
''',
        ),
        (
            "always five levels, so a short code repeats itself",
            _ATC
            % '''    code = code.strip().upper()
    return [code[:n] for n in [1, 3, 4, 5, 7]]
''',
        ),
        (
            "n < len(code): the code itself left out",
            _ATC
            % '''    code = code.strip().upper()
    return [code[:n] for n in [1, 3, 4, 5, 7] if n < len(code)]
''',
        ),
        (
            "spaces and case not handled",
            _ATC % '''    return [code[:n] for n in [1, 3, 4, 5, 7] if n <= len(code)]
''',
        ),
        (
            "returned the path as one string",
            _ATC
            % '''    code = code.strip().upper()
    return " > ".join(code[:n] for n in [1, 3, 4, 5, 7] if n <= len(code))
''',
        ),
        (
            "level 5 first (reversed)",
            _ATC
            % '''    code = code.strip().upper()
    return [code[:n] for n in [7, 5, 4, 3, 1] if n <= len(code)]
''',
        ),
    ],
    "ex_primary_path": [
        (
            "followed the first row of each term, primary or not",
            _PRIMARY
            % (
                _IS_LLT
                + '''    path = [llt]
    for _ in range(4):
        path.append(links[links.term == path[-1]].parent.iloc[0])
    return path
'''
            ),
        ),
        (
            "three steps up, so the SOC is missing",
            _PRIMARY
            % (
                _IS_LLT
                + '''    path = [llt]
    for _ in range(3):
        path.append(links[(links.term == path[-1]) & links.primary].parent.iloc[0])
    return path
'''
            ),
        ),
        (
            "no KeyError: an unknown term fails with IndexError",
            _PRIMARY
            % '''    path = [llt]
    for _ in range(4):
        path.append(links[(links.term == path[-1]) & links.primary].parent.iloc[0])
    return path
''',
        ),
        (
            "any term accepted as a start, not only an LLT",
            _PRIMARY
            % '''    if llt not in list(links.term):
        raise KeyError(llt)
    path = [llt]
    while True:
        parent = links[(links.term == path[-1]) & links.primary].parent.iloc[0]
        if pd.isna(parent):
            return path
        path.append(parent)
''',
        ),
        (
            "the parents only, without the LLT itself",
            _PRIMARY
            % (
                _IS_LLT
                + '''    path = []
    term = llt
    for _ in range(4):
        term = links[(links.term == term) & links.primary].parent.iloc[0]
        path.append(term)
    return path
'''
            ),
        ),
    ],
    "ex_icd11_for": [
        (
            "not normalised: 'e11.9' is not found",
            _ICD11
            % (
                _TABLE
                + '''    if not icd10cm.is_valid(code) or code[:3] not in table:
        raise LookupError(f"no ICD-11 pair for {code}")
    return table[code[:3]]
'''
            ),
        ),
        (
            "validity not checked: E11.99, not a code, gives 5A11",
            _ICD11
            % (
                _TABLE
                + '''    category = icd10cm.normalize(code)[:3]
    if category not in table:
        raise LookupError(f"no ICD-11 pair for {code}")
    return table[category]
'''
            ),
        ),
        (
            "returned None when the category has no pair",
            _ICD11
            % (
                _TABLE
                + '''    code = icd10cm.normalize(code)
    if not icd10cm.is_valid(code):
        raise LookupError(f"{code} is not a valid ICD-10-CM code")
    return table.get(code[:3])
'''
            ),
        ),
        (
            "category taken before the dot of the code as typed (E119 -> 'E119')",
            _ICD11
            % (
                _TABLE
                + '''    category = code.strip().upper().split(".")[0]
    if not icd10cm.is_valid(code) or category not in table:
        raise LookupError(f"no ICD-11 pair for {code}")
    return table[category]
'''
            ),
        ),
        (
            "a malformed code turned into LookupError instead of letting normalize's error pass",
            _ICD11
            % (
                _TABLE
                + '''    try:
        code = icd10cm.normalize(code)
    except Exception:
        raise LookupError(f"{code} is not a code")
    if not icd10cm.is_valid(code) or code[:3] not in table:
        raise LookupError(f"no ICD-11 pair for {code}")
    return table[code[:3]]
'''
            ),
        ),
    ],
}
