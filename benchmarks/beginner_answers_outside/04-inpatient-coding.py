# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 04, written blind on 2026-12-07 (no checks read)."""

_D = '''def drg_path(principal, secondaries, procedures=(), age=72, sex="M"):
    """MS-DRG numbers as the secondary diagnoses are added one at a time (first: none)."""
    path = []
    for n in range(len(secondaries) + 1):  # n = 0, 1, 2, ...: how many secondaries to keep
        # Group the case with the first n secondary diagnoses (secondaries[:n]) and append its DRG.
'''

ANSWERS = {
    'ex_drg_path': [
        ('Grouped each secondary diagnosis on its own (secondaries[n-1:n]) instead of adding them up.', _D + r'''        case = drg.Case(age=age, sex=sex, principal=principal,
                        secondary=tuple(secondaries[n - 1:n]), procedures=tuple(procedures))
        path.append(drg.group(case).drg)
    return path'''),
        ('Hard-coded the 72-year-old man and left out the procedures instead of passing the arguments.', _D + r'''        case = drg.Case(age=72, sex="M", principal=principal, secondary=tuple(secondaries[:n]))
        path.append(drg.group(case).drg)
    return path'''),
        ('Off by one: used secondaries[:n + 1], so the first DRG already includes the first secondary.', _D + r'''        case = drg.Case(age=age, sex=sex, principal=principal,
                        secondary=tuple(secondaries[:n + 1]), procedures=tuple(procedures))
        path.append(drg.group(case).drg)
    return path'''),
    ],
}
