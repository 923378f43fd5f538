# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 05, written blind on 2026-12-07 (no checks read)."""

_S = '''def section_counts(codes: list[str]) -> dict[str, int]:
    """Count CPT claim lines by section (Category I and PLA) or category (II, III)."""
    counts = {}
    for code in codes:
        found = cpt.classify(code)
        # Set label to "Category II", "Category III", "No section" or found.section, by the rules.
'''
_E = '''def em_code(problems: str, data: str, risk: str, new_patient: bool) -> str:
    """The office visit code (99202-99205 or 99212-99215) from the three MDM elements."""
    elements = [problems, data, risk]
    for element in elements:
        if element not in MDM_LEVELS:
            raise ValueError(f"{element!r} is not an MDM level; use one of {MDM_LEVELS}")
    ranks = sorted(MDM_LEVELS.index(element) for element in elements)  # each level as 0-3, lowest first
    # Set level (0-3) to the MDM level the visit meets, by the two-of-three rule, and kind to
    # "new" or "established".
'''

ANSWERS = {
    'ex_section_counts': [
        ('Used found.section for every Category I code, so deleted codes are counted under None instead of "No section".', _S + r'''        if found.category == "II":
            label = "Category II"
        elif found.category == "III":
            label = "Category III"
        else:
            label = found.section
        counts[label] = counts.get(label, 0) + 1
    return counts'''),
        ('Treated everything that is not Category I or II as Category III, so PLA codes land in "Category III".', _S + r'''        if found.category == "I":
            if found.section is None:
                label = "No section"
            else:
                label = found.section
        elif found.category == "II":
            label = "Category II"
        else:
            label = "Category III"
        counts[label] = counts.get(label, 0) + 1
    return counts'''),
        ('Tested the F and T endings on the raw code, so codes with spaces around them are not recognised.', _S + r'''        if code.endswith("F"):
            label = "Category II"
        elif code.endswith("T"):
            label = "Category III"
        elif found.section == None:
            label = "No section"
        else:
            label = found.section
        counts[label] = counts.get(label, 0) + 1
    return counts'''),
    ],
    'ex_em_code': [
        ('Took the rounded average of the three levels instead of the two-of-three rule.', _E + r'''    level = round(sum(ranks) / 3)
    if new_patient:
        kind = "new"
    else:
        kind = "established"
    return OFFICE_VISIT_CODES[kind][level]'''),
        ('Let the data element alone decide the level.', _E + r'''    level = MDM_LEVELS.index(data)
    kind = "new" if new_patient else "established"
    return OFFICE_VISIT_CODES[kind][level]'''),
        ('Used the lowest of the three levels (ranks[0]).', _E + r'''    level = ranks[0]
    kind = "new" if new_patient else "established"
    return OFFICE_VISIT_CODES[kind][level]'''),
    ],
}
