"""Held-out beginners' wrong answers to the function exercises of
release/04-inpatient-coding/04-inpatient-coding.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_drg_path': [
        (
            'Off by one: secondaries[:n + 1], so the path starts with the first secondary diagnosis '
            'already added and the no-secondary DRG is missing (the last step repeats).',
            r'''def drg_path(principal, secondaries, procedures=(), age=72, sex="M"):
    """MS-DRG numbers as the secondary diagnoses are added one at a time (first: none)."""
    path = []
    for n in range(len(secondaries) + 1):  # n = 0, 1, 2, ...: how many secondaries to keep
        # Group the case with the first n secondary diagnoses (secondaries[:n]) and append its DRG.
        # YOUR CODE HERE
        result = drg.group(drg.Case(age=age, sex=sex, principal=principal,
                                    secondary=secondaries[:n + 1], procedures=procedures))
        path.append(result.drg)
    return path''',
        ),
        (
            "Typed in the example's age 72 and sex M and left out procedures, instead of passing the "
            "function's arguments.",
            r'''def drg_path(principal, secondaries, procedures=(), age=72, sex="M"):
    """MS-DRG numbers as the secondary diagnoses are added one at a time (first: none)."""
    path = []
    for n in range(len(secondaries) + 1):  # n = 0, 1, 2, ...: how many secondaries to keep
        # Group the case with the first n secondary diagnoses (secondaries[:n]) and append its DRG.
        # YOUR CODE HERE
        result = drg.group(drg.Case(age=72, sex="M", principal=principal, secondary=secondaries[:n]))
        path.append(result.drg)
    return path''',
        ),
        (
            'Appends the whole Grouping result instead of its DRG number.',
            r'''def drg_path(principal, secondaries, procedures=(), age=72, sex="M"):
    """MS-DRG numbers as the secondary diagnoses are added one at a time (first: none)."""
    path = []
    for n in range(len(secondaries) + 1):  # n = 0, 1, 2, ...: how many secondaries to keep
        # Group the case with the first n secondary diagnoses (secondaries[:n]) and append its DRG.
        # YOUR CODE HERE
        result = drg.group(drg.Case(age=age, sex=sex, principal=principal,
                                    secondary=secondaries[:n], procedures=procedures))
        path.append(result)
    return path''',
        ),
    ],
}
