"""Held-out beginners' wrong answers to the function exercises of
release/05-outpatient-and-professional-coding/05-outpatient-and-professional-coding.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_section_counts': [
        (
            'Uses found.section for every code: Category II and III codes and deleted codes are all '
            'counted under None.',
            r'''def section_counts(codes: list[str]) -> dict[str, int]:
    """Count CPT claim lines by section (Category I and PLA) or category (II, III)."""
    counts = {}
    for code in codes:
        found = cpt.classify(code)
        # Set label to "Category II", "Category III", "No section" or found.section, by the rules.
        # YOUR CODE HERE
        label = found.section
        counts[label] = counts.get(label, 0) + 1
    return counts''',
        ),
        (
            "Labels Category II and III with the bare category ('II', 'III') instead of 'Category II' "
            "and 'Category III'.",
            r'''def section_counts(codes: list[str]) -> dict[str, int]:
    """Count CPT claim lines by section (Category I and PLA) or category (II, III)."""
    counts = {}
    for code in codes:
        found = cpt.classify(code)
        # Set label to "Category II", "Category III", "No section" or found.section, by the rules.
        # YOUR CODE HERE
        if found.category in ("II", "III"):
            label = found.category
        elif found.section is None:
            label = "No section"
        else:
            label = found.section
        counts[label] = counts.get(label, 0) + 1
    return counts''',
        ),
        (
            "Forgot PLA codes: anything that is not Category I or II is called 'Category III', so 0001U "
            'is counted as Category III instead of Pathology and Laboratory.',
            r'''def section_counts(codes: list[str]) -> dict[str, int]:
    """Count CPT claim lines by section (Category I and PLA) or category (II, III)."""
    counts = {}
    for code in codes:
        found = cpt.classify(code)
        # Set label to "Category II", "Category III", "No section" or found.section, by the rules.
        # YOUR CODE HERE
        if found.category == "I":
            label = found.section if found.section else "No section"
        elif found.category == "II":
            label = "Category II"
        else:
            label = "Category III"
        counts[label] = counts.get(label, 0) + 1
    return counts''',
        ),
    ],
    'ex_em_code': [
        (
            'Takes the lowest of the three levels (all three must meet it) instead of two of three.',
            r'''def em_code(problems: str, data: str, risk: str, new_patient: bool) -> str:
    """The office visit code (99202-99205 or 99212-99215) from the three MDM elements."""
    elements = [problems, data, risk]
    for element in elements:
        if element not in MDM_LEVELS:
            raise ValueError(f"{element!r} is not an MDM level; use one of {MDM_LEVELS}")
    ranks = sorted(MDM_LEVELS.index(element) for element in elements)  # each level as 0-3, lowest first
    # Set level (0-3) to the MDM level the visit meets, by the two-of-three rule, and kind to
    # "new" or "established".
    # YOUR CODE HERE
    level = ranks[0]
    kind = "new" if new_patient else "established"
    return OFFICE_VISIT_CODES[kind][level]''',
        ),
        (
            'Takes the highest of the three levels (one strong element is enough).',
            r'''def em_code(problems: str, data: str, risk: str, new_patient: bool) -> str:
    """The office visit code (99202-99205 or 99212-99215) from the three MDM elements."""
    elements = [problems, data, risk]
    for element in elements:
        if element not in MDM_LEVELS:
            raise ValueError(f"{element!r} is not an MDM level; use one of {MDM_LEVELS}")
    ranks = sorted(MDM_LEVELS.index(element) for element in elements)  # each level as 0-3, lowest first
    # Set level (0-3) to the MDM level the visit meets, by the two-of-three rule, and kind to
    # "new" or "established".
    # YOUR CODE HERE
    level = ranks[-1]
    kind = "new" if new_patient else "established"
    return OFFICE_VISIT_CODES[kind][level]''',
        ),
        (
            'Averages the three levels and rounds: right for the two examples, wrong for e.g. '
            'straightforward, straightforward, high (gives low).',
            r'''def em_code(problems: str, data: str, risk: str, new_patient: bool) -> str:
    """The office visit code (99202-99205 or 99212-99215) from the three MDM elements."""
    elements = [problems, data, risk]
    for element in elements:
        if element not in MDM_LEVELS:
            raise ValueError(f"{element!r} is not an MDM level; use one of {MDM_LEVELS}")
    ranks = sorted(MDM_LEVELS.index(element) for element in elements)  # each level as 0-3, lowest first
    # Set level (0-3) to the MDM level the visit meets, by the two-of-three rule, and kind to
    # "new" or "established".
    # YOUR CODE HERE
    level = round(sum(ranks) / 3)
    kind = "new" if new_patient else "established"
    return OFFICE_VISIT_CODES[kind][level]''',
        ),
    ],
}
