"""A ranked ICD-10-CM term search, the way a coder uses an encoder, and ``encode``, which goes
through the books first (shorthand, Index and tables, Tabular) and falls back on this search.

It searches the FY2026 tabular descriptions, inclusion terms and includes notes, and the
committed tables ``data/lay_terms.csv`` (lay and index-style terms) and
``data/abbreviations.csv`` (expanded inside queries). The inverted index is built on the
first search (several seconds) and kept on disk for the next process (``course.disk_cache``).

Scoring: a candidate's score is the share of the query it matches (idf-weighted) times how
much of its own wording the query covers, so short exact entries beat long ones. When a header
scores best, its default billable code (the "unspecified" one) is offered right after it, and
billable codes rank ahead of headers of nearly the same score.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import numpy as np

from course import data_files, icd10cm
from course.disk_cache import on_disk

_STOP = frozenset("a an and as at by due for from in is of on or the to with".split())
_FREE = frozenset("unspecified nos site not specified elsewhere classified".split())
_SUFFIXES = ("ations", "ation", "ities", "ity", "ions", "ion", "ive", "ical", "ic", "al", "ed")
_WORD = re.compile(r"[a-z0-9]+")
_LETTER_A = re.compile(r"(?<![\w'/-])A(?![\w'/-])")
_TYPE_A = "typea"
_ROMAN = re.compile(r"\b(?P<number>xii|xi|ix|viii|vii|vi|iv|v|iii|ii|i)(?P<letter>[abc]?)\b", re.IGNORECASE)
_ARABIC = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8",
           "ix": "9", "xi": "11", "xii": "12"}  # not X: a letter (fragile X, monosomy X, X-ray)
_GENITIVE = "iae"  # an organism's name stays itself: pneumoniae is not pneumonia
_MODIFIER = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_FREE_WEIGHT = 0.05
_UNKNOWN_WEIGHT = 1.0
_FLOOR = 3.0
_WITHOUT = "without"
_WITHOUT_PENALTY = 0.85
_BILLABLE_MARGIN = 0.05
_POOL = 300
_INDEX_BONUS = 0.25  # a code reached through the books ranks ahead of a title match of equal score
_CURATED_BONUS = 0.35  # an exact match in the course's own index of lay terms
_HITS = 5  # hits asked of the books (and twice as many of the Tabular search) before ranking
_WIDER = 50  # hits asked again where those and their siblings give fewer than _HITS codes (44 of 5,354)
_SHORT = 2  # an abbreviation of two letters (MS, SB): its sense is read only where the phrase settles it
_EXACT = 0.99
_AGREEMENT = 0.1  # weight of the words the Tabular description shares with the phrase
_SIDE_BONUS = 0.1
_SIDE_PENALTY = 0.3
_SIDES = ("right", "left", "bilateral")
_HISTORY = frozenset(("history", "status"))  # "h/o", "s/p", "FHx" are written out with history
_EPISODE_IN_HISTORY = 0.5  # a code with an episode of care (7th character) for a history phrase
_SEQUENCED = 5  # the leading candidates whose Tabular notes decide which goes first
_SEQUENCE_SHARE = 0.7  # a code put first must score at least this share of the best one
_LEFT_BY = re.compile(r"\bfollowing\b|\bsequela", re.IGNORECASE)  # a deficit a condition left
_FACTORS = "Z"  # the chapter of factors influencing health status, reported after the condition
_AGENTS = ("B95", "B96", "B97")  # infectious agents as the cause of diseases classified elsewhere


@dataclass(frozen=True)
class Candidate:
    """One search result: the code, its tabular wording, and why it matched.

    ``path`` is the Index path that led to the code (``encode``), empty for a Tabular match.
    """

    code: str
    description: str
    billable: bool
    score: float
    why: str
    path: tuple[str, ...] = ()


def _stem(word: str) -> str:
    """Crude stemming: plural endings, one derivational suffix, then a final e."""
    if len(word) <= 3 or not word.isalpha() or word.endswith(_GENITIVE):
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


_DEFAULT_WORDS = frozenset(
    _stem(w) for w in "unspecified uncomplicated without complications nos".split()
)


def tokens(text: str) -> list[str]:
    """The search tokens of ``text``: lower case, stop words dropped, crude suffixes stripped."""
    return list(_tokens(text))


@lru_cache(maxsize=1 << 16)  # the books' texts are read again and again
def _tokens(text: str) -> tuple[str, ...]:
    words = _WORD.findall(arabic(type_letter(text)).lower().replace("'s", ""))
    return tuple(_stem(word) for word in words if word not in _STOP)


def type_letter(text: str) -> str:
    """``text`` with a capital A standing alone read as a type, not the article ("influenza A",
    "vitamin A", "hepatitis A": the Index's subterm A), and its accents dropped, as a phrase is
    typed (Ménière: Meniere; Sjögren: Sjogren)."""
    text = text if text.isascii() else unaccented(text)
    return _LETTER_A.sub(_TYPE_A, text) if "A" in text else text


@lru_cache(maxsize=1 << 16)  # the books' texts are read again and again
def arabic(text: str) -> str:
    """``text`` with its Roman numerals in Arabic ones, as one rule for the Index, the Tabular and the
    phrase (VAIN grade I: grade 1; type IIIB: type 3b; bipolar II: bipolar 2; CRPS I: CRPS 1)."""
    return _ROMAN.sub(_numeral, text)


def _numeral(found: re.Match[str]) -> str:
    """One Roman numeral in Arabic ("via" stays: no 6a)."""
    number, letter = found["number"].casefold(), found["letter"]
    return found[0] if number == "vi" and letter else f"{_ARABIC[number]}{letter}"


def unaccented(text: str) -> str:
    """``text`` with its letters' accents dropped ("Behçet" -> "Behcet")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@cache
def abbreviations() -> dict[str, str]:
    """The committed abbreviations, upper case, mapped to what they stand for."""
    return {row["abbreviation"].upper(): row["expansion"] for row in data_files.rows("abbreviations.csv")}


@cache
def lay_terms() -> list[tuple[str, str, str]]:
    """The committed lay and index-style terms as (term, code, kind) rows."""
    return [(row["term"], row["code"], row["kind"]) for row in data_files.rows("lay_terms.csv")]


def expand(query: str) -> str:
    """``query`` with each known abbreviation written out ("CHF" -> "congestive heart failure")."""
    table = abbreviations()
    words = re.findall(r"[A-Za-z0-9/-]+(?:'s\b)?|\S", query)  # a possessive stays on its word
    return " ".join(table.get(word.upper(), table.get(_singular(word), word)) for word in words)


def _singular(word: str) -> str:
    """An abbreviation written in capitals with a plural s ("UTIs", "TIAs") as its singular, upper
    case; other words unchanged."""
    return word[:-1] if word.endswith("s") and len(word) > 2 and word[:-1].isupper() else word


def _split(text: str) -> tuple[str, str]:
    """Essential wording, and the nonessential modifiers in (parentheses) and [brackets]."""
    optional = " ".join(_MODIFIER.findall(text))
    return _MODIFIER.sub(" ", text), optional


@dataclass
class _Index:
    codes: list[str]
    texts: list[str]
    kinds: list[str]
    core_weight: np.ndarray
    postings: dict[str, np.ndarray]
    extra_postings: dict[str, np.ndarray]
    idf: dict[str, float]


@cache
@on_disk("encoder-index", ("encoder.py", "icd10cm.py", "data/lay_terms.csv"), ("simple-icd-10-cm", "numpy"))
def _index() -> _Index:
    cm = icd10cm._cm()
    codes, texts, kinds, extras = [], [], [], []
    for code, description, _billable, _chapter, _block, parent in icd10cm._rows():
        base = description
        extra = ""
        if len(code) == 8 and parent is not None:
            base = icd10cm._rows()[icd10cm._positions()[parent]][1]
            extra = description[len(base) :]
        codes.append(code)
        texts.append(base)
        kinds.append("tabular")
        extras.append(extra)
        for kind, getter in (("inclusion term", cm.get_inclusion_term), ("includes", cm.get_includes)):
            for term in getter(code):
                codes.append(code)
                texts.append(term)
                kinds.append(kind)
                extras.append("")
    for term, code, kind in lay_terms():
        codes.append(icd10cm.normalize(code))
        texts.append(term)
        kinds.append(f"{kind} term")
        extras.append("")
    parts = [_split(text) for text in texts]
    core = [set(tokens(essential)) for essential, _ in parts]
    extra_sets = [
        set(tokens(f"{optional} {extra}")) - words
        for (_, optional), extra, words in zip(parts, extras, core, strict=True)
    ]
    frequency: dict[str, int] = {}
    for words in core:
        for word in words:
            frequency[word] = frequency.get(word, 0) + 1
    total = len(texts)
    idf = {word: math.log(1 + total / count) for word, count in frequency.items()}
    weight = np.array(
        [
            math.fsum(_FREE_WEIGHT if w in _FREE else idf[w] for w in words) or 1.0  # any order of the set
            for words in core
        ],
        dtype=np.float64,
    )
    return _Index(
        codes=codes,
        texts=texts,
        kinds=kinds,
        core_weight=weight,
        postings=_postings(core),
        extra_postings=_postings(extra_sets),
        idf=idf,
    )


def _postings(sets: list[set[str]]) -> dict[str, np.ndarray]:
    lists: dict[str, list[int]] = {}
    for doc, words in enumerate(sets):
        for word in words:
            lists.setdefault(word, []).append(doc)
    return {word: np.array(docs, dtype=np.int32) for word, docs in lists.items()}


def search(term: str, limit: int = 10) -> list[Candidate]:
    """Rank ICD-10-CM codes for a free-text ``term``: best first, at most ``limit``.

    Raises ValueError for an empty term or a limit below 1.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}.")
    words = list(dict.fromkeys(tokens(expand(term))))
    if not words:
        raise ValueError(f"{term!r} has no searchable words; type a condition, e.g. 'asthma'.")
    index = _index()
    weights = {w: max(index.idf.get(w, _UNKNOWN_WEIGHT), _FLOOR) for w in words}
    query_weight = sum(weights.values())
    core = np.zeros(len(index.texts))
    extra = np.zeros(len(index.texts))
    for word, weight in weights.items():
        if word in index.postings:
            core[index.postings[word]] += weight
        if word in index.extra_postings:
            extra[index.extra_postings[word]] += weight
    covered = np.minimum(core / index.core_weight, 1.0)
    scores = (core + extra) / query_weight * (0.5 + 0.5 * covered)
    if _WITHOUT in weights:
        lacking = np.ones(len(scores), dtype=bool)
        lacking[index.postings.get(_WITHOUT, [])] = False
        lacking[index.extra_postings.get(_WITHOUT, [])] = False
        scores[lacking] *= _WITHOUT_PENALTY
    pool = np.argpartition(-scores, min(_POOL, len(scores) - 1))[:_POOL]
    return _rank(index, pool[scores[pool] > 0], scores, set(words), limit)


def _rank(
    index: _Index, pool: np.ndarray, scores: np.ndarray, words: set[str], limit: int
) -> list[Candidate]:
    best: dict[str, tuple[float, str]] = {}
    for doc in pool.tolist():
        code = index.codes[doc]
        score = float(scores[doc]) + (0.02 if index.kinds[doc].endswith("term") else 0.0)
        if code not in best or score > best[code][0]:
            best[code] = (score, f"{index.kinds[doc]}: {index.texts[doc]}")
    ranked: dict[str, tuple[float, str]] = {}
    for code, (score, why) in sorted(best.items(), key=lambda item: (-item[1][0], item[0])):
        entry = icd10cm.lookup(code)
        stem = code[:-1] if len(code) == 8 else code
        if len(code) == 8 and any(c.startswith(stem) and len(c) == 8 for c in ranked):
            continue
        ranked.setdefault(code, (score, why))
        if not entry.billable:
            default = _default_code(code)
            ranked.setdefault(default, (score - 0.001, f"default code under {code}"))
        if len(ranked) >= limit * 3:
            break
    order = sorted(
        ranked.items(),
        key=lambda item: (-(item[1][0] + _BILLABLE_MARGIN * icd10cm.lookup(item[0]).billable), item[0]),
    )
    results = []
    for code, (score, why) in order[:limit]:
        entry = icd10cm.lookup(code)
        results.append(
            Candidate(code, entry.description, entry.billable, round(min(score, 1.0), 4), why)
        )
    return results


@cache
def _default_code(header: str) -> str:
    """The billable code a coder defaults to under ``header``: its 'unspecified' line.

    At each level take the child that adds only default words (unspecified, uncomplicated,
    without complications), preferring a final 9, until a billable code is reached.
    """
    code = header
    while not icd10cm.lookup(code).billable:
        above = set(tokens(icd10cm.lookup(code).description))

        def fit(child: str, above: set[str] = above) -> tuple[int, bool, str]:
            added = set(tokens(icd10cm.lookup(child).description)) - above
            return (len(added - _DEFAULT_WORDS), not child.endswith("9"), child)

        code = min(icd10cm.children(code), key=fit)
    return code



def encode(phrase: str, limit: int = 10, use_index: bool = True) -> list[Candidate]:
    """Billable codes for a documentation ``phrase``, the way a coder finds them: best first.

    Shorthand is written out (an abbreviation the course's tables do not know in the sense of
    ``data/clinical_abbreviations.csv`` whose codes score best; where the phrase finds nothing, one
    standing alone in each sense its words would have had to settle, and one no table knows as the names
    the books print whose initials it spells), the Alphabetic Index, External
    Cause Index, Table of Drugs and Neoplasm Table are walked (``course.index_search``), and each
    code is verified in the
    Tabular (the words its description shares with the phrase break near ties); each
    candidate's ``path`` names the Index path followed. The Tabular search
    (``search``) fills in where the books give nothing. ``use_index=False`` gives that search
    alone, on the expanded phrase and verified the same way, for comparison.

    The first ``_HITS`` codes are ranked from pools of fixed sizes and are the same at every ``limit`` up to
    ``_WIDER`` (``encode(phrase, 5) == encode(phrase, 50)[:5]``); more asked than the first pool holds come
    from a wider one after them. Raises ValueError for a limit below 1 or a phrase without searchable words.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}.")
    phrase, (ranked, each) = _reading(phrase, use_index)
    ordered = _each_condition(ranked, each)
    head = _with_siblings(ordered[:_HITS], _HITS)
    if len(head) < _HITS:  # fewer than the pool and its siblings give: a wider pool's next
        head += _more(phrase, _WIDER, use_index, head)[: _HITS - len(head)]
    if limit <= _HITS:
        return head[:limit]
    tail = [candidate for candidate in ordered[_HITS:] if candidate not in head]
    if len(head) + len(tail) < limit:  # more asked than the pool holds: the wider pool's after
        tail += _more(phrase, limit, use_index, [*head, *tail])
    return _with_siblings([*head, *tail][:limit], limit)


