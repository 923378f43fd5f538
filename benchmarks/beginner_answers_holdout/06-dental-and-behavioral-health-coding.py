"""Held-out beginners' wrong answers to the function exercises of
release/06-dental-and-behavioral-health-coding/06-dental-and-behavioral-health-coding.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_cdt_category': [
        (
            'No try/except: checks only that the code starts with D, so D0050 (before the first '
            'category) raises MalformedCodeError instead of returning None.',
            r'''def cdt_category(code: str) -> str | None:
    """The CDT category of service of ``code``, or None when it is not a CDT code in a category."""
    text = str(code).strip().upper()  # " d7140 " -> "D7140"
    # Return cdt.category(text), or None when it raises cdt.MalformedCodeError (try and except).
    # YOUR CODE HERE
    if text.startswith("D"):
        return cdt.category(text)
    return None''',
        ),
        (
            "Returns the string 'None' instead of the value None.",
            r'''def cdt_category(code: str) -> str | None:
    """The CDT category of service of ``code``, or None when it is not a CDT code in a category."""
    text = str(code).strip().upper()  # " d7140 " -> "D7140"
    # Return cdt.category(text), or None when it raises cdt.MalformedCodeError (try and except).
    # YOUR CODE HERE
    try:
        return cdt.category(text)
    except cdt.MalformedCodeError:
        return "None"''',
        ),
        (
            'Typed in a category per thousand (the digit after D): D5900-D5999 and D6200-D6999 get the '
            'wrong category and D0050 is called Diagnostic.',
            r'''def cdt_category(code: str) -> str | None:
    """The CDT category of service of ``code``, or None when it is not a CDT code in a category."""
    text = str(code).strip().upper()  # " d7140 " -> "D7140"
    # Return cdt.category(text), or None when it raises cdt.MalformedCodeError (try and except).
    # YOUR CODE HERE
    names = {
        "0": "Diagnostic", "1": "Preventive", "2": "Restorative", "3": "Endodontics",
        "4": "Periodontics", "5": "Prosthodontics, removable", "6": "Implant Services",
        "7": "Oral and Maxillofacial Surgery", "8": "Orthodontics",
        "9": "Adjunctive General Services",
    }
    if len(text) == 5 and text[0] == "D" and text[1:].isdigit():
        return names[text[1]]
    return None''',
        ),
    ],
    'ex_universal_to_fdi': [
        (
            'Direction swapped: counts from the midline in the quadrants where the Universal path walks '
            'towards it, and the other way round.',
            r'''def universal_to_fdi(tooth) -> str:
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
    # YOUR CODE HERE
    tooth_digit = offset + 1 if quadrant_index in (0, 2) else per_quadrant - offset
    return f"{first_quadrant + quadrant_index}{tooth_digit}"''',
        ),
        (
            'Typed 8 teeth per quadrant instead of per_quadrant: right for permanent teeth, wrong for '
            "primary teeth in the upper right and lower left ('e' gives 54).",
            r'''def universal_to_fdi(tooth) -> str:
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
    # YOUR CODE HERE
    tooth_digit = 8 - offset if quadrant_index in (0, 2) else offset + 1
    return f"{first_quadrant + quadrant_index}{tooth_digit}"''',
        ),
        (
            'Off by one in the quadrants walked towards the midline: per_quadrant - offset - 1.',
            r'''def universal_to_fdi(tooth) -> str:
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
    # YOUR CODE HERE
    tooth_digit = per_quadrant - offset - 1 if quadrant_index in (0, 2) else offset + 1
    return f"{first_quadrant + quadrant_index}{tooth_digit}"''',
        ),
    ],
    'ex_fdi_to_universal': [
        (
            'Counts every quadrant from the midline (offset = tooth - 1), ignoring the direction of the '
            'Universal path.',
            r'''def fdi_to_universal(fdi):
    """The Universal designation (int 1-32, or letter A-T) of a tooth given in FDI notation."""
    text = str(fdi).strip()
    if len(text) != 2 or not text.isdigit():
        raise ValueError(f"{fdi!r} is not an FDI tooth number")
    quadrant, tooth = int(text[0]), int(text[1])
    per_quadrant = 8 if 1 <= quadrant <= 4 else 5 if 5 <= quadrant <= 8 else 0
    if not 1 <= tooth <= per_quadrant:
        raise ValueError(f"{fdi!r} is not an FDI tooth number")
    quadrant_index = (quadrant - 1) % 4  # 0 upper right, 1 upper left, 2 lower left, 3 lower right
    # Set offset, how many teeth into the quadrant the Universal path is (0 for its first tooth),
    # from the FDI tooth digit tooth (1 at the midline): the same rule as Exercise 2, backwards.
    # YOUR CODE HERE
    offset = tooth - 1
    position = quadrant_index * per_quadrant + offset + 1
    return position if per_quadrant == 8 else chr(ord("A") + position - 1)''',
        ),
        (
            'Typed 8 instead of per_quadrant: primary teeth in quadrants 5 and 7 come out wrong.',
            r'''def fdi_to_universal(fdi):
    """The Universal designation (int 1-32, or letter A-T) of a tooth given in FDI notation."""
    text = str(fdi).strip()
    if len(text) != 2 or not text.isdigit():
        raise ValueError(f"{fdi!r} is not an FDI tooth number")
    quadrant, tooth = int(text[0]), int(text[1])
    per_quadrant = 8 if 1 <= quadrant <= 4 else 5 if 5 <= quadrant <= 8 else 0
    if not 1 <= tooth <= per_quadrant:
        raise ValueError(f"{fdi!r} is not an FDI tooth number")
    quadrant_index = (quadrant - 1) % 4  # 0 upper right, 1 upper left, 2 lower left, 3 lower right
    # Set offset, how many teeth into the quadrant the Universal path is (0 for its first tooth),
    # from the FDI tooth digit tooth (1 at the midline): the same rule as Exercise 2, backwards.
    # YOUR CODE HERE
    offset = 8 - tooth if quadrant_index in (0, 2) else tooth - 1
    position = quadrant_index * per_quadrant + offset + 1
    return position if per_quadrant == 8 else chr(ord("A") + position - 1)''',
        ),
        (
            'Off by one: per_quadrant - tooth + 1 in the quadrants walked towards the midline.',
            r'''def fdi_to_universal(fdi):
    """The Universal designation (int 1-32, or letter A-T) of a tooth given in FDI notation."""
    text = str(fdi).strip()
    if len(text) != 2 or not text.isdigit():
        raise ValueError(f"{fdi!r} is not an FDI tooth number")
    quadrant, tooth = int(text[0]), int(text[1])
    per_quadrant = 8 if 1 <= quadrant <= 4 else 5 if 5 <= quadrant <= 8 else 0
    if not 1 <= tooth <= per_quadrant:
        raise ValueError(f"{fdi!r} is not an FDI tooth number")
    quadrant_index = (quadrant - 1) % 4  # 0 upper right, 1 upper left, 2 lower left, 3 lower right
    # Set offset, how many teeth into the quadrant the Universal path is (0 for its first tooth),
    # from the FDI tooth digit tooth (1 at the midline): the same rule as Exercise 2, backwards.
    # YOUR CODE HERE
    offset = per_quadrant - tooth + 1 if quadrant_index in (0, 2) else tooth - 1
    position = quadrant_index * per_quadrant + offset + 1
    return position if per_quadrant == 8 else chr(ord("A") + position - 1)''',
        ),
    ],
    'ex_psychotherapy_code': [
        (
            'Uses the typical times 30, 45 and 60 minutes as thresholds instead of the midpoint rule.',
            r'''def psychotherapy_code(minutes: int) -> str | None:
    """The individual psychotherapy code for ``minutes`` of psychotherapy, or None under 16."""
    # Return the code of the time rule's table: check the longest time first, one if each.
    # YOUR CODE HERE
    if minutes >= 60:
        return "90837"
    if minutes >= 45:
        return "90834"
    if minutes >= 30:
        return "90832"
    return None''',
        ),
        (
            "Strict 'greater than': 16, 38 and 53 minutes fall one code too low.",
            r'''def psychotherapy_code(minutes: int) -> str | None:
    """The individual psychotherapy code for ``minutes`` of psychotherapy, or None under 16."""
    # Return the code of the time rule's table: check the longest time first, one if each.
    # YOUR CODE HERE
    if minutes > 53:
        return "90837"
    if minutes > 38:
        return "90834"
    if minutes > 16:
        return "90832"
    return None''',
        ),
        (
            'Checks the shortest time first, so every session of 16 minutes or more is 90832.',
            r'''def psychotherapy_code(minutes: int) -> str | None:
    """The individual psychotherapy code for ``minutes`` of psychotherapy, or None under 16."""
    # Return the code of the time rule's table: check the longest time first, one if each.
    # YOUR CODE HERE
    if minutes >= 16:
        return "90832"
    if minutes >= 38:
        return "90834"
    if minutes >= 53:
        return "90837"
    return None''',
        ),
    ],
}
