'''Blind wrong answers of beginners to the function exercises of module 05 (issue #20).

Written on 2026-12-07 by helper-35, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_SECTIONS = '''def section_counts(codes: list[str]) -> dict[str, int]:
    """Count CPT claim lines by section (Category I and PLA) or category (II, III)."""
    counts = {}
    for code in codes:
        found = cpt.classify(code)
        # Set label to "Category II", "Category III", "No section" or found.section, by the rules.
%s        counts[label] = counts.get(label, 0) + 1
    return counts
'''

_EM = '''def em_code(problems: str, data: str, risk: str, new_patient: bool) -> str:
    """The office visit code (99202-99205 or 99212-99215) from the three MDM elements."""
    elements = [problems, data, risk]
    for element in elements:
        if element not in MDM_LEVELS:
            raise ValueError(f"{element!r} is not an MDM level; use one of {MDM_LEVELS}")
    ranks = sorted(MDM_LEVELS.index(element) for element in elements)  # each level as 0-3, lowest first
    # Set level (0-3) to the MDM level the visit meets, by the two-of-three rule, and kind to
    # "new" or "established".
%s    return OFFICE_VISIT_CODES[kind][level]
'''

_KIND = '''    if new_patient:
        kind = "new"
    else:
        kind = "established"
'''

ANSWERS = {
    "ex_section_counts": [
        (
            "label = found.section for every code (None for II, III and deleted codes)",
            _SECTIONS % "        label = found.section\n",
        ),
        (
            "the bare category for II and III ('II', not 'Category II')",
            _SECTIONS
            % '''        if found.category in ("II", "III"):
            label = found.category
        elif found.section is None:
            label = "No section"
        else:
            label = found.section
''',
        ),
        (
            "'Category ' + category for anything not Category I, so a PLA code is 'Category PLA'",
            _SECTIONS
            % '''        if found.category == "I":
            label = found.section
            if label is None:
                label = "No section"
        else:
            label = "Category " + found.category
''',
        ),
        (
            "handled II and III but not a five-digit code in no section (label None)",
            _SECTIONS
            % '''        if found.category == "II":
            label = "Category II"
        elif found.category == "III":
            label = "Category III"
        else:
            label = found.section
''',
        ),
        (
            "told II and III from the code's last letter, spaces around the code not removed",
            _SECTIONS
            % '''        if code.endswith("F"):
            label = "Category II"
        elif code.endswith("T"):
            label = "Category III"
        elif found.section:
            label = found.section
        else:
            label = "No section"
''',
        ),
        (
            "only the sections: Category II and III counted as 'No section'",
            _SECTIONS
            % '''        if found.section:
            label = found.section
        else:
            label = "No section"
''',
        ),
    ],
    "ex_em_code": [
        ("the highest of the three elements", _EM % ("    level = ranks[-1]\n" + _KIND)),
        ("the lowest of the three elements", _EM % ("    level = ranks[0]\n" + _KIND)),
        ("the average of the three, rounded down", _EM % ("    level = sum(ranks) // 3\n" + _KIND)),
        (
            "no else for kind: an established patient's visit stops with an error",
            _EM
            % '''    level = ranks[1]
    if new_patient:
        kind = "new"
''',
        ),
        (
            "the level of data, the middle argument, instead of the middle of the sorted ranks",
            _EM % ("    level = MDM_LEVELS.index(data)\n" + _KIND),
        ),
        (
            "the level that occurs most often (the first one when all three differ)",
            _EM % ("    level = max(ranks, key=ranks.count)\n" + _KIND),
        ),
    ],
}
