# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 09-education-and-certification, written blind on 2026-12-07."""

ANSWERS = {
    'ex_plan_study': [
        ('Rounds the weeks to the nearest whole number with round() instead of rounding up.', r'''def plan_study(total_hours, hours_per_week, weights):
    """Whole weeks needed and hours per domain, split in proportion to the weights."""
    if hours_per_week <= 0:
        raise ValueError("hours_per_week must be more than 0")
    weeks = round(total_hours / hours_per_week)
    total_weight = sum(weights.values())
    hours = {}
    for domain, weight in weights.items():
        hours[domain] = round(total_hours * weight / total_weight, 1)
    return {"weeks": weeks, "hours": hours}'''),
        ('Divides each weight by 100 (as in the CPC example) instead of by the sum of the weights.', r'''def plan_study(total_hours, hours_per_week, weights):
    """Whole weeks needed and hours per domain, split in proportion to the weights."""
    import math
    if hours_per_week <= 0:
        raise ValueError("you need at least some hours per week")
    hours = {}
    for domain in weights:
        hours[domain] = round(total_hours * weights[domain] / 100, 1)
    return {"weeks": math.ceil(total_hours / hours_per_week), "hours": hours}'''),
        ('Only refuses 0 hours a week; a negative value goes through and gives negative weeks.', r'''def plan_study(total_hours, hours_per_week, weights):
    """Whole weeks needed and hours per domain, split in proportion to the weights."""
    import math
    if hours_per_week == 0:
        raise ValueError("hours_per_week cannot be 0")
    weeks = math.ceil(total_hours / hours_per_week)
    total = sum(weights.values())
    hours = {d: round(total_hours * w / total, 1) for d, w in weights.items()}
    return {"weeks": weeks, "hours": hours}'''),
    ],
}
