"""Held-out beginners' wrong answers to the function exercises of
release/02-medical-terminology/02-medical-terminology.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_build_term': [
        (
            'Drops the combining vowel before any part that starts with a vowel, roots included (rule 3 '
            "missed): gastr/o + enter/o + -itis gives 'gastrenteritis'.",
            r'''def build_term(forms: list[str]) -> str:
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
            # YOUR CODE HERE
            term += root
            next_letters = following.replace("-", "")
            if next_letters[:1] not in ["a", "e", "i", "o", "u"]:
                term += vowel
    return term.lower()''',
        ),
        (
            'Tests the first character of the next part, which for a suffix is the hyphen, so the vowel '
            "is never dropped: gastr/o + -itis gives 'gastroitis'.",
            r'''def build_term(forms: list[str]) -> str:
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
            # YOUR CODE HERE
            term += root
            if following[:1] not in ["a", "e", "i", "o", "u"]:
                term += vowel
    return term.lower()''',
        ),
        (
            'Keeps the vowel only between two roots, never before a suffix: gastr/o + -scopy gives '
            "'gastrscopy'.",
            r'''def build_term(forms: list[str]) -> str:
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
            # YOUR CODE HERE
            term += root
            if following and not following.startswith("-"):
                term += vowel
    return term.lower()''',
        ),
    ],
    'ex_term_kind': [
        (
            "Compares the textbook form ('-ectomy', with its hyphen) with the set, which holds the bare "
            "letters: every term comes out 'condition'.",
            r'''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part  # the term's last word part: .part and .kind
    # Return "procedure" when last is a suffix found in PROCEDURE_SUFFIXES.
    # YOUR CODE HERE
    if last.kind == "suffix" and last.form in PROCEDURE_SUFFIXES:
        return "procedure"
    return "condition"''',
        ),
        (
            "Returns True/False (the result of the 'in' test) instead of the word 'procedure'.",
            r'''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part  # the term's last word part: .part and .kind
    # Return "procedure" when last is a suffix found in PROCEDURE_SUFFIXES.
    # YOUR CODE HERE
    if last.kind == "suffix":
        return last.part in PROCEDURE_SUFFIXES
    return "condition"''',
        ),
        (
            'Typed in only the three surgical suffixes -ectomy, -tomy, -stomy: colonoscopy, angioplasty '
            "and the other procedure suffixes come out 'condition'.",
            r'''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part  # the term's last word part: .part and .kind
    # Return "procedure" when last is a suffix found in PROCEDURE_SUFFIXES.
    # YOUR CODE HERE
    if term.endswith(("ectomy", "tomy", "stomy")):
        return "procedure"
    return "condition"''',
        ),
    ],
    'ex_abbreviations': [
        (
            "Uses the word as written in the note as the key ('A-fib', 'htn') instead of the upper-case "
            'table key.',
            r'''def abbreviations_in(note: str) -> dict[str, str]:
    """The known abbreviations in note (upper case) with their expansions, in order of appearance."""
    table = encoder.abbreviations()  # abbreviation (upper case) -> expansion
    found = {}
    for word in re.findall(r"[A-Za-z0-9-]+", note):  # each word of the note, in order
        key = word.upper()
        # Add key and its expansion to found when the table knows it (and it is not there yet).
        # YOUR CODE HERE
        if key in table and word not in found:
            found[word] = table[key]
    return found''',
        ),
        (
            'Looks the word up without upper-casing it, so abbreviations written in lower or mixed case '
            '(A-fib, htn) are missed.',
            r'''def abbreviations_in(note: str) -> dict[str, str]:
    """The known abbreviations in note (upper case) with their expansions, in order of appearance."""
    table = encoder.abbreviations()  # abbreviation (upper case) -> expansion
    found = {}
    for word in re.findall(r"[A-Za-z0-9-]+", note):  # each word of the note, in order
        key = word.upper()
        # Add key and its expansion to found when the table knows it (and it is not there yet).
        # YOUR CODE HERE
        if word in table and word not in found:
            found[word] = table[word]
    return found''',
        ),
        (
            'Matches abbreviations inside words instead of whole words: CHF also gives HF.',
            r'''def abbreviations_in(note: str) -> dict[str, str]:
    """The known abbreviations in note (upper case) with their expansions, in order of appearance."""
    table = encoder.abbreviations()  # abbreviation (upper case) -> expansion
    found = {}
    for word in re.findall(r"[A-Za-z0-9-]+", note):  # each word of the note, in order
        key = word.upper()
        # Add key and its expansion to found when the table knows it (and it is not there yet).
        # YOUR CODE HERE
        for abbreviation in table:
            if abbreviation in key and abbreviation not in found:
                found[abbreviation] = table[abbreviation]
    return found''',
        ),
    ],
    'ex_chapter_guess': [
        (
            'Takes only the first chapter of each body system: female reproductive gives 14 but not 15.',
            r'''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()  # a set keeps each chapter number once
    for piece in terminology.split(term):
        system = piece.part.body_system  # "" for a part with no body system
        # When there is a system, add the number of each chapter of terminology.chapters_for(system)
        # to numbers (numbers.add(n) adds one).
        # YOUR CODE HERE
        if system:
            numbers.add(terminology.chapters_for(system)[0].number)
    return sorted(numbers)''',
        ),
        (
            'Replaces the set at each piece instead of adding to it: only the last piece with a body '
            'system counts (cholecystitis gives [14]).',
            r'''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()  # a set keeps each chapter number once
    for piece in terminology.split(term):
        system = piece.part.body_system  # "" for a part with no body system
        # When there is a system, add the number of each chapter of terminology.chapters_for(system)
        # to numbers (numbers.add(n) adds one).
        # YOUR CODE HERE
        if system:
            numbers = {chapter.number for chapter in terminology.chapters_for(system)}
    return sorted(numbers)''',
        ),
        (
            "Only roots are looked at, because 'body systems are roots': the suffix -emia (blood) of "
            'hypoglycemia is left out.',
            r'''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()  # a set keeps each chapter number once
    for piece in terminology.split(term):
        system = piece.part.body_system  # "" for a part with no body system
        # When there is a system, add the number of each chapter of terminology.chapters_for(system)
        # to numbers (numbers.add(n) adds one).
        # YOUR CODE HERE
        if system and piece.part.kind == "root":
            for chapter in terminology.chapters_for(system):
                numbers.add(chapter.number)
    return sorted(numbers)''',
        ),
    ],
    'ex_surprises': [
        (
            'surprises left as a pandas Series (a column slice), not a list.',
            r'''# Set surprises (a list of terms, in table order) and surprise_chapter (an int).
def in_own_chapter(row):
    """True when the row's code lies in one of the chapters of the row's body system."""
    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]
    # Return True or False: is the chapter of row["code"] one of own?
    # YOUR CODE HERE
    return icd10cm.lookup(row["code"]).chapter in own


checked = diagnoses.assign(
    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],
    own=diagnoses.apply(in_own_chapter, axis=1),
)
# From checked, set surprises (the terms whose own is False) and surprise_chapter.
# YOUR CODE HERE
surprises = checked[checked["own"] == False]["term"]
surprise_chapter = int(checked[checked["own"] == False]["chapter"].value_counts().idxmax())''',
        ),
        (
            'Listed the codes of the surprises instead of their terms.',
            r'''# Set surprises (a list of terms, in table order) and surprise_chapter (an int).
def in_own_chapter(row):
    """True when the row's code lies in one of the chapters of the row's body system."""
    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]
    # Return True or False: is the chapter of row["code"] one of own?
    # YOUR CODE HERE
    return icd10cm.lookup(row["code"]).chapter in own


checked = diagnoses.assign(
    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],
    own=diagnoses.apply(in_own_chapter, axis=1),
)
# From checked, set surprises (the terms whose own is False) and surprise_chapter.
# YOUR CODE HERE
surprises = list(checked[~checked["own"]]["code"])
surprise_chapter = int(checked[~checked["own"]]["chapter"].value_counts().idxmax())''',
        ),
        (
            'surprise_chapter set to how many surprises the top chapter holds (.max()) instead of which '
            'chapter it is (.idxmax()).',
            r'''# Set surprises (a list of terms, in table order) and surprise_chapter (an int).
def in_own_chapter(row):
    """True when the row's code lies in one of the chapters of the row's body system."""
    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]
    # Return True or False: is the chapter of row["code"] one of own?
    # YOUR CODE HERE
    return icd10cm.lookup(row["code"]).chapter in own


checked = diagnoses.assign(
    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],
    own=diagnoses.apply(in_own_chapter, axis=1),
)
# From checked, set surprises (the terms whose own is False) and surprise_chapter.
# YOUR CODE HERE
surprises = list(checked[~checked["own"]]["term"])
surprise_chapter = int(checked[~checked["own"]]["chapter"].value_counts().max())''',
        ),
    ],
    'ex_plot_parts': [
        (
            'Draws the global parts_per_system instead of the counts argument.',
            r'''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.
    # YOUR CODE HERE
    ax.barh(parts_per_system.index, parts_per_system.values)
    ax.set_title("Medical word parts per body system (course table, 2026)")
    ax.set_xlabel("Number of word parts")
    ax.set_ylabel("Body system")
    fig.tight_layout()
    return fig''',
        ),
        (
            'Title without the year 2026.',
            r'''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.
    # YOUR CODE HERE
    ax.barh(counts.index, counts.values)
    ax.set_title("Medical word parts per body system")
    ax.set_xlabel("Number of word parts")
    ax.set_ylabel("Body system")
    fig.tight_layout()
    return fig''',
        ),
        (
            'Vertical bars (ax.bar) instead of the horizontal bar chart asked for.',
            r'''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.
    # YOUR CODE HERE
    ax.bar(counts.index, counts.values)
    ax.set_title("Medical word parts per body system (course table, 2026)")
    ax.set_xlabel("Body system")
    ax.set_ylabel("Number of word parts")
    fig.tight_layout()
    return fig''',
        ),
    ],
}
