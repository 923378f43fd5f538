# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 04-inpatient-coding, written blind on 2026-12-07."""

_HEAD = '''def drg_path(principal, secondaries, procedures=(), age=72, sex="M"):
    """MS-DRG numbers as the secondary diagnoses are added one at a time (first: none)."""
    path = []
    for n in range(len(secondaries) + 1):  # n = 0, 1, 2, ...: how many secondaries to keep
        # Group the case with the first n secondary diagnoses (secondaries[:n]) and append its DRG.
'''

ANSWERS = {
    'ex_drg_path': [
        ('Never passes the procedures to drg.Case, so a surgical case is grouped as medical.', _HEAD + '''        case = drg.Case(age=age, sex=sex, principal=principal, secondary=tuple(secondaries[:n]))
        path.append(drg.group(case).drg)
    return path'''),
        ('Groups each step with only the newly added secondary diagnosis (secondaries[n-1:n]) instead of all the first n.', _HEAD + '''        if n == 0:
            secondary = ()
        else:
            secondary = tuple(secondaries[n - 1:n])
        case = drg.Case(age=age, sex=sex, principal=principal, secondary=secondary,
                        procedures=tuple(procedures))
        path.append(drg.group(case).drg)
    return path'''),
        ('Appends the DRG number as text (str) instead of an int, copying the f-string of the worked example.', _HEAD + '''        case = drg.Case(age=age, sex=sex, principal=principal, secondary=tuple(secondaries[:n]),
                        procedures=tuple(procedures))
        result = drg.group(case)
        path.append(f"{result.drg}")
    return path'''),
    ],
}
