# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 02-medical-terminology, written blind on 2026-12-07."""

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

_SUR_HEAD = '''# Set surprises (a list of terms, in table order) and surprise_chapter (an int).
def in_own_chapter(row):
    """True when the row's code lies in one of the chapters of the row's body system."""
    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]
    # Return True or False: is the chapter of row["code"] one of own?
'''
_SUR_MID = '''

checked = diagnoses.assign(
    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],
    own=diagnoses.apply(in_own_chapter, axis=1),
)
# From checked, set surprises (the terms whose own is False) and surprise_chapter.
'''

ANSWERS = {
    'ex_build_term': [
        ('Drops the combining vowel before ANY next part that starts with a vowel, roots included (misses rule 3: gastroenteritis becomes gastrenteritis).', _BT_HEAD + '''            term += root
            if following == "" or following.lstrip("-")[0] not in "aeiou":
                term += vowel
    return term.lower()'''),
        ('Treats only a, e, i and o as vowels, forgetting u, so a suffix such as -uria keeps the vowel (hematouria).', _BT_HEAD + '''            term += root
            if following.startswith("-") and following[1] in "aeio":
                term += ""
            else:
                term += vowel
    return term.lower()'''),
        ('Hard-codes the vowel suffixes of the examples (-itis, -ia, -ectomy, -oma) instead of testing the first letter, so -algia, -osis or -emia keep the vowel.', _BT_HEAD + '''            term += root
            if following not in ["-itis", "-ia", "-ectomy", "-oma"]:
                term += vowel
    return term.lower()'''),
    ],
    'ex_term_kind': [
        ('Only lists the suffixes of the examples (ectomy, tomy, stomy, scopy) instead of using PROCEDURE_SUFFIXES, so -plasty, -graphy etc. count as conditions.', r'''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part  # the term's last word part: .part and .kind
    # Return "procedure" when last is a suffix found in PROCEDURE_SUFFIXES.
    if last.kind == "suffix" and last.part in ["ectomy", "tomy", "stomy", "scopy"]:
        return "procedure"
    return "condition"'''),
        ('Compares the textbook form with its hyphen ("-ectomy") to the set, which never matches, so everything is a condition.', r'''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part  # the term's last word part: .part and .kind
    # Return "procedure" when last is a suffix found in PROCEDURE_SUFFIXES.
    if last.kind == "suffix" and last.form in PROCEDURE_SUFFIXES:
        return "procedure"
    return "condition"'''),
        ('Returns "Procedure" and "Condition" with capital letters.', r'''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part  # the term's last word part: .part and .kind
    # Return "procedure" when last is a suffix found in PROCEDURE_SUFFIXES.
    if last.kind == "suffix" and last.part in PROCEDURE_SUFFIXES:
        return "Procedure"
    return "Condition"'''),
    ],
    'ex_abbreviations': [
        ('Checks whether each table abbreviation is contained in the word, not equal to it, so CHF also adds HF and admitted adds MI.', r'''def abbreviations_in(note: str) -> dict[str, str]:
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
        ('Looks up the word as written instead of its upper-case key, so "A-fib" or "htn" are missed.', r'''def abbreviations_in(note: str) -> dict[str, str]:
    """The known abbreviations in note (upper case) with their expansions, in order of appearance."""
    table = encoder.abbreviations()  # abbreviation (upper case) -> expansion
    found = {}
    for word in re.findall(r"[A-Za-z0-9-]+", note):  # each word of the note, in order
        key = word.upper()
        # Add key and its expansion to found when the table knows it (and it is not there yet).
        if word in table and word not in found:
            found[word] = table[word]
    return found'''),
        ('Stores the word as written in the note as the key instead of the upper-case table key.', r'''def abbreviations_in(note: str) -> dict[str, str]:
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
        ('Takes only the first chapter of each body system, so female reproductive gives 14 but not 15.', r'''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()  # a set keeps each chapter number once
    for piece in terminology.split(term):
        system = piece.part.body_system  # "" for a part with no body system
        # When there is a system, add the number of each chapter of terminology.chapters_for(system)
        # to numbers (numbers.add(n) adds one).
        if system != "":
            numbers.add(terminology.chapters_for(system)[0].number)
    return sorted(numbers)'''),
        ('Only looks at the roots, thinking suffixes have no body system, so hypoglycemia misses chapter 3 from -emia.', r'''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()  # a set keeps each chapter number once
    for piece in terminology.split(term):
        system = piece.part.body_system  # "" for a part with no body system
        # When there is a system, add the number of each chapter of terminology.chapters_for(system)
        # to numbers (numbers.add(n) adds one).
        if system and piece.part.kind == "root":
            for chapter in terminology.chapters_for(system):
                numbers.add(chapter.number)
    return sorted(numbers)'''),
        ('Stops at the first word part that has a body system (return inside the loop), so cholecystitis gives only [11].', r'''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()  # a set keeps each chapter number once
    for piece in terminology.split(term):
        system = piece.part.body_system  # "" for a part with no body system
        # When there is a system, add the number of each chapter of terminology.chapters_for(system)
        # to numbers (numbers.add(n) adds one).
        if system:
            for chapter in terminology.chapters_for(system):
                numbers.add(chapter.number)
            return sorted(numbers)
    return sorted(numbers)'''),
    ],
    'ex_surprises': [
        ('Picks the rows where own is True instead of False, so surprises lists the expected codes.', _SUR_HEAD + '''    return icd10cm.lookup(row["code"]).chapter in own''' + _SUR_MID + '''surprises = list(checked[checked["own"] == True]["term"])
surprise_chapter = int(checked[checked["own"] == True]["chapter"].value_counts().idxmax())'''),
        ('Sets surprise_chapter to how many surprises the top chapter has (the count) instead of the chapter number.', _SUR_HEAD + '''    return icd10cm.lookup(row["code"]).chapter in own''' + _SUR_MID + '''surprises = list(checked[checked["own"] == False]["term"])
surprise_chapter = int(checked[checked["own"] == False]["chapter"].value_counts().max())'''),
        ('Sorts the surprise terms alphabetically instead of keeping the table order.', _SUR_HEAD + '''    chapter = icd10cm.lookup(row["code"]).chapter
    if chapter in own:
        return True
    else:
        return False''' + _SUR_MID + '''surprises = sorted(checked[~checked["own"]]["term"])
surprise_chapter = int(checked[~checked["own"]]["chapter"].mode()[0])'''),
    ],
    'ex_plot_parts': [
        ('Draws vertical bars with ax.bar instead of horizontal bars with ax.barh.', r'''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.
    ax.bar(counts.index, counts.values)
    ax.set_title("Medical word parts per body system (course table, 2026)")
    ax.set_xlabel("Body system")
    ax.set_ylabel("Number of word parts")
    fig.tight_layout()
    return fig'''),
        ('Draws from the notebook variable parts_per_system instead of the counts argument.', r'''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.
    ax.barh(parts_per_system.index, parts_per_system.values)
    ax.set_title("Medical word parts per body system (course table, 2026)")
    ax.set_xlabel("Number of word parts")
    ax.set_ylabel("Body system")
    fig.tight_layout()
    return fig'''),
        ('Sets the title and the x-axis label but forgets the y-axis label.', r'''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.
    ax.barh(counts.index, counts.values)
    ax.set_title("Number of word parts per body system, course table 2026")
    ax.set_xlabel("Number of word parts")
    fig.tight_layout()
    return fig'''),
    ],
}
