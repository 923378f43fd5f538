# ruff: noqa: E501 - rows of answer cells read best one to a line
"""Wrong answers for module 02, Medical terminology for coders (format: tests/test_wrong_answers.py)."""

BUILD = '''def build_term(forms: list[str]) -> str:
    """Join textbook word parts ("brady-", "card/io", "-ia") into a term ("bradycardia")."""
    term = ""
    for i, form in enumerate(forms):
        following = forms[i + 1] if i + 1 < len(forms) else ""
        if form.endswith("-"):
            term += form[:-1]
        elif form.startswith("-"):
            term += form[1:]
        else:
            root, _, vowel = form.partition("/")
'''
BUILD_END = "    return term.lower()\n"

TERM_KIND = '''def term_kind(term: str) -> str:
    """Return "procedure" if the term's suffix is a procedure suffix, else "condition"."""
    last = terminology.split(term)[-1].part
'''
ABBREVIATIONS = '''def abbreviations_in(note: str) -> dict[str, str]:
    """The known abbreviations in note (upper case) with their expansions, in order of appearance."""
    table = encoder.abbreviations()
    found = {}
    for word in re.findall(r"[A-Za-z0-9-]+", note):
        key = word.upper()
'''
GUESS = '''def chapter_guess(term: str) -> list[int]:
    """Sorted chapter numbers suggested by the body systems of the term's word parts."""
    numbers = set()
    for piece in terminology.split(term):
        system = piece.part.body_system
'''
SURPRISES = '''def in_own_chapter(row):
    """True when the row's code lies in one of the chapters of the row's body system."""
    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]
{body}

checked = diagnoses.assign(
    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],
    own=diagnoses.apply(in_own_chapter, axis=1),
)
{rest}
'''
GOOD_REST = ('surprises = checked.loc[~checked["own"], "term"].tolist()\n'
             'surprise_chapter = int(checked.loc[~checked["own"], "chapter"].value_counts().idxmax())')
GOOD_BODY = '    return icd10cm.lookup(row["code"]).chapter in own'
PLOT = '''def plot_parts_per_system(counts: pd.Series) -> plt.Figure:
    """Horizontal bar chart of word parts per body system; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4.5))
'''
LABELS = ('    ax.set_title("Medical word parts per body system, 2026 edition")\n'
          '    ax.set_xlabel("Word parts")\n    ax.set_ylabel("Body system")\n')
PLOT_END = "    fig.tight_layout()\n    return fig\n"

