# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 00b-python-for-coders, written blind on 2026-12-07."""

ANSWERS = {
    'ex_describe': [
        ('Prints the string instead of returning it, so the function gives back None.', r'''def describe(code):
    """The code and its description, as "CODE: description"."""
    entry = icd10cm.lookup(code)
    print(entry.code + ": " + entry.description)'''),
        ('Hard-codes the I10 description from the example instead of looking the code up.', r'''def describe(code):
    """The code and its description, as "CODE: description"."""
    return code + ": " + "Essential (primary) hypertension"'''),
        ('Separates code and description with a dash instead of a colon and a space.', r'''def describe(code):
    """The code and its description, as "CODE: description"."""
    entry = icd10cm.lookup(code)
    return f"{entry.code} - {entry.description}"'''),
    ],
    'ex_add_dot': [
        ('Forgets to strip the spaces, so " s52521a " gets the dot in the wrong place.', r'''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.upper()
    code = code.replace(".", "")
    if len(code) > 3:
        return code[:3] + "." + code[3:]
    return code'''),
        ('Does not remove an existing dot first, so "e11.9" becomes "E11..9".', r'''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.strip().upper()
    if len(code) > 3:
        return code[:3] + "." + code[3:]
    return code'''),
        ('Always adds the dot, so a 3-character code such as I10 comes back as "I10.".', r'''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.strip().upper().replace(".", "")
    return code[:3] + "." + code[3:]'''),
    ],
}
