"""The two-step lookup a coder does: find the term in the Index or a table, then verify the code
in the Tabular List.

- ``walk("History", "personal", "malignant neoplasm", "breast")``: the Alphabetic Index, main
  term then subterms; "see" references are followed, nonessential modifiers shown.
- ``drug("Acetaminophen", intent="accidental", encounter="A")``: the Table of Drugs and
  Chemicals by substance and intent, with the 7th character.
- ``neoplasm("liver", behaviour="secondary")``: the Neoplasm Table by site and behaviour.
- ``external_cause("Slipping", "on", "ice", encounter="A")``: the External Cause Index.
- ``pcs("Appendectomy")``: the ICD-10-PCS Index, each reference with its root operation's
  definition from the PCS Definitions.
- ``follow("index", "Pain, abdominal")``: the entry a "see" or "see also" reference leads to.

Each answer (a ``Lookup``) names the path it followed and the Tabular notes that apply to the
code it reaches ("code first", "code also", "use additional code", Excludes1), which is also
how the second code of a dual-code entry is found (``second_codes``). The books are FY2025
with codes checked against the FY2026 Tabular List (``course.books``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from course import books, icd10cm
from course.books import Entry
from course.disk_cache import on_disk

INTENTS: dict[str, str] = {
    "accidental": "accidental",
    "unintentional": "accidental",
    "intentional self-harm": "self_harm",
    "self-harm": "self_harm",
    "self_harm": "self_harm",
    "suicide attempt": "self_harm",
    "assault": "assault",
    "undetermined": "undetermined",
    "adverse effect": "adverse_effect",
    "adverse_effect": "adverse_effect",
    "underdosing": "underdosing",
}
"""Words for a Table of Drugs column, mapped to the column (``books.DRUG_COLUMNS``)."""

BEHAVIOURS: dict[str, str] = {
    "primary": "primary",
    "malignant": "primary",
    "malignant primary": "primary",
    "secondary": "secondary",
    "malignant secondary": "secondary",
    "metastatic": "secondary",
    "in situ": "in_situ",
    "in_situ": "in_situ",
    "ca in situ": "in_situ",
    "benign": "benign",
    "uncertain": "uncertain",
    "uncertain behavior": "uncertain",
    "uncertain behaviour": "uncertain",
    "unspecified": "unspecified",
    "unspecified behavior": "unspecified",
    "unspecified behaviour": "unspecified",
}
"""Words for a Neoplasm Table column, mapped to the column (``books.NEOPLASM_COLUMNS``)."""

NOTE_KINDS = ("code_first", "code_also", "use_additional_code", "excludes1")
_PARENS = re.compile(r"\([^()]*\)")
_CONNECTOR_LEVELS = frozenset(("with", "without", "in"))
_MAX_SEE = 4


class NotInIndexError(LookupError):
    """A term, subterm or reference that the book does not have, or an entry without a code."""


@dataclass(frozen=True)
class Note:
    """A Tabular instruction that applies to a code: where it is written, its kind, its text."""

    source: str
    kind: str
    text: str


@dataclass(frozen=True)
class Lookup:
    """The answer of one lookup in a book.

    ``code`` is what the book gives, checked against FY2026 (a final "-": more characters
    needed); ``billable`` is the complete code once verified in the Tabular (the 7th character
    added when one was asked for), or None when the coder still has to choose; ``path`` the
    terms followed, "see" references included; ``modifiers`` the nonessential modifiers met.
    """

    book: str
    path: tuple[str, ...]
    code: str
    billable: str | None
    description: str
    modifiers: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()

    def __str__(self) -> str:
        return f"{' > '.join(self.path)}: {self.billable or self.code} ({self.description})"


def _plain(term: str) -> str:
    """A term without its modifiers, in one case, hyphens as spaces ("knee-joint" = "knee joint")."""
    return " ".join(_PARENS.sub(" ", term).replace("-", " ").split()).casefold()


def _forms(term: str) -> set[str]:
    """The ways a printed term can be asked for: whole, without modifiers, each comma variant."""
    plain = _plain(term)
    forms = {term.casefold(), plain}
    if "," in plain:
        parts = [part.strip() for part in plain.split(",")]
        forms.update(parts)
    return forms


def _named(book: str) -> dict[tuple[int | None, str], tuple[int, ...]]:
    """(parent, form) -> the entries under that parent that the form names, in the book's order."""
    return _all_named()[book]


