# ruff: noqa: E501 - rows of answer cells read best one to a line
"""Wrong answers for module 06, Dental and behavioral health coding (format: tests/test_wrong_answers.py)."""

CDT_CATEGORY = ('def cdt_category(code: str) -> str | None:\n'
                '    """The CDT category of service of ``code``, or None when it is not a CDT code in a '
                'category."""\n'
                '    text = str(code).strip().upper()  # " d7140 " -> "D7140"\n')
UNIVERSAL_TO_FDI = (
    'def universal_to_fdi(tooth) -> str:\n'
    '    """The FDI (ISO 3950) two-digit number of a tooth given in the Universal system."""\n'
    '    text = str(tooth).strip().upper()\n'
    '    if text.isdigit() and 1 <= int(text) <= 32:  # a permanent tooth: 8 per quadrant, FDI 1-4\n'
    '        position, per_quadrant, first_quadrant = int(text), 8, 1\n'
    '    elif len(text) == 1 and "A" <= text <= "T":  # a primary tooth: 5 per quadrant, FDI 5-8\n'
    '        position, per_quadrant, first_quadrant = ord(text) - ord("A") + 1, 5, 5\n'
    '    else:\n'
    '        raise ValueError(f"{tooth!r} is not a Universal tooth number (1-32) or letter (A-T)")\n'
    '    quadrant_index, offset = divmod(position - 1, per_quadrant)\n')
FDI_NUMBER = '    return f"{first_quadrant + quadrant_index}{tooth_digit}"\n'
RIGHT_DIGIT = '    tooth_digit = per_quadrant - offset if quadrant_index in (0, 2) else offset + 1\n'
FDI_TO_UNIVERSAL = (
    'def fdi_to_universal(fdi):\n'
    '    """The Universal designation (int 1-32, or letter A-T) of a tooth given in FDI '
    'notation."""\n'
    '    text = str(fdi).strip()\n'
    '    if len(text) != 2 or not text.isdigit():\n'
    '        raise ValueError(f"{fdi!r} is not an FDI tooth number")\n'
    '    quadrant, tooth = int(text[0]), int(text[1])\n'
    '    per_quadrant = 8 if 1 <= quadrant <= 4 else 5 if 5 <= quadrant <= 8 else 0\n'
    '    if not 1 <= tooth <= per_quadrant:\n'
    '        raise ValueError(f"{fdi!r} is not an FDI tooth number")\n'
    '    quadrant_index = (quadrant - 1) % 4  # 0 upper right, 1 upper left, 2 lower left, '
    '3 lower right\n')
POSITION = '    position = quadrant_index * per_quadrant + offset + 1\n'
UNIVERSAL = '    return position if per_quadrant == 8 else chr(ord("A") + position - 1)\n'
PSYCHOTHERAPY = ('def psychotherapy_code(minutes: int) -> str | None:\n'
                 '    """The individual psychotherapy code for ``minutes`` of psychotherapy, or None '
                 'under 16."""\n')


def psychotherapy(cuts: tuple[int, ...], codes: tuple[str, ...] = ("90837", "90834", "90832"),
                   compare: str = ">=", quotes: str = '"', last: str = "None") -> str:
    """A psychotherapy_code answer: one `if` per cut-off, in the order given, then ``last``."""
    lines = [f"    if minutes {compare} {cut}:\n        return {quotes}{code}{quotes}\n"
             for cut, code in zip(cuts, codes, strict=True)]
    return PSYCHOTHERAPY + "".join(lines) + f"    return {last}\n"