def _more(phrase: str, pool: int, use_index: bool, shown: list[Candidate]) -> list[Candidate]:
    """The candidates of a pool of ``pool`` hits for ``phrase`` that ``shown`` does not hold, best first."""
    codes = {candidate.code for candidate in shown}
    return [candidate for candidate in _ranked(phrase, pool, use_index)[0] if candidate.code not in codes]


def _reading(phrase: str, use_index: bool) -> tuple[str, tuple[list[Candidate], list[str]]]:
    """``phrase`` with each abbreviation the course's tables do not know read in the sense whose codes
    score best (``shorthand.unknown_abbreviations``: JRA, juvenile rheumatoid arthritis), and its
    candidates; the phrase as written where no sense scores above it. A sense of a two-letter
    abbreviation counts only where its best code also says another word of the phrase (relapsing-remitting
    MS: multiple sclerosis, G35.A). Where the phrase's other words find codes, an abbreviation no table
    knows and the Index does not print is read as the names the books print whose initials it spells
    (``shorthand.book_initialisms``), a name counting only where its best code says another word of the
    phrase, if it has others (MCAS, idiopathic: idiopathic mast cell activation syndrome D89.42)."""
    from course import index_search, shorthand

    found = _tried(phrase, use_index)
    unknown = [(token, meanings, len(token) <= _SHORT, False)  # (token, senses, context needed, alone enough)
               for token, meanings in shorthand.unknown_abbreviations(phrase)]
    if found is not None and found[0]:  # its other words find codes: an initialism's names compete with them
        unknown += [(token, names, True, True) for token, names in shorthand.book_initialisms(phrase)
                    if not index_search.printed(token)]
    if not unknown:
        return (phrase, found) if found is not None and found[0] else _spelt_out(phrase, found, use_index)
    best = phrase
    for token, meanings, needed, alone in unknown:
        base, written = best, shorthand.standing_alone(token)  # as the earlier ones left it
        context = set(tokens(written.sub(" ", base)))
        for meaning in meanings:
            tried = _tried(reading := written.sub(meaning, base), use_index)
            fits = tried is not None and _top(tried) > _top(found) and (
                not needed or _says(tried, context - set(tokens(meaning))) or alone and not context)
            if fits:
                best, found = reading, tried
    return (best, found) if found is not None and found[0] else _spelt_out(phrase, found, use_index)


