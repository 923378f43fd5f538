#!/usr/bin/env python3
"""Build ``course/data/wordnet_synonyms.csv``: WordNet's medical noun synonyms that lead a word the
Alphabetic Index does not print to a main term it does; and ``course/data/wordnet_drugs.csv``.

Run by hand from the repository root, with the course installed (it reads the committed Index with
``course.books``) and Debian's ``wordnet-base`` (WordNet 3.0) installed::

    python3 scripts/build_wordnet.py [folder holding data.noun; /usr/share/wordnet by default]

It checks the WordNet files' sha256 and keeps a noun synset when it is medical (its lexicographer file
is noun.state, noun.body or noun.process, or it is a hyponym of disease, illness, injury, symptom, body
part or drug) and one of its lemmas is an Index main term (a form before or between commas, as "Sty,
stye" prints two). A lemma counts only in its most frequent sense (WordNet's first in index.noun), so
that a word is not read in a rare meaning (dose is no street name of LSD, joint no marijuana
cigarette); a lemma WordNet also has as a verb or an adjective, or a verb's -ing form, is left out
(hurt and hurting in "hurt in a collision" are no trauma, no pain). Each row is one word the Index does
not print as a main term, in one synset: its WordNet offset, lexicographer file, the word, and the
synset's lemmas the Index prints as main terms (``|`` between them; spaces for WordNet's underscores).
It also builds ``course/data/wordnet_drugs.csv`` (``build_drugs``): the names WordNet gives a drug that a
coder would not find in the Table of Drugs as written (lay names, brands, salts), each to a lemma of its
synset, or of the class just above it, that the Table prints as a row (water pill: diuretic, Diuretic NEC;
sleeping capsule: soporific; Toradol: nonsteroidal anti-inflammatory drug); and
``course/data/wordnet_pertainyms.csv`` (``build_pertainyms``): the site adjectives WordNet says pertain
to a body part the Index prints (pelvic: pelvis).
The course reads the tables, never WordNet.
"""

from __future__ import annotations

import csv
import hashlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/wordnet")
TABLE = ROOT / "course" / "data" / "wordnet_synonyms.csv"
DRUG_TABLE = ROOT / "course" / "data" / "wordnet_drugs.csv"
PERTAINYM_TABLE = ROOT / "course" / "data" / "wordnet_pertainyms.csv"
SHA256 = {
    "data.noun": "fea17d2f9656611334eac790e5d69e47645fa180c4aa481fb4cd9b3520754ca2",
    "index.noun": "a490d99d93d017bf4822fe2f0ffa51fd73911ce271dc7535fade21f8814b5a04",
    "index.verb": "e2ac24816c3a8289dcb72aaa9cf8db81fdf25ec34d792bfc96ac5b7a20c8b4ae",
    "index.adj": "c9865d7b4d1f805bdef82ccdcea5282436e23083e6f6f1b33e716327c4eda810",
    "data.adj": "c89120dfc1f046ddff4a631bf9b7e9fa1a36b5e86565a23bf82dbe14f30b88a7",
}
COLUMNS = ("offset", "lexname", "word", "main_terms")
DRUG_COLUMNS = ("offset", "word", "substance", "table_row")
PERTAINYM_COLUMNS = ("adjective", "offset", "noun")
BODY = "08"
"""noun.body: the lexicographer file of body parts, the nouns a site adjective pertains to."""
DRUG = "03247620"
"""drug: a lemma under it that the Table of Drugs does not print is read as a lemma of its synset that it
does (water pill: diuretic; painkiller: analgesic; Zantac: ranitidine)."""
STREET = "street name"
GENERIC = frozenset(("drug", "medicament", "medicin"))
"""The words of a class that names none (drug, medicament, medicine: the Table's Drug NEC)."""
LEXNAMES = {"04": "noun.act", "05": "noun.animal", "06": "noun.artifact", "08": "noun.body",
            "13": "noun.food", "20": "noun.plant", "22": "noun.process", "25": "noun.shape",
            "26": "noun.state", "27": "noun.substance"}
MEDICAL_FILES = ("08", "22", "26")
"""The lexicographer files whose synsets are medical as a whole: body parts, processes, states."""
ROOTS = ("14070360", "14061805", "14285662", "14299637", "05220461", "03247620")
"""disease, illness (unwellness, malady, sickness), injury (hurt, harm, trauma), symptom, body part, drug:
their hyponyms are medical wherever WordNet files them (a drug in noun.artifact)."""
HYPONYM = ("~", "~i")

Synsets = dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]


def sha256(path: Path) -> str:
    """The sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lines(path: Path) -> list[str]:
    """A WordNet file's lines, its licence (lines starting with a space) left out."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith(" ")]


