"""Wrong answers for module 05, Outpatient and professional coding (format: tests/test_wrong_answers.py)."""

SECTION_COUNTS = ('def section_counts(codes: list[str]) -> dict[str, int]:\n'
                  '    """Count CPT claim lines by section (Category I and PLA) or category (II, III)."""\n'
                  '    counts = {}\n'
                  '    for code in codes:\n'
                  '        found = cpt.classify(code)\n')
LABEL = ('        if found.category == "II":\n'
         '            label = "Category II"\n'
         '        elif found.category == "III":\n'
         '            label = "Category III"\n'
         '        elif found.section is None:\n'
         '            label = "No section"\n'
         '        else:\n'
         '            label = found.section\n')
COUNT = '        counts[label] = counts.get(label, 0) + 1\n'
EM_CODE = ('def em_code(problems: str, data: str, risk: str, new_patient: bool) -> str:\n'
           '    """The office visit code (99202-99205 or 99212-99215) from the three MDM elements."""\n'
           '    elements = [problems, data, risk]\n'
           '    for element in elements:\n'
           '        if element not in MDM_LEVELS:\n'
           '            raise ValueError(f"{element!r} is not an MDM level; use one of {MDM_LEVELS}")\n'
           '    ranks = sorted(MDM_LEVELS.index(element) for element in elements)\n')
KIND = '    kind = "new" if new_patient else "established"\n'
RETURN = '    return OFFICE_VISIT_CODES[kind][level]\n'

WRONG = {
    "ex_claims": [
        ("G0463 and 99213 on each other's claim",
         'claim_for = {1: "professional", 2: "facility", 3: "facility", 4: "professional", '
         '5: "professional", 6: "professional"}\n',
         ["worked example", "G0463", "99213"]),
        ("capitals", 'claim_for = {1: "Facility", 2: "Professional", 3: "Facility", 4: "Professional", '
         '5: "Professional", 6: "Professional"}\n', ["lower case"]),
        ("keys as strings", 'claim_for = {"1": "facility", "2": "professional"}\n', ["keys 1 to 6"]),
    ],
    "ex_uncertain_mc": [
        ("a small letter", 'answer_uti = "b"\n', ["capital letter"]),
        ("no quotes: a NameError in the answer cell", "answer_uti = B\n",
         ["answer cell stopped with an error", "NameError"]),
        ("the codes, not the letter", 'answer_uti = "R30.0 and R35.0"\n', ["one capital letter"]),
    ],
    "ex_section_counts": [
        ("found.section for every code: None for Category II and III",
         SECTION_COUNTS + "        label = found.section\n" + COUNT + "    return counts\n",
         ["'Category II'", "found.category"]),
        ("counts[label] += 1 with no starting count",
         SECTION_COUNTS + LABEL + "        counts[label] += 1\n    return counts\n",
         ["KeyError", "'Evaluation and Management'", "counts.get(key, 0)"]),
        ("return inside the loop",
         SECTION_COUNTS + LABEL + COUNT + "        return counts\n",
         ["only the first code", "inside the loop"]),
        ("every label counts 1", SECTION_COUNTS + LABEL + "        counts[label] = 1\n    return counts\n",
         ["counts 2 lines"]),
        ("Category III forgotten, labelled No section",
         SECTION_COUNTS + '        if found.category == "II":\n            label = "Category II"\n'
         '        elif found.section is None:\n            label = "No section"\n'
         '        else:\n            label = found.section\n' + COUNT + "    return counts\n",
         ["'Category III'", "0174T"]),
        ("a PLA code labelled by its category",
         SECTION_COUNTS + '        if found.category == "I":\n'
         '            label = found.section or "No section"\n'
         '        else:\n            label = "Category " + found.category\n' + COUNT + "    return counts\n",
         ["PLA code", "'Pathology and Laboratory'"]),
        ("printed instead of returned", SECTION_COUNTS + LABEL + COUNT + "    print(counts)\n",
         ["printed", "return"]),
        ("Category II and III told from the code's last letter, spaces kept (benchmarks/beginner_answers)",
         SECTION_COUNTS + '        if code.endswith("F"):\n            label = "Category II"\n'
         '        elif code.endswith("T"):\n            label = "Category III"\n'
         '        else:\n            label = found.section or "No section"\n' + COUNT + "    return counts\n",
         ["' 0174T '", "spaces around it", "found.category"]),
    ],
    "ex_em_code": [
        ("the level of the highest element", EM_CODE + "    level = ranks[2]\n" + KIND + RETURN,
         ["'99214'", "highest element", "two of the three"]),
        ("the level of the lowest element", EM_CODE + "    level = ranks[0]\n" + KIND + RETURN,
         ["'99214'", "lowest element", "does not pull the level down"]),
        ("new and established swapped",
         EM_CODE + '    level = ranks[1]\n    kind = "established" if new_patient else "new"\n' + RETURN,
         ["'99214'", "new_patient=False", "'established'"]),
        ("one level off", EM_CODE + "    level = ranks[1] + 1\n" + KIND + RETURN, ["one level off"]),
        ("the deleted 99201 in a new patient list of its own",
         EM_CODE + "    level = ranks[1]\n    if new_patient:\n"
         '        return ["99201", "99202", "99203", "99204"][level]\n'
         '    return ["99212", "99213", "99214", "99215"][level]\n',
         ["'99204'", "level is right", "99201 was deleted"]),
        ("the rounded average of the three levels",
         EM_CODE + "    level = round(sum(ranks) / 3)\n" + KIND + RETURN,
         ["'99213'", "not an average", "one strong element is not enough"]),
        ("printed instead of returned",
         EM_CODE + "    level = ranks[1]\n" + KIND + "    print(OFFICE_VISIT_CODES[kind][level])\n",
         ["printed", "return"]),
        ("the bool new_patient as the dictionary key",
         EM_CODE + "    level = ranks[1]\n    kind = new_patient\n" + RETURN, ["KeyError", "dictionary"]),
        ("no ValueError for a name that is not a level",
         'def em_code(problems: str, data: str, risk: str, new_patient: bool) -> str:\n'
         '    """The office visit code (99202-99205 or 99212-99215) from the three MDM elements."""\n'
         "    ranks = sorted(MDM_LEVELS.index(e) if e in MDM_LEVELS else 0 for e in [problems, data, risk])\n"
         "    level = ranks[1]\n" + KIND + RETURN,
         ["ValueError", "'severe'"]),
        ("the level of the data element, the middle argument, not the middle of the sorted ranks "
         "(benchmarks/beginner_answers)",
         EM_CODE + "    level = MDM_LEVELS.index(data)\n" + KIND + RETURN,
         ["em_code('low', 'high', 'low'", "'99213'", "highest element"]),
    ],
}