def _spelt_out(phrase: str, found: tuple[list[Candidate], list[str]] | None,
               use_index: bool) -> tuple[str, tuple[list[Candidate], list[str]]]:
    """Where ``phrase`` finds nothing, its abbreviations standing alone read in each sense its words would
    have had to settle (``shorthand.every_sense``: ED, erectile dysfunction; PD, Parkinson's disease or
    peritoneal dialysis), and those no table knows as the names the books print whose initials they spell
    (``shorthand.book_initialisms``: SCLE, subacute cutaneous lupus erythematosus): the name whose best code
    scores highest kept, and the best code of each other name next, by score, before the kept name's others
    (TOS: transplanted organ sloughing, then thoracic outlet syndrome); the phrase as written (its
    candidates ``found``) where none finds a code."""
    from course import shorthand

    best, others = phrase, []
    readings = [(token, names, _SENSE) for token, names in shorthand.every_sense(phrase)]
    readings += [(token, names, _INITIALS) for token, names in shorthand.book_initialisms(phrase)]
    for token, names, how in readings:
        base, written = best, shorthand.standing_alone(token)
        for name in names:
            tried = _tried(reading := written.sub(name, base), use_index)
            if tried is not None and tried[0]:
                tried = ([_guessed(candidate, f"{token} {how} {name}") for candidate in tried[0]], tried[1])
                others.append(tried[0][0])
                if _top(tried) > _top(found):
                    best, found = reading, tried
    if found is None:
        return phrase, _ranked(phrase, _HITS, use_index)
    ranked = found[0][:1]
    for candidate in [*sorted(others, key=lambda other: -other.score), *found[0][1:]]:
        if candidate.code not in {shown.code for shown in ranked}:
            ranked.append(candidate)
    return best, (ranked, found[1])