def read_nouns(path: Path) -> Synsets:
    """data.noun's synsets by offset: (lexicographer file number, lemmas, hyponym offsets)."""
    synsets = {}
    for line in lines(path):
        fields = line.split(" | ")[0].split()
        offset, lexfile, count = fields[0], fields[1], int(fields[3], 16)
        lemmas = tuple(fields[4 + 2 * i].replace("_", " ") for i in range(count))
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * i: at + 5 + 4 * i] for i in range(int(fields[at]))]
        hyponyms = tuple(target for symbol, target, pos, _ in pointers if symbol in HYPONYM and pos == "n")
        synsets[offset] = (lexfile, lemmas, hyponyms)
    return synsets


def below(synsets: Synsets, roots: tuple[str, ...]) -> set[str]:
    """The offsets of ``roots`` and every hyponym under them."""
    seen, stack = set(), list(roots)
    while stack:
        offset = stack.pop()
        if offset not in seen:
            seen.add(offset)
            stack.extend(synsets[offset][2])
    return seen


def noun_senses(path: Path) -> dict[str, tuple[str, ...]]:
    """index.noun's lemmas (lower case, spaces for underscores) and the offsets of all their senses, the
    most frequent first."""
    return {fields[0].replace("_", " "): tuple(fields[-int(fields[2]):])
            for fields in map(str.split, lines(path))}


def first_senses(path: Path) -> dict[str, str]:
    """index.noun's lemmas (lower case, spaces for underscores) and the offset of each one's most frequent
    sense, which WordNet lists first."""
    return {fields[0].replace("_", " "): fields[-int(fields[2])] for fields in map(str.split, lines(path))}


def other_parts(folder: Path) -> frozenset[str]:
    """The lemmas WordNet also has as a verb or an adjective (hurt, cure, sweat), lower case."""
    return frozenset(line.split()[0].replace("_", " ") for name in ("index.verb", "index.adj")
                     for line in lines(folder / name))


def verbal(lemma: str, verbs: frozenset[str]) -> bool:
    """True for a verb or an adjective, or a verb's -ing form (hurting: the encoder reads it as the verb)."""
    word = lemma.casefold()
    stem = word.removesuffix("ing")
    return word in verbs or stem != word and bool({stem, stem + "e", stem[:-1]} & verbs)


def main_terms() -> frozenset[str]:
    """The Alphabetic Index's main terms, each form before or between commas, lower case."""
    from course import books

    return frozenset(form.strip().casefold() for entry in books.entries("index") if entry.level == 0
                     for form in entry.term.split("(")[0].split(","))


def check_source(folder: Path) -> None:
    """Stop unless ``folder`` holds WordNet 3.0's files, byte for byte."""
    for name, digest in SHA256.items():
        if sha256(folder / name) != digest:
            raise SystemExit(f"{folder / name}: not WordNet 3.0's {name} (sha256 differs)")


def build(folder: Path = SOURCE) -> list[dict[str, str]]:
    """The rows of the table."""
    check_source(folder)
    synsets = read_nouns(folder / "data.noun")
    medical, first = below(synsets, ROOTS), first_senses(folder / "index.noun")
    verbs, terms = other_parts(folder), main_terms()
    rows = []
    for offset, (lexfile, lemmas, _) in synsets.items():
        if lexfile not in MEDICAL_FILES and offset not in medical:
            continue
        meant = list(dict.fromkeys(lemma for lemma in lemmas if first.get(lemma.casefold()) == offset))
        targets = "|".join(lemma for lemma in meant if lemma.casefold() in terms)
        words = [lemma for lemma in meant if lemma.casefold() not in terms and not verbal(lemma, verbs)]
        rows.extend({"offset": offset, "lexname": LEXNAMES.get(lexfile, lexfile), "word": lemma,
                     "main_terms": targets} for lemma in words if targets)
    return rows


def street_names(path: Path) -> set[str]:
    """The offsets of the synsets whose gloss says they are street names (big H, nose drops, skag: heroin),
    left out: a lay word such as nose drops is not read as heroin."""
    return {line.split()[0] for line in lines(path) if STREET in line.split(" | ", 1)[-1].casefold()}


def drug_rows() -> dict[frozenset[str], str]:
    """The Table of Drugs' rows by the words of their path (NEC, NOS left out), each to its path."""
    from course import books, index_search

    found: dict[frozenset[str], str] = {}
    for entry, words in index_search._table_rows("drugs"):
        found.setdefault(words, " > ".join(books.path(entry)))
    return found


