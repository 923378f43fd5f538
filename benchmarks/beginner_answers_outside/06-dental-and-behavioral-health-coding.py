# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 06, written blind on 2026-12-07 (no checks read)."""

_C = '''def cdt_category(code: str) -> str | None:
    """The CDT category of service of ``code``, or None when it is not a CDT code in a category."""
    text = str(code).strip().upper()  # " d7140 " -> "D7140"
    # Return cdt.category(text), or None when it raises cdt.MalformedCodeError (try and except).
'''
_U = '''def universal_to_fdi(tooth) -> str:
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
_U_END = '''
    return f"{first_quadrant + quadrant_index}{tooth_digit}"'''
_F = '''def fdi_to_universal(fdi):
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
_F_END = '''
    position = quadrant_index * per_quadrant + offset + 1
    return position if per_quadrant == 8 else chr(ord("A") + position - 1)'''
_P = '''def psychotherapy_code(minutes: int) -> str | None:
    """The individual psychotherapy code for ``minutes`` of psychotherapy, or None under 16."""
    # Return the code of the time rule's table: check the longest time first, one if each.
'''

ANSWERS = {
    'ex_cdt_category': [
        ('Checked only that the code starts with D, with no try/except, so D0050 raises instead of giving None.', _C + r'''    if not text.startswith("D"):
        return None
    return cdt.category(text)'''),
        ('Returned the text "None" instead of the value None.', _C + r'''    try:
        return cdt.category(text)
    except cdt.MalformedCodeError:
        return "None"'''),
        ('Printed the category instead of returning it.', _C + r'''    try:
        print(cdt.category(text))
    except cdt.MalformedCodeError:
        return None'''),
    ],
    'ex_universal_to_fdi': [
        ('Thought the path walks toward the midline in every quadrant except the lower right.', _U + r'''    if quadrant_index != 3:
        tooth_digit = per_quadrant - offset
    else:
        tooth_digit = offset + 1''' + _U_END),
        ('Hard-coded 8 teeth per quadrant, which breaks the primary teeth.', _U + r'''    if quadrant_index == 0 or quadrant_index == 2:
        tooth_digit = 8 - offset
    else:
        tooth_digit = offset + 1''' + _U_END),
        ('Reversed the digits in the two right-side quadrants (0 and 3) instead of upper right and lower left.', _U + r'''    if quadrant_index in (0, 3):
        tooth_digit = per_quadrant - offset
    else:
        tooth_digit = offset + 1''' + _U_END),
    ],
    'ex_fdi_to_universal': [
        ('Counted backwards in every quadrant except the lower right.', _F + r'''    if quadrant_index != 3:
        offset = per_quadrant - tooth
    else:
        offset = tooth - 1''' + _F_END),
        ('Hard-coded 8 teeth per quadrant, wrong for primary teeth in quadrants 5 and 7.', _F + r'''    if quadrant_index in (0, 2):
        offset = 8 - tooth
    else:
        offset = tooth - 1''' + _F_END),
        ('Counted backwards in the right-side quadrants (0 and 3) instead of upper right and lower left.', _F + r'''    if quadrant_index == 0 or quadrant_index == 3:
        offset = per_quadrant - tooth
    else:
        offset = tooth - 1''' + _F_END),
    ],
    'ex_psychotherapy_code': [
        ('Used "more than 53" so a 53-minute session gets 90834 instead of 90837.', _P + r'''    if minutes > 53:
        return "90837"
    if minutes >= 38:
        return "90834"
    if minutes >= 16:
        return "90832"
    return None'''),
        ('Started 90832 at 15 minutes instead of 16.', _P + r'''    if minutes >= 53:
        return "90837"
    elif minutes >= 38:
        return "90834"
    elif minutes >= 15:
        return "90832"
    return None'''),
        ('Returned the codes as numbers (ints) instead of strings.', _P + r'''    if minutes >= 53:
        return 90837
    if minutes >= 38:
        return 90834
    if minutes >= 16:
        return 90832
    return None'''),
    ],
}
