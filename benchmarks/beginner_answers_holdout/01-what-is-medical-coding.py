"""Held-out beginners' wrong answers to the function exercises of
release/01-what-is-medical-coding/01-what-is-medical-coding.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_code_system': [
        (
            "ICD-10-PCS rule written as 'any 7 letters or digits': the 'no letter I or O' condition is "
            'left out, so a 7-character string with an I or O is called ICD-10-PCS.',
            r'''def code_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-10-PCS", "CPT", "CDT", "HCPCS" or "unknown" from the code's format."""
    # Two rules are written for you; each is a pattern that re.fullmatch checks, as in the worked
    # example (or write a test with string methods). CDT comes before the HCPCS rule you will add,
    # because D + 4 digits would fit "a letter followed by 4 digits" too.
    if re.fullmatch(r"([A-Z][0-9][0-9A-Z]|QA0)(\.[0-9A-Z]{1,4})?", code):
        return "ICD-10-CM"
    if re.fullmatch(r"D[0-9]{4}", code):
        return "CDT"
    # Add the rules for ICD-10-PCS, CPT and HCPCS here, each an if and a return.
    # YOUR CODE HERE
    if re.fullmatch(r"[0-9A-Z]{7}", code):
        return "ICD-10-PCS"
    if re.fullmatch(r"[0-9]{5}|[0-9]{4}[FT]", code):
        return "CPT"
    if re.fullmatch(r"[A-Z][0-9]{4}", code):
        return "HCPCS"
    return "unknown"''',
        ),
        (
            'CPT rule only for 5 digits: Category II (3044F) and Category III (0174T) codes come out '
            "'unknown'.",
            r'''def code_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-10-PCS", "CPT", "CDT", "HCPCS" or "unknown" from the code's format."""
    # Two rules are written for you; each is a pattern that re.fullmatch checks, as in the worked
    # example (or write a test with string methods). CDT comes before the HCPCS rule you will add,
    # because D + 4 digits would fit "a letter followed by 4 digits" too.
    if re.fullmatch(r"([A-Z][0-9][0-9A-Z]|QA0)(\.[0-9A-Z]{1,4})?", code):
        return "ICD-10-CM"
    if re.fullmatch(r"D[0-9]{4}", code):
        return "CDT"
    # Add the rules for ICD-10-PCS, CPT and HCPCS here, each an if and a return.
    # YOUR CODE HERE
    if re.fullmatch(r"[0-9A-HJ-NP-Z]{7}", code):
        return "ICD-10-PCS"
    if code.isdigit() and len(code) == 5:
        return "CPT"
    if re.fullmatch(r"[A-Z][0-9]{4}", code):
        return "HCPCS"
    return "unknown"''',
        ),
        (
            "HCPCS rule 'a letter, then digits' without checking there are exactly 4 digits: E119 (an "
            'undotted ICD-10-CM code, listed as unknown) is called HCPCS.',
            r'''def code_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-10-PCS", "CPT", "CDT", "HCPCS" or "unknown" from the code's format."""
    # Two rules are written for you; each is a pattern that re.fullmatch checks, as in the worked
    # example (or write a test with string methods). CDT comes before the HCPCS rule you will add,
    # because D + 4 digits would fit "a letter followed by 4 digits" too.
    if re.fullmatch(r"([A-Z][0-9][0-9A-Z]|QA0)(\.[0-9A-Z]{1,4})?", code):
        return "ICD-10-CM"
    if re.fullmatch(r"D[0-9]{4}", code):
        return "CDT"
    # Add the rules for ICD-10-PCS, CPT and HCPCS here, each an if and a return.
    # YOUR CODE HERE
    if re.fullmatch(r"[0-9A-HJ-NP-Z]{7}", code):
        return "ICD-10-PCS"
    if re.fullmatch(r"[0-9]{5}|[0-9]{4}[FT]", code):
        return "CPT"
    if code[0].isalpha() and code[1:].isdigit():
        return "HCPCS"
    return "unknown"''',
        ),
    ],
    'ex_plot': [
        (
            "Bar heights from the 'codes' column (all codes, headers included) instead of 'billable'.",
            r'''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
    # Draw the bars, then set the title and the two axis labels, as plot_code_lengths does.
    # YOUR CODE HERE
    ax.bar(chapters["chapter"], chapters["codes"])
    ax.set_title("ICD-10-CM codes per chapter, FY2026 (source: CDC)")
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Codes")
    ax.set_xticks(chapters["chapter"])
    return fig''',
        ),
        (
            'Draws icd10cm.chapters() (all 22 chapters) instead of the chapters argument, so a table of '
            'a few rows still gets 22 bars.',
            r'''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
    # Draw the bars, then set the title and the two axis labels, as plot_code_lengths does.
    # YOUR CODE HERE
    all_chapters = icd10cm.chapters()
    ax.bar(all_chapters["chapter"], all_chapters["billable"])
    ax.set_title("Billable ICD-10-CM codes per chapter, FY2026 (source: CDC)")
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Billable codes")
    ax.set_xticks(chapters["chapter"])
    return fig''',
        ),
        (
            'Title names the data and the source but not the year (no 2026).',
            r'''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
    # Draw the bars, then set the title and the two axis labels, as plot_code_lengths does.
    # YOUR CODE HERE
    ax.bar(chapters["chapter"], chapters["billable"])
    ax.set_title("Billable ICD-10-CM codes per chapter (source: CDC)")
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Billable codes")
    ax.set_xticks(chapters["chapter"])
    return fig''',
        ),
    ],
}