def _guessed(candidate: Candidate, guess: str) -> Candidate:
    """``candidate`` with its reason saying first how an abbreviation was read (``guess``: "TOS guessed as
    the initials of thoracic outlet syndrome", "ED read, standing alone, as erectile dysfunction")."""
    return replace(candidate, why=f"{guess}; {candidate.why}")


_INITIALS = "guessed as the initials of"
_SENSE = "read, standing alone, as"


def _tried(phrase: str, use_index: bool) -> tuple[list[Candidate], list[str]] | None:
    """``_ranked`` for ``phrase``, None where it has no searchable words."""
    try:
        return _ranked(phrase, _HITS, use_index)
    except ValueError:
        return None


def _top(found: tuple[list[Candidate], list[str]] | None) -> float:
    """The best score of a phrase's candidates (none: below any)."""
    return found[0][0].score if found and found[0] else -math.inf


def _says(found: tuple[list[Candidate], list[str]], words: set[str]) -> bool:
    """True when the best candidate's Index path or Tabular title says one of ``words``."""
    best = found[0][0] if found[0] else None
    return best is not None and bool(words & set(tokens(f"{best.description} {' '.join(best.path)}")))


def _with_siblings(shown: list[Candidate], limit: int) -> list[Candidate]:
    """``shown``, and where it holds fewer than ``limit`` codes, the billable codes under the same
    Tabular parent as each of them after them, the first one's first (the unspecified code, the
    other side or episode of care a coder checks next: EBV mononucleosis B27.90, then B27.91 ...)."""
    codes = {candidate.code for candidate in shown}
    more: list[Candidate] = []
    for candidate in shown:
        parent = icd10cm.lookup(candidate.code).parent
        for code in icd10cm.children(parent) if parent else ():
            if len(shown) + len(more) >= limit:
                return [*shown, *more]
            entry = icd10cm.lookup(code)
            if entry.billable and code not in codes:
                codes.add(code)
                more.append(Candidate(code, entry.description, True, 0.0, f"next to {candidate.code}"))
    return [*shown, *more]


