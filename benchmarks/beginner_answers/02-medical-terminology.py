'''Blind wrong answers of beginners to the function exercises of module 02 (issue #20).

Written on 2026-12-07 by helper-36, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_BUILD = '''def build_term(forms: list[str]) -> str:
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
%s    return term.lower()
'''

_KIND = '''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part  # the term's last word part: .part and .kind
    # Return "procedure" when last is a suffix found in PROCEDURE_SUFFIXES.
%s    return "condition"
'''

_ABBR = '''def abbreviations_in(note: str) -> dict[str, str]:
    """The known abbreviations in note (upper case) with their expansions, in order of appearance."""
    table = encoder.abbreviations()  # abbreviation (upper case) -> expansion
    found = {}
    for word in re.findall(r"[A-Za-z0-9-]+", note):  # each word of the note, in order
        key = word.upper()
        # Add key and its expansion to found when the table knows it (and it is not there yet).
%s    return found
'''

_CHAPTER = '''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()  # a set keeps each chapter number once
    for piece in terminology.split(term):
        system = piece.part.body_system  # "" for a part with no body system
        # When there is a system, add the number of each chapter of terminology.chapters_for(system)
        # to numbers (numbers.add(n) adds one).
%s    return sorted(numbers)
'''

_SURPRISES = '''# Set surprises (a list of terms, in table order) and surprise_chapter (an int).
def in_own_chapter(row):
    """True when the row's code lies in one of the chapters of the row's body system."""
    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]
    # Return True or False: is the chapter of row["code"] one of own?
%s

checked = diagnoses.assign(
    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],
    own=diagnoses.apply(in_own_chapter, axis=1),
)
# From checked, set surprises (the terms whose own is False) and surprise_chapter.
%s'''

_OWN = '''    return icd10cm.lookup(row["code"]).chapter in own
'''

_PLOT = '''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.
%s    fig.tight_layout()
    return fig
'''

_LABELS = '''    ax.set_xlabel("Number of word parts")
    ax.set_ylabel("Body system")
'''

ANSWERS = {
    "ex_build_term": [
        (
            "tested the next part's first character, which for a suffix is the hyphen",
            _BUILD
            % '''            if following and following[0] in "aeiou":
                term += root
            else:
                term += root + vowel
''',
        ),
        (
            "dropped the vowel before every suffix, vowel or consonant",
            _BUILD
            % '''            if following.startswith("-"):
                term += root
            else:
                term += root + vowel
''',
        ),
        (
            "dropped the vowel before any part that begins with a vowel, roots too (rule 3 missed)",
            _BUILD
            % '''            if following.lstrip("-")[:1] in ("a", "e", "i", "o", "u"):
                term += root
            else:
                term += root + vowel
''',
        ),
        (
            "vowel list without u (hemat/o + -uria gives hematouria)",
            _BUILD
            % '''            if following.startswith("-") and following[1] in "aeio":
                term += root
            else:
                term += root + vowel
''',
        ),
        (
            "kept only the first letter of a long combining vowel (card/io + -megaly: cardomegaly)",
            _BUILD
            % '''            if following.startswith("-") and following[1] in "aeiou":
                term += root
            else:
                term += root + vowel[:1]
''',
        ),
    ],
    "ex_term_kind": [
        (
            "compared the textbook form '-ectomy' (with its hyphen) with the set",
            _KIND
            % '''    if last.kind == "suffix" and last.form in PROCEDURE_SUFFIXES:
        return "procedure"
''',
        ),
        (
            "any suffix at all counted as a procedure",
            _KIND
            % '''    if last.kind == "suffix":
        return "procedure"
''',
        ),
        (
            "printed 'procedure' instead of returning it",
            _KIND
            % '''    if last.kind == "suffix" and last.part in PROCEDURE_SUFFIXES:
        print("procedure")
''',
        ),
        (
            "looked at the first word part of the term, not the last",
            _KIND
            % '''    first = terminology.split(term)[0].part
    if first.part in PROCEDURE_SUFFIXES:
        return "procedure"
''',
        ),
    ],
    "ex_abbreviations": [
        (
            "looked the note's word up as written, so A-fib or Hx in mixed case is missed",
            _ABBR
            % '''        if word in table and word not in found:
            found[word] = table[word]
''',
        ),
        (
            "stored the word as written ('A-fib') as the key instead of the table's key",
            _ABBR
            % '''        if key in table and word not in found:
            found[word] = table[key]
''',
        ),
        (
            "returned at the first abbreviation found",
            _ABBR
            % '''        if key in table:
            found[key] = table[key]
            return found