@cache
@on_disk("books-named", ("index.py", "books.py", *(f"data/{name}" for name in books.BOOKS.values())))
def _all_named() -> dict[str, dict[tuple[int | None, str], tuple[int, ...]]]:
    """``_named`` of every book (half a second to build, so kept on disk)."""
    named = {}
    for book in books.BOOKS:
        found: dict[tuple[int | None, str], list[int]] = {}
        for entry in books.entries(book):
            for form in _forms(entry.term):
                found.setdefault((entry.parent, form), []).append(entry.number)
        named[book] = {key: tuple(value) for key, value in found.items()}
    return named


def _match(book: str, under: int | None, term: str) -> list[Entry]:
    """The entries under ``under`` that ``term`` names: whole-term matches first, then variants."""
    wanted = _plain(term)
    rows = books.entries(book)
    found = [rows[i] for i in _named(book).get((under, wanted), ())]
    return sorted(found, key=lambda e: _plain(e.term) != wanted)


def find(book: str, *terms: str) -> Entry:
    """The entry reached from main term ``terms[0]`` through the subterms ``terms[1:]`` of ``book``.

    Where a main term appears twice the first that holds the whole path is taken. Raises
    NotInIndexError naming the subterms there are when a step is missing.
    """
    if not terms:
        raise ValueError("Give a main term, then any subterms.")
    paths: list[Entry] = []
    for start in _match(book, None, terms[0]):
        entry, ok = start, True
        for term in terms[1:]:
            found = _match(book, entry.number, term)
            if not found:
                ok = False
                break
            entry = found[0]
        if ok:
            return entry
        paths.append(start)
    if not paths:
        raise NotInIndexError(f"{terms[0]!r} is not a main term of the {books.TITLES[book]}.")
    raise NotInIndexError(_missing(book, paths[0], terms))


def _missing(book: str, start: Entry, terms: tuple[str, ...]) -> str:
    entry = start
    for depth, term in enumerate(terms[1:], 1):
        found = _match(book, entry.number, term)
        if not found:
            offered = subterms(book, *terms[:depth])
            return (f"{' > '.join(terms[:depth])} has no subterm {term!r} in the {books.TITLES[book]}; "
                    f"its subterms: {', '.join(offered[:15])}{' ...' if len(offered) > 15 else ''}.")
        entry = found[0]
    return f"{' > '.join(terms)} is not in the {books.TITLES[book]}."


def subterms(book: str, *terms: str) -> list[str]:
    """The subterms directly under ``terms`` (the main terms when none is given)."""
    under = find(book, *terms).number if terms else None
    rows = books.entries(book)
    return [rows[i].term for i in books.children(book).get(under, ())]


@cache
def notes(code: str) -> tuple[Note, ...]:
    """The Tabular's "code first", "code also", "use additional code" and Excludes1 notes that
    apply to ``code`` (or to the header of a code ending in "-"), from the code up to its chapter."""
    from course import conventions

    frame = conventions.instructions(code.rstrip("-").rstrip("."), kinds=NOTE_KINDS)
    return tuple(Note(row.source, row.kind, row.text) for row in frame.itertuples())


def second_codes(found: Lookup) -> list[tuple[str, str, str]]:
    """The codes the Tabular's "code first", "code also" and "use additional code" notes name for
    the code ``found`` reached, as (kind, code, note): the second code of a dual-code entry.

    A code that needs more characters is written with "-" (F02.81-); the coder still reads the
    note to choose whether it applies.
    """
    from course import conventions

    named = []
    for note in found.notes:
        if note.kind == "excludes1":
            continue
        for first, last in conventions.references(note.text):
            for code in dict.fromkeys((first, last)):
                shown = code if icd10cm.lookup(code).billable else f"{code}-"
                named.append((note.kind, shown, note.text))
    return list(dict.fromkeys(named))


def complete(code: str, encounter: str | None = None) -> str | None:
    """The billable code for a book's ``code``: itself when billable, with the 7th character
    ``encounter`` (and placeholder X) when it takes one; None while the coder must still choose."""
    from course import conventions

    if not code or code.endswith("-"):
        return None
    entry = icd10cm.lookup(code)
    if entry.billable:
        return entry.code
    if encounter and conventions.seventh_characters(entry.code):
        return conventions.add_seventh_character(entry.code, encounter)
    return None


