# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 01-what-is-medical-coding, written blind on 2026-12-07."""

ANSWERS = {
    'ex_code_system': [
        ('ICD-10-PCS rule accepts any 7 letters or digits, forgetting that I and O are not allowed.', r'''def code_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-10-PCS", "CPT", "CDT", "HCPCS" or "unknown" from the code's format."""
    # Two rules are written for you; each is a pattern that re.fullmatch checks, as in the worked
    # example (or write a test with string methods). CDT comes before the HCPCS rule you will add,
    # because D + 4 digits would fit "a letter followed by 4 digits" too.
    if re.fullmatch(r"([A-Z][0-9][0-9A-Z]|QA0)(\.[0-9A-Z]{1,4})?", code):
        return "ICD-10-CM"
    if re.fullmatch(r"D[0-9]{4}", code):
        return "CDT"
    # Add the rules for ICD-10-PCS, CPT and HCPCS here, each an if and a return.
    if re.fullmatch(r"[0-9A-Z]{7}", code):
        return "ICD-10-PCS"
    if re.fullmatch(r"[0-9]{5}|[0-9]{4}F|[0-9]{4}T", code):
        return "CPT"
    if re.fullmatch(r"[A-Z][0-9]{4}", code):
        return "HCPCS"
    return "unknown"'''),
        ('CPT rule only knows the 5-digit Category I codes, so 3044F and 0174T come back unknown.', r'''def code_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-10-PCS", "CPT", "CDT", "HCPCS" or "unknown" from the code's format."""
    # Two rules are written for you; each is a pattern that re.fullmatch checks, as in the worked
    # example (or write a test with string methods). CDT comes before the HCPCS rule you will add,
    # because D + 4 digits would fit "a letter followed by 4 digits" too.
    if re.fullmatch(r"([A-Z][0-9][0-9A-Z]|QA0)(\.[0-9A-Z]{1,4})?", code):
        return "ICD-10-CM"
    if re.fullmatch(r"D[0-9]{4}", code):
        return "CDT"
    # Add the rules for ICD-10-PCS, CPT and HCPCS here, each an if and a return.
    if len(code) == 7 and "." not in code and "I" not in code and "O" not in code:
        return "ICD-10-PCS"
    if len(code) == 5 and code.isdigit():
        return "CPT"
    if len(code) == 5 and code[0].isalpha() and code[1:].isdigit():
        return "HCPCS"
    return "unknown"'''),
        ('HCPCS rule written as a letter followed by 3 or 4 digits, so E119 (ICD-10-CM without its dot) is called HCPCS.', r'''def code_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-10-PCS", "CPT", "CDT", "HCPCS" or "unknown" from the code's format."""
    # Two rules are written for you; each is a pattern that re.fullmatch checks, as in the worked
    # example (or write a test with string methods). CDT comes before the HCPCS rule you will add,
    # because D + 4 digits would fit "a letter followed by 4 digits" too.
    if re.fullmatch(r"([A-Z][0-9][0-9A-Z]|QA0)(\.[0-9A-Z]{1,4})?", code):
        return "ICD-10-CM"
    if re.fullmatch(r"D[0-9]{4}", code):
        return "CDT"
    # Add the rules for ICD-10-PCS, CPT and HCPCS here, each an if and a return.
    if re.fullmatch(r"[0-9A-HJ-NP-Z]{7}", code):
        return "ICD-10-PCS"
    if re.fullmatch(r"[0-9]{4}[0-9FT]", code):
        return "CPT"
    if re.fullmatch(r"[A-Z][0-9]{3,4}", code):
        return "HCPCS"
    return "unknown"'''),
    ],
    'ex_plot': [
        ('Draws the bars from a fresh icd10cm.chapters() table instead of the chapters argument, so a subset is ignored.', r'''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
    # Draw the bars, then set the title and the two axis labels, as plot_code_lengths does.
    all_chapters = icd10cm.chapters()
    ax.bar(all_chapters["chapter"], all_chapters["billable"], color="tab:blue")
    ax.set_title("Billable ICD-10-CM codes per chapter\nSource: CDC ICD-10-CM, FY2026")
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Billable codes")
    ax.set_xticks(chapters["chapter"])
    return fig'''),
        ('Uses the "codes" column (all entries) for the bar heights instead of the "billable" column.', r'''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
    # Draw the bars, then set the title and the two axis labels, as plot_code_lengths does.
    ax.bar(chapters["chapter"], chapters["codes"], color="tab:blue")
    ax.set_title("Billable ICD-10-CM codes per chapter\nSource: CDC ICD-10-CM, FY2026")
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Billable codes")
    ax.set_xticks(chapters["chapter"])
    return fig'''),
        ('Title names the source but not the year 2026.', r'''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
    # Draw the bars, then set the title and the two axis labels, as plot_code_lengths does.
    ax.bar(chapters["chapter"], chapters["billable"])
    ax.set_title("Billable ICD-10-CM codes per chapter (source: CDC)")
    ax.set_xlabel("Chapter number")
    ax.set_ylabel("Number of billable codes")
    ax.set_xticks(chapters["chapter"])
    return fig'''),
    ],
}
