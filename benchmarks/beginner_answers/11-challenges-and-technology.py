'''Blind wrong answers of beginners to the function exercises of module 11 (issue #20).

Written on 2026-12-07 by helper-36, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_BY_CHAPTER = '''def by_chapter(codes: list[str]) -> pd.Series:
    """How many of ``codes`` fall in each ICD-10-CM chapter, indexed by chapter number."""
%s'''

_PLOT = '''def plot_by_chapter(counts: pd.Series, title: str):
    """A bar chart of ``counts`` by chapter; returns the Figure."""
    fig, ax = plt.subplots()
%s'''

_INVALID = '''def invalid_on(codes: list[str], day: date) -> list[str]:
    """The codes of ``codes`` that are not valid for a service on ``day``, in the order given."""
%s'''

_LOSS = '''def expected_loss(error_rate: float, n_claims: int, mean_payment: float, catch_rate: float,
                  recovery: float, rework_cost: float) -> float:
    """Expected lost revenue from denials caused by coding errors."""
%s'''

_MICRO = '''def micro_scores(gold: list, predicted: list) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of ``predicted`` against ``gold`` (one code collection per note)."""
    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
%s'''

_COUNTS = '''        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
'''

_MACRO = '''def macro_f1_score(gold: list, predicted: list) -> float:
    """The mean of the per-code F1 scores over every code in ``gold`` or ``predicted``."""
%s'''

ANSWERS = {
    "ex_by_chapter": [
        (
            "not sorted by chapter (value_counts order)",
            _BY_CHAPTER
            % '''    chapters = [icd10cm.lookup(code).chapter for code in codes]
    return pd.Series(chapters).value_counts()
''',
        ),
        (
            "chapter numbers as strings",
            _BY_CHAPTER
            % '''    chapters = [str(icd10cm.lookup(code).chapter) for code in codes]
    return pd.Series(chapters).value_counts().sort_index()
''',
        ),
        (
            "a code listed twice counted once (set)",
            _BY_CHAPTER
            % '''    chapters = [icd10cm.lookup(code).chapter for code in set(codes)]
    return pd.Series(chapters).value_counts().sort_index()
''',
        ),
        (
            "sorted by count instead of chapter number",
            _BY_CHAPTER
            % '''    chapters = [icd10cm.lookup(code).chapter for code in codes]
    return pd.Series(chapters).value_counts().sort_values()
''',
        ),
        (
            "returned a dict, not a Series",
            _BY_CHAPTER
            % '''    counts = {}
    for code in codes:
        chapter = icd10cm.lookup(code).chapter
        counts[chapter] = counts.get(chapter, 0) + 1
    return dict(sorted(counts.items()))
''',
        ),
    ],
    "ex_plot_by_chapter": [
        (
            "chapter numbers as numbers, so the bars stand at x = 4, 9 ... with no label per bar",
            _PLOT
            % '''    ax.bar(counts.index, counts.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title(title)
    return fig
''',
        ),
        (
            "a title typed in instead of the title argument",
            _PLOT
            % '''    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title("ICD-10-CM codes by chapter")
    return fig
''',
        ),
        (
            "axis labels swapped",
            _PLOT
            % '''    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("Codes")
    ax.set_ylabel("Chapter")
    ax.set_title(title)
    return fig
''',
        ),
        (
            "sorted by count before drawing, so the bars leave the Series' order",
            _PLOT
            % '''    ordered = counts.sort_values(ascending=False)
    ax.bar([str(c) for c in ordered.index], ordered.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title(title)
    return fig
''',
        ),
        (
            "returned the axes instead of the figure",
            _PLOT
            % '''    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title(title)
    return ax
''',
        ),
        (
            "horizontal bars",
            _PLOT
            % '''    ax.barh([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title(title)
    return fig
''',
        ),
    ],
    "ex_invalid_on": [
        (
            "returned the valid codes instead of the invalid ones",
            _INVALID % '''    return [code for code in codes if versions.is_valid_on(code, day)]
''',
        ),
        (
            "checked the FY2026 code set (icd10cm.is_valid), whatever the day",
            _INVALID % '''    return [code for code in codes if not icd10cm.is_valid(code)]
''',
        ),
        (
            "sorted the result",
            _INVALID % '''    return sorted(code for code in codes if not versions.is_valid_on(code, day))
''',
        ),
        (
            "checked validity today instead of on the day of service",
            _INVALID % '''    return [code for code in codes if not versions.is_valid_on(code, date.today())]
''',
        ),
        (
            "returned at the first invalid code",
            _INVALID
            % '''    for code in codes:
        if not versions.is_valid_on(code, day):
            return [code]
    return []
''',
        ),
    ],
    "ex_expected_loss": [
        (
            "catch rate left out",
            _LOSS % '''    return n_claims * error_rate * ((1 - recovery) * mean_payment + rework_cost)
''',
        ),
        (
            "recovery instead of 1 - recovery",
            _LOSS % '''    return n_claims * error_rate * catch_rate * (recovery * mean_payment + rework_cost)
''',
        ),
        (
            "rework cost added once, outside the brackets",
            _LOSS
            % '''    denied = n_claims * error_rate * catch_rate
    return denied * (1 - recovery) * mean_payment + rework_cost
''',
        ),
        (
            "rework charged on every miscoded claim, not only the denied ones",
            _LOSS
            % '''    return n_claims * error_rate * (catch_rate * (1 - recovery) * mean_payment + rework_cost)
''',
        ),
        (
            "rounded to whole dollars",
            _LOSS
            % '''    denied = n_claims * error_rate * catch_rate
    return round(denied * ((1 - recovery) * mean_payment + rework_cost))
''',
        ),
    ],
    "ex_micro_scores": [
        (
            "false positives and false negatives swapped (precision and recall swapped)",
            _MICRO
            % '''        tp += len(g & p)
        fp += len(g - p)
        fn += len(p - g)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (precision, recall, f1)
''',
        ),
        (
            "F1 as the plain average of precision and recall",
            _MICRO
            % (
                _COUNTS
                + '''    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return (precision, recall, (precision + recall) / 2)
'''
            ),
        ),
        (
            "no zero check: nothing predicted raises ZeroDivisionError",
            _MICRO
            % (
                _COUNTS
                + '''    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    return (precision, recall, f1)
'''
            ),
        ),
        (
            "F1 divides by zero when precision and recall are both 0",
            _MICRO
            % (
                _COUNTS
                + '''    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall)
    return (precision, recall, f1)
'''
            ),
        ),
        (
            "averaged each note's precision and recall instead of pooling",
            '''def micro_scores(gold: list, predicted: list) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of ``predicted`` against ``gold`` (one code collection per note)."""
    precisions, recalls = [], []
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        precisions.append(len(g & p) / len(p) if p else 0.0)
        recalls.append(len(g & p) / len(g) if g else 0.0)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (precision, recall, f1)