def _answer(book: str, path: list[str], modifiers: list[str], code: str, encounter: str | None) -> Lookup:
    full = complete(code, encounter)
    description = icd10cm.lookup(full or code.rstrip("-")).description
    return Lookup(books.TITLES[book], tuple(path), code, full, description,
                  tuple(m for m in modifiers if m), notes(full or code))


def _trail(entry: Entry) -> tuple[list[str], list[str]]:
    rows = books.entries(entry.book)
    chain = [entry]
    while chain[-1].parent is not None:
        chain.append(rows[chain[-1].parent])
    chain.reverse()
    return [e.term for e in chain], [e.modifiers for e in chain]


def _reference(see: str) -> tuple[str, ...]:
    """A "see" text as terms: "Pain, abdominal" -> ("Pain", "abdominal")."""
    return tuple(part.strip() for part in _PARENS.sub(" ", see).split(",") if part.strip())


def follow(book: str, see: str) -> Entry:
    """The entry a "see" or "see also" text names in ``book`` ("Pain, abdominal"), as a coder finds
    it. The main term may itself hold a comma ("Fall, falling"), "with X" may be the Index's "with"
    subterm and X below it ("Calculus, gallbladder, with cholecystitis, acute"), "lymph gland"
    the subterm "lymph" and its subterm "gland", and "Otitis media" the main term Otitis and its
    subterm media. Raises NotInIndexError when it leads nowhere."""
    parts = _reference(see)
    for size in range(len(parts), 0, -1):
        shown = parts[:size]
        for terms in dict.fromkeys((shown, _connectors_apart(shown), _words_apart(shown))):
            for split in range(1, len(terms) + 1):
                try:
                    return find(book, ", ".join(terms[:split]), *terms[split:])
                except NotInIndexError:
                    continue
    raise NotInIndexError(f"The reference 'see {see}' leads to nothing in the {books.TITLES[book]}.")


def _words_apart(parts: tuple[str, ...]) -> tuple[str, ...]:
    """("Neoplasm", "lymph gland") -> ("Neoplasm", "lymph", "gland"): a reference that names a
    subterm by its first form and the subterm below it in one; so may the main term and its
    subterm ("see also Otitis media": Otitis, media)."""
    return tuple(word for part in parts for word in part.split())


def _connectors_apart(parts: tuple[str, ...]) -> tuple[str, ...]:
    """("gallbladder", "with cholecystitis") -> ("gallbladder", "with", "cholecystitis")."""
    split = []
    for part in parts:
        head, _, rest = part.partition(" ")
        split.extend((head, rest) if head.casefold() in _CONNECTOR_LEVELS and rest else (part,))
    return tuple(split)


def _walk(book: str, terms: tuple[str, ...], encounter: str | None) -> Lookup:
    entry = find(book, *terms)
    path, modifiers = _trail(entry)
    for _ in range(_MAX_SEE):
        if entry.code or not entry.see:
            break
        if entry.see.startswith(("Table of Drugs", "Neoplasm")):
            raise NotInIndexError(f"{' > '.join(path)}: see {entry.see}. Use drug() or neoplasm().")
        if entry.see == "condition":
            raise NotInIndexError(f"{' > '.join(path)}: see condition. Look up the condition itself as "
                                  "the main term (e.g. 'Pneumonia', not 'Lobar').")
        target = follow(book, entry.see)
        path.append(f"see {entry.see}")
        entry = target
        modifiers.append(entry.modifiers)
    if not entry.code:
        under = subterms(book, *terms)
        also = f" (see also {entry.see_also})" if entry.see_also else ""
        raise NotInIndexError(f"{' > '.join(path)} gives no code{also}; choose a subterm: "
                          f"{', '.join(under[:15]) or 'none'}.")
    return _answer(book, path, modifiers, entry.code, encounter)


def walk(*terms: str, encounter: str | None = None) -> Lookup:
    """Look up a main term and its subterms in the Alphabetic Index, following "see".

    ``encounter`` is the 7th character to add when the code takes one (A, D, S ...).
    """
    return _walk("index", terms, encounter)


def external_cause(*terms: str, encounter: str | None = None) -> Lookup:
    """Look up how an injury happened in the External Cause Index (e.g. "Slipping", "on", "ice")."""
    return _walk("external", terms, encounter)


