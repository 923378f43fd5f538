'''Blind wrong answers of beginners to the function exercises of module 06 (issue #20).

Written on 2026-12-07 by helper-36, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

Dropped after the first run, as not wrong: cdt_category passing the code as typed (cdt.category
strips and upper-cases it itself).

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_CDT = '''def cdt_category(code: str) -> str | None:
    """The CDT category of service of ``code``, or None when it is not a CDT code in a category."""
    text = str(code).strip().upper()  # " d7140 " -> "D7140"
    # Return cdt.category(text), or None when it raises cdt.MalformedCodeError (try and except).
%s'''

_TO_FDI = '''def universal_to_fdi(tooth) -> str:
    """The FDI (ISO 3950) two-digit number of a tooth given in the Universal system."""
    text = str(tooth).strip().upper()
    if text.isdigit() and 1 <= int(text) <= 32:  # a permanent tooth: 8 per quadrant, FDI 1-4
        position, per_quadrant, first_quadrant = int(text), 8, 1
    elif len(text) == 1 and "A" <= text <= "T":  # a primary tooth: 5 per quadrant, FDI 5-8
        position, per_quadrant, first_quadrant = ord(text) - ord("A") + 1, 5, 5
    else:
        raise ValueError(f"{tooth!r} is not a Universal tooth number (1-32) or letter (A-T)")
    # quadrant_index: 0 upper right, 1 upper left, 2 lower left, 3 lower right (the Universal path);
    # offset: how many teeth into that quadrant along the path, 0 for the first.
    quadrant_index, offset = divmod(position - 1, per_quadrant)
    # Set tooth_digit, the FDI tooth digit (1 at the midline), from offset: in which quadrants
    # does the Universal path walk towards the midline, and in which away from it?
%s    return f"{first_quadrant + quadrant_index}{tooth_digit}"
'''

_TO_UNIVERSAL = '''def fdi_to_universal(fdi):
    """The Universal designation (int 1-32, or letter A-T) of a tooth given in FDI notation."""
    text = str(fdi).strip()
    if len(text) != 2 or not text.isdigit():
        raise ValueError(f"{fdi!r} is not an FDI tooth number")
    quadrant, tooth = int(text[0]), int(text[1])
    per_quadrant = 8 if 1 <= quadrant <= 4 else 5 if 5 <= quadrant <= 8 else 0
    if not 1 <= tooth <= per_quadrant:
        raise ValueError(f"{fdi!r} is not an FDI tooth number")
    quadrant_index = (quadrant - 1) %% 4  # 0 upper right, 1 upper left, 2 lower left, 3 lower right
    # Set offset, how many teeth into the quadrant the Universal path is (0 for its first tooth),
    # from the FDI tooth digit tooth (1 at the midline): the same rule as Exercise 2, backwards.
%s    position = quadrant_index * per_quadrant + offset + 1
    return position if per_quadrant == 8 else chr(ord("A") + position - 1)
'''

_PSYCHO = '''def psychotherapy_code(minutes: int) -> str | None:
    """The individual psychotherapy code for ``minutes`` of psychotherapy, or None under 16."""
    # Return the code of the time rule's table: check the longest time first, one if each.
%s    return None
'''

ANSWERS = {
    "ex_cdt_category": [
        (
            "no try/except: a CPT code raises instead of giving None",
            _CDT % "    return cdt.category(text)\n",
        ),
        (
            "returned the string 'None'",
            _CDT
            % '''    try:
        return cdt.category(text)
    except cdt.MalformedCodeError:
        return "None"
''',
        ),
        (
            "checked for a D and five characters instead of try, so D0050 raises",
            _CDT
            % '''    if text.startswith("D") and len(text) == 5:
        return cdt.category(text)
    return None
''',
        ),
        (
            "compared the text with the category ranges as strings, so 'D12' is Preventive",
            _CDT
            % '''    for first, last, name in cdt.CATEGORIES:
        if first <= text <= last:
            return name
    return None