def _ranked(phrase: str, pool: int, use_index: bool) -> tuple[list[Candidate], list[str]]:
    """Every candidate for ``phrase``, best first, from the books' and the Tabular search's best
    ``pool`` hits; and the best code of each condition it names."""
    from course import index_search, shorthand

    text = shorthand.expand(phrase)
    sides = {side for side in _SIDES if re.search(rf"\b{side}\b", text, re.IGNORECASE)}
    scored: dict[str, tuple[float, str, tuple[str, ...]]] = {}
    each: list[str] = []  # the best code for each condition of a phrase that names two
    if use_index:
        for hit in index_search.search(phrase, limit=pool + 5):
            why = f"{hit.book}: {' > '.join(hit.path)} -> {hit.printed}"
            scored.setdefault(hit.code, (hit.score + _INDEX_BONUS, why, hit.path))
            if hit.code.startswith(_OCCASIONS):  # the activity and place are reported with the injury
                each.append(hit.code)
        listed = _conditions(text)
        for part in listed:  # each of two conditions looked up on its own as well
            found_alone = index_search.search(part, limit=3)
            conditions = [hit for hit in found_alone if not hit.code.startswith(_CAUSES)]
            for rank, hit in enumerate(conditions):  # an external cause is no condition ("cut with a knife")
                why = f"{hit.book}: {' > '.join(hit.path)} -> {hit.printed} (for {part!r})"
                alone = hit.score * _PART_SHARE + _INDEX_BONUS
                best_alone = rank == 0 and len(listed) > 2 and alone > scored.get(hit.code, (alone,))[0]
                if hit.code not in scored or best_alone:  # in a list of three, each condition's best alone
                    scored[hit.code] = (alone, why, hit.path)
                if rank == 0 and hit.score >= _PART_FOUND:  # a part the Index holds is a condition
                    each.append(hit.code)
    try:
        found = search(text, limit=pool * 2)
    except ValueError:  # no searchable words: an error unless the books read the phrase
        if not scored:
            raise
        found = []
    for candidate in found:
        if candidate.billable:
            # the course's own index of lay terms, taken as the coder's Index when it names the phrase
            curated = candidate.why.startswith(("lay term", "index term")) and candidate.score >= _EXACT
            code = _episode(candidate.code, text)
            score = candidate.score + _CURATED_BONUS * curated
            if code not in scored:
                scored[code] = (score, candidate.why, ())
            elif score > scored[code][0]:  # the better score, the Index path kept
                scored[code] = (score, *scored[code][1:])
    ranked = []
    asked = set(tokens(text))
    affirmed = set(tokens(_NON_WORD.sub(" ", text)))  # the words said, not those said with non-
    joined = frozenset(tokens(text.replace("-", "")))  # "pre-procedural" as the Tabular's "preprocedural"
    parts = [set(tokens(part)) for part in _conditions(text)]
    absent = index_search.said_absent(text)
    intended = bool(_INTENDED.search(text))
    for code, (score, why, path) in scored.items():
        if len(parts) > 2 and "(for " not in why:  # one code for three conditions: I13.0 for HTN, CKD and CHF
            score += _COMBINED * max(0, _held(parts, path) - 1)
        description = icd10cm.lookup(code).description
        said = set(tokens(description))
        score += _AGREEMENT * len(asked & said) / (len(asked | said) or 1)  # read in the Tabular
        named = {side for side in _SIDES if re.search(rf"\b{side}\b", description, re.IGNORECASE)}
        if _HISTORY & asked and not code.startswith(_FACTORS) and not _LEFT_BY.search(description):
            named = set()  # a history has no side: the condition's sided code gains nothing by it (h/o
            # DVT LLE: Z86.718, not I82.402); a deficit left by it does (hx of CVA w/ R hemiparesis)
        if sides and named:
            score += _SIDE_BONUS if named <= sides else -_SIDE_PENALTY
        elif sides and _sided_siblings(code):  # a code with sides the phrase could have had
            score -= _SIDE_BONUS
        if _HISTORY & asked and _has_episode(code):  # a history or status is no injury or external cause
            score *= _EPISODE_IN_HISTORY
        score += _ROLE_WEIGHT * _roles(description, text)
        score += _INCLUDED_BONUS * names_inclusion(code, joined, nos_only=True)
        score -= _UNSAID_PENALTY * bool(_unsaid(description) - asked)
        score -= _UNSAID_PENALTY * bool(_defaulted(description) & affirmed)  # "not specified as traumatic"
        score -= _UNSAID_PENALTY * _other_age(said, asked)  # a child's examination is no adult's
        if absent & index_search.affirmed(code):  # "no obstruction": not K41.00, with obstruction
            score *= _ABSENT_FACTOR
        if intended and _ACCIDENTAL.search(description):  # self-inflicted: not Accidental discharge W34.00
            score *= _ABSENT_FACTOR
        ranked.append(Candidate(code, description, True, round(score, 4), why, path))
    ranked.sort(key=lambda c: (-c.score, c.code))
    if "bilateral" in sides and ranked:
        ranked = _both_sides(ranked)
    if _SEPSIS.search(text) and not _HISTORY & asked and ranked and not ranked[0].code.startswith(_FACTORS):
        ranked = _sepsis_first(ranked)  # a sepsis of now, not a history or a follow-up
    return _cause_first(_exposure_first(_sequence(ranked, asked), text), text, each), each


def names_inclusion(code: str, said: frozenset[str], nos_only: bool = False) -> bool:
    """True when the phrase names an inclusion term of ``code`` (of two words or more, "NOS" and
    "encounter for" left out; an NOS term by those words alone), or of the code whose description
    a combination code's "with" part repeats: "Stable angina" is an inclusion term of I20.89,
    Other forms of angina pectoris, so CAD with stable angina is I25.118, "... with other forms of
    angina pectoris"; "preprocedural examination NOS" is Z01.818's. ``nos_only``: NOS terms alone,
    as a candidate's rank reads them (where a phrase names a term another code's title covers,
    as distal interphalangeal osteoarthritis M15.1 against M19.04-, the title decides)."""
    return any(terms <= said and (not nos or said <= terms) for terms, nos in _inclusions(code)
               if nos or not nos_only)


@cache
def _inclusions(code: str) -> tuple[frozenset[str], ...]:
    """The words of the inclusion terms of ``code`` and of the code its "with" part names, each
    with whether it is an NOS term (named only by a phrase that says no more)."""
    from course import conventions

    codes = [code]
    head, _, tail = icd10cm.lookup(code).description.rpartition(" with ")
    if head and (named := _by_description().get(tail.casefold())):
        codes.append(named)
    terms = [term.replace("-", "") for c in codes for term in conventions.own_note(c, "inclusion_term")]
    return tuple((words, bool(_NOS.search(term))) for term in terms
                 if len(words := frozenset(tokens(_INCLUSION_NOISE.sub(" ", term)))) > 1)