''',
        ),
        (
            "added every word, with None for words the table does not know",
            _ABBR
            % '''        if key not in found:
            found[key] = table.get(key)
''',
        ),
        (
            "searched the table's abbreviations inside the note's text (substrings, table order)",
            _ABBR
            % '''        pass
    for abbreviation, expansion in table.items():
        if abbreviation in note.upper():
            found[abbreviation] = expansion
''',
        ),
    ],
    "ex_chapter_guess": [
        (
            "took only the first chapter of a body system (female reproductive: 14, not 15)",
            _CHAPTER
            % '''        if system:
            numbers.add(terminology.chapters_for(system)[0].number)
''',
        ),
        (
            "only roots looked at, so the suffix's body system (-emia blood) is left out",
            _CHAPTER
            % '''        if system and piece.part.kind == "root":
            for chapter in terminology.chapters_for(system):
                numbers.add(chapter.number)
''',
        ),
        (
            "returned inside the loop, after the first part with a body system",
            _CHAPTER
            % '''        if system:
            for chapter in terminology.chapters_for(system):
                numbers.add(chapter.number)
            return sorted(numbers)
''',
        ),
        (
            "added the chapter numbers as strings",
            _CHAPTER
            % '''        if system:
            for chapter in terminology.chapters_for(system):
                numbers.add(str(chapter.number))
''',
        ),
        (
            "added the chapter objects, not their numbers",
            _CHAPTER
            % '''        if system:
            for chapter in terminology.chapters_for(system):
                numbers.add(chapter)
''',
        ),
    ],
    "ex_surprises": [
        (
            "surprises inverted: the terms whose code is in their own chapter",
            _SURPRISES
            % (
                _OWN,
                '''surprises = list(checked[checked["own"]]["term"])
surprise_chapter = int(checked[~checked["own"]]["chapter"].value_counts().idxmax())
''',
            ),
        ),
        (
            "surprises left as a pandas Series, not a list",
            _SURPRISES
            % (
                _OWN,
                '''surprises = checked[checked["own"] == False]["term"]
surprise_chapter = int(checked[checked["own"] == False]["chapter"].value_counts().idxmax())
''',
            ),
        ),
        (
            "in_own_chapter compares with the first chapter of the body system only",
            _SURPRISES
            % (
                '''    return icd10cm.lookup(row["code"]).chapter == own[0]
''',
                '''surprises = list(checked[~checked["own"]]["term"])
surprise_chapter = int(checked[~checked["own"]]["chapter"].value_counts().idxmax())
''',
            ),
        ),
        (
            "surprise_chapter the chapter with the fewest surprises (sorted ascending, took the first)",
            _SURPRISES
            % (
                _OWN,
                '''surprises = list(checked[~checked["own"]]["term"])
surprise_chapter = int(checked[~checked["own"]]["chapter"].value_counts().sort_values().index[0])
''',
            ),
        ),
        (
            "in_own_chapter printed the answer instead of returning it",
            _SURPRISES
            % (
                '''    print(icd10cm.lookup(row["code"]).chapter in own)
''',
                '''surprises = list(checked[checked["own"] == False]["term"])
surprise_chapter = int(checked[checked["own"] == False]["chapter"].value_counts().idxmax())
''',
            ),
        ),
    ],
    "ex_plot_parts": [
        (
            "vertical bars (ax.bar) instead of horizontal",
            _PLOT
            % (
                '''    ax.bar(counts.index, counts.values)
    ax.set_title("Word parts per body system (course table, 2026)")
'''
                + _LABELS
            ),
        ),
        (
            "title without the source year",
            _PLOT
            % (
                '''    ax.barh(counts.index, counts.values)
    ax.set_title("Word parts per body system")
'''
                + _LABELS
            ),
        ),
        (
            "drew the global parts_per_system, not the counts argument",
            _PLOT
            % (
                '''    ax.barh(parts_per_system.index, parts_per_system.values)
    ax.set_title("Word parts per body system, 2026")
'''
                + _LABELS
            ),
        ),
        (
            "no y-axis label",
            _PLOT
            % '''    ax.barh(counts.index, counts.values)
    ax.set_title("Word parts per body system, 2026")
    ax.set_xlabel("Number of word parts")
''',
        ),
        (
            "bars at 0, 1, 2 ... with no body-system names on the axis",
            _PLOT
            % (
                '''    ax.barh(range(len(counts)), counts.values)
    ax.set_title("Word parts per body system, 2026")
'''
                + _LABELS
            ),
        ),
    ],
}
