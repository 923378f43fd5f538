# ruff: noqa: E501 - rows of answer cells read best one to a line
"""Wrong answers for module 09, Education and certification (format: tests/test_wrong_answers.py).

Rows from benchmarks/beginner_answers (helper-36's blind answers, #20), each with words of the
visible message that now names its mistake."""

WRONG = {
    "ex_plan_study": [
        ('weeks rounded down (//) instead of up',
         'def plan_study(total_hours, hours_per_week, weights):\n    """Whole weeks needed and hours per domain, split in proportion to the weights."""\n    if hours_per_week <= 0:\n        raise ValueError("hours_per_week must be more than 0")\n    total_weight = sum(weights.values())\n    hours = {}\n    for domain, weight in weights.items():\n        hours[domain] = round(total_hours * weight / total_weight, 1)\n    return {"weeks": int(total_hours // hours_per_week), "hours": hours}\n',
         ['16 calendar weeks', 'math.ceil']),
        ('weeks with round(), which rounds 12.5 down to 12',
         'def plan_study(total_hours, hours_per_week, weights):\n    """Whole weeks needed and hours per domain, split in proportion to the weights."""\n    if hours_per_week <= 0:\n        raise ValueError("hours_per_week must be more than 0")\n    total_weight = sum(weights.values())\n    hours = {}\n    for domain, weight in weights.items():\n        hours[domain] = round(total_hours * weight / total_weight, 1)\n    return {"weeks": round(total_hours / hours_per_week), "hours": hours}\n',
         ['round UP']),
        ('hours not rounded to 1 decimal',
         'def plan_study(total_hours, hours_per_week, weights):\n    """Whole weeks needed and hours per domain, split in proportion to the weights."""\n    if hours_per_week <= 0:\n        raise ValueError("hours_per_week must be more than 0")\n    total_weight = sum(weights.values())\n    hours = {domain: total_hours * weight / total_weight for domain, weight in weights.items()}\n    return {"weeks": math.ceil(total_hours / hours_per_week), "hours": hours}\n',
         ['rounded to 1 decimal', '40.7']),
        ('only 0 hours a week refused; a negative number divides',
         'def plan_study(total_hours, hours_per_week, weights):\n    """Whole weeks needed and hours per domain, split in proportion to the weights."""\n    if hours_per_week == 0:\n        raise ValueError("hours_per_week cannot be 0")\n    total_weight = sum(weights.values())\n    hours = {}\n    for domain, weight in weights.items():\n        hours[domain] = round(total_hours * weight / total_weight, 1)\n    return {"weeks": math.ceil(total_hours / hours_per_week), "hours": hours}\n',
         ['-2', 'negative', 'ValueError']),
        ('weights taken as percentages (divided by 100, not by their sum)',
         'def plan_study(total_hours, hours_per_week, weights):\n    """Whole weeks needed and hours per domain, split in proportion to the weights."""\n    if hours_per_week <= 0:\n        raise ValueError("hours_per_week must be more than 0")\n    hours = {}\n    for domain, weight in weights.items():\n        hours[domain] = round(total_hours * weight / 100, 1)\n    return {"weeks": math.ceil(total_hours / hours_per_week), "hours": hours}\n',
         ['sum of the weights', '100']),
        ('round(x + 0.5) to round up, which adds a week when the division is exact',
         'def plan_study(total_hours, hours_per_week, weights):\n    """Whole weeks needed and hours per domain, split in proportion to the weights."""\n    if hours_per_week <= 0:\n        raise ValueError("hours_per_week must be more than 0")\n    total_weight = sum(weights.values())\n    hours = {}\n    for domain, weight in weights.items():\n        hours[domain] = round(total_hours * weight / total_weight, 1)\n    weeks = round(total_hours / hours_per_week + 0.5)\n    return {"weeks": weeks, "hours": hours}\n',
         ['15 weeks', '16']),
    ],
}