@cache
def _by_description() -> dict[str, str]:
    """Billable codes by their description, lower case."""
    return {entry[1].casefold(): entry[0] for entry in icd10cm._rows() if entry[2]}


def _cause_first(ranked: list[Candidate], text: str, each: list[str]) -> list[Candidate]:
    """For "A due to B" where the best code is A's unspecified one and B's best code is in the
    same Tabular block, B's code first: the named cause is the more specific diagnosis of the
    same organ (hypothyroidism due to Hashimoto's: E06.3, autoimmune thyroiditis, not E03.9)."""
    if not ranked or len(each) < 2 or not _DUE_TO.search(text):
        return ranked
    best, cause = ranked[0], each[-1]
    effect = icd10cm.lookup(best.code)
    if best.code != each[0] or cause == best.code or _UNSPECIFIED not in effect.description.lower():
        return ranked
    found = next((c for c in ranked if c.code == cause), None)
    if found is None or icd10cm.lookup(cause).block != effect.block:
        return ranked
    return [found, *(c for c in ranked if c is not found)]


def _exposure_first(ranked: list[Candidate], text: str) -> list[Candidate]:
    """Where the phrase says an exposure to what it names (exposure to, exposed to, contact with), the
    Index's Exposure (to) or Contact (with) factor first among the leading candidates, before the
    condition the patient was exposed to (exposure to HIV: Z20.6, not B20)."""
    if not _EXPOSED.search(text) or not ranked or ranked[0].path[:1] in _EXPOSURE_ENTRIES:
        return ranked
    for other in ranked[1:_SEQUENCED]:
        if (other.code.startswith(_FACTORS) and other.path[:1] in _EXPOSURE_ENTRIES
                and other.score >= _SEQUENCE_SHARE * ranked[0].score):
            return [other, *(c for c in ranked if c is not other)]
    return ranked


_EXPOSED = re.compile(r"\b(?:exposure to|exposed to|contact (?:with|w/))\b", re.IGNORECASE)
_EXPOSURE_ENTRIES = (("Exposure",), ("Contact",))


def _sepsis_first(ranked: list[Candidate]) -> list[Candidate]:
    """For a phrase that names sepsis, the best code that is a sepsis first, as the guidelines
    sequence the systemic infection before the localized one (I.C.1.d.4: sepsis due to UTI A41.9,
    then N39.0); a severe sepsis or septic shock (R65.2-) is never first ("code first underlying
    infection"), and where no sepsis code is among the candidates, the Index's Sepsis (A41.9)."""
    from course import index_search

    found = next((c for c in ranked[:_SEQUENCED]
                  if _SEPTIC.search(c.description) and not c.code.startswith(_SEVERE)), None)
    if found is None:
        hit = next(iter(index_search.search(_SEPSIS_TERM, limit=1)), None)
        if hit is None:
            return ranked
        why = f"{hit.book}: {' > '.join(hit.path)} -> {hit.printed}"
        description = icd10cm.lookup(hit.code).description
        found = Candidate(hit.code, description, True, ranked[0].score, why, hit.path)
    return [found, *(c for c in ranked if c.code != found.code)]


def _each_condition(ranked: list[Candidate], each: list[str]) -> list[Candidate]:
    """``ranked`` with the best code of each condition a phrase names that is not among the first ``_HITS``
    right after the first, the others after them: a coder reports both ("AKI due to dehydration": N17.9,
    E86.0)."""
    missing = [c for c in ranked[_HITS:] if c.code in each]
    if not missing:
        return ranked
    return [ranked[0], *missing, *(c for c in ranked[1:] if c not in missing)]


_SEPSIS_TERM = "sepsis"
_SEPSIS = re.compile(r"\b(?:sepsis|septicemia|septic shock)\b", re.IGNORECASE)  # not septic arthritis
_SEPTIC = re.compile(r"\bsepsis\b", re.IGNORECASE)  # a description that names sepsis
_SEVERE = "R65.2"  # severe sepsis, septic shock: the underlying infection is coded first
_JOINED = re.compile(r"\b(?:and|with|due to)\b", re.IGNORECASE)
_LISTED = re.compile(r"\b(?:and|with)\b|,", re.IGNORECASE)  # a list of conditions: "DM2, HTN and HLD"
_LIST_END = re.compile(r",[^,]*\band\b", re.IGNORECASE)
_CAUSES = ("V", "W", "X", "Y")  # the External Cause Index's chapter
_OCCASIONS = ("Y92", "Y93")  # place of occurrence, activity
_PART_SHARE = 0.6  # a condition looked up alone ranks below the phrase's combination codes
_PART_FOUND = 0.5  # a part whose best path holds less of it is no condition of its own: "COPD with acute
# exacerbation" names one (Acute, gallbladder K81.0 holds only "acute")
_COMBINED = 0.15  # for each more condition of three or more that one Index path holds
_COLLISION = "collision"
_ACCIDENT = frozenset(tokens("injured in with accident traffic initial encounter"))
_ROLE_WEIGHT = 0.05  # per word of agreement on who was injured and what they collided with
_MUST_BE_SAID = frozenset(tokens("nontraffic electric assisted congenital newborn neonatal perinatal "
                                 "puerperal pregnancy maternal fetal fetus multiple recurrent rotator"))
