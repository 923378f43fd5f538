# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 06-dental-and-behavioral-health-coding, written blind on 2026-12-07."""

_CDT_HEAD = '''def cdt_category(code: str) -> str | None:
    """The CDT category of service of ``code``, or None when it is not a CDT code in a category."""
    text = str(code).strip().upper()  # " d7140 " -> "D7140"
    # Return cdt.category(text), or None when it raises cdt.MalformedCodeError (try and except).
'''
_U2F_HEAD = '''def universal_to_fdi(tooth) -> str:
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
'''
_U2F_TAIL = '''
    return f"{first_quadrant + quadrant_index}{tooth_digit}"'''
_F2U_HEAD = '''def fdi_to_universal(fdi):
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
'''
_F2U_TAIL = '''
    position = quadrant_index * per_quadrant + offset + 1
    return position if per_quadrant == 8 else chr(ord("A") + position - 1)'''
_PSY_HEAD = '''def psychotherapy_code(minutes: int) -> str | None:
    """The individual psychotherapy code for ``minutes`` of psychotherapy, or None under 16."""
    # Return the code of the time rule's table: check the longest time first, one if each.
'''

ANSWERS = {
    'ex_cdt_category': [
        ('Passes the raw code instead of the cleaned text to cdt.category, so " d7140 " gives None.', _CDT_HEAD + '''    try:
        return cdt.category(code)
    except cdt.MalformedCodeError:
        return None'''),
        ('Checks the shape by hand instead of using try/except, so D0050 (outside every category) raises an error instead of giving None.', _CDT_HEAD + '''    if text.startswith("D") and len(text) == 5 and text[1:].isdigit():
        return cdt.category(text)
    return None'''),
        ('Returns the text "None" instead of the value None.', _CDT_HEAD + '''    try:
        return cdt.category(text)
    except cdt.MalformedCodeError:
        return "None"'''),
    ],
    'ex_universal_to_fdi': [
        ('Writes 8 instead of per_quadrant, so primary teeth in the upper right and lower left quadrants get the wrong digit.', _U2F_HEAD + '''    if quadrant_index == 0 or quadrant_index == 2:
        tooth_digit = 8 - offset
    else:
        tooth_digit = offset + 1''' + _U2F_TAIL),
        ('Writes "if quadrant_index == 0 or 2:", which is always true, so every quadrant counts towards the midline.', _U2F_HEAD + '''    if quadrant_index == 0 or 2:
        tooth_digit = per_quadrant - offset
    else:
        tooth_digit = offset + 1''' + _U2F_TAIL),
        ('Forgets the +1 in the quadrants that walk away from the midline, so the central incisor there gets digit 0.', _U2F_HEAD + '''    if quadrant_index in (0, 2):
        tooth_digit = per_quadrant - offset
    else:
        tooth_digit = offset''' + _U2F_TAIL),
    ],
    'ex_fdi_to_universal': [
        ('Writes 8 instead of per_quadrant, which is right for permanent teeth but wrong for primary teeth in quadrants 5 and 7.', _F2U_HEAD + '''    if quadrant_index == 0 or quadrant_index == 2:
        offset = 8 - tooth
    else:
        offset = tooth - 1''' + _F2U_TAIL),
        ('Writes "if quadrant_index == 0 or 2:", which is always true, so every quadrant is reversed.', _F2U_HEAD + '''    if quadrant_index == 0 or 2:
        offset = per_quadrant - tooth
    else:
        offset = tooth - 1''' + _F2U_TAIL),
        ('Tests the FDI quadrant numbers 1 and 3 only, forgetting the primary quadrants 5 and 7.', _F2U_HEAD + '''    if quadrant in (1, 3):
        offset = per_quadrant - tooth
    else:
        offset = tooth - 1''' + _F2U_TAIL),
    ],
    'ex_psychotherapy_code': [
        ('Uses the typical times 30, 45 and 60 minutes instead of the midpoint rule.', _PSY_HEAD + '''    if minutes >= 60:
        return "90837"
    if minutes >= 45:
        return "90834"
    if minutes >= 30:
        return "90832"
    return None'''),
        ('Uses > instead of >= at the boundaries, so exactly 16, 38 or 53 minutes lands one code too low.', _PSY_HEAD + '''    if minutes > 53:
        return "90837"
    elif minutes > 38:
        return "90834"
    elif minutes > 16:
        return "90832"
    return None'''),
        ('Checks the shortest time first, so every session of 16 minutes or more is 90832.', _PSY_HEAD + '''    if minutes >= 16:
        return "90832"
    elif minutes >= 38:
        return "90834"
    elif minutes >= 53:
        return "90837"
    return None'''),
    ],
}
