'''Blind wrong answers of beginners to the function exercises of module 10 (issue #20).

Written on 2026-12-07 by helper-36, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_CHANGE = '''def wage_change_pct(medians, first_year, last_year):
    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""
%s'''

_PLOT = '''def plot_medians(medians):
    """A line chart of national median annual wages by year; returns the Figure."""
    fig, ax = plt.subplots()
%s    return fig
'''

_LABELS = '''    ax.set_title("National median annual wage, medical records specialists (BLS)")
    ax.set_xlabel("Year")
    ax.set_ylabel("Median annual wage (USD)")
'''

ANSWERS = {
    "ex_wage_change": [
        (
            "not rounded",
            _CHANGE
            % '''    a, b = medians[first_year], medians[last_year]
    return (b - a) / a * 100
''',
        ),
        (
            "a fraction, not a percent",
            _CHANGE
            % '''    a, b = medians[first_year], medians[last_year]
    return round((b - a) / a, 1)
''',
        ),
        (
            "divided by the later year's wage",
            _CHANGE
            % '''    a, b = medians[first_year], medians[last_year]
    return round((b - a) / b * 100, 1)
''',
        ),
        (
            "first and last values of the Series, whatever years were asked",
            _CHANGE
            % '''    a, b = medians.iloc[0], medians.iloc[-1]
    return round((b - a) / a * 100, 1)
''',
        ),
        (
            "read the global national_medians, not the medians argument",
            _CHANGE
            % '''    a, b = national_medians[first_year], national_medians[last_year]
    return round((b - a) / a * 100, 1)
''',
        ),
        (
            "rounded to a whole percent",
            _CHANGE
            % '''    a, b = medians[first_year], medians[last_year]
    return round((b - a) / a * 100)
''',
        ),
    ],
    "ex_plot": [
        (
            "a line without markers",
            _PLOT % ('''    ax.plot(medians.index, medians.values)
''' + _LABELS + "    ax.set_ylim(bottom=0)\n"),
        ),
        (
            "y-axis not started at 0",
            _PLOT % ('''    ax.plot(medians.index, medians.values, marker="o")
''' + _LABELS),
        ),
        (
            "y label says $ instead of USD",
            _PLOT
            % '''    ax.plot(medians.index, medians.values, marker="o")
    ax.set_title("National median annual wage (BLS)")
    ax.set_xlabel("Year")
    ax.set_ylabel("Median annual wage ($)")
    ax.set_ylim(bottom=0)
''',
        ),
        (
            "a bar chart instead of a line",
            _PLOT % ('''    ax.bar(medians.index, medians.values)
''' + _LABELS + "    ax.set_ylim(bottom=0)\n"),
        ),
        (
            "plotted the values only, so the x-axis is 0, 1, 2 ... not the years",
            _PLOT % ('''    ax.plot(list(medians.values), marker="o")
''' + _LABELS + "    ax.set_ylim(bottom=0)\n"),
        ),
        (
            "drew the global national_medians, not the argument",
            _PLOT % ('''    ax.plot(national_medians.index, national_medians.values, marker="o")
''' + _LABELS + "    ax.set_ylim(bottom=0)\n"),
        ),
    ],
}