''',
        ),
    ],
    "ex_macro_f1_score": [
        (
            "only the gold codes scored, not the predicted ones",
            _MACRO
            % '''    codes = set()
    for g in gold:
        codes |= set(g)
    scores = []
    for code in codes:
        tp = sum(code in g and code in p for g, p in zip(gold, predicted))
        fp = sum(code in p and code not in g for g, p in zip(gold, predicted))
        fn = sum(code in g and code not in p for g, p in zip(gold, predicted))
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0
''',
        ),
        (
            "the F1 of each note averaged, not of each code",
            _MACRO
            % '''    scores = []
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        tp, fp, fn = len(g & p), len(p - g), len(g - p)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return sum(scores) / len(scores) if scores else 0.0
''',
        ),
        (
            "no codes at all raises ZeroDivisionError",
            _MACRO
            % '''    codes = set()
    for g, p in zip(gold, predicted):
        codes |= set(g) | set(p)
    scores = []
    for code in codes:
        tp = sum(code in g and code in p for g, p in zip(gold, predicted))
        fp = sum(code in p and code not in g for g, p in zip(gold, predicted))
        fn = sum(code in g and code not in p for g, p in zip(gold, predicted))
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)
''',
        ),
        (
            "pooled all notes' codes into one gold set and one predicted set (note ignored)",
            _MACRO
            % '''    all_gold, all_predicted = set(), set()
    for g in gold:
        all_gold |= set(g)
    for p in predicted:
        all_predicted |= set(p)
    codes = all_gold | all_predicted
    scores = []
    for code in codes:
        tp = int(code in all_gold and code in all_predicted)
        fp = int(code in all_predicted and code not in all_gold)
        fn = int(code in all_gold and code not in all_predicted)
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0
''',
        ),
        (
            "F1 of a code from TP / (TP + FP + FN), the 2s left out",
            _MACRO
            % '''    codes = set()
    for g, p in zip(gold, predicted):
        codes |= set(g) | set(p)
    scores = []
    for code in codes:
        tp = sum(code in g and code in p for g, p in zip(gold, predicted))
        fp = sum(code in p and code not in g for g, p in zip(gold, predicted))
        fn = sum(code in g and code not in p for g, p in zip(gold, predicted))
        scores.append(tp / (tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0
''',
        ),
    ],
}
