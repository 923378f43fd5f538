# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 09, written blind on 2026-12-07 (no checks read)."""

_P = '''def plan_study(total_hours, hours_per_week, weights):
    """Whole weeks needed and hours per domain, split in proportion to the weights."""
'''

ANSWERS = {
    'ex_plan_study': [
        ('Cut the weeks down with int() instead of rounding up.', _P + r'''    if hours_per_week <= 0:
        raise ValueError("hours_per_week must be more than 0")
    weeks = int(total_hours / hours_per_week)
    total = sum(weights.values())
    hours = {}
    for domain, weight in weights.items():
        hours[domain] = round(total_hours * weight / total, 1)
    return {"weeks": weeks, "hours": hours}'''),
        ('Divided each weight by 100 instead of by the sum of the weights.', _P + r'''    if hours_per_week <= 0:
        raise ValueError("hours_per_week must be positive")
    weeks = math.ceil(total_hours / hours_per_week)
    hours = {}
    for domain in weights:
        hours[domain] = round(total_hours * weights[domain] / 100, 1)
    return {"weeks": weeks, "hours": hours}'''),
        ('Raised the ValueError only for 0 hours a week, not for a negative number.', _P + r'''    if hours_per_week == 0:
        raise ValueError("cannot study 0 hours a week")
    weeks = math.ceil(total_hours / hours_per_week)
    total = sum(weights.values())
    hours = {d: round(total_hours * w / total, 1) for d, w in weights.items()}
    return {"weeks": weeks, "hours": hours}'''),
    ],
}
