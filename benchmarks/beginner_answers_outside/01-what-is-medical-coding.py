# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 01, written blind on 2026-12-07 (no checks read)."""

ANSWERS = {
    'ex_code_system': [
        ('ICD-10-PCS rule accepts any 7 letters or digits, forgetting to exclude I and O.', r'''def code_system(code: str) -> str:
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
    if re.fullmatch(r"[0-9]{5}", code) or re.fullmatch(r"[0-9]{4}[FT]", code):
        return "CPT"
    if re.fullmatch(r"[A-Z][0-9]{4}", code):
        return "HCPCS"
    return "unknown"'''),
        ('CPT rule covers 5 digits and Category II (F) but forgets Category III (T).', r'''def code_system(code: str) -> str:
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
    if re.fullmatch(r"[0-9]{5}", code) or re.fullmatch(r"[0-9]{4}F", code):
        return "CPT"
    if re.fullmatch(r"[A-Z][0-9]{4}", code):
        return "HCPCS"
    return "unknown"'''),
        ('Used string methods: CPT is any 5 characters whose first 4 are digits, HCPCS any letter plus 4 characters.', r'''def code_system(code: str) -> str:
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
    if len(code) == 5 and code[:4].isdigit():
        return "CPT"
    if len(code) == 5 and code[0].isalpha():
        return "HCPCS"
    return "unknown"'''),
    ],
    'ex_plot': [
        ('Drew the bars from the codes column (all entries) instead of billable.', r'''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
    # Draw the bars, then set the title and the two axis labels, as plot_code_lengths does.
    ax.bar(chapters["chapter"], chapters["codes"], color="tab:blue")
    ax.set_title("Billable ICD-10-CM codes per chapter\nSource: CDC ICD-10-CM, FY2026")
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Billable codes")
    ax.set_xticks(chapters["chapter"])
    return fig'''),
        ('Title names ICD-10-CM and the CDC but not the year 2026, and no y-axis label.', r'''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
    # Draw the bars, then set the title and the two axis labels, as plot_code_lengths does.
    ax.bar(chapters["chapter"], chapters["billable"])
    ax.set_title("Billable ICD-10-CM codes per chapter (Source: CDC)")
    ax.set_xlabel("ICD-10-CM chapter")
    ax.set_xticks(chapters["chapter"])
    return fig'''),
        ('Reloaded the full chapters table inside the function instead of using the argument.', r'''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
    # Draw the bars, then set the title and the two axis labels, as plot_code_lengths does.
    table = icd10cm.chapters()
    ax.bar(table["chapter"], table["billable"])
    ax.set_title("Billable ICD-10-CM codes per chapter, FY2026")
    ax.set_xlabel("Chapter")
    ax.set_ylabel("Billable codes")
    ax.set_xticks(chapters["chapter"])
    return fig'''),
    ],
}
