'''Blind wrong answers of beginners to the function exercises of module 00b (issue #20).

Written on 2026-12-07 by helper-35, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

ANSWERS = {
    "ex_describe": [
        (
            "printed the string instead of returning it",
            '''def describe(code):
    """The code and its description, as "CODE: description"."""
    entry = icd10cm.lookup(code)
    print(f"{entry.code}: {entry.description}")
''',
        ),
        (
            "no space after the colon",
            '''def describe(code):
    """The code and its description, as "CODE: description"."""
    entry = icd10cm.lookup(code)
    return entry.code + ":" + entry.description
''',
        ),
        (
            "a dash instead of a colon",
            '''def describe(code):
    """The code and its description, as "CODE: description"."""
    entry = icd10cm.lookup(code)
    return f"{entry.code} - {entry.description}"
''',
        ),
        (
            "returned a tuple (code, description), not one string",
            '''def describe(code):
    """The code and its description, as "CODE: description"."""
    entry = icd10cm.lookup(code)
    return entry.code, entry.description
''',
        ),
        (
            "returned only the description",
            '''def describe(code):
    """The code and its description, as "CODE: description"."""
    return icd10cm.lookup(code).description
''',
        ),
        (
            "forgot the f of the f-string",
            '''def describe(code):
    """The code and its description, as "CODE: description"."""
    entry = icd10cm.lookup(code)
    return "{entry.code}: {entry.description}"
''',
        ),
    ],
    "ex_add_dot": [
        (
            "did not strip the spaces",
            '''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.upper().replace(".", "")
    if len(code) > 3:
        return code[:3] + "." + code[3:]
    return code
''',
        ),
        (
            "did not make it upper case",
            '''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.strip().replace(".", "")
    if len(code) > 3:
        return code[:3] + "." + code[3:]
    return code
''',
        ),
        (
            "did not remove a dot already there (e11.9 becomes E11..9)",
            '''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.strip().upper()
    if len(code) > 3:
        return code[:3] + "." + code[3:]
    return code
''',
        ),
        (
            "always added the dot, even to a 3-character code (I10.)",
            '''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.strip().upper().replace(".", "")
    return code[:3] + "." + code[3:]
''',
        ),
        (
            "dot after the 4th character (off by one)",
            '''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.strip().upper().replace(".", "")
    if len(code) > 4:
        return code[:4] + "." + code[4:]
    return code
''',
        ),
        (
            "printed the result instead of returning it",
            '''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.strip().upper().replace(".", "")
    if len(code) > 3:
        print(code[:3] + "." + code[3:])
    else:
        print(code)
''',
        ),
    ],
}
