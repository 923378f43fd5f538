# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 02, written blind on 2026-12-07 (no checks read)."""

_BT_HEAD = '''def build_term(forms: list[str]) -> str:
    """Join textbook word parts ("brady-", "card/io", "-ia") into a term ("bradycardia")."""
    term = ""
    for i, form in enumerate(forms):  # i is the position of form: 0, 1, 2, ...
        following = forms[i + 1] if i + 1 < len(forms) else ""  # the next part ("" after the last)
        if form.endswith("-"):  # a prefix such as "brady-": add it without its hyphen
            term += form[:-1]
        elif form.startswith("-"):  # a suffix such as "-ia": add it without its hyphen
            term += form[1:]
        else:  # a combining form such as "card/io": root "card", combining vowel "io"
            root, _, vowel = form.partition("/")
            # Add the root, then the combining vowel unless the rule of section 2 drops it
            # (look at following).
'''

ANSWERS = {
    'ex_build_term': [
        ('Vowel list for the suffix test only has a, i and o, so the vowel is kept before -emia or -uria.', _BT_HEAD + r'''            term += root
            if following.startswith("-") and following[1] in "aio":
                pass
            else:
                term += vowel
    return term.lower()'''),
        ('Adds only the first letter of the combining vowel, so card/io gives "cardo".', _BT_HEAD + r'''            term += root
            if not (following.startswith("-") and following[1] in "aeiou"):
                term += vowel[:1]
    return term.lower()'''),
        ('Drops the vowel before any next part that starts with a vowel, roots included.', _BT_HEAD + r'''            term += root
            if following.strip("-")[:1] not in ["a", "e", "i", "o", "u"]:
                term += vowel
    return term.lower()'''),
    ],
    'ex_term_kind': [
        ('Checked only a few suffixes by hand instead of the whole PROCEDURE_SUFFIXES set.', r'''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part  # the term's last word part: .part and .kind
    # Return "procedure" when last is a suffix found in PROCEDURE_SUFFIXES.
    if last.part == "ectomy" or last.part == "tomy" or last.part == "stomy" or last.part == "scopy":
        return "procedure"
    return "condition"'''),
        ('Returned "Procedure" with a capital P.', r'''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part  # the term's last word part: .part and .kind
    # Return "procedure" when last is a suffix found in PROCEDURE_SUFFIXES.
    if last.kind == "suffix" and last.part in PROCEDURE_SUFFIXES:
        return "Procedure"
    return "condition"'''),
        ('Printed "procedure" instead of returning it, so the function falls through to "condition".', r'''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part  # the term's last word part: .part and .kind
    # Return "procedure" when last is a suffix found in PROCEDURE_SUFFIXES.
    if last.kind == "suffix" and last.part in PROCEDURE_SUFFIXES:
        print("procedure")
    return "condition"'''),
    ],
    'ex_abbreviations': [
        ('Looked up the word as written instead of its upper-case form, so lower-case or mixed-case abbreviations are missed.', r'''def abbreviations_in(note: str) -> dict[str, str]:
    """The known abbreviations in note (upper case) with their expansions, in order of appearance."""
    table = encoder.abbreviations()  # abbreviation (upper case) -> expansion
    found = {}
    for word in re.findall(r"[A-Za-z0-9-]+", note):  # each word of the note, in order
        key = word.upper()
        # Add key and its expansion to found when the table knows it (and it is not there yet).
        if word in table and word not in found:
            found[word] = table[word]
    return found'''),
        ('Matched abbreviations as pieces of each word, so HF is found inside CHF.', r'''def abbreviations_in(note: str) -> dict[str, str]:
    """The known abbreviations in note (upper case) with their expansions, in order of appearance."""
    table = encoder.abbreviations()  # abbreviation (upper case) -> expansion
    found = {}
    for word in re.findall(r"[A-Za-z0-9-]+", note):  # each word of the note, in order
        key = word.upper()
        # Add key and its expansion to found when the table knows it (and it is not there yet).
        for abbreviation in table:
            if abbreviation in key and abbreviation not in found:
                found[abbreviation] = table[abbreviation]
    return found'''),
        ('Used the word as typed in the note as the key instead of the upper-case table key.', r'''def abbreviations_in(note: str) -> dict[str, str]:
    """The known abbreviations in note (upper case) with their expansions, in order of appearance."""
    table = encoder.abbreviations()  # abbreviation (upper case) -> expansion
    found = {}
    for word in re.findall(r"[A-Za-z0-9-]+", note):  # each word of the note, in order
        key = word.upper()
        # Add key and its expansion to found when the table knows it (and it is not there yet).
        if key in table and word not in found:
            found[word] = table[key]
    return found'''),
    ],
    'ex_chapter_guess': [
        ('Took only the first chapter of each body system, so female reproductive gives 14 but not 15.', r'''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()  # a set keeps each chapter number once
    for piece in terminology.split(term):
        system = piece.part.body_system  # "" for a part with no body system
        # When there is a system, add the number of each chapter of terminology.chapters_for(system)
        # to numbers (numbers.add(n) adds one).
        if system:
            numbers.add(terminology.chapters_for(system)[0].number)
    return sorted(numbers)'''),
        ('Only looked at the roots, ignoring body systems carried by prefixes and suffixes.', r'''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()  # a set keeps each chapter number once
    for piece in terminology.split(term):
        system = piece.part.body_system  # "" for a part with no body system
        # When there is a system, add the number of each chapter of terminology.chapters_for(system)
        # to numbers (numbers.add(n) adds one).
        if system != "" and piece.part.kind == "root":
            for chapter in terminology.chapters_for(system):
                numbers.add(chapter.number)
    return sorted(numbers)'''),
        ('Stopped at the first word part that has a body system.', r'''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()  # a set keeps each chapter number once
    for piece in terminology.split(term):
        system = piece.part.body_system  # "" for a part with no body system
        # When there is a system, add the number of each chapter of terminology.chapters_for(system)
        # to numbers (numbers.add(n) adds one).
        if system:
            for chapter in terminology.chapters_for(system):
                numbers.add(chapter.number)
            break
    return sorted(numbers)'''),
    ],
    'ex_surprises': [
        ('Left surprises as a pandas Series instead of a list.', r'''# Set surprises (a list of terms, in table order) and surprise_chapter (an int).
def in_own_chapter(row):
    """True when the row's code lies in one of the chapters of the row's body system."""
    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]
    # Return True or False: is the chapter of row["code"] one of own?
    return icd10cm.lookup(row["code"]).chapter in own


checked = diagnoses.assign(
    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],
    own=diagnoses.apply(in_own_chapter, axis=1),
)
# From checked, set surprises (the terms whose own is False) and surprise_chapter.
surprises = checked[checked["own"] == False]["term"]
surprise_chapter = int(checked[checked["own"] == False]["chapter"].value_counts().idxmax())'''),
        ('Filtered on own being True, so surprises lists the terms that ARE in their own chapter.', r'''# Set surprises (a list of terms, in table order) and surprise_chapter (an int).
def in_own_chapter(row):
    """True when the row's code lies in one of the chapters of the row's body system."""
    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]
    # Return True or False: is the chapter of row["code"] one of own?
    return icd10cm.lookup(row["code"]).chapter in own


checked = diagnoses.assign(
    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],
    own=diagnoses.apply(in_own_chapter, axis=1),
)
# From checked, set surprises (the terms whose own is False) and surprise_chapter.
odd = checked[checked["own"]]
surprises = odd["term"].tolist()
surprise_chapter = int(odd["chapter"].value_counts().idxmax())'''),
        ('Set surprise_chapter to the biggest count (how many surprises) instead of the chapter number.', r'''# Set surprises (a list of terms, in table order) and surprise_chapter (an int).
def in_own_chapter(row):
    """True when the row's code lies in one of the chapters of the row's body system."""
    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]
    # Return True or False: is the chapter of row["code"] one of own?
    if icd10cm.lookup(row["code"]).chapter in own:
        return True
    return False


checked = diagnoses.assign(
    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],
    own=diagnoses.apply(in_own_chapter, axis=1),
)
# From checked, set surprises (the terms whose own is False) and surprise_chapter.
odd = checked[checked["own"] == False]
surprises = odd["term"].tolist()
surprise_chapter = int(odd["chapter"].value_counts().max())'''),
    ],
    'ex_plot_parts': [
        ('Drew vertical bars with ax.bar instead of a horizontal bar chart.', r'''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.
    ax.bar(counts.index, counts.values)
    ax.set_title("Medical word parts per body system (course table, 2026)")
    ax.set_xlabel("Body system")
    ax.set_ylabel("Number of word parts")
    fig.tight_layout()
    return fig'''),
        ('Title without the source year 2026.', r'''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.
    ax.barh(counts.index, counts.values)
    ax.set_title("Number of word parts per body system")
    ax.set_xlabel("Word parts")
    ax.set_ylabel("Body system")
    fig.tight_layout()
    return fig'''),
        ('Drew the notebook variable parts_per_system instead of the counts argument.', r'''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.
    ax.barh(parts_per_system.index, parts_per_system.values)
    ax.set_title("word parts per body system, course table 2026")
    ax.set_xlabel("Word parts")
    ax.set_ylabel("Body system")
    fig.tight_layout()
    return fig'''),
    ],
}