''',
        ),
    ],
    "ex_universal_to_fdi": [
        (
            "counted from the start of the quadrant in every quadrant (offset + 1)",
            _TO_FDI % "    tooth_digit = offset + 1\n",
        ),
        (
            "wrote 'quadrant_index == 0 or 2', which is always true",
            _TO_FDI
            % '''    if quadrant_index == 0 or 2:
        tooth_digit = per_quadrant - offset
    else:
        tooth_digit = offset + 1
''',
        ),
        (
            "8 - offset typed in, so primary teeth in quadrants 5 and 7 are wrong",
            _TO_FDI
            % '''    if quadrant_index in (0, 2):
        tooth_digit = 8 - offset
    else:
        tooth_digit = offset + 1
''',
        ),
        (
            "reversed only the upper right quadrant",
            _TO_FDI
            % '''    if quadrant_index == 0:
        tooth_digit = per_quadrant - offset
    else:
        tooth_digit = offset + 1
''',
        ),
        (
            "tested the FDI quadrant number 1 or 3, so primary quadrants 5 and 7 are not reversed",
            _TO_FDI
            % '''    if first_quadrant + quadrant_index in (1, 3):
        tooth_digit = per_quadrant - offset
    else:
        tooth_digit = offset + 1
''',
        ),
    ],
    "ex_fdi_to_universal": [
        (
            "tooth - 1 in every quadrant",
            _TO_UNIVERSAL % "    offset = tooth - 1\n",
        ),
        (
            "per_quadrant - tooth - 1: off by one in the reversed quadrants",
            _TO_UNIVERSAL
            % '''    if quadrant_index in (0, 2):
        offset = per_quadrant - tooth - 1
    else:
        offset = tooth - 1
''',
        ),
        (
            "8 - tooth typed in, so primary teeth in quadrants 5 and 7 are wrong",
            _TO_UNIVERSAL
            % '''    if quadrant_index in (0, 2):
        offset = 8 - tooth
    else:
        offset = tooth - 1
''',
        ),
        (
            "tested the FDI quadrant (1 or 3), not quadrant_index, so quadrants 5 and 7 are not reversed",
            _TO_UNIVERSAL
            % '''    if quadrant in (1, 3):
        offset = per_quadrant - tooth
    else:
        offset = tooth - 1
''',
        ),
        (
            "reversed the right-hand quadrants (upper right and lower right) instead",
            _TO_UNIVERSAL
            % '''    if quadrant_index in (0, 3):
        offset = per_quadrant - tooth
    else:
        offset = tooth - 1
''',
        ),
    ],
    "ex_psychotherapy_code": [
        (
            "'more than' at each boundary, so 16, 38 and 53 minutes fall a code short",
            _PSYCHO
            % '''    if minutes > 53:
        return "90837"
    if minutes > 38:
        return "90834"
    if minutes > 16:
        return "90832"
''',
        ),
        (
            "the typical times 60, 45 and 30 as thresholds, not the midpoints",
            _PSYCHO
            % '''    if minutes >= 60:
        return "90837"
    if minutes >= 45:
        return "90834"
    if minutes >= 30:
        return "90832"
''',
        ),
        (
            "shortest time checked first, so everything from 16 up is 90832",
            _PSYCHO
            % '''    if minutes >= 16:
        return "90832"
    elif minutes >= 38:
        return "90834"
    elif minutes >= 53:
        return "90837"
''',
        ),
        (
            "returned the codes as ints",
            _PSYCHO
            % '''    if minutes >= 53:
        return 90837
    if minutes >= 38:
        return 90834
    if minutes >= 16:
        return 90832
''',
        ),
        (
            "capped 90837 at 60 minutes, so a 75-minute session gives None",
            _PSYCHO
            % '''    if 53 <= minutes <= 60:
        return "90837"
    if 38 <= minutes <= 52:
        return "90834"
    if 16 <= minutes <= 37:
        return "90832"
''',
        ),
        (
            "15 minutes reported: read 'under 16' as 'up to 15 is too short' but wrote >= 15",
            _PSYCHO
            % '''    if minutes >= 53:
        return "90837"
    if minutes >= 38:
        return "90834"
    if minutes >= 15:
        return "90832"
''',
        ),
    ],
}
