"""Wrong answers for module 00b, Python for coders (format: tests/test_wrong_answers.py)."""

DESCRIBE = 'def describe(code):\n    """The code and its description, as "CODE: description"."""\n'
ADD_DOT = ('def add_dot(code: str) -> str:\n'
           '    """Return an ICD-10-CM code in code book form: upper case, dot after the 3rd character."""\n')

WRONG = {
    "ex_variable": [
        ("no quotes: a NameError in the answer cell", "hypertension = I10\n",
         ["answer cell stopped with an error", "NameError"]),
        ("misspelled variable", 'hypertention = "I10"\n', ["hypertention", "misspelled"]),
        ("a small letter", 'hypertension = "i10"\n', ["capital I"]),
    ],
    "ex_clean_code": [
        ("forgot .upper()", 'entered = " e11.65  "\nclean_code = entered.strip()\n',
         ["small letters", ".upper()"]),
        ("the dot removed too",
         'entered = " e11.65  "\nclean_code = entered.strip().upper().replace(".", "")\n',
         ["dot stays"]),
    ],
    "ex_slices": [
        ("positions counted from 1", 'duck = "W61.62XA"\ncategory = duck[1:4]\nseventh = duck[-1]\n'
         'is_initial = duck.endswith("A")\n', ["positions count from 0", "duck[:3]"]),
    ],
    "ex_claim_list": [
        ("the second code (off by one)", "first_listed = claim_dx[1]\ndx_count = len(claim_dx)\n",
         ["positions count from 0", "claim_dx[0]"]),
    ],
    "ex_pointers": [
        ("A for the second code (off by one)",
         'pointer = {"A": claim_dx[1], "B": claim_dx[2], "C": claim_dx[3], "D": claim_dx[0]}\n',
         ['pointer["A"]', "claim_dx[0]"]),
    ],
    "ex_asthma_table": [
        ("headings kept", 'asthma = codes[codes["code"].str.startswith("J45")][["code", "description"]]\n',
         ["headings", "billable"]),
    ],
    "ex_top_blocks": [
        ("smallest first", 'circulatory = billable[billable["chapter"] == 9]\n'
         'top_blocks = circulatory.groupby("block").size().sort_values().head(3).index.tolist()\n',
         ["biggest first", "ascending=False"]),
    ],
    "ex_describe": [
        ("printed instead of returned",
         DESCRIBE + '    entry = icd10cm.lookup(code)\n    print(f"{entry.code}: {entry.description}")\n',
         ["printed", "return"]),
        ("returned a tuple (a comma, not an f-string)",
         DESCRIBE + '    entry = icd10cm.lookup(code)\n    return entry.code, entry.description\n',
         ["tuple", "comma"]),
        ("no space after the colon",
         DESCRIBE + '    entry = icd10cm.lookup(code)\n    return entry.code + ":" + entry.description\n',
         ["should return", "colon and a space"]),
        ("the example typed in, not the parameter",
         DESCRIBE + '    return "I10: " + icd10cm.lookup("I10").description\n',
         ['describe("E11.9")', "parameter"]),
        ("I10's description typed in, the parameter's code in front (blind set of #20)",
         DESCRIBE + '    return code + ": " + "Essential (primary) hypertension"\n',
         ['describe("E11.9")', "typed in"]),
        ("an indentation error after a good first try",
         DESCRIBE + '    entry = icd10cm.lookup(code)\n  return f"{entry.code}: {entry.description}"\n',
         ["answer cell stopped with an error", "IndentationError"]),
    ],
    "ex_add_dot": [
        ("a dot added to every code, I10 included",
         ADD_DOT + '    code = code.strip().upper().replace(".", "")\n    return code[:3] + "." + code[3:]\n',
         ["add_dot('I10')", "dot", "len(code) > 3"]),
        ("forgot .strip()",
         ADD_DOT + '    code = code.upper().replace(".", "")\n    if len(code) > 3:\n'
         '        return code[:3] + "." + code[3:]\n    return code\n',
         ["add_dot(' s52521a ')", ".strip()"]),
        ("forgot to remove an existing dot",
         ADD_DOT + '    code = code.strip().upper()\n    if len(code) > 3:\n'
         '        return code[:3] + "." + code[3:]\n    return code\n',
         ["add_dot('e11.9')", "dot"]),
        ("a dotted code returned just upper-cased, its spaces kept (blind set of #20)",
         ADD_DOT + '    if "." in code:\n        return code.upper()\n    code = code.strip().upper()\n'
         '    if len(code) > 3:\n        return code[:3] + "." + code[3:]\n    return code\n',
         ["add_dot(' e11.9 ')", "one with a dot too", "just upper-cased"]),
        ("forgot .upper()",
         ADD_DOT + '    code = code.strip().replace(".", "")\n    if len(code) > 3:\n'
         '        return code[:3] + "." + code[3:]\n    return code\n',
         ["capitals", ".upper()"]),
        ("printed instead of returned",
         ADD_DOT + '    code = code.strip().upper().replace(".", "")\n    if len(code) > 3:\n'
         '        print(code[:3] + "." + code[3:])\n    else:\n        print(code)\n',
         ["printed", "return"]),
        ("return only in the if: None for a 3-character code",
         ADD_DOT + '    code = code.strip().upper().replace(".", "")\n    if len(code) > 3:\n'
         '        return code[:3] + "." + code[3:]\n',
         ["add_dot('I10')", "None", "return"]),
        ("the dot after the fourth character (off by one)",
         ADD_DOT + '    code = code.strip().upper().replace(".", "")\n    if len(code) > 3:\n'
         '        return code[:4] + "." + code[4:]\n    return code\n',
         ["should return 'E11.9'", "dot"]),
        ("a missing colon: a SyntaxError",
         ADD_DOT.replace("-> str:", "-> str") + '    return code\n',
         ["answer cell stopped with an error", "SyntaxError"]),
    ],
}
