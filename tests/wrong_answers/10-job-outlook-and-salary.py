# ruff: noqa: E501 - rows of answer cells read best one to a line
"""Wrong answers for module 10, Job outlook and salary (format: tests/test_wrong_answers.py).

Rows from benchmarks/beginner_answers (helper-36's blind answers, #20), each with words of the
visible message that now names its mistake."""

WRONG = {
    "ex_wage_change": [
        ('not rounded',
         'def wage_change_pct(medians, first_year, last_year):\n    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""\n    a, b = medians[first_year], medians[last_year]\n    return (b - a) / a * 100\n',
         ['50.9', '1 decimal']),
        ('a fraction, not a percent',
         'def wage_change_pct(medians, first_year, last_year):\n    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""\n    a, b = medians[first_year], medians[last_year]\n    return round((b - a) / a, 1)\n',
         ['times 100']),
        ("divided by the later year's wage",
         'def wage_change_pct(medians, first_year, last_year):\n    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""\n    a, b = medians[first_year], medians[last_year]\n    return round((b - a) / b * 100, 1)\n',
         ["first year's wage"]),
        ('first and last values of the Series, whatever years were asked',
         'def wage_change_pct(medians, first_year, last_year):\n    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""\n    a, b = medians.iloc[0], medians.iloc[-1]\n    return round((b - a) / a * 100, 1)\n',
         ['_toy3', 'medians[first_year]']),
        ('read the global national_medians, not the medians argument',
         'def wage_change_pct(medians, first_year, last_year):\n    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""\n    a, b = national_medians[first_year], national_medians[last_year]\n    return round((b - a) / a * 100, 1)\n',
         ['not its first and last values, nor national_medians']),
        ('rounded to a whole percent',
         'def wage_change_pct(medians, first_year, last_year):\n    """Percent change between two years of ``medians`` (year -> median wage), 1 decimal."""\n    a, b = medians[first_year], medians[last_year]\n    return round((b - a) / a * 100)\n',
         ['1 decimal', 'not 51']),
    ],
    "ex_plot": [
        ('a line without markers',
         'def plot_medians(medians):\n    """A line chart of national median annual wages by year; returns the Figure."""\n    fig, ax = plt.subplots()\n    ax.plot(medians.index, medians.values)\n    ax.set_title("National median annual wage, medical records specialists (BLS)")\n    ax.set_xlabel("Year")\n    ax.set_ylabel("Median annual wage (USD)")\n    ax.set_ylim(bottom=0)\n    return fig\n',
         ['marker']),
        ('y-axis not started at 0',
         'def plot_medians(medians):\n    """A line chart of national median annual wages by year; returns the Figure."""\n    fig, ax = plt.subplots()\n    ax.plot(medians.index, medians.values, marker="o")\n    ax.set_title("National median annual wage, medical records specialists (BLS)")\n    ax.set_xlabel("Year")\n    ax.set_ylabel("Median annual wage (USD)")\n    return fig\n',
         ['set_ylim(bottom=0)']),
        ('y label says $ instead of USD',
         'def plot_medians(medians):\n    """A line chart of national median annual wages by year; returns the Figure."""\n    fig, ax = plt.subplots()\n    ax.plot(medians.index, medians.values, marker="o")\n    ax.set_title("National median annual wage (BLS)")\n    ax.set_xlabel("Year")\n    ax.set_ylabel("Median annual wage ($)")\n    ax.set_ylim(bottom=0)\n    return fig\n',
         ['USD']),
        ('a bar chart instead of a line',
         'def plot_medians(medians):\n    """A line chart of national median annual wages by year; returns the Figure."""\n    fig, ax = plt.subplots()\n    ax.bar(medians.index, medians.values)\n    ax.set_title("National median annual wage, medical records specialists (BLS)")\n    ax.set_xlabel("Year")\n    ax.set_ylabel("Median annual wage (USD)")\n    ax.set_ylim(bottom=0)\n    return fig\n',
         ['one line']),
        ('plotted the values only, so the x-axis is 0, 1, 2 ... not the years',
         'def plot_medians(medians):\n    """A line chart of national median annual wages by year; returns the Figure."""\n    fig, ax = plt.subplots()\n    ax.plot(list(medians.values), marker="o")\n    ax.set_title("National median annual wage, medical records specialists (BLS)")\n    ax.set_xlabel("Year")\n    ax.set_ylabel("Median annual wage (USD)")\n    ax.set_ylim(bottom=0)\n    return fig\n',
         ['years', '0, 1, 2']),
        ('drew the global national_medians, not the argument',
         'def plot_medians(medians):\n    """A line chart of national median annual wages by year; returns the Figure."""\n    fig, ax = plt.subplots()\n    ax.plot(national_medians.index, national_medians.values, marker="o")\n    ax.set_title("National median annual wage, medical records specialists (BLS)")\n    ax.set_xlabel("Year")\n    ax.set_ylabel("Median annual wage (USD)")\n    ax.set_ylim(bottom=0)\n    return fig\n',
         ['years of the Series you are given']),
    ],
}
