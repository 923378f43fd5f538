"""Held-out beginners' wrong answers to the function exercises of
release/00b-python-for-coders/00b-python-for-coders.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_describe': [
        (
            'Printed the string instead of returning it: the function gives back None.',
            r'''def describe(code):
    """The code and its description, as "CODE: description"."""
    # YOUR CODE HERE
    entry = icd10cm.lookup(code)
    print(f"{entry.code}: {entry.description}")''',
        ),
        (
            'Looked up the global variable diagnosis (E11.9, from section 1) instead of the argument '
            'code.',
            r'''def describe(code):
    """The code and its description, as "CODE: description"."""
    # YOUR CODE HERE
    entry = icd10cm.lookup(diagnosis)
    return f"{entry.code}: {entry.description}"''',
        ),
        (
            'Returned the code and the description as two values (a tuple), not one string.',
            r'''def describe(code):
    """The code and its description, as "CODE: description"."""
    # YOUR CODE HERE
    entry = icd10cm.lookup(code)
    return entry.code, entry.description''',
        ),
    ],
    'ex_add_dot': [
        (
            'Always puts a dot after the 3rd character, even for a 3-character code: I10 becomes '
            "'I10.'.",
            r'''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    # YOUR CODE HERE
    code = code.strip().upper().replace(".", "")
    return code[:3] + "." + code[3:]''',
        ),
        (
            "Forgot .strip(): spaces around the code are counted as characters, so ' s52521a ' gets its "
            'dot in the wrong place and keeps its spaces.',
            r'''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    # YOUR CODE HERE
    code = code.upper().replace(".", "")
    if len(code) > 3:
        return code[:3] + "." + code[3:]
    return code''',
        ),
        (
            "Does not remove a dot the code already has: 'e11.9' becomes 'E11..9'.",
            r'''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    # YOUR CODE HERE
    code = code.strip().upper()
    if len(code) > 3:
        return code[:3] + "." + code[3:]
    return code''',
        ),
    ],
}
