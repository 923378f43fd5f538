# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 10, written blind on 2026-12-07 (no checks read)."""

_W = '''def wage_change_pct(medians, first_year, last_year):
    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""
'''
_P = '''def plot_medians(medians):
    """A line chart of national median annual wages by year; returns the Figure."""
'''

ANSWERS = {
    'ex_wage_change': [
        ('Forgot to round to 1 decimal.', _W + r'''    first = medians[first_year]
    last = medians[last_year]
    return (last - first) / first * 100'''),
        ('Took the first and last values of the Series instead of the two years asked for.', _W + r'''    first = medians.iloc[0]
    last = medians.iloc[-1]
    return round((last - first) / first * 100, 1)'''),
        ('Divided by the later wage instead of the first one.', _W + r'''    a = medians[first_year]
    b = medians[last_year]
    return round((b - a) / b * 100, 1)'''),
    ],
    'ex_plot': [
        ('Drew a plain line without markers.', _P + r'''    fig, ax = plt.subplots()
    ax.plot(medians.index, medians.values)
    ax.set_title("National median annual wage, medical records specialists")
    ax.set_xlabel("Year")
    ax.set_ylabel("Median annual wage (USD)")
    ax.set_ylim(bottom=0)
    return fig'''),
        ('Forgot to start the y-axis at zero.', _P + r'''    fig, ax = plt.subplots()
    ax.plot(medians.index, medians.values, marker="o")
    ax.set_title("Median annual wage by year (BLS)")
    ax.set_xlabel("Year")
    ax.set_ylabel("Wage (USD)")
    return fig'''),
        ('Labelled the y-axis in dollars with a $ sign instead of USD.', _P + r'''    fig, ax = plt.subplots()
    ax.plot(medians.index, medians.values, marker="o")
    ax.set_title("US median annual wage")
    ax.set_xlabel("Year")
    ax.set_ylabel("Median annual wage ($)")
    ax.set_ylim(bottom=0)
    return fig'''),
    ],
}
