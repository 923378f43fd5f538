'''Blind wrong answers of beginners to the function exercise of module 04 (issue #20).

Written on 2026-12-07 by helper-36, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_PATH = '''def drg_path(principal, secondaries, procedures=(), age=72, sex="M"):
    """MS-DRG numbers as the secondary diagnoses are added one at a time (first: none)."""
    path = []
    for n in range(len(secondaries) + 1):  # n = 0, 1, 2, ...: how many secondaries to keep
        # Group the case with the first n secondary diagnoses (secondaries[:n]) and append its DRG.
%s    return path
'''

ANSWERS = {
    "ex_drg_path": [
        (
            "off by one: kept the first n + 1 secondaries, so the first DRG already has one",
            _PATH
            % '''        case = drg.Case(age=age, sex=sex, principal=principal, secondary=secondaries[:n + 1],
                        procedures=procedures)
        path.append(drg.group(case).drg)
''',
        ),
        (
            "procedures not passed to the case, so a surgical stay is grouped as medical",
            _PATH
            % '''        case = drg.Case(age=age, sex=sex, principal=principal, secondary=secondaries[:n])
        path.append(drg.group(case).drg)
''',
        ),
        (
            "age and sex typed in as 72 and 'M' instead of the arguments",
            _PATH
            % '''        case = drg.Case(age=72, sex="M", principal=principal, secondary=secondaries[:n],
                        procedures=procedures)
        path.append(drg.group(case).drg)
''',
        ),
        (
            "appended the whole Grouping, not its DRG number",
            _PATH
            % '''        case = drg.Case(age=age, sex=sex, principal=principal, secondary=secondaries[:n],
                        procedures=procedures)
        path.append(drg.group(case))
''',
        ),
        (
            "only the n-th secondary each time, not the first n",
            _PATH
            % '''        if n == 0:
            secondary = []
        else:
            secondary = [secondaries[n - 1]]
        case = drg.Case(age=age, sex=sex, principal=principal, secondary=secondary,
                        procedures=procedures)
        path.append(drg.group(case).drg)
''',
        ),
    ],
}
