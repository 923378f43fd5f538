"""Which Python each module teaches: a worked example shows it and an exercise asks for it.

``TAUGHT`` maps each module (its folder name) to the constructs it adds, named as
``autograder.constructs`` names them: ``def``, ``for``, ``while``, ``comprehension``, ``try``,
``lambda``, ``f-string``, literals, ``slicing``, ``str.<method>`` and ``pandas.<method>``. A
module's exercises may use what it and the modules before it teach, and a module teaches a
construct only where one of its worked examples shows it. ``tests/test_python_taught.py`` checks
both against every module's notebook.
"""

from __future__ import annotations

TAUGHT: dict[str, tuple[str, ...]] = {
    "00-orientation": (),
    "00b-python-for-coders": (
        # Python itself (sections 1 to 5).
        "list literal", "dict literal", "slicing", "if", "for", "while", "comprehension", "def",
        "return", "f-string", "lambda",
        # Strings (section 2).
        "str.strip", "str.upper", "str.lower", "str.replace", "str.startswith", "str.endswith",
        "str.partition", "str.isdigit", "str.find",
        # The five pandas moves (section 7).
        "pandas.head", "pandas.str.startswith", "pandas.groupby", "pandas.size", "pandas.sort_values",
        "pandas.tolist", "pandas.idxmax",
        # More table tools, shown once (section 8).
        "pandas.isna", "pandas.notna", "pandas.dropna", "pandas.any", "pandas.map", "pandas.apply",
        "pandas.assign", "pandas.max", "pandas.set_index", "pandas.drop", "pandas.sort_index",
        "pandas.agg",
    ),
    "01-what-is-medical-coding": ("pandas.sum", "pandas.mean"),
    "02-medical-terminology": ("pandas.value_counts",),
    "03-icd-10-cm": ("try",),
    "03b-the-code-books": (),
    "04-inpatient-coding": (),
    "05-outpatient-and-professional-coding": (),
    "06-dental-and-behavioral-health-coding": (),
    "07-claims-and-reimbursement": ("pandas.isin",),
    "07b-coding-from-the-chart": (),
    "08-records-analytics-and-compliance": (
        "pandas.DataFrame", "pandas.nunique", "pandas.reindex", "pandas.crosstab", "pandas.itertuples",
    ),
    "09-education-and-certification": ("pandas.round",),
    "10-job-outlook-and-salary": (),
    "11-challenges-and-technology": ("pandas.Series",),
    "12-who-classifications": (),
    "13-capstone": (),
}