_UNSAID_PENALTY = 0.1
_ABSENT_FACTOR = 0.5  # a code naming what the phrase says is absent, marked down as the Index marks its path
_INTENDED = re.compile(r"\b(?:suicid\w*|self[- ]harm|self[- ]inflicted|(?<!un)intentional\w*|assault\w*|"
                       r"homicid\w*)\b", re.IGNORECASE)  # an intent said, which an accidental code's denies
_ACCIDENTAL = re.compile(r"\baccidental\b", re.IGNORECASE)
_NON_WORD = re.compile(r"\bnon-?(\w+)", re.IGNORECASE)  # "nontraumatic", "non-Hodgkin": not that one
_AGES = (frozenset(tokens("adult")), frozenset(tokens("child children pediatric infant")))
_INCLUDED_BONUS = 0.1
_INCLUSION_NOISE = re.compile(r"\bNOS\b|\bEncounter for\b")
_NOS = re.compile(r"\bNOS\b")
_DUE_TO = re.compile(r"\bdue to\b", re.IGNORECASE)  # "secondary to", "2/2", "d/t" are written so
_UNSPECIFIED = "unspecified"
_RESIDUAL = frozenset(tokens("residual sequela sequelae late effect following old history"))
_SEQUELA = re.compile(r"\b(?:sequela|sequelae|following)\b")  # an Excludes1 note that sends a sequela away
_NOT_SPECIFIED = re.compile(r"\bnot specified as \w+", re.IGNORECASE)  # the default, not a qualifier


def _conditions(text: str) -> list[str]:
    """The parts of a phrase that names two conditions or more ("COPD and pneumonia", "DM2 with
    hyperlipidemia", a list "DM2, HTN and HLD"), each with words of its own; none for a phrase of
    one."""
    joined = _LISTED if _LIST_END.search(text) else _JOINED
    parts = [part.strip(" ,") for part in joined.split(text)]
    parts = [part for part in parts if tokens(part)]
    return parts if len(parts) > 1 else []


def _held(parts: list[set[str]], path: tuple[str, ...]) -> int:
    """How many of a phrase's conditions an Index path holds at least half the words of."""
    printed = set(tokens(" ".join(path)))
    return sum(2 * len(part & printed) >= len(part) for part in parts)


def _roles(description: str, text: str) -> int:
    """For a transport accident, whether the phrase and the code agree on who was injured and
    what they collided with: the words before and after "collision" in each ("pedal cycle driver
    collision with car": V13.4, not the car driver's V41.5); 0 when either has no collision."""
    said, printed = text.lower().split(_COLLISION, 1), description.lower().split(_COLLISION, 1)
    if len(said) < 2 or len(printed) < 2:
        return 0
    (victim, other), (injured, against) = ([set(tokens(part)) - _ACCIDENT for part in pair]
                                           for pair in (said, printed))
    return (len(victim & injured - against) + len(other & against - injured)
            - len(victim & against - injured) - len(other & injured - against))


def _other_age(said: set[str], asked: set[str]) -> bool:
    """True when a code's description names one age group (adult) and the phrase the other (child,
    pediatric, infant): routine child health examination is Z00.129, not Z00.00 (adult)."""
    return any(own & said and other & asked for own, other in (_AGES, _AGES[::-1]))


def _unsaid(description: str) -> set[str]:
    """The qualifiers of a code that a phrase must say to get it (nontraffic; an electric bicycle;
    multiple fractures, a recurrent hernia), "not specified as recurrent" being no qualifier."""
    return set(tokens(_NOT_SPECIFIED.sub(" ", description))) & _MUST_BE_SAID


def _defaulted(description: str) -> set[str]:
    """The words a description's "not specified as ..." or "non-" says are not its case: a phrase
    that says them wants the code that names them (traumatic rotator cuff tear: S46.01-, not M75.1-,
    "not specified as traumatic"; hx of Hodgkin lymphoma: Z85.71, not Z85.72, non-Hodgkin)."""
    said = {w for found in _NOT_SPECIFIED.findall(description) for w in tokens(found)[2:]}
    return said | {w for found in _NON_WORD.findall(description) for w in tokens(found)}


@cache
def _sided_siblings(code: str) -> bool:
    """True when a code under the same parent names a side (H10.9 has none: no side is missing)."""
    parent = icd10cm.lookup(code).parent
    return parent is not None and any(
        re.search(r"\b(?:right|left|bilateral)\b", icd10cm.lookup(c).description, re.IGNORECASE)
        for c in icd10cm.children(parent))


def _both_sides(ranked: list[Candidate]) -> list[Candidate]:
    """For a bilateral phrase whose best code is a right-side one (the Tabular has no bilateral
    code), its left-side twin right after it: a coder reports both sides (M25.561, M25.562)."""
    best = ranked[0]
    if not re.search(r"\bright\b", best.description) or "bilateral" in best.description:
        return ranked
    wanted = re.sub(r"\bright\b", "left", best.description)
    parent = icd10cm.lookup(best.code).parent
    twin = next((code for code in icd10cm.children(parent)
                 if icd10cm.lookup(code).description == wanted), None)
    if twin is None:
        return ranked
    left = Candidate(twin, wanted, True, best.score, best.why, best.path)
    return [best, left, *(c for c in ranked[1:] if c.code != twin)]


