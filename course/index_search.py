"""From a documentation phrase to billable codes the way a coder works: through the books.

1. Shorthand and abbreviations are written out (``course.shorthand``).
2. The words choose the book: a poisoning, adverse effect or underdosing goes to the Table of
   Drugs (column by intent), a tumour to the Neoplasm Table (column by behaviour, row by site),
   anything else to the Alphabetic Index and the External Cause Index, whose paths (main term
   and subterms) are matched against the words; a main term must be among them.
3. The code found is verified in the Tabular List: a code that needs more characters gets the
   subdivision the words name (right, left, bilateral ...) or the default one; a code that
   takes a 7th character gets the episode of care (A when none is written).

Each ``Hit`` carries the path it followed. ``course.encoder.encode`` ranks these hits and falls
back on the Tabular search where the books give nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import numpy as np

from course import books, data_files, icd10cm, index, shorthand
from course.disk_cache import on_disk, package_files
from course.encoder import arabic, names_inclusion, tokens, type_letter

_FLOOR = 2.0
_ROUTE_SCORE = 1.0
_NO_SITE_SCORE = 0.5
_HISTORY_SCORE = 0.9  # below a History entry of the Index that names the site
_NEGATED_PENALTY = 0.5
_LEVEL_TIE = 0.001
_LIGHT = 0.05  # the weight in a path of a word the Tabular settles or that names no condition
_ALTERNATIVE = re.compile(r"\bor\b")  # "atrial or auricular": the first form is the one required
_EFFECT_SHARE = 0.8  # the adverse effect of a substance a condition is said to be caused by
_ADVERSE_COLUMN = "adverse effect"  # the Table of Drugs' column, as a hit's path ends
_ANY_DRUG = "Drug NEC"  # the Table of Drugs' row for a drug the phrase does not name
_EFFECT_ENTRIES = ("Effect, adverse", "Reaction", "Allergy, allergic")  # an effect itself, no condition named
_CONDITION_FLOOR = 0.5  # an Index hit this good names the condition an adverse effect caused
_LONG_TERM_SHARE = 0.9  # long-term use of a drug, after the condition a phrase also names
_LONG_TERM_CATEGORY = "Z79"
_LONG_TERM_USE = frozenset(tokens("long term current use"))
_LONG_TERM = re.compile(r"\b(?:on|long[- ]term|chronic use of|maintained on)\b", re.IGNORECASE)
_CAUSED = re.compile(r"\b(?:due to|from|induced|secondary to|caused by)\b", re.IGNORECASE)
_AHEAD = 0.1  # one code put before another, whatever the Tabular's wording adds to either
_MEDICINES = ("T36", "T50")  # the Table of Drugs' medicinal rows: adverse effects in T36-T50
_ANTI = "anti"  # a class named for what it treats: antidiabetic, antineoplastic, antithrombotic
_UNSAID_INTENT = 0.8
_UNSAID_SPECIFIED = 0.95  # a path through "specified NEC" when the Index holds every word said
_FREE = "unspecified nos site uncomplicated"
_CONNECTORS = frozenset("off out into onto via".split())
_CAUSE_CONNECTORS = frozenset("in due to with from by of".split())
_IRREGULAR = {"fell": "fall", "fallen": "fall", "bitten": "bite", "bit": "bite", "struck": "strike",
              "burnt": "burn", "stung": "sting", "exposed": "exposure"}  # the Index's noun: Exposure (to)
_BY_CONDITION = "condition"  # "Skin, see condition": no entry to follow, the condition is the main term
_TOKEN = re.compile(r"[a-z0-9]+")
_STAGE = re.compile(r"(\d+)[a-z]?$")  # a number said, or a stage such as 3a: within "stage 1 through stage 4"
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")
_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-|through|to)\s*(?:[a-z]+\s+)?(\d+(?:\.\d+)?)(?![\w.])")
_NOTES = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_DEFAULT_PHRASE = re.compile(r"\bnot specified as \w+", re.IGNORECASE)
_DENIAL = re.compile(r"\b(?:not|without)\b([^,;]*)")
_NOT = re.compile(r"\bnot\b[^,;]*")
_WITHOUT = re.compile(r"\bwithout\b((?:\s+(?!of\b|in\b|with\b|and\b|on\b)[\w'-]+)+)")
_WITHOUT_LIST = re.compile(r"\bwithout((?:\s+[\w'-]+)+?(?:,\s*[\w'-]+(?:\s+[\w'-]+)?)+,?\s+"
                           r"(?:or|and|nor)\s+[\w'-]+)")
"""A list the "without" heads ("without perforation, abscess or bleeding"): each item absent."""


@dataclass(frozen=True)
class Hit:
    """A billable code reached through a book: the book, the path followed, what the book printed."""

    code: str
    book: str
    path: tuple[str, ...]
    printed: str
    score: float


def _words(text: str) -> list[str]:
    """The search tokens of ``text``, with the verb forms of the External Cause Index folded and a
    possessive dropped ("Crohn's": crohn, as ``encoder.tokens`` reads it); a capital A standing
    alone is a type, not the article ("influenza A", "vitamin A": the Index's subterm A)."""
    return list(_text_words(text))


@lru_cache(maxsize=1 << 16)  # the books' terms are read again and again
def _text_words(text: str) -> tuple[str, ...]:
    text = arabic(type_letter(text)).lower().replace("'s", "")
    return tuple(token for word in _TOKEN.findall(text) for token in _word(word))


@cache
def _word(word: str) -> tuple[str, ...]:
    """The tokens of one lower-case word (none for a connector or a stop word)."""
    return () if word in _CONNECTORS else tuple(tokens(_fold(word)))


def _fold(word: str) -> str:
    """slipped, slipping -> slip; fell -> fall; bitten -> bite; dislocated -> dislocation (a
    light verb stemmer)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ated") and len(word) > 7:  # dislocated, perforated: the Index's -ation noun
        return word[:-4] + "ation"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix == "ed" and stem.endswith("s") and not stem.endswith("ss"):
                return word[:-1]  # collapsed, bruised: the verb's own e (collapse, as the Index writes it)
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                stem = stem[:-1]
            return stem
    return word


@lru_cache(maxsize=1 << 16)
def _set(text: str) -> frozenset[str]:
    return frozenset(_text_words(text))


DRUG_WORDS = _set("poisoning overdose overdosed toxicity toxic ingestion swallowed ate drank adverse effect "
                  "reaction underdosing underdose suicide sting venom")  # the table lists venomous animals
# too; a substance swallowed (or eaten) is ingested (the Index's Ingestion, chemical, see Table of Drugs)
_UNNAMED_DRUG = DRUG_WORDS | _set(_ANY_DRUG)  # a row named by these words names no substance (Drug NEC)
_TOXIC = _set("toxic")
_BITE, _NONVENOMOUS = _set("bite bitten"), _set("nonvenomous")
_DEVICE_COMPLICATIONS = ("T82", "T83", "T84", "T85")  # complications of devices, implants and grafts
_DEVICE_STATUS = ("Z95", "Z96", "Z97")  # presence of those devices
_VENOM_CATEGORY = "T63"  # toxic effect of contact with venomous animals and plants
_MODIFIER_GROUP = re.compile(r"\(([^()]+)\)")  # one nonessential modifier of a Table row
# the anions a drug's salt is named with: "pyridostigmine" is the Table's Pyridostigmine bromide
_SALTS = frozenset("""acetate bitartrate bromide carbonate chloride citrate fumarate gluconate hydrobromide
hydrochloride iodide lactate maleate mesylate metilsulfate nitrate phosphate salt succinate sulfate
tartrate""".split())
_TOXIC_CONDITION = re.compile(r"\btoxic\s+(?!(?:effects?|reactions?|ingestion|exposure|doses?|levels?|to|of|"
                              r"from|due|by|with|and|after|accidental\w*|intentional\w*|initial|subsequent)\b)"
                              r"[a-z]", re.IGNORECASE)
""""Toxic" before the condition it qualifies (toxic adenoma, goiter, encephalopathy), not a poisoning."""
NEOPLASM_WORDS = _set("cancer malignant malignancy carcinoma neoplasm tumor metastatic metastasis")
_CANCER = _set("cancer carcinoma malignancy")
_MALIGNANT = _CANCER | _set("malignant")  # a tumour or neoplasm named without it: unspecified behaviour
_METASTASIS = _set("metastatic metastasis secondary")
_TUMOUR_NOUNS = _set("cancer carcinoma neoplasm tumor")  # a tumour named, its behaviour not said
_NOT_A_SITE = NEOPLASM_WORDS | _METASTASIS | _set("benign situ uncertain primary")
_TRANSPORT = _words("accident transport")
_MUST_BE_SAID = _set("congenital newborn neonatal perinatal puerperal pregnancy maternal fetal fetus")
_FAMILY, _PERSONAL = _set("family"), _set("personal")
_ADVERSE = _set("adverse effect")
_CONTACT, _CONTACT_WITH = tuple(_words("contact with")), ("Contact", "with")
_CONTACT_SHARE = 0.75  # Contact, with: for an object the verb's entries do not name
_DRUG_INDUCED = tuple(_words("drug-induced"))
_MEDICAMENT = tuple(_words("medicament"))
_NEOPLASM_NOUN = _set("neoplasm site")
_TABLE_NAME = tuple(_words("neoplasm"))  # said to read the Neoplasm Table; not "site", which a row
# prints (sudoriferous gland, site unspecified): said, it named a second site, and which of the two was
# secondary (metastatic ca to the brain: brain NEC primary, C71.9) hung on the order of a set, the hash seed's
_HISTORY_WORDS = _set("history family personal")
_NEAR_TIE = 0.95  # a History entry scored this near the best is one the phrase names
_CHAPTER_COMMON = _set("certain diseases disease disorders conditions system organs other not elsewhere "
                       "classified")  # a chapter's title words that name none
_FAMILY_CATEGORIES = ("Z80", "Z81", "Z82", "Z83", "Z84")
_PERSONAL_CATEGORIES = ("Z85", "Z86", "Z87")
_HISTORY_ENTRY = "History"
_GENERIC_MAIN = _set("disorder disease syndrome")  # main terms whose first subterm names the condition
_CONVEYANCE = ("Accident", "transport", "pedestrian", "conveyance")
_FALLING = _set("fall")
_NOT_RIDDEN = _set("wheelchair mobility")  # W05.0, W05.2: a fall from one not moving
_VARIANT = 4  # the first letters two forms of a subterm share ("axilla, axillary")
_STROKE, _INFARCT = _set("stroke"), _set("cerebral infarction")
_UNSPECIFIED_SEQUELA, _INFARCTION_SEQUELA = "I69.9", "I69.3"  # of a cerebrovascular disease; of an infarction
_SEQUELA_OF = ("unspecified cerebrovascular disease", "cerebral infarction")
_SEQUELAE = "Sequelae"
_PREGNANCY_WORDS = _set("pregnancy pregnant")
_OBSTETRIC_WORDS = _set("pregnancy pregnant childbirth labor delivery postpartum puerperium")
_GESTATION_WORDS = _set("pregnancy pregnant trimester first second third weeks week gestation complicating "
                        "complicated woman patient")
_TRIMESTER = _set("trimester")
_OBSTETRIC = "O"
_FACTORS = "Z"  # factors influencing health status: a supervision, a history
_COMPLICATING = "O99"  # other maternal diseases complicating pregnancy, by the chapter of the disease
_NOT_CONDITIONS = ("V", "W", "X", "Y", "Z")  # external causes and factors: no condition a history names
_CLASSIFIABLE = re.compile(r"classifiable (?:elsewhere )?(?:to|in)")
_TO = re.compile(r"\bto (?:the )?([a-z]+)")  # where a tumour spread: "metastatic prostate ca to bone"
_FROM = re.compile(r"\bfrom (?:the |a )?([a-z]+)")  # where it spread from: "liver mets from colon ca"
_ACTIVITY_CUES = ("while", "playing", "during", "doing")
_CUE = r"\b(?:while|playing|during|doing|at|in|on)\b"
_OCCASION = re.compile(rf"({_CUE})(.*?)(?={_CUE}|[,;]|$)")
_SLIPPED_ON = re.compile(r"\b(?:slipped|slipping|slips?|fell|falls?|falling|tripped|tripping|trips?|stumbled)"
                         r"\s+on$")  # "on" after a fall names what was fallen on (Slipping, on, ice)
_SPORTS = ("Y93.0", "Y93.B")  # the activities of sport and exercise, before those of daily life
_TRAILING = re.compile(r"[^a-z\s-]+")
_EPISODE_WORDS = frozenset("initial subsequent sequela encounter".split())
_EPISODE_WORDS_SET = _set(" ".join(_EPISODE_WORDS))
_OCCASION_SHARE = 0.6  # an activity or place, reported after the injury and how it happened
_FOLLOW_UP = re.compile(r"\b(?:follow[- ]?up|f/u)\b.*?\bcompleted\b(?:.*?\bfor\s+(?P<treated>.+)|.*?\bof\s+"
                        r"(?P<condition>.+))", re.IGNORECASE)  # the condition: after the first "for", or "of"
_FOLLOW_UP_VISIT = re.compile(r"\b(?:follow[- ]?up|f/u|re-?check)\b", re.IGNORECASE)
"""A follow-up visit or recheck is care after the active treatment: the 7th character D where no
episode is said (guidelines I.C.19.a: f/u for concussion S06.0X0D), as a nonunion is."""
_UNCUED_SHARE = 0.3  # an activity read from a phrase's last word alone, reported after the injury
_INJURED = _set("fall injury injured hurt")
_OCCASION_ALONE = re.compile(r"^\s*(?:(?:was\s+)?(?:injured|hurt|occurred|happened)\s+"
                             r"(?:while|during|playing)|(?:while|during))\b", re.IGNORECASE)
"""A phrase that names only when the injury happened ("while swimming laps", "injured while hiking"):
the External Cause Index's Activity it names is what it codes, first."""
_NOT_AN_EFFECT = _set("deficiency dependence dependent abuse use user withdrawal therapy level screening "
                      "resistant resistance pump low high elevated")  # its use, lack, level or resistance
_CLASS_NAMES = ((_set("glucocorticoids"), _set("steroids systemic")),)
"""A drug class the Tabular names as the Index's Long-term entry names it, a fact the books leave
to the coder: glucocorticoids (prednisone, Medrol) are the systemic steroids (Z79.52)."""
_NEC = _set("NEC")  # "infection NEC" names no other condition than the one said
_GENERIC = _set("disease disorder pre")  # "History, family, disease or disorder" names no condition, nor
# the prefix of "pre-term labor" a pre-eclampsia (History, personal, obstetric complications: Z87.59)
_LONGEST_LEMMA = 4  # the most words of a WordNet lemma read in a phrase
_STAND_IN = 0.5  # the share of a word's weight a path printing what stands in for it is credited with
_NONE = np.array([], dtype=np.int32)
_PREFIXES = ("pre", "post")  # printed "pre-existing", "post-traumatic"
_NUMBER_HEADS = _set("grade stage type class")  # "grade 1" is said "VAIN 1": the number alone names it
_FILLER = _set("region pectoris")  # "lumbar region" is said as "lumbar", "angina pectoris" as "angina"
_OWN_SITES = _set("melanoma mesothelioma carcinoid neuroendocrine wilms")
"""Morphologies the Index codes by site itself (Melanoma, skin; Mesothelioma, site classification, pleura;
Tumor, carcinoid, appendix; Wilms' tumor C64-), not through the Neoplasm Table."""
_SKIN_TYPES = ("basal cell carcinoma", "squamous cell carcinoma")  # C44's types, chosen in the Tabular
_UNSPECIFIED_SKIN = "Unspecified malignant neoplasm of skin"
_LIMB = _set("limb")
_LYMPH = _set("lymph")
_LIMBS = tuple(zip(_words("lower upper"), _words("leg arm"), strict=True))
_ALLERGY = _set("allergy allergic allergies")
_ALLERGY_ENTRY = ("History", "personal", "allergy")
_HISTORY = _words("history")[0]
_STATUS_ENTRY = "Status"
_STATUS = _words(_STATUS_ENTRY)[0]
_GENERIC_CLASS = _set("agent agents NEC specified")  # "analgesic agent NEC": the class is the analgesics
_ALLERGIC_REACTION = _set("reaction rash hives urticaria anaphylaxis anaphylactic shock swelling dermatitis "
                          "rhinitis asthma conjunctivitis initial subsequent seasonal pollen")  # a condition
# named with the allergy, or a seasonal or pollen allergy (Allergy, seasonal NEC J30.2): no status
_EPISODE = {_words(word)[0]: char for word, char in (("initial", "A"), ("subsequent", "D"), ("sequela", "S"))}
_HEALING = _set("nonunion malunion")
_HEALED = _words("healing")[0]
_HEALING_KINDS = _set("routine delayed")
_ROUTINE = _set("encounter patient complains past")
_NOT_A_TUMOUR = _set("history family screening examination observation")
_DEFAULT = _set("unspecified uncomplicated without complications nos other site part "
                "accidental unintentional type")  # the intent a poisoning defaults to; "unspecified type"
_SIDES = _set("right left bilateral")
_SITE = _set("site")
_UNSPECIFIED = _set("unspecified")
_NAMED_SITE = _set("specified site")  # Glioblastoma, specified site: the phrase names one
_UNSPECIFIED_WORD = re.compile(r"\bunspecified (\w+)", re.IGNORECASE)
_BILATERAL = _words("bilateral")[0]
_ARTICLE = re.compile(r" the (?=right|left|bilateral)")  # "in the right breast" is "in right breast"
_ONE_SIDE = _set("right left")
_SIDED_EYE = re.compile(r"\b(?:right|left|both|bilateral)\s+eyes?\b", re.IGNORECASE)
_EYE = _words("eye")[0]
_UNILATERAL = _set("unilateral both")
_EYE_CHAPTER = ("H0", "H1", "H2", "H3", "H4", "H5")  # H00-H59, diseases of the eye and adnexa
_SPECIFIED = _words("specified")[0]
_DOMINANCE = _set("dominant nondominant non-dominant")
_DOMINANT_SIDE = tuple((_words(side)[0], _set(default)) for side, default in (("right", "dominant"),
                                                                              ("left", "nondominant non")))
_CATCH_ALL = "specified NEC"
_LISTED = re.compile(r",.*\bor\b")  # a subterm listing alternatives: "neuritis, radiculitis ... or sciatica"
_ALTERNATIVES = re.compile(r",\s*(?:or\s+)?|\s+or\s+")
"""The commas and "or" between a listed subterm's alternatives, of which the phrase names one."""
_CATCH_ALL_NEC = "NEC"  # a subterm a reference names without it: see Displacement, intervertebral disc
_TABULAR_ONLY = _set("right left bilateral unilateral closed open displaced nondisplaced "
                     "routine healing delayed nonunion malunion")  # settled in the Tabular
_TABLE_FREE = _set("nec nos unspecified")
_CONDITION_ENDINGS = ("ism", "ia")
_SITE_ENDINGS = ("um", "us", "a")
_INTENTS = _set("homicide suicide assault intentional self harm undetermined")
_FREE_WORDS = _set(_FREE)
_UNCOMPLICATED = _set("uncomplicated")  # the default said: weighs little in a phrase as in a path
_INTENT_WORDS = (
    ("underdosing", _set("underdosing underdose")),
    ("adverse_effect", _set("adverse effect reaction")),
    ("self_harm", _set("intentional self harm suicide")),
    ("assault", _set("assault")),
    ("undetermined", _set("undetermined")),
)
_BEHAVIOUR_WORDS = (
    ("secondary", _set("metastatic secondary metastasis")),
    ("in_situ", _set("situ")),
    ("benign", _set("benign")),
    ("uncertain", _set("uncertain")),
)


@dataclass(frozen=True)
class Query:
    """A phrase as the books read it: its words, the words after "without", the 7th character."""

    words: tuple[str, ...]
    absent: frozenset[str]
    episode: str | None
    sided_eye: bool = False  # "right eye", "OS": the eye said with its side, which the Tabular settles


def query(phrase: str) -> Query:
    """The phrase's search tokens after expansion, what it says is absent, and the 7th character
    its episode of care names.

    "history of" without "family" is a personal history, as in the Index (History, personal);
    cancer is a malignant neoplasm, as the Index's "see" references say. "without" reaches to the
    next "of", "in", "with", "and" or comma ("without foreign body of scalp": foreign body).
    """
    text = shorthand.expand(phrase)
    words = _words(text)
    if shorthand.about_transport(text):  # where the External Cause Index files road users
        words.extend(_TRANSPORT)
    absent = said_absent(text)
    history, family, personal = _words("history family personal")
    if _ALLERGY & set(words) and not _ALLERGIC_REACTION & set(words) and history not in words:
        words.append(history)  # an allergy named without a reaction is a status: History, personal, allergy
    if history in words and family not in words and personal not in words:
        words.append(personal)
    if _CANCER & set(words):
        words.extend(_words("malignant neoplasm"))
    if _ONE_SIDE & set(words) and _BILATERAL not in words:  # one side said: the Index's "unilateral"
        words.extend(_words("unilateral"))
    words = [_noun(part) for word in _with_synonyms(words) for part in _prefixed(word)]
    episode = next((_EPISODE[w] for w in words if w in _EPISODE), None)
    if episode is None and (_healing(words) or _FOLLOW_UP_VISIT.search(text)):  # after the first care
        episode = _EPISODE[_words("subsequent")[0]]
    kept = [w for w in words if w not in _EPISODE and w not in _ROUTINE]
    named = set(words) - _SIDES - _UNILATERAL - {_EYE} - _EPISODE.keys()  # "cataract OS": the condition alone
    sided_eye = bool(_SIDED_EYE.search(text)) and bool(named) and named <= _eye_conditions()
    return Query(tuple(dict.fromkeys(kept)), absent, episode, sided_eye)


def printed(word: str) -> bool:
    """True when every token of ``word`` is a word of some Index path (CIN, PPD, NEC; not MCAS)."""
    return set(_words(word)) <= _paths().postings.keys()


def _with_synonyms(words: list[str]) -> list[str]:
    """``words`` and the words of the Index main terms that WordNet gives as synonyms of words the phrase
    says, in their most frequent sense, where the Index does not print them (armpit: axilla; oesophagus:
    esophagus), not already said (``data/wordnet_synonyms.csv``); a lemma of more words is read as its
    synonym in its place ("mask of pregnancy": chloasma, no pregnancy said)."""
    table, found, replaced = _wordnet(), [], set()
    for size in range(1, _LONGEST_LEMMA + 1):
        for start in range(len(words) - size + 1):
            synonyms = table.get(tuple(words[start:start + size]), ())
            found += synonyms
            if synonyms and size > 1:
                replaced.update(range(start, start + size))
    kept = [word for number, word in enumerate(words) if number not in replaced]
    return [*kept, *(word for word in dict.fromkeys(found) if word not in kept)]


def _stand_ins(words: list[str]) -> list[tuple[str, str]]:
    """(word said, word that stands in for it) for each adjective of ``words`` that WordNet says pertains to
    a body part the Index prints (``data/wordnet_pertainyms.csv``: pelvic, pelvis; uterine, uterus), and
    each one-word main term without a code that the Index sends to another one-word main term with "see"
    or "see also" (Chickenpox, see Varicella; Bleeding, see also Hemorrhage), where the phrase does not say
    the other: a path that prints it and not the word said is credited with half the word's weight, the
    phrase's own weight unchanged, so that no path printing the word loses by it (pelvic stress fx:
    Fracture, stress, pelvis M84.350A, not stress M84.30XA; bleeding stomach ulcer: Ulcer, stomach, with
    hemorrhage K25.4, not Ulcer, bleeding K27.4, peptic; exposed to chickenpox: Exposure, varicella
    Z20.820, not Varicella B01.9)."""
    tables = (_pertainyms(), _see_also_words(), _see_words())
    return [(word, other) for word in dict.fromkeys(words) for table in tables
            for other in table.get(word, ()) if other not in words]


@cache
def _see_also_words() -> dict[str, tuple[str, ...]]:
    """One-word main terms without a code of their own that the Index sends to another one-word main term
    with "see also" (Bleeding, see also Hemorrhage; not "see also condition"), as word to the other's."""
    return {own[0]: tuple(other) for e in books.entries("index")
            if e.parent is None and not e.code and e.see_also and e.see_also != _BY_CONDITION
            and len(own := _words(_strip(e.term))) == 1 and len(other := _words(e.see_also)) == 1}


@cache
def _pertainyms() -> dict[str, tuple[str, ...]]:
    """WordNet's site adjectives, as the token of each to the tokens of the body part it pertains to."""
    rows = data_files.rows("wordnet_pertainyms.csv")
    table: dict[str, tuple[str, ...]] = {}
    for row in rows:
        said = _words(row["adjective"])[0]
        table[said] = (*table.get(said, ()), *_words(row["noun"]))
    return table


@cache
def _wordnet() -> dict[tuple[str, ...], tuple[str, ...]]:
    """WordNet's words the Index does not print (a lemma of more words: not all on one path), as the tokens
    of each to those of main terms they mean."""
    printed = _paths().postings
    rows = data_files.rows("wordnet_synonyms.csv")
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for row in rows:
        said = tuple(_words(row["word"]))
        if said and len(said) <= _LONGEST_LEMMA and not _indexed(said, printed):
            table[said] = (*table.get(said, ()), *_words(row["main_terms"].replace("|", " ")))
    return table


def _indexed(said: tuple[str, ...], printed: dict[str, np.ndarray]) -> bool:
    """True when the Index prints a word of a one-word lemma, or one of its paths holds every word of a
    longer one ("hearing loss": Loss, hearing); "mask of pregnancy" is on no path, so its synonym
    (chloasma) is read."""
    if len(said) == 1 or not set(said) <= printed.keys():
        return bool(set(said) & printed.keys())
    common = printed[said[0]]
    for word in said[1:]:
        common = np.intersect1d(common, printed[word], assume_unique=True)
    return bool(len(common))


def _prefixed(word: str) -> tuple[str, ...]:
    """A word written joined that the books print with a hyphen after its prefix, as their two words
    ("preexisting": Pregnancy, complicated by, diabetes, pre-existing); other words as they are."""
    postings = _paths().postings
    if word in postings:
        return (word,)
    prefix = next((p for p in _PREFIXES if word.startswith(p) and word[len(p):] in postings), None)
    return (prefix, word[len(prefix):]) if prefix and prefix in postings else (word,)


def said_absent(text: str) -> frozenset[str]:
    """The words ``text`` (written out) says are absent: after "without", to the next "of", "in",
    "with", "and" or comma, or in the list a "without" heads; not those it names elsewhere too
    ("heart disease without heart failure": failure)."""
    lower = text.lower()
    scopes = [*_WITHOUT.findall(lower), *_WITHOUT_LIST.findall(lower)]
    rest = _WITHOUT.sub(" ", _WITHOUT_LIST.sub(" ", lower))
    return frozenset({w for scope in scopes for w in _words(scope)} - set(_words(rest)))


@cache
def affirmed(code: str) -> frozenset[str]:
    """The words a code's description names as present, not after its "without" or "not" (Bilateral
    femoral hernia, with obstruction, without gangrene: obstruction, not gangrene), its side and
    episode of care left out (a phrase's "without" reaches to its end: "w/o FB initial")."""
    text = _NOT.sub(" ", _NOTES.sub(" ", icd10cm.lookup(code).description.lower()))
    return _set(_WITHOUT.sub(" ", _WITHOUT_LIST.sub(" ", text))) - _SIDES - _EPISODE_WORDS_SET


@cache
def _eye_conditions() -> frozenset[str]:
    """The one-word main terms whose own code is a disease of the eye (H00-H59: cataract,
    conjunctivitis): with them the eye said with a side adds nothing ("R eye pain" keeps its eye)."""
    return frozenset(words[0] for e in books.entries("index") if e.level == 0 and e.code[:2] in _EYE_CHAPTER
                     and len(words := _words(_strip(e.term))) == 1 and words[0] != _EYE)


@cache
def _noun(word: str) -> str:
    """An adjective no main term prints, as the condition a main term names ("hypothyroid":
    hypothyroidism, "anemic": anemia); other words as they are, nor read as a person's name ("tap",
    of Contact, with, hot, tap-water: not Tapia's syndrome)."""
    vocabulary = _paths().main  # the words of main terms
    if word in vocabulary or word in _substances():  # "morphine" stays a drug, not morphinism
        return word
    nouns = (word + end for end in _CONDITION_ENDINGS if word + end in vocabulary)
    return next((noun for noun in nouns if noun not in _eponyms()), word)


@cache
def _eponyms() -> frozenset[str]:
    """The names main terms print with a possessive (Tapia's syndrome: tapia)."""
    return frozenset(_words(e.term.split("'")[0])[-1] for e in books.entries("index")
                     if e.level == 0 and "'s" in e.term and _words(e.term.split("'")[0]))


@cache
def _substances() -> frozenset[str]:
    return frozenset(word for _, row_words in _table_rows("drugs") for word in row_words)


@cache
def substance_rows() -> frozenset[frozenset[str]]:
    """The words of each row of the Table of Drugs ("fentanyl"; "mucous membrane agents")."""
    return frozenset(row_words for _, row_words in _table_rows("drugs"))


def _site_nouns(words: set[str]) -> set[str]:
    """The Neoplasm Table's site nouns for site adjectives the table does not print ("rectal":
    rectum, "endometrial": endometrium), as the Latin endings go."""
    sites = _site_vocabulary()
    return {word + end for word in words - sites for end in _SITE_ENDINGS if word + end in sites}


# --- the Alphabetic and External Cause Index as searchable paths ------------------------------


@dataclass
class _Paths:
    entries: list[books.Entry]
    weight: np.ndarray
    sided_weight: np.ndarray
    postings: dict[str, np.ndarray]
    extra: dict[str, np.ndarray]
    main: dict[str, np.ndarray]
    negated: dict[str, np.ndarray]
    idf: dict[str, float]
    qualifier: list[frozenset[str]]  # a qualified main term's comma part ("pathological"), or the kind of a
    # generic main term's disorder (Disorder, bipolar: bipolar), which the phrase must say
    needed: dict[str, np.ndarray]  # the words each path requires (each level's first form)
    truncated: np.ndarray  # paths through a level whose words after its modifiers the CSV lost
    catch_all: np.ndarray  # paths through a level "specified NEC"
    ranged: np.ndarray  # paths through a level that is a range of numbers ("40.0-44.9")


@cache
@on_disk("index-paths", package_files(), ("numpy",))
def _paths() -> _Paths:
    """Every path of the Alphabetic and External Cause Indexes that ends in a code, with its words.

    About 4 s of CPU to build (500,000 phrases of the books read into words); a new process reads
    it from the disk cache in about 1 s. Its key is every file of the library: the words come from
    this module, ``encoder``'s tokens and the books.
    """
    entries: list[books.Entry] = []
    path_words: list[set[str]] = []
    required: list[set[str]] = []
    negated: list[set[str]] = []
    modifier_words: list[set[str]] = []
    main_words: list[set[str]] = []
    qualifier: list[frozenset[str]] = []
    truncated: list[bool] = []
    catch_all: list[bool] = []
    ranged: list[bool] = []
    term_counts: dict[str, int] = {}
    for book in ("index", "external"):
        rows = books.entries(book)
        own = [set(_words(_strip(e.term))) for e in rows]
        first = [set(_words(_ALTERNATIVE.split(_strip(e.term).split(",")[0])[0])) for e in rows]
        qualifying = {number: frozenset(own[number] - first[number]) for number in _qualified(book)}
        for number in qualifying:  # "Fracture, pathological" needs "pathological"
            first[number] = own[number]
        for e in rows:  # History, personal, "tuberculosis, latent infection" needs "latent infection"
            if e.parent is not None and books.path(e)[0] == _HISTORY_ENTRY:
                first[e.number] |= _qualifier(_strip(e.term))
        for word_set in own:
            for word in word_set:
                term_counts[word] = term_counts.get(word, 0) + 1
        main_forms = {e.number: _forms(_strip(e.term)) for e in rows if e.parent is None}
        above: dict[int, set[str]] = {}
        needed: dict[int, set[str]] = {}
        mods: dict[int, set[str]] = {}
        absent: dict[int, set[str]] = {}
        main_of: dict[int, int] = {}
        cut: dict[int, bool] = {}
        other: dict[int, bool] = {}
        numbered: dict[int, bool] = {}
        kind: dict[int, frozenset[str]] = {}  # below Disorder, Disease, Syndrome: the kind named first
        for e in rows:
            up = e.parent
            kind[e.number] = (frozenset(first[e.number]) if up is not None and rows[up].parent is None
                              and _set(rows[up].term.split(",")[0]) <= _GENERIC_MAIN
                              else kind[up] if up is not None else frozenset())
            cut[e.number] = (cut[up] if up is not None else False) or _lost_words(e)
            numbered[e.number] = (numbered[up] if up is not None else False) or _ranged(e.term)
            other[e.number] = (other[up] if up is not None else False) or _strip(e.term).strip() == _CATCH_ALL
            above[e.number] = (above[up] if up is not None else set()) | own[e.number]
            needed[e.number] = (needed[up] if up is not None else set()) | first[e.number]
            mods[e.number] = (mods[up] if up is not None else set()) | set(_words(e.modifiers))
            # "without X" in a term holds below it too; in modifiers, for the entry alone
            absent[e.number] = (absent[up] if up is not None else set()) | set(_negated(_words(e.term)))
            main_of[e.number] = main_of[up] if up is not None else e.number
            if e.code or _reference(e):
                lacking = absent[e.number] | set(_negated(_words(e.modifiers)))
                entries.append(e)
                path_words.append(above[e.number])
                negated.append(lacking)
                # "without X" is what a coder takes when X is not said: X is not required
                required.append(needed[e.number] - lacking)
                modifier_words.append(mods[e.number] - above[e.number])
                main_words.append(main_forms[main_of[e.number]])
                qualifier.append(qualifying.get(main_of[e.number], frozenset()) | kind[e.number])
                truncated.append(cut[e.number])
                catch_all.append(other[e.number])
                ranged.append(numbered[e.number])
    total = sum(term_counts.values())
    idf = {word: math.log(1 + total / count) for word, count in term_counts.items()}
    def weigh(free: frozenset[str]) -> np.ndarray:  # fsum: the same sum in any order of a set's words
        return np.array([math.fsum(_LIGHT if w in free else idf[w] for w in words) or 1.0
                         for words in required])

    return _Paths(entries, weigh(_FREE_WORDS), weigh(_FREE_WORDS | _TABULAR_ONLY), _postings(path_words),
                  _postings(modifier_words), _postings(main_words), _postings(negated), idf, qualifier,
                  _postings(required), np.array(truncated, dtype=bool), np.array(catch_all, dtype=bool),
                  np.array(ranged, dtype=bool))


def _forms(term: str) -> set[str]:
    """The words of a main term that name it: all but a comma part that is a site and no other form
    of the first ("Dermatochalasis, eyelid": a phrase naming an eyelid does not name a
    dermatochalasis; "Sty, stye", "Findings, abnormal" keep theirs)."""
    head, *parts = term.split(",")
    forms = set(_words(head))
    sites = _site_vocabulary()
    return forms | {word for part in parts for word in _words(part)
                    if word not in sites or any(_shared(word, form) for form in forms)}


def _shared(word: str, form: str) -> bool:
    """True when two words begin alike, as two forms of a term do ("sty", "stye": sty)."""
    return word[:min(_VARIANT, len(word), len(form))] == form[:min(_VARIANT, len(word), len(form))]


def _qualifier(term: str) -> set[str]:
    """The words of a History subterm's comma parts of two words or more after the first that are
    no other form of it: a qualifier, required as the first form is ("tuberculosis, latent
    infection": latent infection; a history of TB is Z86.11, not Z86.15), where a variant is not
    ("fall, falling": the forms share their first letters)."""
    head, *parts = term.split(",")
    forms = set(_words(head))
    return {word for part in parts if len(said := _words(part)) > 1 for word in said
            if not any(word[:_VARIANT] == form[:_VARIANT] for form in forms)}


def _ranged(term: str) -> bool:
    """True for a level that is a range of numbers ("40.0-44.9", "stage 1 through stage 4"), which
    a number said falls in or not (``_disagree``)."""
    return bool(_RANGE.search(_strip(term)))


def _lost_words(entry: books.Entry) -> bool:
    """True for a level of connectors alone with modifiers and a code of its own ("Gout, in (due
    to)" M10.30): the CSV lost the words after its modifiers (renal impairment), so it and its
    subterms name a cause no phrase can say."""
    words = entry.term.casefold().split()
    return bool(entry.modifiers and entry.code and words) and set(words) <= _CAUSE_CONNECTORS


def _qualified(book: str) -> list[int]:
    """Main terms whose comma part is a qualifier, not a variant: of the main terms that share
    their first form ("Fracture, traumatic", "Fracture, pathological" ...), all but the one with
    the most subterms, which the others' documentation defaults to."""
    rows, below = books.entries(book), books.children(book)
    size = [0] * len(rows)
    for entry in reversed(rows):
        if entry.parent is not None:
            size[entry.parent] += size[entry.number] + 1
    groups: dict[str, list[int]] = {}
    for number in below.get(None, ()):
        groups.setdefault(rows[number].term.split(",")[0].strip().casefold(), []).append(number)
    shared = [group for group in groups.values() if len(group) > 1]
    return [n for group in shared for n in group if n != max(group, key=size.__getitem__)]


@cache
def _term_words(term: str) -> frozenset[str]:
    """The words of a printed term, modifiers and defaults left out."""
    return _set(_strip(term))


@lru_cache(maxsize=1 << 16)
def _strip(term: str) -> str:
    """A term without modifiers, bracketed notes, and "not specified as ..." (the default)."""
    return _DEFAULT_PHRASE.sub(" ", _NOTES.sub(" ", term))


def _postings(sets: list[set[str]]) -> dict[str, np.ndarray]:
    lists: dict[str, list[int]] = {}
    for number, words in enumerate(sets):
        for word in words:
            lists.setdefault(word, []).append(number)
    return {word: np.array(found, dtype=np.int32) for word, found in lists.items()}


def _index_hits(asked: Query, limit: int) -> list[Hit]:
    """Index paths ranked by how much of the phrase they hold and how much of them it holds.

    Words the Tabular settles (sides, open or closed) and words said to be absent do not count
    against a path; a path holding an absent word (without its own "without") is marked down.
    """
    paths = _paths()
    words = list(asked.words)
    weights = {w: _LIGHT if w in _UNCOMPLICATED else max(paths.idf.get(w, _FLOOR), _FLOOR) for w in words}
    side_words = _TABULAR_ONLY | ({_EYE} if asked.sided_eye else set())  # "cataract OS": the side's eye
    total = sum(weight for word, weight in weights.items()
                if word not in side_words and word not in asked.absent) or 1.0
    core = np.zeros(len(paths.entries))
    extra = np.zeros(len(paths.entries))
    main = np.zeros(len(paths.entries), dtype=bool)
    met = np.zeros(len(paths.entries))
    sided = bool(_SIDES & set(words))
    light = _FREE_WORDS | _TABULAR_ONLY if sided else _FREE_WORDS  # what weighs little in a path
    if asked.sided_eye:  # nor does it stand in for an Index subterm's eye (Cataract, in eye disease)
        light = light | {_EYE}
    for word, weight in weights.items():
        if word in paths.postings and word not in _SIDES and not (asked.sided_eye and word == _EYE):
            # a side (and the eye said with it) is settled in the Tabular, not the Index
            core[paths.postings[word]] += weight
        if word in paths.needed:  # a side said does not stand in for a path's word left unsaid
            met[paths.needed[word]] += _LIGHT if word in light else weight
        if word in paths.extra:
            extra[paths.extra[word]] += weight
        if word in paths.main and word not in asked.absent:
            main[paths.main[word]] = True
    for said, other in _stand_ins([w for w in words if w not in asked.absent]):  # not "w/o bleeding"
        for found, postings in ((core, paths.postings), (met, paths.needed)):
            if other in postings:
                found[np.setdiff1d(postings[other], postings.get(said, _NONE))] += _STAND_IN * weights[said]
    weight = paths.sided_weight if sided else paths.weight  # the Tabular settles sides
    # the phrase's share of the path's required words (each level's first form), not just any of its words
    whole = met >= weight - 1e-9  # a nonessential modifier counts for a path whose own words are all said
    scores = (core + extra * (0.5 + 0.5 * whole)) / total * (0.5 + 0.5 * np.minimum(met / weight, 1.0))
    scores[~main] = 0.0
    scores[paths.truncated] *= _NEGATED_PENALTY  # a cause the CSV lost is never said
    if _SPECIFIED not in words and all(word in paths.postings for word in words):
        scores[paths.catch_all] *= _UNSAID_SPECIFIED  # "specified NEC": only for what the Index lacks
    for word in _INTENTS - set(words):  # an injury is accidental unless the phrase names the intent
        if word in paths.postings:
            scores[paths.postings[word]] *= _UNSAID_INTENT
    unsaid = _MUST_BE_SAID - set(words)
    if _FAMILY & set(words):  # a family history is not the patient's own (History, personal)
        unsaid |= _PERSONAL
    elif _PERSONAL & set(words):  # nor the patient's own history a family's
        unsaid |= _FAMILY
    for word in unsaid:  # "congenital", "newborn", "puerperal" ... only when the phrase says so
        if word in paths.postings:
            scores[paths.postings[word]] *= _NEGATED_PENALTY
    absent = asked.absent
    for word in absent:  # the phrase says "without X": a path with X but not "without X" is wrong
        if word in paths.postings:
            hit = paths.postings[word]
            spared = paths.negated.get(word, np.array([], dtype=np.int32))  # its own "without X"
            scores[np.setdiff1d(hit, spared)] *= _NEGATED_PENALTY
    for word in set(words) - set(absent):  # the path says "without X" and the phrase has X
        if word in paths.negated:
            scores[paths.negated[word]] *= _NEGATED_PENALTY
    if any(_STAGE.match(word) for word in words):  # a number said: the ranges that do not hold it
        for number in np.flatnonzero(paths.ranged & (scores > 0)).tolist():
            if _disagree(words, " ".join(books.path(paths.entries[number]))):
                scores[number] *= _NEGATED_PENALTY
    top = min(limit * 3, len(scores) - 1)
    pool = np.argpartition(-scores, top)[:top]
    for number in pool.tolist():  # "Fracture, pathological" for a fracture not said to be pathological
        if not paths.qualifier[number] <= set(words):
            scores[number] *= _NEGATED_PENALTY
    order = pool[np.lexsort((pool, -scores[pool]))]  # best first, then book order
    hits: list[Hit] = []
    for number in order.tolist():
        if scores[number] <= 0 or len({hit.code for hit in hits}) >= limit:
            break
        entry = paths.entries[number]
        agree = not _disagree(words, " ".join(books.path(entry)))
        factor = 1.0 if agree else _NEGATED_PENALTY
        depth = 1.0 - _LEVEL_TIE * entry.level  # of equal scores, the entry nearer the main term
        hit = _resolve(entry, words, asked.episode, float(scores[number]) * factor * depth, asked.absent)
        if hit is not None:
            hits.append(hit)
    return hits


def _reference(entry: books.Entry) -> str:
    """Where a coder goes from ``entry``: its "see", or its "see also" when it has no code of its own
    ("Amputation, see also Absence, by site, acquired")."""
    return entry.see or ("" if any(entry.codes) else entry.see_also)


def _negated(words: list[str]) -> list[str]:
    """The word right after each "without": what the phrase says is absent."""
    return [words[i + 1] for i, word in enumerate(words[:-1]) if word == "without"]


def _descend(entry: books.Entry, words: set[str]) -> books.Entry:
    """Below ``entry``, the subterms whose words the phrase holds, as far as they go; a level of
    connectors alone ("with", "in"), or a "without X" the phrase does not deny or name (what a
    coder takes when X is not said: Spondylosis, without myelopathy or radiculopathy, lumbar
    region), is looked through to the subterms under it, and so is the "with" level of a
    subterm without a code of its own (Arteriosclerosis, coronary, native vessel, with, angina
    pectoris: the native vessel is what a coder takes when no graft is said). A subterm with neither
    a code nor a reference, none of whose own subterms the phrase names, is a dead end: the next
    subterm the phrase names is taken (blood clots in the lungs: Clot, see Embolism, lung, not
    Embolism, blood clot, whose subterms are following abortion ... and in pregnancy)."""
    rows, below = books.entries(entry.book), books.children(entry.book)
    under = list(below.get(entry.number, ()))
    through = [j for j in under if _looked_through(rows[j].term, words)]
    through += [i for j in under if not rows[j].code  # a level without a code of its own:
                for i in below.get(j, ()) if _looked_through(rows[i].term, words)]  # its "with"
    under += [i for j in through for i in below.get(j, ())]
    fitting = [(len(w), rows[i]) for i in under if (w := _fitting_words(rows[i], words)) and w <= words]
    dead_end = None
    for _, subterm in sorted(fitting, key=lambda item: -item[0]):  # the most words first, then book order
        reached = _descend(subterm, words)
        if _usable(reached):
            return reached
        dead_end = dead_end or reached
    return dead_end or entry


def _unsaid_level(target: books.Entry, words: set[str]) -> books.Entry:
    """Where a "see" led to ``target`` and no subterm below it is named, the subterms one level further down
    that name ``words`` (the phrase's, those of the path that led there left out), where they are all under
    one subterm the phrase does not say and lead to a code: the level a coder passes through for them (mole
    on left thigh: Mole, see Nevus, skin, thigh D22.7-, not Nevus D22.9; not hardening of the arteries:
    Hardening, artery, see Arteriosclerosis, renal, artery)."""
    rows, below = books.entries(target.book), books.children(target.book)
    named = [(len(w), j, rows[i]) for j in below.get(target.number, ()) for i in below.get(j, ())
             if (w := _fitting_words(rows[i], words)) and w <= words]
    if len({j for _, j, _ in named}) != 1:
        return target
    reached = _descend(max(named, key=lambda item: item[0])[2], words)
    return reached if reached.code else target


def _usable(entry: books.Entry) -> bool:
    """True for an entry with a code or a reference to follow."""
    return any(entry.codes) or bool(_reference(entry))


def _fitting_words(entry: books.Entry, words: set[str]) -> frozenset[str]:
    """The words of a subterm that the phrase must hold to go down to it: its own (in the Neoplasm
    Table, the comma form the phrase names, as its rows are read: "axilla, axillary"), or for a
    level of connectors alone with a code, the words the CSV left in its modifiers (Failure,
    heart, systolic, acute, "and" (on) chronic: chronic, I50.23); a grade, stage, type or class with
    its number, the number alone (VAIN 1: Neoplasia, intraepithelial, vagina, grade I N89.0)."""
    own = _term_words(entry.term) - _FILLER
    if own & _NUMBER_HEADS and any(word[0].isdigit() for word in own):
        own -= _NUMBER_HEADS
    if entry.book == "neoplasm" and "," in entry.term:
        forms = map(_set, _strip(entry.term).split(","))
        return next((form for form in forms if form and form <= words), own)
    if entry.parent is not None and _LISTED.search(_strip(entry.term)):
        forms = map(_set, _ALTERNATIVES.split(_strip(entry.term)))
        return next((form for form in forms if form and form <= words), own)
    return own or (_lost_tail(entry.modifiers) if entry.code else own)


@cache
def _lost_tail(modifiers: str) -> frozenset[str]:
    """The words of a modifiers field outside its parentheses ("(on) chronic (congestive)": chronic)."""
    return _set(re.sub(r"\([^()]*\)", " ", modifiers or ""))


def _looked_through(term: str, words: set[str]) -> bool:
    """True for a level of connectors alone, or a "without X" whose X the phrase does not name."""
    own = _term_words(term)
    return not own or (_strip(term).startswith("without ") and not own - _set("without") & words)


def _synonyms(words: list[str]) -> set[str]:
    """The words the Index sends the phrase's words to ("Hemiparesis, see Hemiplegia"), read when
    a "see" is followed (Sequelae, infarction, cerebral, hemiplegia for a residual hemiparesis)."""
    table = _see_words()
    return {word for said in words for word in table.get(said, ())}


@cache
def _see_words() -> dict[str, tuple[str, ...]]:
    """One-word main terms without a code of their own that send the coder to another one-word main
    term ("Hemiparesis, see Hemiplegia"), as word to the other's words."""
    return {own[0]: tuple(_words(e.see)) for e in books.entries("index")
            if e.parent is None and not e.code and e.see and "," not in e.see and e.see != _BY_CONDITION
            and len(own := _words(_strip(e.term))) == 1}


def _follow(entry: books.Entry, see: str) -> books.Entry:
    """Where ``see`` leads from ``entry``: under ``entry``'s own main term first when the reference
    names its first form ("Fracture, traumatic, leg, ankle, see Fracture, ankle" stays in
    Fracture, traumatic, not Fracture, pathological); a subterm it names that the Index prints with
    NEC after it is that subterm (see Displacement, intervertebral disc: intervertebral disc NEC)."""
    main = books.path(entry)[0]
    head, _, rest = see.partition(",")
    if rest and main != head.strip() and main.split(",")[0].strip().casefold() == head.strip().casefold():
        try:
            return index.follow(entry.book, f"{main}, {rest.strip()}")
        except index.NotInIndexError:
            pass
    found = index.follow(entry.book, see)
    if rest and len(books.path(found)) <= see.count(","):  # it fell short of the subterm the reference names
        try:
            deeper = index.follow(entry.book, f"{see} {_CATCH_ALL_NEC}")  # printed "intervertebral disc NEC"
        except index.NotInIndexError:
            return found
        return deeper if len(books.path(deeper)) > len(books.path(found)) else found
    return found


def _resolve(entry: books.Entry, words: list[str], episode: str | None, score: float,
             absent: frozenset[str] = frozenset()) -> Hit | None:
    """The hit ``entry`` leads to: its "see" followed and the subterms the phrase names taken below
    it (none the phrase says are absent: "without crisis" is no subterm crisis), then verified."""
    route = list(books.path(entry))
    unsaid = (_MUST_BE_SAID | _FAMILY | _PERSONAL) - set(words)  # query() adds personal to a history
    for _ in range(3):
        see = _reference(entry)
        if entry.code or not see:
            break
        if see.startswith("Neoplasm"):  # a morphology term: its behaviour, the phrase's site, the table
            return _by_site(see, words, (*route, f"see {see}"), score)
        if see.startswith("Table of Drugs") or see == _BY_CONDITION:
            return None
        if _set(see) & unsaid:  # "History, family, see also History, personal": not the family's
            score *= _NEGATED_PENALTY
        said = set(words) - absent | _synonyms(words)
        try:
            entry = _descend(target := _follow(entry, see), said)
            if entry is target:
                entry = _unsaid_level(target, said - _set(" ".join(route)))
        except index.NotInIndexError:
            return None
        route.append(f"see {see}")
        if books.path(entry)[-1] != see.split(",")[-1].strip():
            route.append(entry.term)
    if not entry.code:
        return None
    context = [*words, *(w for term in books.path(entry) for w in _term_words(term))]
    if _LIMB <= set(context):  # the Index's "limb, lower" and "limb, upper" are the Tabular's leg and arm
        context += [limb for side, limb in _LIMBS if side in context]
    code = _as_infarction(verify(entry.code, [*context, *_main_default(entry)], episode), words)
    return Hit(code, books.TITLES[entry.book], tuple(route), entry.code, score) if code else None


def _as_infarction(code: str | None, words: list[str]) -> str | None:
    """A stroke's sequela as the cerebral infarction's: the Index's Stroke, meaning cerebral
    infarction - code to Infarction, cerebral, so that where its "chronic, with residual defects"
    sends the coder to Sequelae, disease, cerebrovascular (I69.9-), the deficit is the one
    following cerebral infarction (hemiparesis: I69.95- -> I69.35-)."""
    said = set(words)
    if not code or not code.startswith(_UNSPECIFIED_SEQUELA) or not (_STROKE & said or _INFARCT <= said):
        return code
    description = icd10cm.lookup(code).description.replace(*_SEQUELA_OF)
    return _sequela_codes().get(description, code)


@cache
def _sequela_codes() -> dict[str, str]:
    """The Tabular's sequelae of cerebral infarction (I69.3-) by description."""
    codes = icd10cm.billable_descendants(_INFARCTION_SEQUELA)
    return {icd10cm.lookup(code).description: code for code in codes}


@cache
def _main_default(entry: books.Entry) -> frozenset[str]:
    """For a subterm whose code needs more characters, what its main term's own code adds to its
    category in the Tabular: the default a coder carries down when the phrase says no more
    (Influenza J11.1, with other respiratory manifestations: Influenza, A J10- is J10.1)."""
    rows, main = books.entries(entry.book), entry
    while main.parent is not None:
        main = rows[main.parent]
    stem, top = entry.code.rstrip(".-"), main.code.rstrip(".-")
    if main is entry or not (icd10cm.is_valid(stem) and icd10cm.is_valid(top)):
        return frozenset()
    if icd10cm.lookup(stem).billable:
        return frozenset()
    parts = icd10cm.lookup(top).description.split(",")
    said = " ".join(part for part in parts if "unspecified" not in part.lower())  # no "unspecified ear"
    added = _set(said) - _set(icd10cm.lookup(top[:3]).description)
    return added - _DEFAULT - _TABULAR_ONLY


def _by_site(see: str, words: list[str], route: tuple[str, ...], score: float) -> Hit | None:
    """Where the Index sends a morphology term to the Neoplasm Table ("Adenocarcinoma, see
    Neoplasm, malignant, by site"; "Angiosarcoma, see Neoplasm, connective tissue, malignant"):
    the column the reference names, at the site the reference and the phrase name together (skin
    and cheek: skin, cheek)."""
    named = _set(see) - _NEOPLASM_NOUN  # the column and the site it names, not "by site"
    found = _neoplasm_hits([*words, *_TABLE_NAME, *sorted(named)])
    if not found:
        return None
    hit = found[0]
    credited = _site_credit(score, route, _set(" ".join(hit.path[1:])), set(words))
    return Hit(hit.code, books.TITLES["neoplasm"], (*route, *hit.path[1:]), hit.printed, credited)


def _site_credit(score: float, route: tuple[str, ...], site: frozenset[str], said: set[str]) -> float:
    """A morphology's score with the site words the Neoplasm Table's row took counted as the path's
    own, as a coder reads the site there ("adenocarcinoma of tail of pancreas": the table's pancreas,
    tail C25.2 holds the words the Index's islet cell, pancreas C25.4 holds, and its site besides),
    where the phrase says every word of the Index's terms on the way ("mass of the LUL" is not the
    Index's Mass, malignant)."""
    terms = _set(" ".join(term for term in route if not term.startswith("see ")))
    if terms - _FREE_WORDS - _NAMED_SITE - said:
        return score
    paths = _paths()
    path_words = _set(" ".join(route)) & said
    matched = math.fsum(max(paths.idf.get(w, _FLOOR), _FLOOR) for w in path_words)
    added = math.fsum(max(paths.idf.get(w, _FLOOR), _FLOOR) for w in site & said - path_words)
    return score * (matched + added) / matched if matched else score


@cache
def _lost() -> tuple[tuple[tuple[str, ...], frozenset[str], str, str], ...]:
    """The Index entries the CSV lost (``data/icd10cm_index_lost.csv``, "see subcategory" links
    such as Pain, ear: H92.0-) as (path, its words, the reference, the code)."""
    rows = data_files.rows("icd10cm_index_lost.csv")
    return tuple((tuple(term.strip() for term in row["path"].split(",")), _set(row["path"]),
                  row["reference"], row["code"]) for row in rows)


def _lost_hits(words: list[str], episode: str | None) -> list[Hit]:
    """The lost entries whose words the phrase holds, verified in the Tabular like any Index code."""
    present = set(words)
    hits = []
    for path, needed, reference, printed in _lost():
        code = verify(printed, words, episode) if needed <= present else None
        if code:
            hits.append(Hit(code, books.TITLES["index"], (*path, reference), printed, _ROUTE_SCORE))
    return hits


def _disagree(words: list[str] | set[str], text: str) -> bool:
    """True when the phrase names numbers, ``text`` does too, and none of the phrase's falls in
    any of the text's (a number, or a range: "stage 1 through stage 4", "40.0-44.9"): "stage 3"
    (or 3a) is not "stage 5", and "type 2" not "type 1"."""
    said = [int(found.group(1)) for word in words if (found := _STAGE.match(word))]
    printed = _spans(text) if said else ()
    return bool(printed) and not any(low <= n <= high for n in said for low, high in printed)


@cache
def _spans(text: str) -> tuple[tuple[float, float], ...]:
    """The numbers and number ranges ``text`` names, as (low, high) pairs, its bounds one pair (at or after
    37 weeks: 37 and above)."""
    spans, rest = [], text
    for match in _RANGE.finditer(text):
        spans.append((float(match.group(1)), float(match.group(2))))
        rest = rest.replace(match.group(0), " ")
    low, high = -math.inf, math.inf
    for match in _BOUND.finditer(rest):  # "at or after 37 completed weeks", "less than 28 completed weeks"
        number = float(match["number"])
        if match["above"]:
            low = max(low, number + (0.0 if match["above"].startswith("at") else _STRICT))
        else:
            high = min(high, number - _STRICT)
        rest = rest.replace(match.group(0), " ")
    if (low, high) != (-math.inf, math.inf):
        spans.append((low, high))
    spans.extend((float(n), float(n)) for n in _NUMBER.findall(rest))
    return tuple(spans)


_BOUND = re.compile(r"\b(?:(?P<above>at or after|at least|after|more than|greater than|over)|before|"
                    r"less than|under)\s+(?P<number>\d+(?:\.\d+)?)(?![\w.])")
"""A bound a level prints on a number ("before 37 completed weeks", "more than 42 weeks gestation"): a number
said falls within it or not; a level that prints two ("after 37 ... but before 39") holds what is between."""
_STRICT = 0.001  # "before 37" holds 36.9, not 37; "more than 42" not 42


# --- the Table of Drugs and the Neoplasm Table ------------------------------------------------


@cache
def _table_rows(book: str) -> list[tuple[books.Entry, frozenset[str]]]:
    """Each row of a table with the words of its path (for the Neoplasm Table, the site only: a
    row for each comma form of its own term, "uterus, uteri, uterine", and of the term just above it
    (uteri, fundus and uterine, fundus, as uterus, fundus: ca of fundus uteri C54.3, not uterus C55),
    the first form of those above that; the rows of first forms come first, so "lung" is the row lung
    before "lingula, lung")."""
    rows, variants = [], []
    for entry in books.entries(book):
        names = [books.path(entry)]
        if book == "neoplasm":
            *above, own = [name.split(",") for name in books.path(entry)[1:]] or [[""]]
            names = [(*(forms[0] for forms in above), form) for form in own]
            if above:  # the other spellings of the site above carry its subterms (fundus uteri)
                names += [(*(forms[0] for forms in above[:-1]), form, own[0]) for form in above[-1][1:]]
        elif book == "drugs":
            names.extend(_drug_names(entry))
        found = dict.fromkeys(frozenset(w for name in row for w in _words(_strip(name))) - _TABLE_FREE
                              for row in names)
        for number, words in enumerate(found):  # a drug's other name is the row itself
            if words and (any(entry.codes) or _reference(entry)):
                (variants if number and book == "neoplasm" else rows).append((entry, words))
    return rows + variants


def _drug_names(entry: books.Entry) -> list[tuple[str, ...]]:
    """Other names of a Table of Drugs row: each comma form of a main term whose forms spell the
    same name ("Nitroglycerin, nitro-glycerol": nitroglycerin; not "Blockers, calcium channel"),
    for its subterms too ("Venom, venomous, scorpion": scorpion venom), and, below a main term, what
    its nonessential modifiers name in place of the subterm ("Lithium, salts (carbonate)": lithium
    carbonate)."""
    path = books.path(entry)
    main, *below = path
    names = [(form, *below) for form in _spellings(main)]  # Venom, venomous, scorpion: venom scorpion
    if entry.level == 0:
        return names + _salt_names(main)
    return [*names, *((*path[:-1], group) for group in _MODIFIER_GROUP.findall(entry.modifiers))]


def _salt_names(term: str) -> list[tuple[str, ...]]:
    """A main term naming a drug with its salt, under the drug's own name where no main term is it
    ("Pyridostigmine bromide": pyridostigmine), and each salt its comma forms list ("Ferrous fumerate,
    gluconate, lactate, salt NEC, sulfate": ferrous sulfate)."""
    first, *others = [_strip(form).strip().lower() for form in term.split(",")]
    drug, *salt = first.split()
    if len(salt) != 1 or (salt[0] not in _SALTS and not any(form in _SALTS for form in others)):
        return []
    listed = [(f"{drug} {form}",) for form in others if form in _SALTS]
    return listed if drug in _main_terms("drugs") else [(drug,), *listed]


@cache
def _main_terms(book: str) -> frozenset[str]:
    """The main terms of a book, lower case."""
    return frozenset(entry.term.lower() for entry in books.entries(book) if entry.level == 0)


@cache
def _spellings(term: str) -> tuple[str, ...]:
    """The comma forms of a main term that spell one name ("Nitroglycerin, nitro-glycerol"; "Venom,
    venomous"), none for one whose forms differ ("Blockers, calcium channel")."""
    first, *others = forms = [form.strip().lower() for form in term.split(",")]
    spelled = others and all(form[:_VARIANT] == first[:_VARIANT] for form in others)
    return tuple(forms) if spelled else ()


@cache
def _site_vocabulary() -> frozenset[str]:
    return frozenset(word for _, row_words in _table_rows("neoplasm") for word in row_words)


def _best_row(book: str, words: set[str]) -> books.Entry | None:
    """The row whose path words all appear in ``words``, the most words first."""
    found = _best_row_words(book, frozenset(words))
    return found[0] if found else None


@lru_cache(maxsize=4096)
def _best_row_words(book: str, words: frozenset[str]) -> tuple[books.Entry, frozenset[str]] | None:
    """The row ``_best_row`` takes, with the words of it that the phrase said: the most words, then a
    row naming a substance before one named by the poisoning's own words or the Table's row for a drug not
    named (Pyrethrin before Poison NEC; sulfa drug: Sulfonamide NEC before Drug NEC)."""
    rows, (by_word, wordless) = _table_rows(book), _rows_by_word(book)
    candidates = sorted({*wordless, *(int(number) for word in words for number in by_word.get(word, ()))})
    fitting = [(len(row_words), not row_words <= _UNNAMED_DRUG, -entry.level, entry, row_words)
               for entry, row_words in (rows[number] for number in candidates) if row_words <= words]
    if not fitting:
        return None
    best = max(fitting, key=lambda item: item[:3])
    return best[3], best[4]


@cache
def _rows_by_word(book: str) -> tuple[dict[str, np.ndarray], list[int]]:
    """The numbers of ``_table_rows(book)`` by each word of their paths, and those of the rows with none
    (a row fits a phrase only if it says one of its words, or has none)."""
    sets = [row_words for _, row_words in _table_rows(book)]
    return _postings(sets), [number for number, row_words in enumerate(sets) if not row_words]


def _poisoning_words(words: list[str], text: str, absent: frozenset[str]) -> list[str]:
    """The words the Table of Drugs is read with: not those said absent (no Thyroid row for "without
    thyroid storm"), nor "toxic" where it names the condition ("toxic adenoma of thyroid": E05.10)."""
    named = _TOXIC_CONDITION.search(text)
    return [w for w in words if w not in absent and not (named and w in _TOXIC)]


def _drug_row(words: list[str]) -> tuple[books.Entry, list[str]] | None:
    """The Table of Drugs' row for the substance the phrase names, its "see" reference followed
    where the row has no codes ("Coumadin, see Warfarin"), with the route taken; a site adjective reads
    the body part the Table prints (ophthalmic antibiotic: Antibiotic NEC, eye)."""
    sites = {noun for word in words for noun in _pertainyms().get(word, ())}
    entry = _best_row("drugs", {*words, *sites})
    if entry is None:
        return None
    route = list(books.path(entry))
    if not any(entry.codes) and entry.see:
        see = entry.see
        try:
            entry = index.follow("drugs", see)
        except index.NotInIndexError:
            return None
        route.append(f"see {see}")
    return entry, route


def _venomous_bite(words: list[str]) -> bool:
    """True for a bite by an animal whose venom the Table of Drugs names, as the Index's Bite, snake,
    see also Venom, bite, snake reads (rattlesnake bite: Rattlesnake (venom) T63.01-); not a dog's bite,
    which the Table does not name, nor one said to be nonvenomous (Bite, snake, nonvenomous)."""
    said = frozenset(words)
    if not _BITE & said or _NONVENOMOUS & said:
        return False
    found = _best_row_words("drugs", said)
    return found is not None and found[0].codes[0].startswith(_VENOM_CATEGORY)


def _drug_hit(words: list[str], episode: str | None, cause: frozenset[str] | None = None) -> Hit | None:
    """The Table of Drugs' code for a poisoning, adverse effect or underdosing; or, for a condition
    said to be caused by a substance ("hypokalemia due to Lasix", "statin-induced myopathy": the
    words of the ``cause``, where the substance is looked for first), its adverse effect, ranked
    after the condition, which a coder reports first."""
    poisoned = bool(DRUG_WORDS & set(words)) or _venomous_bite(words)
    if not poisoned and cause is None:
        return None
    effect = not poisoned
    found = (_drug_row(sorted(cause)) if effect and cause else None) or _drug_row(words)
    if found is None:
        return None
    entry, route = found
    column = next((name for name, keys in _INTENT_WORDS if keys & set(words)),
                  "adverse_effect" if effect else "accidental")
    printed = entry.codes[books.DRUG_COLUMNS.index(column)]
    code = verify(printed, words, episode or "A") if printed else None
    if not code:
        return None
    score = _ROUTE_SCORE * (_EFFECT_SHARE if effect else 1.0)
    return Hit(code, books.TITLES["drugs"], (*route, column.replace("_", " ")), printed, score)


def _behind(hit: Hit, score: float) -> Hit:
    """``hit`` ranked after a code of ``score``: no higher than ``_AHEAD`` below it."""
    return replace(hit, score=min(hit.score, score - _AHEAD))


def _effect_after_condition(drug: Hit, hits: list[Hit]) -> Hit:
    """A drug's adverse effect said outright (taken as prescribed, correctly given) ranked after the
    condition the phrase names, whose code the guidelines report first (I.C.19.e.5.a: anaphylaxis to
    amoxicillin taken as prescribed, T88.6XXA then T36.0X5A; drug-induced parkinsonism, G21.19 then
    T50.905A); the Index's Effect, adverse, Reaction and Allergy name no such condition (adverse effect
    of Crestor: T46.6X5A first)."""
    unnamed = drug.path[0] == _ANY_DRUG  # "drug-induced": the Table's Drug NEC, no substance said
    if drug.path[-1] != _ADVERSE_COLUMN or (drug.score < _ROUTE_SCORE and not unnamed):  # already after it
        return drug
    named = [hit.score for hit in hits if hit.path[0] not in _EFFECT_ENTRIES
             and hit.score >= _CONDITION_FLOOR]
    return _behind(drug, max(named)) if named else drug


def _cause(text: str) -> frozenset[str] | None:
    """The words of what a condition is said to be caused by: after "due to", "from" ..., before
    "induced" ("statin-induced myopathy"), "drug-induced" naming no substance (empty when no
    cause names one); None when the phrase names no cause."""
    matches = list(_CAUSED.finditer(text))
    if not matches:
        return None
    sides = (_set(text[: match.start()] if match.group().lower() == "induced" else text[match.end():])
             for match in matches)
    return next((side for side in sides if side - _set("drug-induced")), frozenset())


def _named_medicine(asked: Query, text: str) -> frozenset[str] | None:
    """A medicine named before a condition with no "due to" ("Lasix hypokalemia", "statin myalgia"):
    the words of its Table of Drugs row, read as the condition's cause, as a coder reads a drug
    and its effect with no poisoning said (an adverse effect); None for a phrase about the drug's
    use, an allergy, a deficiency or a poisoning ("vitamin D deficiency", "on Coumadin"), or one
    whose best Index path names the substance itself (Resistance, insulin; Infection, methicillin
    resistant Staphylococcus aureus; Thrombocytopenia, heparin induced)."""
    words = asked.words
    said = frozenset(words)
    if said & (DRUG_WORDS | _ALLERGY | _HISTORY_WORDS | _NOT_AN_EFFECT) or _LONG_TERM.search(text):
        return None
    substances, vocabulary = _substances(), _paths().idf
    named = next((number for number, word in enumerate(words) if word in substances), None)
    if named is None or any(word in vocabulary for word in words[:named]):
        return None  # no substance named first: the table is not searched
    found = _best_row_words("drugs", said)
    medicine = _adverse_effect(list(words))
    if found is None or medicine is None or found[1] <= _site_vocabulary():
        return None  # "thyroid adenoma": a site, not the thyroid hormones
    first = min(number for number, word in enumerate(words) if word in found[1])
    before = frozenset(words[:first])  # a brand's generic name ("Zoloft": sertraline, antidepressant)
    if before & vocabulary.keys() or len(said - found[1] - before) == 0:
        return None  # the medicine first, then what it did (not "abnormal glucose")
    if not _MEDICINES[0] <= medicine[1][:3] <= _MEDICINES[1] or _treats(medicine[1], said - found[1]):
        return None
    best = _index_hits(asked, 1)
    if best and found[1] & {w for term in best[0].path for w in _words(term)}:
        return None
    return found[1] | before


def _treats(printed: str, condition: frozenset[str]) -> bool:
    """True when the drug class the Tabular names for an adverse-effect code is the one that treats
    the condition ("insulin requiring DM2": antidiabetic drugs, diabetes; "chemo" for a neoplasm)."""
    code = printed.rstrip(".-")
    named = {w for c in (code, *icd10cm.ancestors(code)) for w in _words(icd10cm.lookup(c).description)}
    targets = [word[len(_ANTI):] for word in named if word.startswith(_ANTI) and len(word) > len(_ANTI) + 3]
    return any(target[:5] == word[:5] for target in targets for word in condition if len(word) >= 5)


def _induced_hits(asked: Query, cause: frozenset[str] | None, limit: int) -> list[Hit]:
    """For a condition said to be caused by a substance the Table of Drugs names ("hypotension due
    to lisinopril"), the condition's "drug-induced" (or "due to drugs") subterm, as a coder reads
    the drug as the Index's "drug" (Hypotension, drug-induced: I95.2, not Hypotension I95.9), or,
    where the condition has no such subterm, as its "medicament" (Hypothyroidism, due to,
    medicament NEC: E03.2)."""
    if not cause or DRUG_WORDS & set(asked.words):
        return []
    found = _best_row_words("drugs", cause & frozenset(asked.words))
    rest = tuple(w for w in asked.words if found and w not in found[1])
    if not rest:
        return []
    found = [hit for drug in (_DRUG_INDUCED, _MEDICAMENT)  # Hypothyroidism, due to, medicament NEC: E03.2
             for hit in _index_hits(replace(asked, words=(*rest, *drug)), limit)
             if drug[0] in {w for term in hit.path[1:] for w in _words(term)}]
    return sorted(found, key=lambda hit: -hit.score)


def _contact_hits(asked: Query, plain: list[Hit], limit: int) -> list[Hit]:
    """For an injury by an object ("stepped on a nail", "injured by chainsaw"), the External Cause
    Index's Contact, with, and the object, as a coder looks it up when the verb's own entries
    (the best of ``plain``) do not name the object (Stepping on, object W22.8): Contact, with, nail
    W45.0; with, chain saw W29.3; ranked below an entry of the verb as well matched."""
    if asked.episode is None and not _INJURED & set(asked.words) or _CONTACT[0] in asked.words:
        return []
    held = {w for hit in plain[:3] if hit.book == books.TITLES["external"] for w in _set(" ".join(hit.path))}
    if not set(asked.words) & _objects() - held:  # no object named, or one the verb's entries name
        return []
    found = []
    for hit in _index_hits(replace(asked, words=(*asked.words, *_CONTACT)), limit):
        named = set(asked.words) & _set(" ".join(hit.path[2:]))  # the object, named below Contact, with
        if hit.book == books.TITLES["external"] and hit.path[:2] == _CONTACT_WITH and named - held:
            found.append(replace(hit, score=hit.score * _CONTACT_SHARE))
    return found


@cache
def _objects() -> frozenset[str]:
    """The words of the External Cause Index's subterms below Contact, with (the objects)."""
    top = index.find("external", *_CONTACT_WITH)
    rows, below = books.entries("external"), books.children("external")
    found, stack = set(), list(below.get(top.number, ()))
    while stack:
        number = stack.pop()
        found |= _term_words(rows[number].term)
        stack.extend(below.get(number, ()))
    return frozenset(found)


def _conveyance_falls(asked: Query) -> list[Hit]:
    """A fall from a pedestrian conveyance the phrase names ("fell off scooter", "fall from a sled"):
    the External Cause Index's Accident, transport, pedestrian, conveyance, scooter, fall (V00.141),
    the conveyance with the most words said, ranked ahead of Fall, from, scooter (W05.1, the
    Tabular's non-moving scooter). A wheelchair and a motorized mobility scooter are left to Fall,
    from: the Tabular's W05.0 and W05.2 hold a fall from one not moving, as a transfer is."""
    said = set(asked.words)
    if not _FALLING & said:
        return []
    fitting = [(len(words), entry) for words, entry in _conveyances() if words <= said]
    if not fitting:
        return []
    entry = max(fitting, key=lambda item: item[0])[1]
    code = verify(entry.code, list(asked.words), asked.episode)
    if not code:
        return []
    return [Hit(code, books.TITLES["external"], books.path(entry), entry.code, _ROUTE_SCORE + _AHEAD)]


@cache
def _conveyances() -> tuple[tuple[frozenset[str], books.Entry], ...]:
    """The words of each pedestrian conveyance of the External Cause Index with its fall entry."""
    top = books.path(index.find("external", *_CONVEYANCE))
    return tuple((words, entry) for entry in books.entries("external")
                 if entry.code and (path := books.path(entry))[:len(top)] == top and len(path) > len(top) + 1
                 and _term_words(path[-1]) <= _FALLING | _set("from")
                 and not (words := _set(" ".join(path[len(top):-1])) - _set("standing")) & _NOT_RIDDEN)


def _status_hits(asked: Query, limit: int) -> list[Hit]:
    """For a personal history of a procedure ("h/o gastric bypass", "hx of colostomy"), the Index's
    Status entries for it (Status, gastric bypass for obesity Z98.84; colostomy Z93.3), as "s/p"
    reads: a coder looks a procedure's history up under Status; empty for any other phrase."""
    words = set(asked.words)
    if _HISTORY not in words or _FAMILY & words or _STATUS in words:
        return []
    rest = tuple(w for w in asked.words if w not in _HISTORY_WORDS)  # status instead of history
    found = _index_hits(replace(asked, words=(_STATUS, *rest)), limit) if rest else []
    return [hit for hit in found if hit.path[0] == _STATUS_ENTRY]


def _acquired_hits(asked: Query, limit: int) -> list[Hit]:
    """For a history or status of what the Index sends, by site, to an acquired absence (Amputation, see
    also Absence, by site, acquired; Disarticulation, see Amputation), the entries of that main term for
    the site said, as a coder reads "s/p amputation of R fingers": Absence, finger, acquired Z89.021."""
    words = set(asked.words)
    if not {_HISTORY, _STATUS} & words or _FAMILY & words:
        return []
    found = []
    for said in dict.fromkeys(asked.words):
        if (target := _acquired_absences().get(said)) is None:
            continue
        rest = tuple(w for w in asked.words if w not in _HISTORY_WORDS | _SAID_BEFORE and w != said)
        found += [hit for hit in _index_hits(replace(asked, words=(*target, *rest)), limit)
                  if _set(hit.path[0]) <= set(target)]
    return found


@cache
def _acquired_absences() -> dict[str, tuple[str, ...]]:
    """One-word main terms without a code of their own whose reference, followed through other such terms,
    is an acquired absence by site ("Amputation, see also Absence, by site, acquired"), as word to the
    words of that main term and "acquired"."""
    rows = {_strip(e.term).strip().casefold(): e for e in books.entries("index") if e.parent is None}
    found = {}
    for name, entry in rows.items():
        seen, reference = {name}, _reference(entry)
        while (key := reference.casefold()) in rows and key not in seen:  # Disarticulation, see Amputation
            seen.add(key)
            reference = _reference(rows[key])
        head, *rest = (part.strip() for part in reference.split(","))
        if len(_words(name)) == 1 and not any(entry.codes) and _BY_SITE in rest and _ACQUIRED in rest:
            found[_words(name)[0]] = (*_words(head), *_words(_ACQUIRED))
    return found


_BY_SITE = "by site"
_ACQUIRED = "acquired"
_SAID_BEFORE = _set("status post")  # "s/p": what the status is of, not a word of the path


def _long_term_hit(words: list[str]) -> Hit | None:
    """Long-term use of a drug the phrase names ("on Coumadin"): the drug's row in the Table of
    Drugs, the class its adverse-effect code names in the Tabular ("Adverse effect of
    anticoagulants"), then the Index's Long-term subterm for that class or for the drug itself
    (Long-term, anticoagulants: Z79.01)."""
    if (found := _adverse_effect(words)) is None:
        return None
    row, printed = found
    said = set(words)
    if included := _long_term_included(said):  # "on methotrexate long term": Z79.631's own term
        return Hit(included, books.TITLES["index"], (*books.path(row), "inclusion term"), included,
                   _ROUTE_SCORE * _LONG_TERM_SHARE)
    named = _set(icd10cm.lookup(printed.rstrip(".-")).description) - _ADVERSE
    named |= {word for said_class, index_words in _CLASS_NAMES if said_class <= named for word in index_words}
    fitting = [(len(w & said), len(w), entry) for entry, w in _entries_below("Long-term")
               if w <= named | said]
    if not fitting:
        return None
    entry = max(fitting, key=lambda item: item[:2])[2]
    code = verify(entry.code, words, None)
    if not code:
        return None
    path = (*books.path(row), "adverse effect", printed, *books.path(entry))
    return Hit(code, books.TITLES["index"], path, entry.code, _ROUTE_SCORE * _LONG_TERM_SHARE)


def _long_term_included(said: set[str]) -> str | None:
    """The long-term use code whose Tabular inclusion term names the drug said, which the Index's
    Long-term lacks (Long term (current) use of methotrexate: Z79.631, an antimetabolite agent)."""
    asked = frozenset(said | _LONG_TERM_USE)
    return next((code for code in icd10cm.billable_descendants(_LONG_TERM_CATEGORY)
                 if names_inclusion(code, asked)), None)


def _allergy_hit(words: list[str]) -> Hit | None:
    """An allergy to a drug the Table of Drugs names ("amoxicillin allergy"): the class its
    adverse-effect code and the categories above it name in the Tabular ("Adverse effect of
    penicillins"), then the Index's History, personal, allergy subterm for that class or for the
    drug itself (penicillin Z88.0; codeine: narcotic agent Z88.5; aspirin: analgesic agent Z88.6),
    or one naming a word the phrase says (contrast dye: contrast media Z91.041), not the allergy to
    drugs unspecified (Z88.9)."""
    said = set(words)
    if not _ALLERGY & said or _HISTORY not in said:  # an allergic reaction is no status (query())
        return None
    if (found := _adverse_effect([w for w in words if w not in _ALLERGY])) is None:
        return None
    row, printed = found
    code = printed.rstrip(".-")
    named = {w for c in (code, *icd10cm.ancestors(code)) for w in _set(icd10cm.lookup(c).description)}
    fitting = [(len(w & said), len(w), entry) for entry, words_below in _entries_below(*_ALLERGY_ENTRY)
               if (w := words_below - _GENERIC_CLASS) and (w <= named | said or w & said)]
    if not fitting:
        return None
    entry = max(fitting, key=lambda item: item[:2])[2]
    if _term_words(entry.term) <= said:
        return None  # the Index names the drug itself (penicillin): the walk reaches it
    path = (*books.path(row), "adverse effect", printed, *books.path(entry))
    return Hit(entry.code, books.TITLES["index"], path, entry.code, _ROUTE_SCORE)


def _adverse_effect(words: list[str]) -> tuple[books.Entry, str] | None:
    """The Table of Drugs' row of the substance ``words`` name, with the adverse-effect code it
    prints (None when no row is found or its code is not in the Tabular)."""
    found = _drug_row(words)
    row = found[0] if found else None
    printed = row.codes[books.DRUG_COLUMNS.index("adverse_effect")] if row is not None else ""
    if not printed or not icd10cm.is_valid(printed.rstrip(".-")):
        return None
    return row, printed


@cache
def _entries_below(*terms: str) -> tuple[tuple[books.Entry, frozenset[str]], ...]:
    """The coded entries below the Index entry at ``terms``, with the words of their path below it."""
    top = index.find("index", *terms)
    rows, below = books.entries("index"), books.children("index")
    found, stack = [], [(number, frozenset()) for number in below.get(top.number, ())]
    while stack:
        number, above = stack.pop()
        words = above | _term_words(rows[number].term)
        if rows[number].code:
            found.append((rows[number], words))
        stack.extend((child, words) for child in below.get(number, ()))
    return tuple(found)


def _sites(present: set[str]) -> list[books.Entry]:
    """The Neoplasm Table's sites named in the phrase: the fullest row for each, in book order."""
    fitting = [(entry, row_words) for entry, row_words in _table_rows("neoplasm")
               if row_words <= present and not row_words <= _NOT_A_SITE]  # "metastatic NEC" is no site
    kept: dict[frozenset[str], books.Entry] = {}
    for entry, row_words in fitting:
        if not any(row_words < other or _within(entry, row_words, site, other) for site, other in fitting):
            kept.setdefault(row_words, entry)
    return list({entry.number: entry for entry in kept.values()}.values())


def _within(entry: books.Entry, words: frozenset[str], site: books.Entry, other: frozenset[str]) -> bool:
    """True when a site's words are another site's nonessential modifiers, but not the other way: the
    phrase names one site, the fuller (thyroid gland: thyroid (gland) C73, not gland, see lymph gland)."""
    if words == other or not words <= other | _set(site.modifiers):
        return False
    return not other <= words | _set(entry.modifiers)


def _one_for_nodes(sites: list[books.Entry], present: set[str]) -> list[books.Entry]:
    """The sites without a region whose word a site's reference went down by: a region's lymph nodes
    are the lymph gland's subterm, one site (mediastinal lymph nodes: lymph gland, mediastinal C77.1,
    not the mediastinum's C78.1 too)."""
    nodes = [site for site in sites if _LYMPH & _table_words(site) and _table_row(site, present)[1]]
    below = {w for site in nodes for step in _table_row(site, present)[1][1:] for w in _set(step)}
    return [site for site in sites if site in nodes or not _table_words(site) & below] or sites


def _neoplasm_hits(words: list[str], destination: frozenset[str] = frozenset(),
                   origin: frozenset[str] = frozenset()) -> list[Hit]:
    """Neoplasm Table hits: each site the phrase names, in the column its words give.

    With two sites and a metastasis word, the site the phrase says it spread to ("to bone":
    ``destination``), else the site nearer that word that it did not spread from ("from colon
    ca": ``origin``), is the secondary one and the other the primary, listed first ("colon ca
    w/ liver mets" and "liver mets from colon ca": C18.9, then C78.7).
    """
    present = set(words)
    if not NEOPLASM_WORDS & present or _NOT_A_TUMOUR & present:
        return []
    if _OWN_SITES & present and not _METASTASIS & present:  # Melanoma, skin, scalp C43.4: the Index's own
        return []
    present |= _site_nouns(present)
    column = next((name for name, keys in _BEHAVIOUR_WORDS if keys & present),
                  "primary" if _MALIGNANT & present else "unspecified")  # "Tumor, see Neoplasm, unspecified"
    skin_type = _skin_type(present)
    if skin_type:  # a skin carcinoma: the site's skin row, its type chosen in the Tabular
        present -= _set(skin_type) - _CANCER
    sites = _skin_sites(present) if skin_type else []
    sites = _one_for_nodes(sites or _sites(present), present)
    columns = {entry.number: column for entry in sites}
    spread = [i for i, word in enumerate(words) if word in _METASTASIS]
    if len(sites) > 1 and spread and _CANCER & present:
        def distance(entry: books.Entry) -> int:
            places = [i for i, word in enumerate(words) if word in _table_words(entry)]
            return min((abs(i - j) for i in places for j in spread), default=len(words))  # "rectal": no word

        spread_to = [entry for entry in sites if _table_words(entry) & destination]
        spread_from = [entry for entry in sites if not _table_words(entry) & origin] or sites
        nearest = spread_to[0] if len(spread_to) == 1 else min(spread_from, key=distance)
        columns = {entry.number: "secondary" if entry is nearest else "primary" for entry in sites}
    hits = []
    for site in sites or [books.entries("neoplasm")[0]]:
        chosen = columns.get(site.number, column)
        entry, followed = (site, ()) if skin_type and any(site.codes) else _table_row(site, present)
        if entry is None:
            continue
        printed = entry.codes[books.NEOPLASM_COLUMNS.index(chosen)]
        code = verify(printed, words, None) if printed else None
        if code and skin_type and chosen == "primary":
            code = _of_type(code, skin_type)
        if code:
            score = (_ROUTE_SCORE if sites else _NO_SITE_SCORE) - 0.01 * (chosen == "secondary")
            route = (*books.path(site), *followed, chosen.replace("_", " "))
            hits.append(Hit(code, books.TITLES["neoplasm"], route, printed, score))
    return hits


def _morphology_first(hits: list[Hit], tumours: list[Hit], words: list[str]) -> list[Hit]:
    """The Index's morphology term coded at the site the phrase names, ahead of the Neoplasm Table's
    row for that site: the Index is read first, the table where it sends the coder (Merkel cell
    carcinoma of nose: Carcinoma, Merkel cell, nose C4A.31, not nose C76.0)."""
    if not tumours or _METASTASIS & set(words):
        return hits
    top = max(hit.score for hit in tumours) + _AHEAD
    return [replace(hit, score=top) if _coded_at_site(hit, set(words)) else hit for hit in hits]


def _coded_at_site(hit: Hit, said: set[str]) -> bool:
    """True for an Alphabetic Index path from a morphology term to a site said, every word of it said
    (a word naming a tumour aside, not its behaviour), that no "see Neoplasm" sent to the table."""
    steps = [step for step in hit.path if not step.startswith("see ")]
    if hit.book != books.TITLES["index"] or len(hit.path) < 3 or len(steps) < len(hit.path) - 1:
        return False
    if steps[0].startswith("Neoplasm") or any(step.startswith("see Neoplasm") for step in hit.path):
        return False
    site = _set(steps[-1])
    return bool(site & _site_vocabulary()) and _set(" ".join(steps)) <= said | _TUMOUR_NOUNS


def _skin_type(words: set[str]) -> str:
    """The skin carcinoma the phrase names ("basal cell carcinoma", "basal cell ca"), or ""."""
    return next((kind for kind in _SKIN_TYPES if _set(kind) - _CANCER <= words and _CANCER & words), "")


def _skin_sites(words: set[str]) -> list[books.Entry]:
    """For a skin carcinoma, the Neoplasm Table's skin rows of the sites the phrase names (skin,
    back: C44.509, not back NEC C76.8; ear, skin); none when the table has no skin row for them."""
    skin = _set("skin")
    return [entry for entry in _sites(words | skin) if skin < _table_words(entry)]  # "ear, skin"


@cache
def _skin_codes() -> dict[str, str]:
    """The Tabular's skin carcinoma codes (C44) by description."""
    return {icd10cm.lookup(code).description: code for code in icd10cm.billable_descendants("C44")}


def _of_type(code: str, kind: str) -> str:
    """The Tabular's code of a skin carcinoma's type at the site ``code`` names: "Unspecified
    malignant neoplasm of skin of other part of trunk" C44.509, basal cell: C44.519."""
    description = icd10cm.lookup(code).description
    if not description.startswith(_UNSPECIFIED_SKIN):
        return code
    typed = kind[0].upper() + kind[1:] + description[len(_UNSPECIFIED_SKIN) - len(" of skin"):]
    return _skin_codes().get(typed, code)


def _table_row(entry: books.Entry, words: set[str]) -> tuple[books.Entry | None, tuple[str, ...]]:
    """The row whose columns a coder reads, and the steps taken from ``entry`` to it: ``entry``
    itself, or where its reference leads, as far down as the words go ("node, see also Neoplasm,
    lymph gland": gland, mediastinal; "colon, see also Neoplasm, intestine, large": colon,
    sigmoid); None when a reference leads nowhere."""
    reference = entry.see or entry.see_also
    if not reference:
        return entry, ()
    try:
        target = index.follow(entry.book, reference)
    except index.NotInIndexError:
        return (entry if any(entry.codes) else None), ()
    deeper = _descend(target, words)
    if any(entry.codes) and (deeper is target or deeper.codes in (entry.codes, ("",) * len(entry.codes))):
        return entry, ()
    row = deeper if any(deeper.codes) else target
    return row, (f"see {reference}", *books.path(row)[len(books.path(target)):])


def _table_words(entry: books.Entry) -> frozenset[str]:
    return _row_words(entry.book)[entry.number]


@cache
def _row_words(book: str) -> dict[int, frozenset[str]]:
    found: dict[int, frozenset[str]] = {}
    for entry, row_words in _table_rows(book):
        found[entry.number] = found.get(entry.number, frozenset()) | row_words
    return found


def _history_hit(words: list[str]) -> Hit | None:
    """A history of cancer at a site the Index's History entry does not list: the site's primary
    code from the Neoplasm Table, then the history code whose Tabular inclusion ("Conditions
    classifiable to C15-C26") holds it, the narrowest first (family history of colon cancer:
    C18.9, Z80.0)."""
    present = set(words)
    history, family = _words("history family")
    if history not in present or not _CANCER & present:
        return None
    sites = _sites(present | _site_nouns(present))
    entry = _table_row(sites[0], present)[0] if len(sites) == 1 else None
    printed = entry.codes[0] if entry else ""
    primary = verify(printed, words, None) if printed else None
    if not primary:
        return None
    category = "Z80" if family in present else "Z85"
    covering = [(span, code) for code, ranges in _classifiable(category)
                for first, last in ranges if (span := _span(primary, first, last))]
    if not covering:
        return None
    code = min(covering)[1]
    route = ("Neoplasm, neoplastic", *books.path(sites[0])[1:], "primary", f"classifiable to {code}")
    return Hit(code, books.TITLES["neoplasm"], route, printed, _HISTORY_SCORE)


def _classified_history(asked: Query, hits: list[Hit]) -> Hit | None:
    """A family or personal history of a condition that the Index's History entry does not list:
    the condition's code from the Index, then the history code whose Tabular inclusion
    ("Conditions classifiable to F10.-") holds it, the narrowest first (family history of
    alcoholism: F10.20, Z81.1; of depression: F32.A, Z81.8); failing that, where no History
    path among ``hits`` names the condition, the history code that names its chapter (family
    history of MI: I21.9, diseases of the circulatory system, Z82.49)."""
    words = set(asked.words)
    history, family = _words("history family")
    if history not in words or _CANCER & words:
        return None
    rest = tuple(w for w in asked.words if w not in _HISTORY_WORDS)
    found = _index_hits(replace(asked, words=rest), 1) if rest else []
    if not found or _is_sequela(found[0].code):  # a deficit after a stroke is no history (I69.320)
        return None
    if status := _status_under(found[0], hits, words):
        return replace(status, score=max(status.score, _HISTORY_SCORE * min(found[0].score, 1.0)))
    categories = _FAMILY_CATEGORIES if family in words else _PERSONAL_CATEGORIES
    covering = _covering(found[0].code, categories, _classifiable)
    if not covering and (same := _same_condition(found[0].code, "family" if family in words else "personal")):
        code, entry = same  # the History entry that names it otherwise (nephrolithiasis: kidney stones)
        route = (*found[0].path, f"see History, {', '.join(books.path(entry)[1:])}")
        return Hit(code, books.TITLES["index"], route, entry.code, _HISTORY_SCORE * min(found[0].score, 1.0))
    kind, codes = (_set("family"), _FAMILY_CATEGORIES) if family in words else (_set("personal"), ("",))
    by_chapter = not covering
    main = _set(found[0].path[0].split(",")[0]) - _GENERIC  # its first form: Hypertension
    if not covering and not any(kind & (named := _set(" ".join(hit.path))) and _names(named, main, rest)
                                and hit.code.startswith(codes) for hit in hits):
        covering = _covering(found[0].code, categories, _by_chapter)
    if not covering:
        return None
    code = min(covering)[1]
    parent = icd10cm.lookup(code).parent
    best = max((hit.score for hit in hits), default=0.0)
    if by_chapter and any(hit.code != code and icd10cm.lookup(hit.code).parent == parent
                          and hit.score >= _NEAR_TIE * best and not _generic_only(hit.path, rest)
                          for hit in hits):
        return None  # the Index names the condition under the chapter's own history (MRSA: Z86.14)
    route = (*found[0].path, f"classifiable to {code}")
    return Hit(code, books.TITLES["index"], route, found[0].code, _HISTORY_SCORE * min(found[0].score, 1.0))


def _status_under(found: Hit, hits: list[Hit], words: set[str]) -> Hit | None:
    """Where the phrase says a status (s/p: status post), the status the Index prints under the condition's
    own main term among ``hits`` (s/p lumbar spinal fusion: Fusion, spine, postoperative status Z98.1, not
    the fusion M43.26 nor a history classifiable to Z87.39)."""
    if _STATUS not in words or not found.path or found.path[0] == _STATUS_ENTRY:
        return None
    return next((hit for hit in hits if hit.path and hit.path[0] == found.path[0]
                 and _STATUS in _set(" ".join(step for step in hit.path[1:] if not step.startswith("see ")))),
                None)


def _complicating_pregnancy(asked: Query, hits: list[Hit]) -> Hit | None:
    """A condition in a pregnancy that the Index's Pregnancy, complicated by does not name: the O99
    subcategory whose "Conditions in" note holds the condition's code, put first as chapter 15's codes
    are (pregnant patient with hypothyroidism: E03.9 is in E00-E89, O99.28-, then E03.9)."""
    words = set(asked.words)
    rest = tuple(w for w in asked.words if w not in _GESTATION_WORDS and not w.isdigit())
    named = any(hit.code.startswith(_OBSTETRIC) and _set(" ".join(hit.path)) & set(rest) for hit in hits)
    if not _PREGNANCY_WORDS & words or named:  # the Index's Pregnancy, complicated by names it (anemia)
        return None
    found = _index_hits(replace(asked, words=rest), 1) if rest else []
    if not found or found[0].code.startswith(_NOT_CONDITIONS):
        return None
    printed = _other_child(holding, words) if (holding := _holding(found[0].code, _COMPLICATING)) else None
    said = [*asked.words, *([] if _TRIMESTER & words else _words("unspecified trimester"))]
    code = verify(f"{printed}-", said, None) if printed else None
    if not code:
        return None
    top = max((hit.score for hit in hits), default=found[0].score) + _AHEAD
    return Hit(code, books.TITLES["index"], (*found[0].path, f"in {printed}"), f"{printed}-", top)


def _obstetric_first(asked: Query, found: list[Hit]) -> list[Hit]:
    """``found`` with its best chapter 15 code first where the phrase names a pregnancy, a labor or
    a childbirth and the code's Index path names the condition too, as chapter 15's codes have
    sequencing priority over other chapters' (I.C.15.a.1: DVT in pregnancy O22.3-, not I82.40-); a
    factor leading (Z34, a normal pregnancy's supervision; Z87.5-, a history) stays first."""
    if not _OBSTETRIC_WORDS & set(asked.words) or not found:
        return found
    leading = max(found, key=lambda hit: hit.score)
    rest = {w for w in asked.words if w not in _GESTATION_WORDS | _OBSTETRIC_WORDS and not w.isdigit()}
    named = [hit for hit in found if hit.code.startswith(_OBSTETRIC) and _set(" ".join(hit.path)) & rest]
    first = max(named, key=lambda hit: hit.score, default=None)
    top = leading.score
    if first is None or first.score >= top or leading.code.startswith(_FACTORS):
        return found
    return [replace(hit, score=top + _AHEAD) if hit is first else hit for hit in found]


def _holding(code: str, category: str) -> str | None:
    """The narrowest subcategory under ``category`` whose "Conditions in" note holds ``code``, looking
    below a level without a note (O99.3: O99.34, conditions in F01-F09, F20-F52 and F54-F99)."""
    for child in icd10cm.children(category):
        notes = _conditions_in(child)
        if any(first <= code[:3] <= last[:3] for first, last in notes):
            return _holding(code, child) or child
        if not notes and (deeper := _holding(code, child)):
            return deeper
    return None


def _other_child(code: str, words: set[str]) -> str:
    """The child of ``code`` that is its own kind again, most words shared with it and the phrase
    (O99.8: O99.89, other specified diseases; O99.2: O99.28, not obesity), or ``code`` itself."""
    children = [child for child in icd10cm.children(code) if not icd10cm.lookup(child).billable]
    own = _set(icd10cm.lookup(code).description) | words
    return max(children, key=lambda child: len(_set(icd10cm.lookup(child).description) & own), default=code)


@cache
def _conditions_in(code: str) -> tuple[tuple[str, str], ...]:
    """The categories ``code``'s "Conditions in A-B and C-D" inclusion note spans (K00-K93, though
    FY2026's chapter ends at K95)."""
    from course import conventions

    notes = [term.split(" in ", 1)[1] for term in conventions.own_note(code, "inclusion_term")
             if term.startswith("Conditions in ")]
    parts = [part for note in notes for part in re.split(r",| and ", note)]
    ranges = [tuple(end.strip()[:3] for end in part.split("-")) for part in parts if "-" in part]
    return tuple((r[0], r[-1]) for r in ranges if all(icd10cm.has_code_shape(end) for end in r))


def _is_sequela(code: str) -> bool:
    """True for a code of a category of sequelae (Sequelae of cerebrovascular disease, I69)."""
    return icd10cm.lookup(code[:3]).description.startswith(_SEQUELAE)


def _same_condition(code: str, kind: str) -> tuple[str, books.Entry] | None:
    """The history code of the History entry below ``kind`` (personal, family) whose condition the
    Index codes as ``code``, or else in its category ("nephrolithiasis" N20.0: History, personal,
    kidney stones Z87.442; a DVT I82.40-: thrombosis Z86.718); None when no entry names it."""
    named = _named_histories(kind)
    for same in (lambda found: found == code, lambda found: found[:3] == code[:3]):
        histories = Counter((history, entry.number) for found, history, entry in named if same(found))
        if histories:
            history, number = histories.most_common(1)[0][0]
            return history, books.entries("index")[number]
    return None


@cache
def _named_histories(kind: str) -> tuple[tuple[str, str, books.Entry], ...]:
    """(condition code, history code, entry) for each coded History entry below ``kind`` that names
    one condition: the Index's code for its words, where the Index path holds all of them
    ("kidney stones": Stone, kidney N20.0; Z87.442); an external cause or a factor (V-Z) and an
    entry of a class ("disease or disorder, skin", "specified NEC") left out."""
    found = []
    for entry, words in _entries_below(_HISTORY_ENTRY, kind):
        if words & (_GENERIC | _NEC | {_SPECIFIED}):
            continue
        history = verify(entry.code, [], None)
        hit = next(iter(_index_hits(Query(tuple(sorted(words)), frozenset(), None), 1)), None)
        if history and hit and not hit.code.startswith(_NOT_CONDITIONS) and words <= _set(" ".join(hit.path)):
            found.append((hit.code, history, entry))
    return tuple(found)


def _names(named: frozenset[str], main: frozenset[str], rest: tuple[str, ...]) -> bool:
    """True when a History path's words ``named`` name the condition: its main term's words, or some
    of its words and no other condition's (infection NEC for an MRSA infection; gestational diabetes
    names another condition than Hypertension, gestational); any of its words where the main term
    is a generic word (Disease, heart)."""
    shared = named & set(rest) - _GENERIC
    if not main:
        return bool(shared)
    return main <= named or bool(shared) and not named - set(rest) - _GENERIC - _HISTORY_WORDS - _NEC


def _generic_only(path: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """True when the only words an Index path shares with a condition name none ("pre" of
    pre-term labor for a pre-eclampsia): its score near the best comes from them."""
    shared = _set(" ".join(path)) & set(words)
    return bool(shared) and shared <= _GENERIC


def _with_history(hits: list[Hit], history: Hit | None) -> list[Hit]:
    """The Index's hits with the history code the Neoplasm Table leads to: where the Index reached
    the same code, its hit (and path) with the better score."""
    if history is None:
        return hits
    if all(hit.code != history.code for hit in hits):
        return [*hits, history]
    return [replace(hit, score=max(hit.score, history.score)) if hit.code == history.code else hit
            for hit in hits]


@cache
def _classifiable(category: str) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """The billable codes under ``category`` with the code ranges their "Conditions classifiable
    to" inclusion names."""
    from course import conventions

    found = []
    for code in icd10cm.billable_descendants(category):
        texts = [_CLASSIFIABLE.split(term, 1)[1] for term in conventions.own_note(code, "inclusion_term")
                 if _CLASSIFIABLE.search(term)]
        ranges = [tuple(end.strip().rstrip(".-") for end in re.split(r"-(?=[A-Z])", part.strip()))
                  for text in texts for part in text.split(",")]
        kept = tuple((r[0], r[-1]) for r in ranges if all(icd10cm.is_valid(end) for end in r))
        if kept:
            found.append((code, kept))
    return tuple(found)


def _covering(code: str, categories: tuple[str, ...],
              ranges_of: Callable[[str], tuple[tuple[str, tuple[tuple[str, str], ...]], ...]],
              ) -> list[tuple[int, str]]:
    """The history codes under ``categories`` whose ranges (``ranges_of`` a category) hold ``code``,
    each with the span of its range that does."""
    return [(span, history) for category in categories for history, ranges in ranges_of(category)
            for first, last in ranges if (span := _span(code, first, last))]


@cache
def _by_chapter(category: str) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """The billable codes under ``category`` that name a chapter of diseases ("Family history of
    ... other diseases of the circulatory system", Z82.49; "Personal history of other infectious
    and parasitic diseases", Z86.19, by two words or more of the chapter's own), with that chapter's
    code range: they hold the chapter's conditions that no Index entry or narrower inclusion
    holds. A chapter that several codes of the category name (the congenital malformations by
    system) is left to those codes' own inclusions."""
    chapters = [(row.title.lower(), tuple(row.range.split("-"))) for row in icd10cm.chapters().itertuples()]
    named = [(code, tuple(span for title, span in chapters if _names_chapter(title, description)))
             for code in icd10cm.billable_descendants(category)
             if (description := icd10cm.lookup(code).description.lower())]
    count = Counter(span for _, spans in named for span in spans)
    return tuple((code, kept) for code, spans in named if (kept := tuple(s for s in spans if count[s] == 1)))


def _names_chapter(title: str, description: str) -> bool:
    """True when a history code's description names a chapter: its title ("diseases of the
    circulatory system"), or two words or more of its own ("infectious", "parasitic")."""
    if title.startswith("diseases of"):
        return title in description
    return len((_set(title) - _CHAPTER_COMMON) & _set(description)) >= 2


def _span(code: str, first: str, last: str) -> int:
    """How many Tabular lines the range from ``first`` to the end of ``last`` holds, when it holds
    ``code``; 0 when it does not."""
    from course import conventions

    if not conventions.in_range(code, first, last):
        return 0
    positions = icd10cm._positions()
    end = icd10cm._subtree_ends()[positions[icd10cm.lookup(last).code]]
    return end - positions[icd10cm.lookup(first).code] + 1


# --- Tabular verification ----------------------------------------------------------------------


def verify(printed: str, words: list[str], episode: str | None) -> str | None:
    """The billable code a coder settles on in the Tabular for the book's ``printed`` code.

    Below a header, the subdivision whose own words the phrase names (right, left, closed ...) is
    taken, or else the default one (unspecified, other, without complications); a code that
    takes a 7th character gets ``episode`` (A when None). Where the phrase says bilateral and
    the Tabular has no bilateral code, the right side is taken (``course.encoder`` adds the left).
    """
    stem = printed.rstrip("-").rstrip(".")
    if not icd10cm.is_valid(stem):
        return None
    entry = icd10cm.lookup(stem)
    present = set(words)
    if entry.billable:
        sided = _sided(_named_sibling(entry.code, present), present)  # N63.0 -> N63.1, a header
        return sided if icd10cm.lookup(sided).billable else verify(sided, words, episode)
    below = _below(entry.code)
    if _BILATERAL in present and not any(_BILATERAL in _own_words(code, entry.code) for code in below):
        present |= _set("right")
    if not _DOMINANCE & present:  # the guidelines' default: the right side dominant, the left not
        present |= {word for side, default in _DOMINANT_SIDE for word in default if side in present}
    included = [code for code in below if names_inclusion(code, frozenset(present))]  # stable angina
    chosen = included[0] if included else max(below, key=lambda code: _fit(code, entry.code, present))
    base = _sided(chosen, present)
    if icd10cm.lookup(base).billable:
        return base
    if base != chosen and _below(base):
        return verify(base, words, episode)
    return _seventh(base, set(words), episode)


def _sided(code: str, words: set[str]) -> str:
    """The side the phrase names for a code the book prints with an unspecified side: its
    sibling whose description says right, left or bilateral where it says unspecified
    ("Fracture, ankle" S82.899 and a left ankle: S82.892)."""
    description = icd10cm.lookup(code).description
    sides = [side for side in ("bilateral", "right", "left") if _set(side) <= words]
    if not sides or "unspecified" not in description:
        return code
    siblings = {_ARTICLE.sub(" ", icd10cm.lookup(c).description): c for c in _siblings(code)}
    for side in sides:
        for match in re.finditer("unspecified", description):
            wanted = description[: match.start()] + side + description[match.end():]
            if wanted in siblings:  # may be a header ("in the right breast", N63.1)
                return siblings[wanted]
    return code


def _named_sibling(code: str, words: set[str]) -> str:
    """For an unspecified code the book prints, its billable sibling in the Tabular that names
    what the phrase says (Disorder, depressive, major, recurrent F33.9, "unspecified", for a
    recurrent moderate MDD: F33.1, "recurrent, moderate"); else the code itself."""
    parent = icd10cm.lookup(code).parent
    if not parent or _own_words(code, parent) - _DEFAULT:
        return code
    included = [sibling for sibling in _siblings(code) if icd10cm.lookup(sibling).billable
                and names_inclusion(sibling, frozenset(words))]  # CAD with stable angina: I25.118
    if included:
        return included[0]
    named = [(len(own), sibling) for sibling in _siblings(code) if sibling != code
             and icd10cm.lookup(sibling).billable and (own := _own_words(sibling, parent) - _DEFAULT)
             and own <= words]
    return max(named)[1] if named else code


@cache
def _siblings(code: str) -> tuple[str, ...]:
    parent = icd10cm.lookup(code).parent
    return tuple(icd10cm.children(parent)) if parent else ()


@cache
def _own_words(code: str, header: str) -> frozenset[str]:
    """The words a subdivision adds to its header's description."""
    return _set(icd10cm.lookup(code).description) - _set(icd10cm.lookup(header).description)


@cache
def _below(header: str) -> tuple[str, ...]:
    """The codes a coder chooses among under ``header``: billable ones, 7th characters left out."""
    chosen = []
    for code in icd10cm.billable_descendants(header):
        parent = icd10cm.lookup(code).parent
        chosen.append(parent if len(code) == 8 and _meanings(parent) else code)  # Z91.0120 is no 7th
    return tuple(dict.fromkeys(chosen))


@cache
def _denied(code: str) -> frozenset[str]:
    """The words a description says are absent ("not having achieved remission", "without coma"):
    when the phrase names none of them, that is the default a coder takes."""
    text = icd10cm.lookup(code).description.lower()
    return frozenset(w for clause in _DENIAL.findall(text) for w in _words(clause))


@cache
def _unspecified(code: str) -> frozenset[str]:
    """The word a description says is unspecified ("unspecified stage"): the default, no qualifier a
    phrase must name (bedsore of the sacrum: L89.159, not L89.150, unstageable)."""
    return frozenset(w for found in _UNSPECIFIED_WORD.findall(icd10cm.lookup(code).description)
                     for w in _words(found))


def _fit(code: str, header: str, words: set[str]) -> tuple[float, int, int, bool, int, bool]:
    """How well a subdivision of ``header`` fits the words: the words it adds that the phrase
    names, those it does not (sides count double), then how many of the phrase's words its whole
    description holds (a header "subluxation and dislocation" splits into one of each), then the
    unspecified site where none is said (osteopenia M85.80, not M85.88 other site), then fewer
    default words, then a final 9."""
    description = icd10cm.lookup(code).description
    own = _own_words(code, header)
    named = len(own & words)
    unnamed = own - words - _DEFAULT - _denied(code) - _unspecified(code)
    sides = len(unnamed & _SIDES)
    disagree = _disagree(words, description)
    unsaid_site = _SITE <= own and bool(_UNSPECIFIED & own)  # no site said: unspecified, not other
    return (named - 0.5 * sides - disagree, -len(unnamed), len(_set(description) & words), unsaid_site,
            -len(own & _DEFAULT - words), code.endswith("9"))


def _healing(words: list[str]) -> bool:
    """True where the words name how a fracture heals (nonunion, malunion, routine or delayed healing),
    which the Tabular's 7th characters say only of a subsequent encounter."""
    said = set(words)
    return bool(_HEALING & said) or _HEALED in said and bool(_HEALING_KINDS & said)


@cache
def _meanings(code: str) -> tuple[tuple[str, str], ...]:
    from course import conventions

    return tuple(conventions.seventh_characters(code).items())


def _seventh(code: str, words: set[str], episode: str | None) -> str | None:
    from course import conventions

    meanings = dict(_meanings(code))
    if not meanings:
        return None
    wanted = episode or "A"
    first = {"A": "initial", "D": "subsequent", "S": "sequela"}[wanted] if wanted in "ADS" else ""

    described = _set(icd10cm.lookup(code).description)

    def fit(item: tuple[str, str]) -> tuple[bool, int, int, bool, bool]:
        char, meaning = item
        said = set(_words(meaning)) - described  # "stable / Old central retinal vein occlusion": stable, old
        # the side said first (OU: bilateral, not "right eye" for the word eye); else the unspecified one
        return (first in meaning, len(said & words & _SIDES), len(said & words), char == wanted,
                "unspecified" in meaning)

    char = max(meanings.items(), key=fit)[0]
    try:
        return conventions.add_seventh_character(code, char)
    except (ValueError, icd10cm.ICD10CMError):
        return None


def _occasion_hits(text: str, asked: Query) -> tuple[list[Hit], frozenset[str]]:
    """For an injury, the External Cause Index's Activity (Y93) and Place of occurrence (Y92) that
    the words after "while", "playing", "at", "in" ... name ("fell while jogging": Activity,
    running; "at the park": Place of occurrence, park), ranked after the injury and its cause,
    and the words they took, which are no part of how the injury happened."""
    if asked.episode is None and not _INJURED & set(asked.words) and not _OCCASION_ALONE.match(text):
        return [], frozenset()
    spans: dict[str, list[frozenset[str]]] = {"Activity": [], "Place of occurrence": []}
    matches = list(_OCCASION.finditer(text.lower()))
    for number, match in enumerate(matches):
        main = "Activity" if match.group(1) in _ACTIVITY_CUES else "Place of occurrence"
        if main != "Activity" and _SLIPPED_ON.search(text.lower(), 0, match.end(1)) and any(
                later.group(1) not in _ACTIVITY_CUES for later in matches[number + 1:]):
            continue  # "slipped on ice at school": what was slipped on, the place after it
        if main != "Activity" and shorthand.VEHICLE_PART.search(match.group(2)):
            continue  # "caught finger in car door": the door is what caught it, no place
        if main == "Activity" or not shorthand.about_transport(text):  # a road user's place is the road's
            spans[main].append(_set(match.group(2)) - _EPISODE.keys())
    share = {main: _OCCASION_SHARE for main in spans}
    if not spans["Activity"] and (last := _last_activity(text)):  # "twisted L ankle jogging"
        spans["Activity"].append(last)
        share["Activity"] = _UNCUED_SHARE
    hits, used = [], set(_words(" ".join(_ACTIVITY_CUES)))
    for main, found in spans.items():
        said = set().union(*found)
        top = index.find("external", main)
        entry = _descend(top, said)
        rest = sorted(said - _term_words(entry.term)) or sorted(said)  # home, kitchen: residence, kitchen
        hit = _resolve(entry, rest, None, share[main]) if entry is not top else None
        if hit is not None:
            hits.append(hit)
            used.update(said & _occasion_words(main))
    return hits, frozenset(used) if hits else frozenset()


def _after_treatment(text: str, limit: int) -> list[Hit]:
    """A follow-up examination after completed treatment ("f/u after completed tx for pneumonia"):
    the Index's Examination, follow-up (Z09; malignant neoplasm Z08), reported first, then the
    personal history of the condition treated (Z87.01), as the guidelines sequence them
    (I.C.21.c.8); empty for any other phrase."""
    match = _FOLLOW_UP.search(text)
    if match is None:
        return []
    condition = (match.group("treated") or match.group("condition")).strip(" ,.")
    terms = ("Examination", "follow-up", *(("malignant neoplasm",) if _MALIGNANT & _set(condition) else ()))
    entry = index.find("index", *terms)
    history = search(f"history of {condition}", limit - 1)
    top = max((hit.score for hit in history), default=_ROUTE_SCORE)
    exam = Hit(entry.code, books.TITLES["index"], books.path(entry), entry.code, top + _AHEAD)
    return [exam, *history]


def _last_activity(text: str) -> frozenset[str]:
    """The words of an activity a phrase ends with, no "while" or "playing" said ("sprained R ankle
    dancing initial", "L ankle sprain basketball"): a word ending in -ing, or a sport or exercise
    (Y93.0-Y93.B), that the External Cause Index's Activity names; empty when there is none."""
    said = [word for word in _TRAILING.sub("", text.lower()).split() if word not in _EPISODE_WORDS]
    if len(said) < 2 or not _set(said[-1]) & _occasion_words("Activity"):
        return frozenset()
    tail = _set(" ".join(said[-3:]))  # "inline roller skating", what rollerblading is written out as
    entry = _descend(index.find("external", "Activity"), set(tail))
    if not entry.code or said[-1] not in entry.term.lower().split():  # "boxes" is no boxing
        return frozenset()
    sport = _SPORTS[0] <= entry.code[:5] <= _SPORTS[1]
    return _term_words(entry.term) & tail if said[-1].endswith("ing") or sport else frozenset()


@cache
def _occasion_words(main: str) -> frozenset[str]:
    """The words of the terms below the External Cause Index's main term ``main`` (Activity ...)."""
    return frozenset(word for entry in books.entries("external") if entry.parent is not None
                     and books.path(entry)[0] == main for word in _term_words(entry.term))


def _complication_before_status(found: list[Hit]) -> list[Hit]:
    """``found`` with a device's status (Z95-Z97) after a complication of a device (T82-T85) the
    phrase names, as the guidelines' status codes are not coded where the complication code holds
    the status (I.C.21.c.3: infected R TKA, T84.53XA before Z96.651)."""
    complications = [hit.score for hit in found if hit.code.startswith(_DEVICE_COMPLICATIONS)]
    if not complications:
        return found
    first = max(complications)
    return [_behind(hit, first) if hit.code.startswith(_DEVICE_STATUS) else hit for hit in found]


def search(phrase: str, limit: int = 10) -> list[Hit]:
    """Billable codes for ``phrase`` through the books, best first, one hit per code."""
    asked = query(phrase)
    if not asked.words:
        return []
    text = shorthand.expand(phrase)
    if after := _after_treatment(text, limit):
        return after
    occasions, used = _occasion_hits(text, asked)
    whole: list[Hit] = []
    used = used or frozenset(_words(" ".join(_ACTIVITY_CUES[:1]))) & set(asked.words)  # "while" is no term
    if used and set(asked.words) - used:  # the injury looked up without its activity and place too
        whole = _index_hits(asked, limit)  # "drowned in a swimming pool": W67, the place in it
        asked = replace(asked, words=tuple(w for w in asked.words if w not in used))
    words = list(asked.words)
    destination = frozenset(_words(" ".join(_TO.findall(text.lower()))))
    origin = frozenset(_words(" ".join(_FROM.findall(text.lower()))))
    cause = _cause(text)
    condition = asked  # the condition's own words, without a medicine named beside it
    if cause is None and (cause := _named_medicine(asked, text)) is not None:
        condition = replace(asked, words=tuple(w for w in asked.words if w not in cause))
    drug = _drug_hit(_poisoning_words(words, text, asked.absent), asked.episode, cause)
    long_term = _long_term_hit(words) if _LONG_TERM.search(text) and not DRUG_WORDS & set(words) else None
    tumours = _neoplasm_hits(words, destination, origin)
    found = [hit for hit in (drug, long_term, _allergy_hit(words), *tumours, *whole) if hit]
    found.extend(_lost_hits(words, asked.episode))
    hits = _with_history(_index_hits(condition, limit), _history_hit(words))
    hits = _morphology_first(hits, tumours, words)
    found = [_effect_after_condition(hit, hits) if hit is drug else hit for hit in found]
    induced = _induced_hits(asked, cause, limit)
    if induced and hits and condition is not asked:  # the medicine said: its subterm before the plain one
        induced[0] = replace(induced[0], score=max(induced[0].score, hits[0].score + _AHEAD))
    found.extend(induced)
    found.extend(_contact_hits(asked, hits, limit))
    found.extend(_status_hits(asked, limit))
    found.extend(_acquired_hits(asked, limit))
    found.extend(_conveyance_falls(asked))
    found.extend(_with_history(hits, _classified_history(asked, hits)))
    if complicating := _complicating_pregnancy(asked, hits):
        found.append(complicating)
    found = _complication_before_status(_obstetric_first(asked, found))
    best: dict[str, Hit] = {}
    for hit in sorted(found, key=lambda h: -h.score):
        best.setdefault(hit.code, hit)
    kept = list(best.values())[:limit]
    if occasions and _OCCASION_ALONE.match(text):  # the activity is all the phrase names: it leads
        top = max((hit.score for hit in kept), default=_ROUTE_SCORE) + _AHEAD
        first = [replace(hit, score=top) for hit in occasions]
        return [*first, *(hit for hit in kept if hit.code not in {o.code for o in occasions})]
    return kept + [hit for hit in occasions if hit.code not in {k.code for k in kept}]
