'''Blind wrong answers of beginners to the function exercise of module 09 (issue #20).

Written on 2026-12-07 by helper-36, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_PLAN = '''def plan_study(total_hours, hours_per_week, weights):
    """Whole weeks needed and hours per domain, split in proportion to the weights."""
%s'''

_GUARD = '''    if hours_per_week <= 0:
        raise ValueError("hours_per_week must be more than 0")
'''

_HOURS = '''    total_weight = sum(weights.values())
    hours = {}
    for domain, weight in weights.items():
        hours[domain] = round(total_hours * weight / total_weight, 1)
'''

ANSWERS = {
    "ex_plan_study": [
        (
            "weeks rounded down (//) instead of up",
            _PLAN
            % (
                _GUARD
                + _HOURS
                + '''    return {"weeks": int(total_hours // hours_per_week), "hours": hours}
'''
            ),
        ),
        (
            "weeks with round(), which rounds 12.5 down to 12",
            _PLAN
            % (
                _GUARD
                + _HOURS
                + '''    return {"weeks": round(total_hours / hours_per_week), "hours": hours}
'''
            ),
        ),
        (
            "hours not rounded to 1 decimal",
            _PLAN
            % (
                _GUARD
                + '''    total_weight = sum(weights.values())
    hours = {domain: total_hours * weight / total_weight for domain, weight in weights.items()}
    return {"weeks": math.ceil(total_hours / hours_per_week), "hours": hours}
'''
            ),
        ),
        (
            "only 0 hours a week refused; a negative number divides",
            _PLAN
            % (
                '''    if hours_per_week == 0:
        raise ValueError("hours_per_week cannot be 0")
'''
                + _HOURS
                + '''    return {"weeks": math.ceil(total_hours / hours_per_week), "hours": hours}
'''
            ),
        ),
        (
            "weights taken as percentages (divided by 100, not by their sum)",
            _PLAN
            % (
                _GUARD
                + '''    hours = {}
    for domain, weight in weights.items():
        hours[domain] = round(total_hours * weight / 100, 1)
    return {"weeks": math.ceil(total_hours / hours_per_week), "hours": hours}
'''
            ),
        ),
        (
            "round(x + 0.5) to round up, which adds a week when the division is exact",
            _PLAN
            % (
                _GUARD
                + _HOURS
                + '''    weeks = round(total_hours / hours_per_week + 0.5)
    return {"weeks": weeks, "hours": hours}
'''
            ),
        ),
    ],
}
