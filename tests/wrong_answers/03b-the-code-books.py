"""Wrong answers for module 03b, The code books (format: tests/test_wrong_answers.py).

The module has no function exercise; these rows are the slips its visible checks name.
"""

WRONG = {
    "ex_main_term": [
        ("the adjective as main term", 'main_term = "Chronic"\ncode_1 = "J44.1"\n',
         ["'Chronic'", "see condition", "the main term is the condition"]),
        ("a category, not a billable code", 'main_term = "Disease"\ncode_1 = "J44"\n',
         ["'J44'", "not a billable"]),
        ("the code as a number", 'main_term = "Disease"\ncode_1 = 44.1\n', ["code_1", "text", "quotes"]),
    ],
    "ex_see": [
        ("the term looked up, not the one 'see' gives", 'see_2 = "Abdominalgia"\ncode_2 = "R10.9"\n',
         ["not Abdominalgia itself", "see"]),
        ("no quotes: a NameError in the answer cell", 'see_2 = Pain\ncode_2 = "R10.9"\n',
         ["answer cell stopped with an error", "NameError"]),
    ],
    "ex_poisoning": [
        ("one code as text, not a list", 'codes_3 = "T46.0X1A"\n', ["codes_3", "list", "square brackets"]),
        ("the 7th character left out", 'codes_3 = ["T46.0X1"]\n', ["not a billable", "the 7th too"]),
        ("an empty list", "codes_3 = []\n", ["codes_3 is empty"]),
    ],
    "ex_adverse": [
        ("the adverse-effect code first", 'codes_4 = ["T36.0X5A", "L50.0"]\n',
         ["starts with the adverse-effect code", "nature of the effect"]),
        ("the drug's code only", 'codes_4 = ["T36.0X5A"]\n', ["needs two"]),
        ("a tuple, not a list", 'codes_4 = ("L50.0", "T36.0X5A")\n', ["codes_4", "tuple", "square brackets"]),
    ],
    "ex_underdosing": [
        ("the underdosing code first", 'codes_5 = ["T38.3X6A", "E11.65", "Z91.120"]\n',
         ["starts with the underdosing code", "never first-listed"]),
        ("the reason left out", 'codes_5 = ["E11.65", "T38.3X6A"]\n', ["at least three", "reason"]),
        ("a category for the reason", 'codes_5 = ["E11.65", "T38.3X6A", "Z91.12"]\n',
         ["'Z91.12'", "not a billable"]),
    ],
    "ex_excludes1": [
        ('"False" in quotes', 'together_10 = "False"\n', ["without quotes"]),
        ("0 for False", "together_10 = 0\n", ["True or False"]),
    ],
}
