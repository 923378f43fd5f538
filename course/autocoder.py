"""A simple automated coder for short clinical notes, and the scores used to evaluate coders.

The coder works the way early computer-assisted coding did, with rules a student can read:

1. take the **assessment** of the note (the text after "Assessment:"; the whole note if none);
2. split it into **mentions** at semicolons, full stops and line breaks;
3. drop mentions that are **negated** ("no evidence of pneumonia", "denies chest pain") or
   **uncertain** ("rule out myocardial infarction", "probable pneumonia"): outpatient guidelines
   (Section IV.H) code uncertain diagnoses as their symptoms, not as the diagnosis;
4. code each remaining mention with a **keyword rule** when one matches, otherwise with the
   top result of ``course.encoder.search`` when its score reaches ``min_score``.

``data/synthetic_notes.csv`` holds 42 short synthetic notes with the codes a coder assigned
(see its data card). The scores compare the codes predicted for each note with the gold codes:
micro scores pool every (note, code) decision; macro F1 averages the F1 of each code, so rare
codes weigh as much as common ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import pandas as pd

from course import data_files, encoder, icd10cm

NEGATION_CUES: tuple[str, ...] = ("no ", "no evidence of", "denies", "negative for", "without evidence of")
"""Words that, at the start of a mention, say the condition is absent."""

UNCERTAIN_CUES: tuple[str, ...] = (
    "rule out", "r/o", "probable", "possible", "suspected", "likely", "questionable",
)
"""Words that say the condition is not established (not coded in outpatient settings)."""

_ASSESSMENT = re.compile(r"\b(?:assessment|impression|a/p)\s*:", re.I)
_SPLIT = re.compile(r"[;.\n]+")


@dataclass(frozen=True)
class Prediction:
    """One code the coder assigned: the code, the mention it came from, and how."""

    code: str
    mention: str
    method: str
    score: float


def assessment(note: str) -> str:
    """The assessment section of ``note``: the text after the last "Assessment:" (or
    "Impression:", "A/P:"), or the whole note when it has none."""
    found = list(_ASSESSMENT.finditer(note))
    return note[found[-1].end():] if found else note


def mentions(text: str) -> list[str]:
    """The mentions of ``text``: its pieces between semicolons, full stops and line breaks,
    stripped and without empty ones."""
    return [piece.strip() for piece in _SPLIT.split(text) if piece.strip()]


def is_negated(mention: str) -> bool:
    """True when ``mention`` starts with a negation cue ("no", "denies", "negative for" ...)."""
    text = mention.strip().lower() + " "
    return text.startswith(NEGATION_CUES)


def is_uncertain(mention: str) -> bool:
    """True when ``mention`` contains an uncertainty cue ("rule out", "probable" ...)."""
    text = f" {mention.strip().lower()} "
    return any(re.search(rf"(?<![a-z]){re.escape(cue)}(?![a-z])", text) for cue in UNCERTAIN_CUES)


def code_note(
    note: str,
    rules: Mapping[str, str] | None = None,
    *,
    min_score: float = 0.85,
) -> list[Prediction]:
    """Code ``note``: one Prediction per code, in the order the mentions appear.

    ``rules`` maps a lower-case keyword phrase to an ICD-10-CM code; a mention containing a
    phrase gets its code (the longest phrase wins) instead of an encoder search. Raises
    ValueError for a ``min_score`` outside 0 to 1 and the code set's errors for a rule whose
    code is not a billable FY2026 code.
    """
    if not 0 <= min_score <= 1:
        raise ValueError(f"min_score must be between 0 and 1, not {min_score}.")
    table = {phrase.lower(): icd10cm.validate(code).code for phrase, code in (rules or {}).items()}
    found: dict[str, Prediction] = {}
    for mention in mentions(assessment(note)):
        if is_negated(mention) or is_uncertain(mention):
            continue
        prediction = _rule(mention, table) or _search(mention, min_score)
        if prediction and prediction.code not in found:
            found[prediction.code] = prediction
    return list(found.values())


def _rule(mention: str, table: Mapping[str, str]) -> Prediction | None:
    text = mention.lower()
    hits = [phrase for phrase in table if phrase in text]
    if not hits:
        return None
    phrase = max(hits, key=len)
    return Prediction(table[phrase], mention, f"rule: {phrase}", 1.0)


def _search(mention: str, min_score: float) -> Prediction | None:
    try:
        results = encoder.search(mention, limit=1)
    except ValueError:  # no searchable words
        return None
    if not results or results[0].score < min_score or not results[0].billable:
        return None
    return Prediction(results[0].code, mention, "encoder", results[0].score)


def predict(notes: Iterable[str], rules: Mapping[str, str] | None = None, *,
            min_score: float = 0.85) -> list[set[str]]:
    """The set of codes ``code_note`` assigns to each note, in order."""
    return [{p.code for p in code_note(note, rules, min_score=min_score)} for note in notes]


@cache
def _notes() -> pd.DataFrame:
    return pd.DataFrame(data_files.rows("synthetic_notes.csv"))


def synthetic_notes() -> pd.DataFrame:
    """The committed synthetic notes: note_id, text, gold_codes (a list of codes), setting."""
    frame = _notes().copy()
    frame["gold_codes"] = frame.gold_codes.str.split(";")
    return frame


def _check(
    gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]]
) -> list[tuple[set[str], set[str]]]:
    if isinstance(gold, str) or isinstance(predicted, str):
        raise TypeError("Pass one collection of codes per note (a list of lists or sets), not a string.")
    if len(gold) != len(predicted):
        raise ValueError(f"gold has {len(gold)} notes but predicted has {len(predicted)}; they must match.")
    pairs = []
    for g, p in zip(gold, predicted, strict=True):
        if isinstance(g, str) or isinstance(p, str):
            raise TypeError(
                "Each note's codes must be a list or set of codes, e.g. ['I10'], not the string "
                f"{g if isinstance(g, str) else p!r}."
            )
        pairs.append((set(g), set(p)))
    return pairs


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _counts(gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]]) -> tuple[int, int, int]:
    """True positives, false positives and false negatives pooled over every note."""
    tp = fp = fn = 0
    for g, p in _check(gold, predicted):
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return tp, fp, fn


def precision(gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]]) -> float:
    """Micro precision: of all codes predicted, the share that are in the gold codes (0 when
    nothing was predicted). Raises ValueError or TypeError for mismatched or string inputs."""
    tp, fp, _ = _counts(gold, predicted)
    return _ratio(tp, tp + fp)


def recall(gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]]) -> float:
    """Micro recall: of all gold codes, the share that were predicted (0 when there are none)."""
    tp, _, fn = _counts(gold, predicted)
    return _ratio(tp, tp + fn)


def f1(precision_value: float, recall_value: float) -> float:
    """The harmonic mean of a precision and a recall (0 when both are 0)."""
    if not (0 <= precision_value <= 1 and 0 <= recall_value <= 1):
        raise ValueError("precision and recall must be between 0 and 1.")
    total = precision_value + recall_value
    return 2 * precision_value * recall_value / total if total else 0.0


def micro_f1(gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]]) -> float:
    """F1 of the pooled counts: 2 TP / (2 TP + FP + FN) over every note and code."""
    tp, fp, fn = _counts(gold, predicted)
    return _ratio(2 * tp, 2 * tp + fp + fn)


def per_code(gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]]) -> pd.DataFrame:
    """One row per code in the gold or the predicted codes: code, support (notes with it in
    gold), tp, fp, fn, precision, recall, f1; sorted by support (descending), then code."""
    pairs = _check(gold, predicted)
    labels = sorted(set().union(*(g | p for g, p in pairs))) if pairs else []
    rows = []
    for code in labels:
        tp = sum(code in g and code in p for g, p in pairs)
        fp = sum(code in p and code not in g for g, p in pairs)
        fn = sum(code in g and code not in p for g, p in pairs)
        p_, r_ = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        rows.append((code, tp + fn, tp, fp, fn, p_, r_, _ratio(2 * tp, 2 * tp + fp + fn)))
    columns = ["code", "support", "tp", "fp", "fn", "precision", "recall", "f1"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["support", "code"], ascending=[False, True]).reset_index(drop=True)


def macro_f1(gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]]) -> float:
    """The mean of the per-code F1 scores over every code in the gold or predicted codes.

    Each code counts once, however rare, so rare codes that the coder misses pull macro F1 far
    below micro F1. This is not the harmonic mean of a macro precision and a macro recall, which
    is a different number. 0 when there are no codes at all.
    """
    table = per_code(gold, predicted)
    return float(table.f1.mean()) if len(table) else 0.0
