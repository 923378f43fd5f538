"""Held-out beginners' wrong answers to the function exercises of
release/11-challenges-and-technology/11-challenges-and-technology.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_by_chapter': [
        (
            'value_counts without .sort_index(): the most common chapter comes first.',
            r'''def by_chapter(codes: list[str]) -> pd.Series:
    """How many of ``codes`` fall in each ICD-10-CM chapter, indexed by chapter number."""
    # YOUR CODE HERE
    chapters = [icd10cm.lookup(code).chapter for code in codes]
    return pd.Series(chapters).value_counts()''',
        ),
        (
            'Returns a dictionary (chapter -> count), not a pandas Series.',
            r'''def by_chapter(codes: list[str]) -> pd.Series:
    """How many of ``codes`` fall in each ICD-10-CM chapter, indexed by chapter number."""
    # YOUR CODE HERE
    counts = {}
    for code in codes:
        chapter = icd10cm.lookup(code).chapter
        counts[chapter] = counts.get(chapter, 0) + 1
    return dict(sorted(counts.items()))''',
        ),
        (
            'Believes the first letter of a code is its chapter: counts by letter (E, I, ...), so the '
            'index is letters and D or H codes of two chapters are lumped together.',
            r'''def by_chapter(codes: list[str]) -> pd.Series:
    """How many of ``codes`` fall in each ICD-10-CM chapter, indexed by chapter number."""
    # YOUR CODE HERE
    letters = [code[0] for code in codes]
    return pd.Series(letters).value_counts().sort_index()''',
        ),
    ],
    'ex_plot_by_chapter': [
        (
            "Sorted the counts largest first before drawing: the bars are not in the Series' order.",
            r'''def plot_by_chapter(counts: pd.Series, title: str):
    """A bar chart of ``counts`` by chapter; returns the Figure."""
    # YOUR CODE HERE
    fig, ax = plt.subplots()
    ordered = counts.sort_values(ascending=False)
    ax.bar([str(c) for c in ordered.index], ordered.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title(title)
    return fig''',
        ),
        (
            'Typed a title of its own instead of using the title argument.',
            r'''def plot_by_chapter(counts: pd.Series, title: str):
    """A bar chart of ``counts`` by chapter; returns the Figure."""
    # YOUR CODE HERE
    fig, ax = plt.subplots()
    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title("ICD-10-CM codes by chapter")
    return fig''',
        ),
        (
            "Axis labels in its own words ('ICD-10-CM chapter', 'Number of codes') instead of 'Chapter' "
            "and 'Codes'.",
            r'''def plot_by_chapter(counts: pd.Series, title: str):
    """A bar chart of ``counts`` by chapter; returns the Figure."""
    # YOUR CODE HERE
    fig, ax = plt.subplots()
    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("ICD-10-CM chapter")
    ax.set_ylabel("Number of codes")
    ax.set_title(title)
    return fig''',
        ),
    ],
    'ex_invalid_on': [
        (
            "Forgot the 'not': returns the codes that are valid on the day.",
            r'''def invalid_on(codes: list[str], day: date) -> list[str]:
    """The codes of ``codes`` that are not valid for a service on ``day``, in the order given."""
    # YOUR CODE HERE
    return [code for code in codes if versions.is_valid_on(code, day)]''',
        ),
        (
            'Checks against the current FY2026 code set (icd10cm.is_valid) and ignores the day.',
            r'''def invalid_on(codes: list[str], day: date) -> list[str]:
    """The codes of ``codes`` that are not valid for a service on ``day``, in the order given."""
    # YOUR CODE HERE
    return [code for code in codes if not icd10cm.is_valid(code)]''',
        ),
        (
            'Sorted the result alphabetically instead of keeping the order given.',
            r'''def invalid_on(codes: list[str], day: date) -> list[str]:
    """The codes of ``codes`` that are not valid for a service on ``day``, in the order given."""
    # YOUR CODE HERE
    return sorted(code for code in codes if not versions.is_valid_on(code, day))''',
        ),
    ],
    'ex_expected_loss': [
        (
            'Used recovery where 1 - recovery belongs: the share recovered is counted as lost.',
            r'''def expected_loss(error_rate: float, n_claims: int, mean_payment: float, catch_rate: float,
                  recovery: float, rework_cost: float) -> float:
    """Expected lost revenue from denials caused by coding errors."""
    # YOUR CODE HERE
    return n_claims * error_rate * catch_rate * (recovery * mean_payment + rework_cost)''',
        ),
        (
            'Brackets misplaced: the rework cost is added once instead of once per denial.',
            r'''def expected_loss(error_rate: float, n_claims: int, mean_payment: float, catch_rate: float,
                  recovery: float, rework_cost: float) -> float:
    """Expected lost revenue from denials caused by coding errors."""
    # YOUR CODE HERE
    return n_claims * error_rate * catch_rate * (1 - recovery) * mean_payment + rework_cost''',
        ),
        (
            "Typed in the worked example's 0.8, 0.6 and 25 instead of using the arguments.",
            r'''def expected_loss(error_rate: float, n_claims: int, mean_payment: float, catch_rate: float,
                  recovery: float, rework_cost: float) -> float:
    """Expected lost revenue from denials caused by coding errors."""
    # YOUR CODE HERE
    return n_claims * error_rate * 0.8 * ((1 - 0.6) * mean_payment + 25.0)''',
        ),
    ],
    'ex_micro_scores': [
        (
            "Averages each note's precision and recall instead of pooling TP, FP and FN over all notes.",
            r'''def micro_scores(gold: list, predicted: list) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of ``predicted`` against ``gold`` (one code collection per note)."""
    # YOUR CODE HERE
    precisions, recalls = [], []
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        precisions.append(len(g & p) / len(p) if p else 0.0)
        recalls.append(len(g & p) / len(g) if g else 0.0)
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (precision, recall, f1)''',
        ),
        (
            'No care for zero denominators: nothing predicted (or no gold codes) raises '
            'ZeroDivisionError.',
            r'''def micro_scores(gold: list, predicted: list) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of ``predicted`` against ``gold`` (one code collection per note)."""
    # YOUR CODE HERE
    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    return (precision, recall, f1)''',
        ),
        (
            'F1 as the plain average of precision and recall: right for the worked example, where both '
            'are 0.75, wrong otherwise.',
            r'''def micro_scores(gold: list, predicted: list) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of ``predicted`` against ``gold`` (one code collection per note)."""
    # YOUR CODE HERE
    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = (precision + recall) / 2
    return (precision, recall, f1)''',
        ),
    ],
    'ex_macro_f1_score': [
        (
            'Averages only over the codes of the gold sets: a wrongly predicted code (R05.9) is left '
            'out.',
            r'''def macro_f1_score(gold: list, predicted: list) -> float:
    """The mean of the per-code F1 scores over every code in ``gold`` or ``predicted``."""
    # YOUR CODE HERE
    codes = set()
    for g in gold:
        codes |= set(g)
    if not codes:
        return 0.0
    scores = []
    for code in codes:
        tp = fp = fn = 0
        for g, p in zip(gold, predicted):
            tp += code in g and code in p
            fp += code in p and code not in g
            fn += code in g and code not in p
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)''',
        ),
        (
            'Averages the F1 of each note instead of each code.',
            r'''def macro_f1_score(gold: list, predicted: list) -> float:
    """The mean of the per-code F1 scores over every code in ``gold`` or ``predicted``."""
    # YOUR CODE HERE
    scores = []
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        tp = len(g & p)
        denominator = 2 * tp + len(p - g) + len(g - p)
        scores.append(2 * tp / denominator if denominator else 0.0)
    return sum(scores) / len(scores) if scores else 0.0''',
        ),
        (
            "No case for 'no codes at all': empty input raises ZeroDivisionError instead of giving 0.0.",
            r'''def macro_f1_score(gold: list, predicted: list) -> float:
    """The mean of the per-code F1 scores over every code in ``gold`` or ``predicted``."""
    # YOUR CODE HERE
    codes = set()
    for g, p in zip(gold, predicted):
        codes |= set(g) | set(p)
    scores = []
    for code in codes:
        tp = fp = fn = 0
        for g, p in zip(gold, predicted):
            tp += code in g and code in p
            fp += code in p and code not in g
            fn += code in g and code not in p
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)''',
        ),
    ],
}
