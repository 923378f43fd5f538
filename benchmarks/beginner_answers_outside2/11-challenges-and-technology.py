# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 11-challenges-and-technology, written blind on 2026-12-07."""

ANSWERS = {
    'ex_by_chapter': [
        ('Uses value_counts without sort_index, so the Series is ordered by count, not by chapter number.', r'''def by_chapter(codes: list[str]) -> pd.Series:
    """How many of ``codes`` fall in each ICD-10-CM chapter, indexed by chapter number."""
    chapters = [icd10cm.lookup(code).chapter for code in codes]
    return pd.Series(chapters).value_counts()'''),
        ('Stores the chapter numbers as text (for the chart labels), so the index is "4", "9" and sorts 10 before 4.', r'''def by_chapter(codes: list[str]) -> pd.Series:
    """How many of ``codes`` fall in each ICD-10-CM chapter, indexed by chapter number."""
    chapters = []
    for code in codes:
        chapters.append(str(icd10cm.lookup(code).chapter))
    return pd.Series(chapters).value_counts().sort_index()'''),
        ('Returns a plain dictionary instead of a pandas Series.', r'''def by_chapter(codes: list[str]) -> pd.Series:
    """How many of ``codes`` fall in each ICD-10-CM chapter, indexed by chapter number."""
    counts = {}
    for code in codes:
        chapter = icd10cm.lookup(code).chapter
        counts[chapter] = counts.get(chapter, 0) + 1
    return dict(sorted(counts.items()))'''),
    ],
    'ex_plot_by_chapter': [
        ('Copies the worked example\'s title text instead of using the title argument.', r'''def plot_by_chapter(counts: pd.Series, title: str):
    """A bar chart of ``counts`` by chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title("ICD-10-CM codes added in FY2026, by chapter")
    return fig'''),
        ('Sorts the counts largest first before drawing, so the bars are not in the Series\' order.', r'''def plot_by_chapter(counts: pd.Series, title: str):
    """A bar chart of ``counts`` by chapter; returns the Figure."""
    fig, ax = plt.subplots()
    counts = counts.sort_values(ascending=False)
    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title(title)
    return fig'''),
        ('Writes its own axis labels ("Chapter number", "Number of codes") instead of "Chapter" and "Codes".', r'''def plot_by_chapter(counts: pd.Series, title: str):
    """A bar chart of ``counts`` by chapter; returns the Figure."""
    fig, ax = plt.subplots()
    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("Chapter number")
    ax.set_ylabel("Number of codes")
    ax.set_title(title)
    return fig'''),
    ],
    'ex_invalid_on': [
        ('Checks whether the code is billable in the current FY2026 code set, ignoring the day.', r'''def invalid_on(codes: list[str], day: date) -> list[str]:
    """The codes of ``codes`` that are not valid for a service on ``day``, in the order given."""
    invalid = []
    for code in codes:
        if not icd10cm.lookup(code).billable:
            invalid.append(code)
    return invalid'''),
        ('Sorts the invalid codes alphabetically instead of keeping the order given.', r'''def invalid_on(codes: list[str], day: date) -> list[str]:
    """The codes of ``codes`` that are not valid for a service on ``day``, in the order given."""
    bad = [code for code in codes if not versions.is_valid_on(code, day)]
    return sorted(bad)'''),
        ('Removes the valid codes from the list while looping over it, which skips the code after each removal (and changes the caller\'s list).', r'''def invalid_on(codes: list[str], day: date) -> list[str]:
    """The codes of ``codes`` that are not valid for a service on ``day``, in the order given."""
    for code in codes:
        if versions.is_valid_on(code, day):
            codes.remove(code)
    return codes'''),
    ],
    'ex_expected_loss': [
        ('Multiplies the payment by recovery instead of (1 - recovery).', r'''def expected_loss(error_rate: float, n_claims: int, mean_payment: float, catch_rate: float,
                  recovery: float, rework_cost: float) -> float:
    """Expected lost revenue from denials caused by coding errors."""
    denied = n_claims * error_rate * catch_rate
    return denied * (recovery * mean_payment + rework_cost)'''),
        ('Misplaces the brackets so the rework cost is added once instead of once per denial.', r'''def expected_loss(error_rate: float, n_claims: int, mean_payment: float, catch_rate: float,
                  recovery: float, rework_cost: float) -> float:
    """Expected lost revenue from denials caused by coding errors."""
    return n_claims * error_rate * catch_rate * (1 - recovery) * mean_payment + rework_cost'''),
        ('Forgets catch_rate, counting every miscoded claim as denied.', r'''def expected_loss(error_rate: float, n_claims: int, mean_payment: float, catch_rate: float,
                  recovery: float, rework_cost: float) -> float:
    """Expected lost revenue from denials caused by coding errors."""
    miscoded = n_claims * error_rate
    loss = miscoded * ((1 - recovery) * mean_payment + rework_cost)
    return float(loss)'''),
    ],
    'ex_micro_scores': [
        ('Swaps the denominators of precision and recall (TP + FN for precision, TP + FP for recall).', r'''def micro_scores(gold: list, predicted: list) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of ``predicted`` against ``gold`` (one code collection per note)."""
    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    precision = tp / (tp + fn) if tp + fn else 0.0
    recall = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (precision, recall, f1)'''),
        ('Never guards against a zero denominator, so nothing predicted raises ZeroDivisionError instead of giving 0.0.', r'''def micro_scores(gold: list, predicted: list) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of ``predicted`` against ``gold`` (one code collection per note)."""
    tp = 0
    fp = 0
    fn = 0
    for i in range(len(gold)):
        g = set(gold[i])
        p = set(predicted[i])
        tp = tp + len(g & p)
        fp = fp + len(p - g)
        fn = fn + len(g - p)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    return (precision, recall, f1)'''),
        ('Takes F1 as the plain average of precision and recall instead of their harmonic mean.', r'''def micro_scores(gold: list, predicted: list) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of ``predicted`` against ``gold`` (one code collection per note)."""
    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        tp += len(set(g) & set(p))
        fp += len(set(p) - set(g))
        fn += len(set(g) - set(p))
    precision = tp / (tp + fp) if (tp + fp) > 0 else 0.0
    recall = tp / (tp + fn) if (tp + fn) > 0 else 0.0
    f1 = (precision + recall) / 2
    return (precision, recall, f1)'''),
    ],
    'ex_macro_f1_score': [
        ('Averages over the codes of the gold sets only, leaving out codes that were only predicted.', r'''def macro_f1_score(gold: list, predicted: list) -> float:
    """The mean of the per-code F1 scores over every code in ``gold`` or ``predicted``."""
    codes = set()
    for g in gold:
        codes.update(g)
    if not codes:
        return 0.0
    scores = []
    for code in codes:
        tp = fp = fn = 0
        for g, p in zip(gold, predicted):
            if code in g and code in p:
                tp += 1
            elif code in p:
                fp += 1
            elif code in g:
                fn += 1
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)'''),
        ('Forgets the case with no codes at all, which divides by zero instead of returning 0.0.', r'''def macro_f1_score(gold: list, predicted: list) -> float:
    """The mean of the per-code F1 scores over every code in ``gold`` or ``predicted``."""
    all_codes = set()
    for g, p in zip(gold, predicted):
        all_codes = all_codes | set(g) | set(p)
    total = 0
    for code in all_codes:
        tp = sum(1 for g, p in zip(gold, predicted) if code in g and code in p)
        fp = sum(1 for g, p in zip(gold, predicted) if code in p and code not in g)
        fn = sum(1 for g, p in zip(gold, predicted) if code in g and code not in p)
        total += 2 * tp / (2 * tp + fp + fn)
    return total / len(all_codes)'''),
        ('Rounds the result to one decimal, which matches 0.6 in the example but not in general.', r'''def macro_f1_score(gold: list, predicted: list) -> float:
    """The mean of the per-code F1 scores over every code in ``gold`` or ``predicted``."""
    codes = set()
    for g, p in zip(gold, predicted):
        codes |= set(g) | set(p)
    if len(codes) == 0:
        return 0.0
    f1s = []
    for code in codes:
        tp = fp = fn = 0
        for g, p in zip(gold, predicted):
            if code in g and code in p:
                tp += 1
            if code in p and code not in g:
                fp += 1
            if code in g and code not in p:
                fn += 1
        f1s.append(2 * tp / (2 * tp + fp + fn))
    return round(sum(f1s) / len(f1s), 1)'''),
    ],
}