def _sequence(ranked: list[Candidate], asked: set[str]) -> list[Candidate]:
    """The leading candidates in the order the Tabular's notes give: a code that the best one
    says to "code first", or whose "use additional code" names the best one, goes before it
    (COVID-19 U07.1 before its pneumonia J12.82; I12.9 before the CKD stage N18.30); an
    infectious agent (B95-B97, supplementary codes, as their block's note says) goes after the
    condition it caused (sinusitis due to strep pneumo: J32.9, then B95.3)."""
    if not ranked:
        return ranked
    best = ranked[0]
    for other in ranked[1:_SEQUENCED]:
        if other.score >= _SEQUENCE_SHARE * best.score and (
            _directs(best.code, "code_first", other.code, asked)
            or _directs(other.code, "use_additional_code", best.code, asked)
            or _adds(other.code, best.code)
            or _excluded_by(best.code, other.code, asked)
            or _excluded_for(best, other, asked)
            or best.code.startswith(_AGENTS) and not other.code.startswith(_AGENTS + (_FACTORS,))
        ):
            return [other, *(c for c in ranked if c is not other)]
    return ranked


def _directs(code: str, kind: str, other: str, asked: set[str]) -> bool:
    """True when a note of ``kind`` on ``code`` itself or its category (not its block or chapter)
    names the billable code ``other`` by itself (a range such as "I12.-" leaves the choice open)
    for a condition the phrase names ("COVID-19 (U07.1)"; not "rheumatic heart failure (I09.81)"
    for CHF)."""
    return any(_covers(named, other, asked) and words <= asked for named, words in _named_by(code, kind))


def _excluded_by(code: str, other: str, asked: set[str]) -> bool:
    """True when an Excludes1 note on ``code`` or its category sends a condition's sequela to
    ``other``, a code the phrase also leads to, and the phrase names the condition as a residual
    one: hemiparesis after a CVA is reported with I69.35-, as G81's Excludes1 "hemiplegia and
    hemiparesis due to sequela of cerebrovascular disease (I69.35-)" says, not with G81.91."""
    return bool(_RESIDUAL & asked) and any(_SEQUELA.search(text) for text in _excludes_to(code, other))


def _excluded_for(best: Candidate, other: Candidate, asked: set[str]) -> bool:
    """True when an Excludes1 note on ``best``'s code or its category sends to ``other`` what the phrase says
    in a word of the note that ``other``'s title and Index path say, and ``best``'s title and path do not,
    ``other``'s path saying nothing unsaid: Z93's "artificial openings requiring attention or management
    (Z43.-)" puts attention to a tracheostomy, Z43.0, before its status, Z93.0."""
    path = set(tokens(" ".join(other.path)))
    told = {word for word in asked & path & set(tokens(other.description)) if word.isalpha()}
    told -= set(tokens(f"{best.description} {' '.join(best.path)}"))
    return bool(told) and path <= asked and any(
        told & _note_words(text) for text in _excludes_to(best.code, other.code))


def _excludes_to(code: str, other: str) -> list[str]:
    """The lines of the Excludes1 notes on ``code`` or its category whose references take in ``other``."""
    from course import conventions

    return [text for text in _notes_at(code, "excludes1")
            if any(conventions.in_range(other, first, last) for first, last in conventions.references(text))]


def _note_words(text: str) -> frozenset[str]:
    """The words of a note's line, the codes it refers to in parentheses left out."""
    return frozenset(tokens(_PARENTHESES.sub(" ", text)))


_PARENTHESES = re.compile(r"\([^)]*\)")


def _adds(code: str, other: str) -> bool:
    """True when ``other`` is a factor influencing health status (a Z code) that a "use additional
    code" note on ``code`` or its category asks for by a range: it is reported after ``code``
    (obesity E66.01, then the BMI Z68.42 its note names: "(Z68.1-Z68.45)")."""
    from course import conventions

    return other.startswith(_FACTORS) and any(first != last and conventions.in_range(other, first, last)
               for first, last in _ranges_named(code, "use_additional_code"))


@cache
def _ranges_named(code: str, kind: str) -> tuple[tuple[str, str], ...]:
    """The code ranges a ``kind`` note on ``code`` or its category names."""
    from course import conventions

    return tuple(span for text in _notes_at(code, kind) for span in conventions.references(text))


def _notes_at(code: str, kind: str) -> list[str]:
    """The lines of the ``kind`` notes printed at ``code`` and at each code above it, up to its
    category (not its block or chapter)."""
    from course import conventions

    return [text for source in (code, *icd10cm.ancestors(code))
            for text in conventions.own_note(source, kind)]


def _covers(named: str, code: str, asked: set[str]) -> bool:
    """True when a note names ``code``, or a category under which the phrase's words lead to it
    in the Tabular ("I12.-" and stage 3: I12.9, not I12.0)."""
    from course import index_search

    if code == named:
        return True
    return (len(named) == 3 and code.startswith(named)
            and index_search.verify(named, sorted(asked), None) == code)


@cache
def _named_by(code: str, kind: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(code named, words of the note) for each single code a ``kind`` note on ``code`` or its
    category names (read straight from the Tabular: ``conventions.instructions`` builds a table)."""
    from course import conventions

    named = []
    for text in _notes_at(code, kind):
        words = _note_words(text)
        named.extend((first, words) for first, last in conventions.references(text) if first == last)
    return tuple(named)


def _has_episode(code: str) -> bool:
    """True for a code whose 7th character is an episode of care (S80.01XD; not Z86.0100)."""
    from course import index_search

    return len(code) == 8 and bool(index_search._meanings(icd10cm.lookup(code).parent))


def _episode(code: str, text: str) -> str:
    """A 7th-character code found by the Tabular search, with the 7th character the phrase names
    (initial encounter A when it names none), as in the Index route."""
    from course import index_search

    if len(code) != 8:
        return code
    asked = index_search.query(text)
    return index_search.verify(icd10cm.lookup(code).parent, list(asked.words), asked.episode) or code
