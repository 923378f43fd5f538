# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 10-job-outlook-and-salary, written blind on 2026-12-07."""

ANSWERS = {
    'ex_wage_change': [
        ('Takes the first and last values of the Series instead of the values of first_year and last_year.', r'''def wage_change_pct(medians, first_year, last_year):
    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""
    a = medians.iloc[0]
    b = medians.iloc[-1]
    return round((b - a) / a * 100, 1)'''),
        ('Divides the change by the later wage instead of the first one.', r'''def wage_change_pct(medians, first_year, last_year):
    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""
    first = medians[first_year]
    last = medians[last_year]
    return round((last - first) / last * 100, 1)'''),
        ('Returns a formatted text such as "50.9%" instead of a number.', r'''def wage_change_pct(medians, first_year, last_year):
    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""
    a = medians[first_year]
    b = medians[last_year]
    return f"{(b - a) / a * 100:.1f}%"'''),
    ],
    'ex_plot': [
        ('Draws a bar chart instead of a line with markers.', r'''def plot_medians(medians):
    """A line chart of national median annual wages by year; returns the Figure."""
    fig, ax = plt.subplots()
    ax.bar(medians.index, medians.values)
    ax.set_title("National median annual wage, medical records specialists")
    ax.set_xlabel("Year")
    ax.set_ylabel("Median annual wage (USD)")
    ax.set_ylim(bottom=0)
    return fig'''),
        ('Forgets to start the y-axis at 0.', r'''def plot_medians(medians):
    """A line chart of national median annual wages by year; returns the Figure."""
    fig, ax = plt.subplots()
    ax.plot(medians.index, medians.values, marker="o")
    ax.set_title("U.S. median annual wage by year (BLS)")
    ax.set_xlabel("Year")
    ax.set_ylabel("Median annual wage, USD")
    return fig'''),
        ('Writes the y-axis label with a dollar sign instead of USD.', r'''def plot_medians(medians):
    """A line chart of national median annual wages by year; returns the Figure."""
    fig, ax = plt.subplots()
    ax.plot(medians.index, medians.values, marker="o")
    ax.set_title("National median wage")
    ax.set_xlabel("Year")
    ax.set_ylabel("Median annual wage ($)")
    ax.set_ylim(bottom=0)
    return fig'''),
    ],
}
