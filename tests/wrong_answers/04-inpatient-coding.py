# ruff: noqa: E501 - rows of answer cells read best one to a line
"""Wrong answers for module 04, Hospital inpatient coding (format: tests/test_wrong_answers.py)."""

DRG_PATH = ('def drg_path(principal, secondaries, procedures=(), age=72, sex="M"):\n'
            '    """MS-DRG numbers as the secondary diagnoses are added one at a time (first: none)."""\n'
            '    path = []\n')
LOOP = '    for n in range(len(secondaries) + 1):  # n = 0, 1, 2, ...: how many secondaries to keep\n'
CASE = ('        case = drg.Case(age=age, sex=sex, principal=principal, secondary=tuple(secondaries[:n]),\n'
        '                        procedures=tuple(procedures))\n')
APPEND = '        path.append(drg.group(case).drg)\n'
RETURN = '    return path\n'

WRONG = {
    "ex_drg_path": [
        ("the list starts with the first secondary, not with none",
         DRG_PATH + "    for n in range(1, len(secondaries) + 1):\n" + CASE + APPEND + RETURN,
         ["[195, 194, 193]", "It misses 195", "no secondary diagnosis"]),
        ("return inside the loop", DRG_PATH + LOOP + CASE + APPEND + "        return path\n",
         ["only the first item", "inside the loop"]),
        ("one secondary at a time, not the first n",
         DRG_PATH + LOOP + CASE.replace("secondaries[:n]", "secondaries[n - 1:n]") + APPEND + RETURN,
         ["[195, 193, 193]", "secondaries[:n]"]),
        ("secondaries[n]: one past the end", DRG_PATH + LOOP + CASE.replace(
            "tuple(secondaries[:n])", "(secondaries[n],)") + APPEND + RETURN,
         ["IndexError", "off by one"]),
        ("the Grouping appended, not its DRG number",
         DRG_PATH + LOOP + CASE + "        path.append(drg.group(case))\n" + RETURN,
         ["list of DRG numbers", "ints"]),
        ("procedures, age and sex not passed on",
         DRG_PATH + LOOP + '        case = drg.Case(age=72, sex="M", principal=principal, '
         "secondary=tuple(secondaries[:n]))\n" + APPEND + RETURN,
         ["0FT44ZZ", "pass procedures, age and sex"]),
        ("the POA indicators dropped",
         DRG_PATH + "    codes = [s[0] if isinstance(s, tuple) else s for s in secondaries]\n" + LOOP
         + CASE.replace("secondaries[:n]", "codes[:n]") + APPEND + RETURN,
         ["L89.153", "(code, poa) pair"]),
        ("printed instead of returned", DRG_PATH + LOOP + CASE + APPEND + "    print(path)\n",
         ["printed", "return"]),
        ("age and sex typed in as 72 and 'M' instead of the arguments (benchmarks/beginner_answers)",
         'def drg_path(principal, secondaries, procedures=(), age=72, sex="M"):\n    """MS-DRG numbers as the secondary diagnoses are added one at a time (first: none)."""\n    path = []\n    for n in range(len(secondaries) + 1):  # n = 0, 1, 2, ...: how many secondaries to keep\n        # Group the case with the first n secondary diagnoses (secondaries[:n]) and append its DRG.\n        case = drg.Case(age=72, sex="M", principal=principal, secondary=secondaries[:n],\n                        procedures=procedures)\n        path.append(drg.group(case).drg)\n    return path\n',
         ['A54.00', 'sex', '72']),
    ],
    "ex_payment_mc": [
        ("a small letter", 'answer_payment = "c"\n', ["capital letter"]),
        ("a letter with its dot", 'answer_payment = "C."\n', ["capital letter"]),
        ("no quotes: a NameError in the answer cell", "answer_payment = C\n",
         ["answer cell stopped with an error", "NameError"]),
    ],
    "ex_group": [
        ("the Case, not its grouping",
         'chole = drg.Case(age=50, sex="F", principal="K80.00", procedures=("0FT44ZZ",))\n'
         'chole_symptom = drg.Case(age=50, sex="F", principal="R10.11", procedures=("0FT44ZZ",))\n',
         ["Grouping", "drg.group"]),
        ("the procedure code in the diagnoses",
         'chole = drg.group(drg.Case(age=50, sex="F", principal="K80.00", secondary=("0FT44ZZ",)))\n',
         ["answer cell stopped with an error"]),
        ("only chole", 'chole = drg.group(drg.Case(age=50, sex="F", principal="K80.00", '
         'procedures=("0FT44ZZ",)))\n', ["chole_symptom", "NameError"]),
    ],
    "ex_poa": [
        ("a blank for exempt", 'poa_for = {1: "Y", 2: "N", 3: "Y", 4: "N", 5: "W", 6: "", 7: "U"}\n',
         ["exempt", "exact spelling"]),
        ("keys as strings", 'poa_for = {"1": "Y", "2": "N"}\n', ["keys 1 to 7"]),
        ("lower case", 'poa_for = {1: "y", 2: "n", 3: "y", 4: "n", 5: "w", 6: "exempt", 7: "u"}\n',
         ["exact spelling"]),
    ],
}
