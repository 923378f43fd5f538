# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 00b, written blind on 2026-12-07 (no checks read)."""

ANSWERS = {
    'ex_describe': [
        ('Printed the string instead of returning it.', r'''def describe(code):
    """The code and its description, as "CODE: description"."""
    entry = icd10cm.lookup(code)
    print(f"{code}: {entry.description}")'''),
        ('Returned a tuple (code, description) instead of one string.', r'''def describe(code):
    """The code and its description, as "CODE: description"."""
    entry = icd10cm.lookup(code)
    return code, entry.description'''),
        ('Forgot the space after the colon.', r'''def describe(code):
    """The code and its description, as "CODE: description"."""
    entry = icd10cm.lookup(code)
    return entry.code + ":" + entry.description'''),
    ],
    'ex_add_dot': [
        ('Stripped the spaces but forgot to make the code upper case.', r'''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.strip().replace(".", "")
    if len(code) > 3:
        return code[:3] + "." + code[3:]
    return code'''),
        ('Did not remove an existing dot before inserting a new one.', r'''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    code = code.strip().upper()
    if len(code) > 3:
        code = code[:3] + "." + code[3:]
    return code'''),
        ('Returned codes that already have a dot just upper-cased, without stripping spaces or moving the dot.', r'''def add_dot(code: str) -> str:
    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""
    if "." in code:
        return code.upper()
    code = code.strip().upper()
    if len(code) > 3:
        return code[:3] + "." + code[3:]
    return code'''),
    ],
}