WRONG = {
    "ex_word_parts": [
        ("capital letters", 'kind_of = {"peri": "Prefix", "card": "Root", "itis": "Suffix", "hepat": "Root", '
         '"megaly": "Suffix",\n           "dys": "Prefix", "pnea": "Suffix", "lith": "Root"}\n', ["lower case"]),
        ("a missing comma", 'kind_of = {"peri": "prefix" "card": "root"}\n',
         ["answer cell stopped with an error", "SyntaxError"]),
    ],
    "ex_build_term": [
        ("the vowel always kept", BUILD + "            term += root + vowel\n" + BUILD_END,
         ["build_term(['gastr/o', '-itis'])", "Rule 1"]),
        ("the vowel always dropped", BUILD + "            term += root\n" + BUILD_END,
         ["build_term(['gastr/o', '-scopy'])", "Rule 2"]),
        ("the vowel dropped before any part that begins with a vowel",
         BUILD + "            term += root\n            if vowel and following.strip('-')[:1] not in 'aeiou':\n"
         "                term += vowel\n" + BUILD_END,
         ["gastroenteritis", "Rule 3"]),
        ("return inside the loop",
         BUILD + "            term += root\n            if vowel and not following.startswith('-'):\n"
         "                term += vowel\n            return term\n" + BUILD_END,
         ["only the beginning", "inside the loop"]),
        ("a string method misspelled",
         BUILD + "            term += root\n            if vowel and not following.startwith('-'):\n"
         "                term += vowel\n" + BUILD_END,
         ["AttributeError", "misspelled", ".startswith", "line 13"]),
        ('vowel list without u (hemat/o + -uria gives hematouria) (benchmarks/beginner_answers)',
         'def build_term(forms: list[str]) -> str:\n    """Join textbook word parts ("brady-", "card/io", "-ia") into a term ("bradycardia")."""\n    term = ""\n    for i, form in enumerate(forms):  # i is the position of form: 0, 1, 2, ...\n        following = forms[i + 1] if i + 1 < len(forms) else ""  # the next part ("" after the last)\n        if form.endswith("-"):  # a prefix such as "brady-": add it without its hyphen\n            term += form[:-1]\n        elif form.startswith("-"):  # a suffix such as "-ia": add it without its hyphen\n            term += form[1:]\n        else:  # a combining form such as "card/io": root "card", combining vowel "io"\n            root, _, vowel = form.partition("/")\n            # Add the root, then the combining vowel unless the rule of section 2 drops it\n            # (look at following).\n            if following.startswith("-") and following[1] in "aeio":\n                term += root\n            else:\n                term += root + vowel\n    return term.lower()\n',
         ['pyuria', 'every vowel']),
        ('kept only the first letter of a long combining vowel (card/io + -megaly: cardomegaly) (benchmarks/beginner_answers)',
         'def build_term(forms: list[str]) -> str:\n    """Join textbook word parts ("brady-", "card/io", "-ia") into a term ("bradycardia")."""\n    term = ""\n    for i, form in enumerate(forms):  # i is the position of form: 0, 1, 2, ...\n        following = forms[i + 1] if i + 1 < len(forms) else ""  # the next part ("" after the last)\n        if form.endswith("-"):  # a prefix such as "brady-": add it without its hyphen\n            term += form[:-1]\n        elif form.startswith("-"):  # a suffix such as "-ia": add it without its hyphen\n            term += form[1:]\n        else:  # a combining form such as "card/io": root "card", combining vowel "io"\n            root, _, vowel = form.partition("/")\n            # Add the root, then the combining vowel unless the rule of section 2 drops it\n            # (look at following).\n            if following.startswith("-") and following[1] in "aeiou":\n                term += root\n            else:\n                term += root + vowel[:1]\n    return term.lower()\n',
         ['cardiomegaly', 'whole combining vowel']),
    ],
    "ex_term_kind": [
        ("every suffix taken for a procedure",
         TERM_KIND + '    if last.kind == "suffix":\n        return "procedure"\n    return "condition"\n',
         ["term_kind('cholelithiasis')", "not a procedure suffix"]),
        ("the word part, not its letters, looked up",
         TERM_KIND + '    if last in PROCEDURE_SUFFIXES:\n        return "procedure"\n    return "condition"\n',
         ["term_kind('cholecystectomy')", "should return 'procedure'"]),
        ("only -ectomy",
         TERM_KIND + '    if last.part == "ectomy":\n        return "procedure"\n    return "condition"\n',
         ["term_kind('colonoscopy')", "diagnostic procedures"]),
        ("a few suffixes by hand, not the whole PROCEDURE_SUFFIXES set (blind set of #20)",
         TERM_KIND + '    if last.part == "ectomy" or last.part == "tomy" or last.part == "stomy" or last.part == "scopy":\n'
         '        return "procedure"\n    return "condition"\n',
         ["term_kind('rhinoplasty')", "-plasty", "whole set"]),
        ("printed instead of returned",
         TERM_KIND + '    if last.kind == "suffix" and last.part in PROCEDURE_SUFFIXES:\n        print("procedure")\n'
         '    return "condition"\n',
         ["printed 'procedure'", "return"]),
    ],
    "ex_abbreviations": [
        ("the word as written, not in upper case",
         ABBREVIATIONS + "        if word in table and word not in found:\n            found[word] = table[word]\n"
         "    return found\n",
         ["abbreviations_in('hx of htn')", "without regard to case"]),
        ("return inside the loop",
         ABBREVIATIONS + "        if key in table and key not in found:\n            found[key] = table[key]\n"
         "        return found\n    return found\n",
         ["abbreviations_in('Hx of HTN.')", "empty", "inside the loop"]),
        ("letters inside words",
         ABBREVIATIONS.replace('    for word in re.findall(r"[A-Za-z0-9-]+", note):\n        key = word.upper()\n',
                               "    for key in table:\n        if key in note.upper():\n"
                               "            found[key] = table[key]\n    return found\n"),
         ["HF", "whole words"]),
        ("the keys in small letters",
         ABBREVIATIONS + "        if key in table and word.lower() not in found:\n"
         "            found[word.lower()] = table[key]\n    return found\n",
         ["keys should be ['HTN']"]),
    ],
    "ex_chapter_guess": [
        ("the chapter objects, not their numbers",
         GUESS + "        if system:\n            numbers.update(terminology.chapters_for(system))\n"
         "    return sorted(numbers)\n",
         ["chapter numbers (int)", "chapter.number"]),
        ("return inside the loop",
         GUESS + "        if system:\n            numbers.update(c.number for c in terminology.chapters_for(system))\n"
         "        return sorted(numbers)\n    return sorted(numbers)\n",
         ["chapter_guess('cholecystitis')", "only the first item", "inside the loop"]),
        ("only the roots",
         GUESS + '        if system and piece.part.kind == "root":\n'
         "            numbers.update(c.number for c in terminology.chapters_for(system))\n"
         "    return sorted(numbers)\n",
         ["chapter_guess('hypoglycemia')", "suffixes count too"]),
        ("a list, not sorted",
         GUESS.replace("numbers = set()", "numbers = []") + "        if system:\n"
         "            for c in terminology.chapters_for(system):\n                if c.number not in numbers:\n"
         "                    numbers.insert(0, c.number)\n    return numbers\n",
         ["chapter_guess('cholecystitis')", "reversed"]),
        ('took only the first chapter of a body system (female reproductive: 14, not 15) (benchmarks/beginner_answers)',
         'def chapter_guess(term: str) -> list[int]:\n    """Sorted chapter numbers suggested by the body systems of the term\'s word parts."""\n    numbers = set()  # a set keeps each chapter number once\n    for piece in terminology.split(term):\n        system = piece.part.body_system  # "" for a part with no body system\n        # When there is a system, add the number of each chapter of terminology.chapters_for(system)\n        # to numbers (numbers.add(n) adds one).\n        if system:\n            numbers.add(terminology.chapters_for(system)[0].number)\n    return sorted(numbers)\n',
         ['oophoritis', '[14, 15]', 'not only the first']),
    ],
    "ex_surprises": [
        ("the chapter, not True or False",
         SURPRISES.format(body='    return icd10cm.lookup(row["code"]).chapter', rest=GOOD_REST),
         ["True or False", "bool"]),
        ("the surprises in alphabetical order",
         SURPRISES.format(body=GOOD_BODY, rest=GOOD_REST.replace('"term"].tolist()', '"term"].sort_values().tolist()')),
         ["order of the table"]),
        ("the count of the chapter, not the chapter",
         SURPRISES.format(body=GOOD_BODY, rest=GOOD_REST.replace(".idxmax()", ".max()")),
         ["not the chapter of any of your surprises"]),
        ("surprises as a pandas column",
         SURPRISES.format(body=GOOD_BODY, rest=GOOD_REST.replace('"term"].tolist()', '"term"]')),
         ["should be a list", "Series"]),
        ("the own terms, not the surprises",
         SURPRISES.format(body=GOOD_BODY, rest=GOOD_REST.replace('[~checked["own"], "term"]', '[checked["own"], "term"]')),
         ["bradycardia is one"]),
        ('surprise_chapter the chapter with the fewest surprises (sorted ascending, took the first) (benchmarks/beginner_answers)',
         '# Set surprises (a list of terms, in table order) and surprise_chapter (an int).\ndef in_own_chapter(row):\n    """True when the row\'s code lies in one of the chapters of the row\'s body system."""\n    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]\n    # Return True or False: is the chapter of row["code"] one of own?\n    return icd10cm.lookup(row["code"]).chapter in own\n\n\nchecked = diagnoses.assign(\n    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],\n    own=diagnoses.apply(in_own_chapter, axis=1),\n)\n# From checked, set surprises (the terms whose own is False) and surprise_chapter.\nsurprises = list(checked[~checked["own"]]["term"])\nsurprise_chapter = int(checked[~checked["own"]]["chapter"].value_counts().sort_values().index[0])\n',
         ['fewer of your surprises', 'most']),
        ('in_own_chapter compares with the first chapter of the body system only (benchmarks/beginner_answers)',
         '# Set surprises (a list of terms, in table order) and surprise_chapter (an int).\ndef in_own_chapter(row):\n    """True when the row\'s code lies in one of the chapters of the row\'s body system."""\n    own = [chapter.number for chapter in terminology.chapters_for(row["body_system"])]\n    # Return True or False: is the chapter of row["code"] one of own?\n    return icd10cm.lookup(row["code"]).chapter == own[0]\n\n\nchecked = diagnoses.assign(\n    chapter=[icd10cm.lookup(code).chapter for code in diagnoses["code"]],\n    own=diagnoses.apply(in_own_chapter, axis=1),\n)\n# From checked, set surprises (the terms whose own is False) and surprise_chapter.\nsurprises = list(checked[~checked["own"]]["term"])\nsurprise_chapter = int(checked[~checked["own"]]["chapter"].value_counts().idxmax())\n',
         ['O14.90', 'not only the first']),
    ],
    "ex_parts_per_system": [
        ("only the roots", 'roots = parts[(parts["kind"] == "root") & (parts["body_system"] != "")]\n'
         'parts_per_system = roots["body_system"].value_counts()\ntop_system = str(parts_per_system.index[0])\n',
         ["only the roots"]),
        ("sorted fewest first", 'with_system = parts[parts["body_system"] != ""]\n'
         'parts_per_system = with_system["body_system"].value_counts().sort_values()\n'
         'top_system = str(parts_per_system.index[-1])\n', ["most to fewest"]),
    ],
    "ex_plot_parts": [
        ("upright bars", PLOT + "    ax.bar(counts.index, counts.values)\n" + LABELS + PLOT_END,
         ["stand upright", "ax.barh"]),
        ("a variable from outside the function",
         PLOT + "    ax.barh(parts_per_system.index, parts_per_system.values)\n" + LABELS + PLOT_END,
         ["3 body systems", "counts argument"]),
        ("no axis labels",
         PLOT + "    ax.barh(counts.index, counts.values)\n"
         '    ax.set_title("Medical word parts per body system, 2026 edition")\n' + PLOT_END,
         ["Label both axes"]),
        ("the body systems as lengths",
         PLOT + "    ax.barh(counts.values, counts.index)\n" + LABELS + PLOT_END,
         ["bar lengths should be the counts"]),
        ('bars at 0, 1, 2 ... with no body-system names on the axis (benchmarks/beginner_answers)',
         'def plot_parts_per_system(counts: pd.Series) -> plt.Figure:\n    """Horizontal bar chart of word parts per body system; returns the Figure."""\n    fig, ax = plt.subplots(figsize=(7, 4.5))\n    # Draw the horizontal bars (ax.barh), then set the title and the two axis labels.\n    ax.barh(range(len(counts)), counts.values)\n    ax.set_title("Word parts per body system, 2026")\n    ax.set_xlabel("Number of word parts")\n    ax.set_ylabel("Body system")\n    fig.tight_layout()\n    return fig\n',
         ['y-axis', 'body system']),
    ],
}
