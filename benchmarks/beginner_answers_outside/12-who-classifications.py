# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 12, written blind on 2026-12-07 (no checks read)."""

_W = '''def which_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-11 stem", "ICD-11 extension", "ATC" or "unknown"."""
'''
_A = '''def atc_path(code: str) -> list[str]:
    """The prefixes of an ATC code, one per level, level 1 first."""
'''
_P = '''def primary_path(llt: str, links: pd.DataFrame) -> list[str]:
    """The terms from ``llt`` up to its primary SOC: [LLT, PT, HLT, HLGT, SOC]."""
'''
_I = '''def icd11_for(code: str, pairs: pd.DataFrame) -> str:
    """The ICD-11 stem code paired with the category of ICD-10-CM ``code``."""
'''

ANSWERS = {
    'ex_which_system': [
        ('Called who.atc_level without try/except, so a code of no known shape raises instead of giving "unknown".', _W + r'''    code = code.strip().upper()
    if icd10cm.is_valid(code):
        return "ICD-10-CM"
    if who.is_icd11_format(code):
        return "ICD-11 " + who.parse_icd11(code).kind
    if who.atc_level(code) == 5:
        return "ATC"
    return "unknown"'''),
        ('Accepted an ATC code of any level, not only the 7-character level 5.', _W + r'''    code = code.strip().upper()
    if icd10cm.is_valid(code):
        return "ICD-10-CM"
    if who.is_icd11_format(code):
        if who.parse_icd11(code).kind == "stem":
            return "ICD-11 stem"
        return "ICD-11 extension"
    try:
        who.atc_level(code)
        return "ATC"
    except who.ATCFormatError:
        return "unknown"'''),
        ('Returned plain "ICD-11" for both stem and extension codes.', _W + r'''    code = code.strip().upper()
    if icd10cm.is_valid(code):
        return "ICD-10-CM"
    if who.is_icd11_format(code):
        return "ICD-11"
    try:
        if who.atc_level(code) == 5:
            return "ATC"
    except who.ATCFormatError:
        pass
    return "unknown"'''),
    ],
    'ex_atc_path': [
        ('Did not strip spaces or upper-case the code.', _A + r'''    path = []
    for n in [1, 3, 4, 5, 7]:
        if len(code) >= n:
            path.append(code[:n])
    return path'''),
        ('Always took all five slices, so a shorter code repeats itself at the end.', _A + r'''    code = code.strip().upper()
    return [code[:1], code[:3], code[:4], code[:5], code[:7]]'''),
        ('Returned a tuple instead of a list.', _A + r'''    code = code.strip().upper()
    return tuple(code[:n] for n in (1, 3, 4, 5, 7) if n <= len(code))'''),
    ],
    'ex_primary_path': [
        ('No KeyError check: an unknown LLT ends in an IndexError from .iloc[0].', _P + r'''    path = [llt]
    term = llt
    for step in range(4):
        row = links[(links.term == term) & links.primary]
        term = row.parent.iloc[0]
        path.append(term)
    return path'''),
        ('Looped five times instead of four, so the SOC\'s empty parent is added at the end.', _P + r'''    if llt not in list(links[links.level == "LLT"].term):
        raise KeyError(llt)
    path = [llt]
    term = llt
    for step in range(5):
        row = links[(links.term == term) & links.primary]
        term = row.parent.iloc[0]
        path.append(term)
    return path'''),
        ('Raised KeyError only when the term is missing from the table, not when it is there but is not an LLT.', _P + r'''    if llt not in links.term.values:
        raise KeyError(f"{llt} is not in the table")
    path = [llt]
    current = llt
    while len(path) < 5:
        current = links[(links.term == current) & links.primary].parent.iloc[0]
        path.append(current)
    return path'''),
    ],
    'ex_icd11_for': [
        ('Skipped the is_valid check, so a well-shaped code that does not exist still gets an ICD-11 code.', _I + r'''    code = icd10cm.normalize(code)
    category = code[:3]
    table = pairs.set_index("icd10")
    if category not in table.index:
        raise LookupError(f"no ICD-11 pair for {category}")
    return table.loc[category, "icd11"]'''),
        ('Sliced the category from the raw input without normalising, so lower case codes are not found.', _I + r'''    if not icd10cm.is_valid(code):
        raise LookupError(f"{code} is not a valid ICD-10-CM code")
    category = code[:3]
    match = pairs[pairs["icd10"] == category]
    if len(match) == 0:
        raise LookupError(f"{category} is not in pairs")
    return match["icd11"].iloc[0]'''),
        ('Caught the error of a malformed code and turned it into a LookupError instead of letting it pass.', _I + r'''    try:
        code = icd10cm.normalize(code)
    except Exception:
        raise LookupError(f"{code} is not an ICD-10-CM code")
    if not icd10cm.is_valid(code):
        raise LookupError(f"{code} is not valid")
    match = pairs[pairs["icd10"] == code[:3]]
    if match.empty:
        raise LookupError(f"{code[:3]} has no ICD-11 pair")
    return match["icd11"].iloc[0]'''),
    ],
}
