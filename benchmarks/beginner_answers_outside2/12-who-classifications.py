# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 12-who-classifications, written blind on 2026-12-07."""

ANSWERS = {
    'ex_which_system': [
        ('Calls who.atc_level without try/except, so anything that is not an ATC shape raises ATCFormatError instead of returning "unknown".', r'''def which_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-11 stem", "ICD-11 extension", "ATC" or "unknown"."""
    code = code.strip().upper()
    if icd10cm.is_valid(code):
        return "ICD-10-CM"
    if who.is_icd11_format(code):
        if who.parse_icd11(code).kind == "stem":
            return "ICD-11 stem"
        return "ICD-11 extension"
    if who.atc_level(code) == 5:
        return "ATC"
    return "unknown"'''),
        ('Returns "ATC" for any ATC level (A10, N02B), not only 7-character substances.', r'''def which_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-11 stem", "ICD-11 extension", "ATC" or "unknown"."""
    code = code.strip().upper()
    if icd10cm.is_valid(code):
        return "ICD-10-CM"
    if who.is_icd11_format(code):
        kind = who.parse_icd11(code).kind
        return "ICD-11 " + kind
    try:
        who.atc_level(code)
        return "ATC"
    except who.ATCFormatError:
        return "unknown"'''),
        ('Tests ICD-10-CM by its shape with a regular expression instead of icd10cm.is_valid, so codes not in the release (E11.99, A10) are called ICD-10-CM.', r'''def which_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-11 stem", "ICD-11 extension", "ATC" or "unknown"."""
    import re
    code = code.strip().upper()
    if re.fullmatch(r"([A-Z][0-9][0-9A-Z]|QA0)(\.?[0-9A-Z]{1,4})?", code):
        return "ICD-10-CM"
    if who.is_icd11_format(code):
        if who.parse_icd11(code).kind == "extension":
            return "ICD-11 extension"
        return "ICD-11 stem"
    try:
        if who.atc_level(code) == 5:
            return "ATC"
    except who.ATCFormatError:
        pass
    return "unknown"'''),
    ],
    'ex_atc_path': [
        ('Always takes the five slices, so a shorter code such as N02B repeats itself ("N02B", "N02B", "N02B").', r'''def atc_path(code: str) -> list[str]:
    """The prefixes of an ATC code, one per level, level 1 first."""
    code = code.strip().upper()
    return [code[:1], code[:3], code[:4], code[:5], code[:7]]'''),
        ('Forgets to strip spaces and upper-case the code first.', r'''def atc_path(code: str) -> list[str]:
    """The prefixes of an ATC code, one per level, level 1 first."""
    path = []
    for n in [1, 3, 4, 5, 7]:
        if len(code) >= n:
            path.append(code[:n])
    return path'''),
        ('Thinks each level adds two characters and uses the lengths 1, 3, 5, 7, missing the 4-character level.', r'''def atc_path(code: str) -> list[str]:
    """The prefixes of an ATC code, one per level, level 1 first."""
    code = code.strip().upper()
    path = []
    for n in range(1, len(code) + 1, 2):
        path.append(code[:n])
    return path'''),
    ],
    'ex_primary_path': [
        ('Follows the first row of each term without checking the primary column.', r'''def primary_path(llt: str, links: pd.DataFrame) -> list[str]:
    """The terms from ``llt`` up to its primary SOC: [LLT, PT, HLT, HLGT, SOC]."""
    if llt not in list(links[links.level == "LLT"].term):
        raise KeyError(llt)
    path = [llt]
    term = llt
    for step in range(4):
        term = links[links.term == term].parent.iloc[0]
        path.append(term)
    return path'''),
        ('Never raises KeyError; an unknown term fails with an IndexError from iloc instead.', r'''def primary_path(llt: str, links: pd.DataFrame) -> list[str]:
    """The terms from ``llt`` up to its primary SOC: [LLT, PT, HLT, HLGT, SOC]."""
    path = [llt]
    current = llt
    while len(path) < 5:
        row = links[(links.term == current) & links.primary]
        current = row.parent.iloc[0]
        path.append(current)
    return path'''),
        ('Only checks that the term is somewhere in the table, not that it is an LLT, so a PT is accepted instead of raising KeyError.', r'''def primary_path(llt: str, links: pd.DataFrame) -> list[str]:
    """The terms from ``llt`` up to its primary SOC: [LLT, PT, HLT, HLGT, SOC]."""
    if llt not in links["term"].values:
        raise KeyError(f"{llt} is not in the table")
    path = [llt]
    t = llt
    while True:
        rows = links[(links.term == t) & links.primary]
        parent = rows.parent.iloc[0]
        if pd.isna(parent):
            break
        path.append(parent)
        t = parent
    return path'''),
    ],
    'ex_icd11_for': [
        ('Takes the first 3 characters of the code as typed, without icd10cm.normalize, so "e11.9" looks up "e11".', r'''def icd11_for(code: str, pairs: pd.DataFrame) -> str:
    """The ICD-11 stem code paired with the category of ICD-10-CM ``code``."""
    if not icd10cm.is_valid(code):
        raise LookupError(f"{code} is not a valid ICD-10-CM code")
    category = code[:3]
    match = pairs[pairs["icd10"] == category]
    if len(match) == 0:
        raise LookupError(f"no ICD-11 pair for {category}")
    return match["icd11"].iloc[0]'''),
        ('Skips the icd10cm.is_valid check, so a code that does not exist but has a known category (E11.99) still returns 5A11.', r'''def icd11_for(code: str, pairs: pd.DataFrame) -> str:
    """The ICD-11 stem code paired with the category of ICD-10-CM ``code``."""
    code = icd10cm.normalize(code)
    table = pairs.set_index("icd10")
    if code[:3] not in table.index:
        raise LookupError(code[:3] + " is not in pairs")
    return table.loc[code[:3], "icd11"]'''),
        ('Returns None when the category is not in pairs instead of raising LookupError.', r'''def icd11_for(code: str, pairs: pd.DataFrame) -> str:
    """The ICD-11 stem code paired with the category of ICD-10-CM ``code``."""
    code = icd10cm.normalize(code)
    if not icd10cm.is_valid(code):
        raise LookupError("not a valid ICD-10-CM code")
    for row in pairs.itertuples():
        if row.icd10 == code[:3]:
            return row.icd11
    return None'''),
    ],
}
