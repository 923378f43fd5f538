# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 05-outpatient-and-professional-coding, written blind on 2026-12-07."""

_SC_HEAD = '''def section_counts(codes: list[str]) -> dict[str, int]:
    """Count CPT claim lines by section (Category I and PLA) or category (II, III)."""
    counts = {}
    for code in codes:
        found = cpt.classify(code)
        # Set label to "Category II", "Category III", "No section" or found.section, by the rules.
'''
_SC_TAIL = '''
        counts[label] = counts.get(label, 0) + 1
    return counts'''
_EM_HEAD = '''def em_code(problems: str, data: str, risk: str, new_patient: bool) -> str:
    """The office visit code (99202-99205 or 99212-99215) from the three MDM elements."""
    elements = [problems, data, risk]
    for element in elements:
        if element not in MDM_LEVELS:
            raise ValueError(f"{element!r} is not an MDM level; use one of {MDM_LEVELS}")
    ranks = sorted(MDM_LEVELS.index(element) for element in elements)  # each level as 0-3, lowest first
    # Set level (0-3) to the MDM level the visit meets, by the two-of-three rule, and kind to
    # "new" or "established".
'''
_EM_TAIL = '''
    return OFFICE_VISIT_CODES[kind][level]'''

ANSWERS = {
    'ex_section_counts': [
        ('Forgets the deleted-code case: a five-digit code in no range is counted under None instead of "No section".', _SC_HEAD + '''        if found.category == "II":
            label = "Category II"
        elif found.category == "III":
            label = "Category III"
        else:
            label = found.section''' + _SC_TAIL),
        ('Builds the label "Category " + category for everything that is not Category I, so PLA codes become "Category PLA" instead of their section.', _SC_HEAD + '''        if found.category == "I":
            if found.section is None:
                label = "No section"
            else:
                label = found.section
        else:
            label = "Category " + found.category''' + _SC_TAIL),
        ('Tells Category II and III apart by the last character of the code as typed, so a code with a trailing space (" 3074F ") falls into "No section".', _SC_HEAD + '''        if code[-1] == "F":
            label = "Category II"
        elif code[-1] == "T":
            label = "Category III"
        elif found.section is None:
            label = "No section"
        else:
            label = found.section''' + _SC_TAIL),
    ],
    'ex_em_code': [
        ('Takes the average of the three levels, rounded, instead of the two-of-three rule (low, low, high gives moderate).', _EM_HEAD + '''    level = round(sum(ranks) / 3)
    if new_patient:
        kind = "new"
    else:
        kind = "established"''' + _EM_TAIL),
        ('Uses the level of the data element (the middle one of the three arguments) instead of the middle of the sorted ranks.', _EM_HEAD + '''    level = MDM_LEVELS.index(data)
    kind = "new" if new_patient else "established"''' + _EM_TAIL),
        ('Averages the levels and cuts off the decimals with int(), so low, moderate, moderate gives low.', _EM_HEAD + '''    level = int(sum(ranks) / len(ranks))
    kind = "new" if new_patient == True else "established"''' + _EM_TAIL),
    ],
}