def _column(name: str, choices: dict[str, str], what: str) -> str:
    key = " ".join(str(name).replace("_", " ").split()).casefold()
    if key in choices:
        return choices[key]
    if key.replace(" ", "_") in choices:
        return choices[key.replace(" ", "_")]
    raise ValueError(f"{name!r} is not a {what}; choose from {', '.join(sorted(set(choices)))}.")


def _table(book: str, terms: tuple[str, ...], column: str, columns: tuple[str, ...],
           encounter: str | None) -> Lookup:
    entry = find(book, *terms)
    path, modifiers = _trail(entry)
    for _ in range(_MAX_SEE):
        if any(entry.codes) or not entry.see:
            break
        target = follow(book, entry.see)
        path.append(f"see {entry.see}")
        entry = target
    code = entry.codes[columns.index(column)]
    if not code:
        raise NotInIndexError(f"{' > '.join(path)} has no code in the {column.replace('_', ' ')} column "
                          f"of the {books.TITLES[book]}.")
    return _answer(book, [*path, column.replace("_", " ")], modifiers, code, encounter)


def drug(*substance: str, intent: str = "accidental", encounter: str | None = None) -> Lookup:
    """Look up a substance in the Table of Drugs and Chemicals, in the column of ``intent``
    (accidental, intentional self-harm, assault, undetermined, adverse effect, underdosing)."""
    column = _column(intent, INTENTS, "column of the Table of Drugs")
    return _table("drugs", substance, column, books.DRUG_COLUMNS, encounter)


def neoplasm(*site: str, behaviour: str = "primary") -> Lookup:
    """Look up a site in the Neoplasm Table, in the column of ``behaviour`` (primary, secondary,
    in situ, benign, uncertain, unspecified)."""
    column = _column(behaviour, BEHAVIOURS, "behaviour of the Neoplasm Table")
    main = books.entries("neoplasm")[0].term
    return _table("neoplasm", (main, *site) if site else (main,), column, books.NEOPLASM_COLUMNS, None)


@dataclass(frozen=True)
class PcsReference:
    """One reference of the ICD-10-PCS Index: where it leads and the root operation's definition."""

    path: tuple[str, ...]
    see: str
    use: str
    code: str
    operation: str
    definition: str


def pcs(*terms: str) -> list[PcsReference]:
    """Every reference under ``terms`` in the ICD-10-PCS Index (the entry and its subterms), each
    with the table characters it gives and its root operation's definition from the Definitions."""
    rows, below = _pcs_rows()
    under: int | None = None
    path: list[str] = []
    for term in terms:
        hits = [i for i in below.get(under, ()) if rows[i]["term"].casefold() == term.casefold()]
        if not hits:
            raise NotInIndexError(f"{' > '.join([*path, term])} is not in the ICD-10-PCS Index.")
        under = hits[0]
        path.append(rows[under]["term"])
    if under is None:
        raise ValueError("Give a main term of the ICD-10-PCS Index, then any subterms.")
    found = []
    stack = [under]
    while stack:
        row = rows[number := stack.pop(0)]
        stack[:0] = below.get(number, ())
        if row["code"] or row["see"] or row["use"]:
            operation = _operation(row["code"])
            found.append(PcsReference(tuple(path), row["see"], row["use"], row["code"], operation,
                                      _definitions().get((row["code"][:1], operation), "")))
    return found


@cache
@on_disk("pcs-index-rows", ("index.py", "books.py", "data/icd10pcs_index.csv.gz"), ("pandas",))
def _pcs_rows() -> tuple[list[dict], dict[int | None, tuple[int, ...]]]:
    rows = books.pcs_index().to_dict("records")
    below: dict[int | None, list[int]] = {}
    for number, row in enumerate(rows):
        parent = None if row["parent"] is None or str(row["parent"]) == "<NA>" else int(row["parent"])
        below.setdefault(parent, []).append(number)
    return rows, {key: tuple(value) for key, value in below.items()}


def _operation(code: str) -> str:
    """The root operation (third character's name) of a PCS code or table prefix."""
    from course import pcs as pcs_codes

    if len(code) < 3:
        return ""
    return pcs_codes.options(code[:2]).get(code[2]) or ""


@cache
def _definitions() -> dict[tuple[str, str], str]:
    frame = books.pcs_definitions()
    rows = frame[frame["axis"] == "3"]
    return {(row.section, row.term): row.definition for row in rows.itertuples()}