def build_drugs(folder: Path = SOURCE) -> list[dict[str, str]]:
    """The rows of the drug table: each lemma of a drug synset that the Table of Drugs does not print, in a
    synset where another lemma, in its most frequent sense, is a row of it, or else below one where a lemma
    is a class the Table prints (sleeping pill: hypnotic; Toradol: nonsteroidal anti-inflammatory drug; not
    the Table's Drug NEC or Medicament NEC, which name no class). A lemma counts only where
    every sense WordNet gives it as a noun is a drug (yellow jacket is a wasp too, Bayer a chemist) and
    the first is this one, in a synset that is no street name (its gloss says so: nose drops, skag), and
    where a coder would not find it as written: not within a row of the Table
    (amphotericin: Amphotericin B) nor, one word, anywhere in the Index (neuroleptic: Syndrome, neuroleptic
    malignant), nor, more words, all on one path of it; one written in capitals alone (DDI, XTC) is left to
    the abbreviation tables, and one WordNet has as a verb or an adjective, or one the Index prints as a
    main term, out."""
    from course import index_search

    check_source(folder)
    synsets, senses = read_nouns(folder / "data.noun"), noun_senses(folder / "index.noun")
    slang = street_names(folder / "data.noun")
    drugs, verbs, terms, table = below(synsets, (DRUG,)), other_parts(folder), main_terms(), drug_rows()
    postings = index_search._paths().postings

    def row(lemma: str) -> str | None:
        return table.get(frozenset(index_search._words(lemma)) - index_search._TABLE_FREE)

    def printed(lemma: str) -> bool:  # found as written: in a row of the Table (amphotericin: Amphotericin B)
        said = tuple(index_search._words(lemma))  # or on a path of the Index (neuroleptic)
        return any(set(said) <= words for words in table) or index_search._indexed(said, postings)

    def rows_named(offset: str) -> list[str]:
        return [lemma for lemma in synsets[offset][1] if row(lemma) and senses[lemma.casefold()][0] == offset]

    above: dict[str, list[str]] = {}
    for offset in sorted(drugs):
        for child in synsets[offset][2]:
            above.setdefault(child, []).append(offset)
    rows = []
    for offset in sorted(drugs - slang):
        lemmas = synsets[offset][1]
        named = rows_named(offset) or [lemma for parent in above.get(offset, ())
                                       for lemma in rows_named(parent)
                                       if not set(index_search._words(lemma)) <= GENERIC]
        for lemma in lemmas if named else ():
            own = senses.get(lemma.casefold(), ())
            if (not own or own[0] != offset or not set(own) <= drugs or lemma.isupper()
                    or verbal(lemma, verbs) or lemma.casefold() in terms or printed(lemma)):
                continue
            rows.append({"offset": offset, "word": lemma, "substance": named[0], "table_row": row(named[0])})
    return rows


def build_pertainyms(folder: Path = SOURCE) -> list[dict[str, str]]:
    """The rows of the pertainym table: each adjective of one word that WordNet says pertains to a body part
    (a noun of noun.body) of one word that the Index prints, the two read apart (pelvic: pelvis; uterine:
    uterus); an adjective that pertains to two (femoral: femur, thigh) is left out, as is one whose tokens
    are the noun's."""
    from course import index_search

    check_source(folder)
    synsets = read_nouns(folder / "data.noun")
    nouns = {offset: (lexfile, lemmas) for offset, (lexfile, lemmas, _) in synsets.items()}
    printed = index_search._paths().postings
    found: dict[str, dict[str, tuple[str, str, str]]] = {}
    for adjective, offset, noun in pertainyms(folder / "data.adj", nouns):
        said, named = index_search._words(adjective), index_search._words(noun)
        if len(said) == 1 == len(named) and said != named and named[0] in printed:
            found.setdefault(said[0], {})[named[0]] = (adjective, offset, noun)
    return [{"adjective": adjective, "offset": offset, "noun": noun} for nouns_of in found.values()
            if len(nouns_of) == 1 for adjective, offset, noun in nouns_of.values()]


def pertainyms(path: Path, nouns: dict[str, tuple[str, tuple[str, ...]]]) -> list[tuple[str, str, str]]:
    """(adjective, noun offset, noun) for each of data.adj's pertainym pointers to a body part (noun.body),
    both of one word, lower case, in WordNet's order."""
    found = []
    for line in lines(path):
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = (fields[at + 1 + 4 * i: at + 5 + 4 * i] for i in range(int(fields[at])))
        for symbol, target, pos, where in pointers:
            source, aim = int(where[:2], 16), int(where[2:], 16)
            if symbol != "\\" or pos != "n" or not source or not aim or nouns[target][0] != BODY:
                continue
            adjective, noun = lemmas[source - 1].split("(")[0], nouns[target][1][aim - 1]
            if "_" not in adjective and " " not in noun:
                found.append((adjective.lower(), target, noun.lower()))
    return found


def table_bytes(rows: list[dict[str, str]], columns: tuple[str, ...] = COLUMNS) -> bytes:
    """``rows`` as CSV text in UTF-8."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def main(argv: list[str]) -> None:
    """Read WordNet, filter, write the table and print its size."""
    sys.path.insert(0, str(ROOT))
    folder = Path(argv[0]) if argv else SOURCE
    tables = ((TABLE, build(folder), COLUMNS), (DRUG_TABLE, build_drugs(folder), DRUG_COLUMNS),
              (PERTAINYM_TABLE, build_pertainyms(folder), PERTAINYM_COLUMNS))
    for path, rows, columns in tables:
        path.write_bytes(table_bytes(rows, columns))
        print(f"{path.relative_to(ROOT)}: {len(rows)} rows, {path.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main(sys.argv[1:])
