'''Blind wrong answers of beginners to the function exercises of module 01 (issue #20).

Written on 2026-12-07 by helper-35, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_CODE_SYSTEM = '''def code_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-10-PCS", "CPT", "CDT", "HCPCS" or "unknown" from the code's format."""
    # Two rules are written for you; each is a pattern that re.fullmatch checks, as in the worked
    # example (or write a test with string methods). CDT comes before the HCPCS rule you will add,
    # because D + 4 digits would fit "a letter followed by 4 digits" too.
    if re.fullmatch(r"([A-Z][0-9][0-9A-Z]|QA0)(\\.[0-9A-Z]{1,4})?", code):
        return "ICD-10-CM"
    if re.fullmatch(r"D[0-9]{4}", code):
        return "CDT"
    # Add the rules for ICD-10-PCS, CPT and HCPCS here, each an if and a return.
%s'''

_PLOT = '''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
    # Draw the bars, then set the title and the two axis labels, as plot_code_lengths does.
%s    ax.set_xticks(chapters["chapter"])
    return fig
'''

_TITLE = '"Billable ICD-10-CM codes per chapter\\nSource: CDC ICD-10-CM, FY2026"'

ANSWERS = {
    "ex_code_system": [
        (
            "ICD-10-PCS rule lets in the letters I and O",
            _CODE_SYSTEM
            % '''    if re.fullmatch(r"[0-9A-Z]{7}", code):
        return "ICD-10-PCS"
    if re.fullmatch(r"[0-9]{5}|[0-9]{4}[FT]", code):
        return "CPT"
    if re.fullmatch(r"[A-Z][0-9]{4}", code):
        return "HCPCS"
    return "unknown"
''',
        ),
        (
            "CPT only as 5 digits: Category II (F) and III (T) left out",
            _CODE_SYSTEM
            % '''    if re.fullmatch(r"[0-9A-HJ-NP-Z]{7}", code):
        return "ICD-10-PCS"
    if re.fullmatch(r"[0-9]{5}", code):
        return "CPT"
    if re.fullmatch(r"[A-Z][0-9]{4}", code):
        return "HCPCS"
    return "unknown"
''',
        ),
        (
            "believed an ICD-10-PCS code starts with a digit (as 0DTJ4ZZ and 10E0XZZ do)",
            _CODE_SYSTEM
            % '''    if re.fullmatch(r"[0-9][0-9A-HJ-NP-Z]{6}", code):
        return "ICD-10-PCS"
    if re.fullmatch(r"[0-9]{5}|[0-9]{4}[FT]", code):
        return "CPT"
    if re.fullmatch(r"[A-Z][0-9]{4}", code):
        return "HCPCS"
    return "unknown"
''',
        ),
        (
            'deleted the last line return "unknown" with the raise line: None for anything else',
            _CODE_SYSTEM
            % '''    if re.fullmatch(r"[0-9A-HJ-NP-Z]{7}", code):
        return "ICD-10-PCS"
    if re.fullmatch(r"[0-9]{5}|[0-9]{4}[FT]", code):
        return "CPT"
    if re.fullmatch(r"[A-Z][0-9]{4}", code):
        return "HCPCS"
''',
        ),
        (
            "CPT as any all-digit code (1234 becomes CPT)",
            _CODE_SYSTEM
            % '''    if len(code) == 7 and code.isalnum() and "I" not in code and "O" not in code:
        return "ICD-10-PCS"
    if code.isdigit():
        return "CPT"
    if len(code) == 5 and code[:4].isdigit() and code[4] in "FT":
        return "CPT"
    if len(code) == 5 and code[0].isalpha() and code[1:].isdigit():
        return "HCPCS"
    return "unknown"
''',
        ),
        (
            "HCPCS as a letter then digits, length not checked (E119 becomes HCPCS)",
            _CODE_SYSTEM
            % '''    if len(code) == 7 and code.isalnum() and "I" not in code and "O" not in code:
        return "ICD-10-PCS"
    if len(code) == 5 and code.isdigit():
        return "CPT"
    if len(code) == 5 and code[:4].isdigit() and code[4] in "FT":
        return "CPT"
    if code[0].isalpha() and code[1:].isdigit():
        return "HCPCS"
    return "unknown"
''',
        ),
    ],
    "ex_plot": [
        (
            "bar heights from the codes column (all entries), not billable",
            _PLOT
            % f'''    ax.bar(chapters["chapter"], chapters["codes"])
    ax.set_title({_TITLE})
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Billable codes")
''',
        ),
        (
            "a horizontal bar chart (barh)",
            _PLOT
            % f'''    ax.barh(chapters["chapter"], chapters["billable"])
    ax.set_title({_TITLE})
    ax.set_xlabel("Billable codes")
    ax.set_ylabel("Chapter")
''',
        ),
        (
            "drew the whole code set from icd10cm.chapters(), not the table given",
            _PLOT
            % f'''    table = icd10cm.chapters()
    ax.bar(table["chapter"], table["billable"])
    ax.set_title({_TITLE})
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Billable codes")
''',
        ),
        (
            "title without the year",
            _PLOT
            % '''    ax.bar(chapters["chapter"], chapters["billable"])
    ax.set_title("Billable ICD-10-CM codes per chapter (source: CDC)")
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Billable codes")
''',
        ),
        (
            "forgot the y-axis label",
            _PLOT
            % f'''    ax.bar(chapters["chapter"], chapters["billable"])
    ax.set_title({_TITLE})
    ax.set_xlabel("Chapter")
''',
        ),
        (
            "x positions 0, 1, 2 ... instead of the chapter numbers",
            _PLOT
            % f'''    ax.bar(range(len(chapters)), chapters["billable"])
    ax.set_title({_TITLE})
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Billable codes")
''',
        ),
    ],
}
