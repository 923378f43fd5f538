# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 11, written blind on 2026-12-07 (no checks read)."""

_B = '''def by_chapter(codes: list[str]) -> pd.Series:
    """How many of ``codes`` fall in each ICD-10-CM chapter, indexed by chapter number."""
'''
_PB = '''def plot_by_chapter(counts: pd.Series, title: str):
    """A bar chart of ``counts`` by chapter; returns the Figure."""
'''
_I = '''def invalid_on(codes: list[str], day: date) -> list[str]:
    """The codes of ``codes`` that are not valid for a service on ``day``, in the order given."""
'''
_E = '''def expected_loss(error_rate: float, n_claims: int, mean_payment: float, catch_rate: float,
                  recovery: float, rework_cost: float) -> float:
    """Expected lost revenue from denials caused by coding errors."""
'''
_M = '''def micro_scores(gold: list, predicted: list) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of ``predicted`` against ``gold`` (one code collection per note)."""
'''
_F = '''def macro_f1_score(gold: list, predicted: list) -> float:
    """The mean of the per-code F1 scores over every code in ``gold`` or ``predicted``."""
'''

ANSWERS = {
    'ex_by_chapter': [
        ('Left the Series in value_counts order (most codes first) instead of sorting by chapter.', _B + r'''    chapters = [icd10cm.lookup(code).chapter for code in codes]
    return pd.Series(chapters).value_counts()'''),
        ('Returned a plain dictionary instead of a pandas Series.', _B + r'''    counts = {}
    for code in codes:
        chapter = icd10cm.lookup(code).chapter
        counts[chapter] = counts.get(chapter, 0) + 1
    return dict(sorted(counts.items()))'''),
        ('Made the chapter numbers strings, so the index is text and sorts "10" before "4".', _B + r'''    chapters = [str(icd10cm.lookup(code).chapter) for code in codes]
    return pd.Series(chapters).value_counts().sort_index()'''),
    ],
    'ex_plot_by_chapter': [
        ('Wrote a fixed title instead of using the title argument.', _PB + r'''    fig, ax = plt.subplots()
    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title("ICD-10-CM codes by chapter")
    return fig'''),
        ('Sorted the bars from biggest to smallest instead of keeping the Series order.', _PB + r'''    counts = counts.sort_values(ascending=False)
    fig, ax = plt.subplots()
    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_title(title)
    return fig'''),
        ('Used its own axis labels ("ICD-10-CM chapter", "Number of codes") instead of the ones asked for.', _PB + r'''    fig, ax = plt.subplots()
    ax.bar([str(c) for c in counts.index], counts.values)
    ax.set_xlabel("ICD-10-CM chapter")
    ax.set_ylabel("Number of codes")
    ax.set_title(title)
    return fig'''),
    ],
    'ex_invalid_on': [
        ('Checked billability in the current FY2026 code set instead of on the day of service.', _I + r'''    stale = []
    for code in codes:
        if not icd10cm.is_valid(code) or not icd10cm.lookup(code).billable:
            stale.append(code)
    return stale'''),
        ('Sorted the result instead of keeping the order given.', _I + r'''    stale = [code for code in codes if not versions.is_valid_on(code, day)]
    return sorted(stale)'''),
        ('Returned as soon as it found the first invalid code.', _I + r'''    for code in codes:
        if not versions.is_valid_on(code, day):
            return [code]
    return []'''),
    ],
    'ex_expected_loss': [
        ('Multiplied the payment by recovery instead of by 1 - recovery.', _E + r'''    return n_claims * error_rate * catch_rate * (recovery * mean_payment + rework_cost)'''),
        ('Put the rework cost inside the unrecovered share, so only unrecovered denials cost rework.', _E + r'''    denied = n_claims * error_rate * catch_rate
    return denied * (1 - recovery) * (mean_payment + rework_cost)'''),
        ('Forgot the catch rate.', _E + r'''    miscoded = n_claims * error_rate
    return float(miscoded * ((1 - recovery) * mean_payment + rework_cost))'''),
    ],
    'ex_micro_scores': [
        ('Did not guard against a zero denominator, so nothing predicted gives ZeroDivisionError.', _M + r'''    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    return (precision, recall, f1)'''),
        ('Took F1 as the plain average of precision and recall.', _M + r'''    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    f1 = (precision + recall) / 2
    return (precision, recall, f1)'''),
        ('Mixed up false positives and false negatives, so precision and recall are swapped.', _M + r'''    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        tp += len(g & p)
        fp += len(g - p)
        fn += len(p - g)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (precision, recall, f1)'''),
    ],
    'ex_macro_f1_score': [
        ('Only averaged over the codes in the gold sets, leaving out codes that were only predicted.', _F + r'''    codes = set()
    for g in gold:
        codes |= set(g)
    if not codes:
        return 0.0
    scores = []
    for code in codes:
        tp = sum(1 for g, p in zip(gold, predicted) if code in g and code in p)
        fp = sum(1 for g, p in zip(gold, predicted) if code not in g and code in p)
        fn = sum(1 for g, p in zip(gold, predicted) if code in g and code not in p)
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)'''),
        ('Forgot the case with no codes at all, which divides by zero.', _F + r'''    codes = set()
    for g, p in zip(gold, predicted):
        codes = codes | set(g) | set(p)
    total = 0
    for code in codes:
        tp = fp = fn = 0
        for g, p in zip(gold, predicted):
            if code in g and code in p:
                tp += 1
            elif code in p:
                fp += 1
            elif code in g:
                fn += 1
        total += 2 * tp / (2 * tp + fp + fn)
    return total / len(codes)'''),
        ('Rounded the mean to 1 decimal.', _F + r'''    codes = set()
    for g, p in zip(gold, predicted):
        codes.update(g)
        codes.update(p)
    if len(codes) == 0:
        return 0.0
    f1s = []
    for code in codes:
        tp = fp = fn = 0
        for g, p in zip(gold, predicted):
            if code in g and code in p:
                tp += 1
            elif code in p:
                fp += 1
            elif code in g:
                fn += 1
        f1s.append(2 * tp / (2 * tp + fp + fn))
    return round(sum(f1s) / len(f1s), 1)'''),
    ],
}
