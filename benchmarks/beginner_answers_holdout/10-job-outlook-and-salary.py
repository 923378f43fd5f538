"""Held-out beginners' wrong answers to the function exercises of
release/10-job-outlook-and-salary/10-job-outlook-and-salary.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_wage_change': [
        (
            'Takes the first and the last value of the Series (iloc) whatever years are asked for.',
            r'''def wage_change_pct(medians, first_year, last_year):
    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""
    # YOUR CODE HERE
    first = medians.iloc[0]
    last = medians.iloc[-1]
    return round((last - first) / first * 100, 1)''',
        ),
        (
            'Divides by the later value instead of the first one.',
            r'''def wage_change_pct(medians, first_year, last_year):
    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""
    # YOUR CODE HERE
    first = medians[first_year]
    last = medians[last_year]
    return round((last - first) / last * 100, 1)''',
        ),
        (
            'Reads the global national_medians instead of the medians argument.',
            r'''def wage_change_pct(medians, first_year, last_year):
    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""
    # YOUR CODE HERE
    first = national_medians[first_year]
    last = national_medians[last_year]
    return round((last - first) / first * 100, 1)''',
        ),
    ],
    'ex_plot': [
        (
            'A line without markers.',
            r'''def plot_medians(medians):
    """A line chart of national median annual wages by year; returns the Figure."""
    # YOUR CODE HERE
    fig, ax = plt.subplots()
    ax.plot(medians.index, medians.values)
    ax.set_title("National median annual wage, medical records specialists (BLS)")
    ax.set_xlabel("Year")
    ax.set_ylabel("Median annual wage (USD)")
    ax.set_ylim(bottom=0)
    return fig''',
        ),
        (
            'Forgot ax.set_ylim(bottom=0): the y-axis starts near the lowest wage.',
            r'''def plot_medians(medians):
    """A line chart of national median annual wages by year; returns the Figure."""
    # YOUR CODE HERE
    fig, ax = plt.subplots()
    ax.plot(medians.index, medians.values, marker="o")
    ax.set_title("National median annual wage, medical records specialists (BLS)")
    ax.set_xlabel("Year")
    ax.set_ylabel("Median annual wage (USD)")
    return fig''',
        ),
        (
            'y-axis label with a dollar sign instead of the word USD.',
            r'''def plot_medians(medians):
    """A line chart of national median annual wages by year; returns the Figure."""
    # YOUR CODE HERE
    fig, ax = plt.subplots()
    ax.plot(medians.index, medians.values, marker="o")
    ax.set_title("National median annual wage, medical records specialists (BLS)")
    ax.set_xlabel("Year")
    ax.set_ylabel("Median annual wage ($)")
    ax.set_ylim(bottom=0)
    return fig''',
        ),
    ],
}