WRONG = {
    "ex_cdt_category": [
        ("no try/except: the error escapes for a code that is not CDT",
         CDT_CATEGORY + "    return cdt.category(text)\n",
         ["'99213'", "MalformedCodeError", "return None"]),
        ("the error's message returned instead of None",
         CDT_CATEGORY + "    try:\n        return cdt.category(text)\n"
         "    except cdt.MalformedCodeError as err:\n        return str(err)\n",
         ["should return None", "not a message"]),
        ('"None" in quotes',
         CDT_CATEGORY + '    try:\n        return cdt.category(text)\n'
         '    except cdt.MalformedCodeError:\n        return "None"\n', ["without quotes"]),
        ("printed instead of returned",
         CDT_CATEGORY + "    try:\n        print(cdt.category(text))\n"
         "    except cdt.MalformedCodeError:\n        return None\n", ["printed", "return"]),
        ("only the D tested: D0050 still raises",
         CDT_CATEGORY + '    if text.startswith("D"):\n        return cdt.category(text)\n    return None\n',
         ["'D0050'", "MalformedCodeError"]),
        ("the wrong exception caught",
         CDT_CATEGORY + "    try:\n        return cdt.category(text)\n"
         "    except KeyError:\n        return None\n",
         ["'99213'", "MalformedCodeError", "return None"]),
        ("compared the text with the category ranges as strings, so 'D12' is Preventive (benchmarks/beginner_answers)",
         'def cdt_category(code: str) -> str | None:\n    """The CDT category of service of ``code``, or None when it is not a CDT code in a category."""\n    text = str(code).strip().upper()  # " d7140 " -> "D7140"\n    # Return cdt.category(text), or None when it raises cdt.MalformedCodeError (try and except).\n    for first, last, name in cdt.CATEGORIES:\n        if first <= text <= last:\n            return name\n    return None\n',
         ['D12', 'None', 'cdt.category']),
    ],
    "ex_universal_to_fdi": [
        ("tooth digits counted along the path in every quadrant",
         UNIVERSAL_TO_FDI + "    tooth_digit = offset + 1\n" + FDI_NUMBER, ["'16'", "'13'", "wrong end"]),
        ("tooth digits counted back in every quadrant",
         UNIVERSAL_TO_FDI + "    tooth_digit = per_quadrant - offset\n" + FDI_NUMBER,
         ["'85'", "'81'", "wrong end"]),
        ("one off in quadrants 1 and 3",
         UNIVERSAL_TO_FDI
         + "    tooth_digit = per_quadrant - offset - 1 if quadrant_index in (0, 2) else offset + 1\n"
         + FDI_NUMBER, ["'16'", "one off"]),
        ("towards the midline in every quadrant but the lower right (blind set of #20)",
         UNIVERSAL_TO_FDI + "    tooth_digit = per_quadrant - offset if quadrant_index != 3 else offset + 1\n"
         + FDI_NUMBER, ["universal_to_fdi(9)", "'21'", "upper left quadrant", "each quadrant"]),
        ("a number, not text", UNIVERSAL_TO_FDI + RIGHT_DIGIT
         + '    return int(f"{first_quadrant + quadrant_index}{tooth_digit}")\n', ["should be text", "16"]),
        ("printed instead of returned", UNIVERSAL_TO_FDI + RIGHT_DIGIT
         + '    print(f"{first_quadrant + quadrant_index}{tooth_digit}")\n', ["printed", "return"]),
        ("the ValueError taken out",
         UNIVERSAL_TO_FDI.replace(
             'raise ValueError(f"{tooth!r} is not a Universal tooth number (1-32) or letter (A-T)")',
             'return "00"') + RIGHT_DIGIT + FDI_NUMBER,
         ["universal_to_fdi(0)", "ValueError"]),
    ],
    "ex_fdi_to_universal": [
        ("offset counted from the midline in every quadrant",
         FDI_TO_UNIVERSAL + "    offset = tooth - 1\n" + POSITION + UNIVERSAL,
         ["fdi_to_universal('16')", "wrong end"]),
        ("offset counted back in every quadrant",
         FDI_TO_UNIVERSAL + "    offset = per_quadrant - tooth\n" + POSITION + UNIVERSAL,
         ["'85'", "'T'", "wrong end"]),
        ("one off in quadrants 1 and 3",
         FDI_TO_UNIVERSAL
         + "    offset = per_quadrant - tooth + 1 if quadrant_index in (0, 2) else tooth - 1\n"
         + POSITION + UNIVERSAL, ["fdi_to_universal('16')", "the tooth next to it"]),
        ("counted back in every quadrant but the lower right (blind set of #20)",
         FDI_TO_UNIVERSAL + "    offset = per_quadrant - tooth if quadrant_index != 3 else tooth - 1\n"
         + POSITION + UNIVERSAL, ["fdi_to_universal('21')", "should return 9", "upper left quadrant", "each quadrant"]),
        ("a permanent tooth as text",
         FDI_TO_UNIVERSAL + "    offset = per_quadrant - tooth if quadrant_index in (0, 2) else tooth - 1\n"
         + POSITION + '    return str(position) if per_quadrant == 8 else chr(ord("A") + position - 1)\n',
         ["an int", "'3'"]),
        ("8 teeth a quadrant for the primary teeth too",
         FDI_TO_UNIVERSAL + "    offset = 8 - tooth if quadrant_index in (0, 2) else tooth - 1\n"
         + POSITION + UNIVERSAL, ["fdi_to_universal('51')", "'E'", "per_quadrant"]),
        ("a primary tooth in lower case",
         FDI_TO_UNIVERSAL + "    offset = per_quadrant - tooth if quadrant_index in (0, 2) else tooth - 1\n"
         + POSITION + '    return position if per_quadrant == 8 else chr(ord("a") + position - 1)\n',
         ["'85'", "'T'", "capital letters"]),
    ],
    "ex_psychotherapy_code": [
        ("> for >=: the first minute of each row missed", psychotherapy((53, 38, 16), compare=">"),
         ["psychotherapy_code(16)", ">=", "first minute"]),
        ("the shortest time tested first", psychotherapy((16, 38, 53), ("90832", "90834", "90837")),
         ["longest time first"]),
        ("codes as numbers", psychotherapy((53, 38, 16), quotes=""), ["should be text", "90834"]),
        ('"None" in quotes', psychotherapy((53, 38, 16), last='"None"'), ["without quotes"]),
        ("the typical times 30, 45, 60 as cut-offs", psychotherapy((60, 45, 30)),
         ["psychotherapy_code(20)", "midpoint"]),
        ("each row's last minute left out",
         PSYCHOTHERAPY + '    if 16 <= minutes < 37:\n        return "90832"\n'
         '    if 38 <= minutes < 52:\n        return "90834"\n'
         '    if minutes >= 53:\n        return "90837"\n    return None\n',
         ["psychotherapy_code(37)", "last minute of its row"]),
        ("15 minutes reported", psychotherapy((53, 38, 15)),
         ["psychotherapy_code(15)", "next row starts at 16"]),
    ],
    "ex_tooth_mc": [
        ("a small letter", 'answer_tooth = "a"\n', ["capital letter"]),
        ("the tooth number, not the letter", "answer_tooth = 30\n", ["one letter"]),
        ("a letter with its dot", 'answer_tooth = "A."\n', ["capital letter"]),
    ],
    "ex_dsm_mc": [
        ("a small letter", 'answer_dsm = "b"\n', ["capital letter"]),
        ("a letter with its dot", 'answer_dsm = "B."\n', ["capital letter"]),
        ("no quotes: a NameError in the answer cell", "answer_dsm = B\n",
         ["answer cell stopped with an error", "NameError"]),
    ],
}
