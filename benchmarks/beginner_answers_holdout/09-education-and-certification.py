"""Held-out beginners' wrong answers to the function exercises of
release/09-education-and-certification/09-education-and-certification.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_plan_study': [
        (
            'Weeks cut down with int() instead of rounded up: 100 hours at 8 a week gives 12, not 13.',
            r'''def plan_study(total_hours, hours_per_week, weights):
    """Whole weeks needed and hours per domain, split in proportion to the weights."""
    # YOUR CODE HERE
    if hours_per_week <= 0:
        raise ValueError("hours_per_week must be more than 0")
    total_weight = sum(weights.values())
    hours = {}
    for domain, weight in weights.items():
        hours[domain] = round(total_hours * weight / total_weight, 1)
    return {"weeks": int(total_hours / hours_per_week), "hours": hours}''',
        ),
        (
            'No check of hours_per_week: 0 gives a ZeroDivisionError, a negative number gives negative '
            'weeks.',
            r'''def plan_study(total_hours, hours_per_week, weights):
    """Whole weeks needed and hours per domain, split in proportion to the weights."""
    # YOUR CODE HERE
    total_weight = sum(weights.values())
    hours = {}
    for domain, weight in weights.items():
        hours[domain] = round(total_hours * weight / total_weight, 1)
    return {"weeks": math.ceil(total_hours / hours_per_week), "hours": hours}''',
        ),
        (
            'Divides by 100 as if the weights were percentages: right for the example (64 + 8 + 28), '
            'wrong when the weights do not add up to 100.',
            r'''def plan_study(total_hours, hours_per_week, weights):
    """Whole weeks needed and hours per domain, split in proportion to the weights."""
    # YOUR CODE HERE
    if hours_per_week <= 0:
        raise ValueError("hours_per_week must be more than 0")
    hours = {}
    for domain, weight in weights.items():
        hours[domain] = round(total_hours * weight / 100, 1)
    return {"weeks": math.ceil(total_hours / hours_per_week), "hours": hours}''',
        ),
    ],
}
