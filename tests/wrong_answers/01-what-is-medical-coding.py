# ruff: noqa: E501 - rows of answer cells read best one to a line
"""Wrong answers for module 01, What is medical coding? (format: tests/test_wrong_answers.py)."""

CODE_SYSTEM = '''def code_system(code: str) -> str:
    """Return "ICD-10-CM", "ICD-10-PCS", "CPT", "CDT", "HCPCS" or "unknown" from the code's format."""
    if re.fullmatch(r"([A-Z][0-9][0-9A-Z]|QA0)(\\.[0-9A-Z]{1,4})?", code):
        return "ICD-10-CM"
    if re.fullmatch(r"D[0-9]{4}", code):
        return "CDT"
'''
PCS = '    if re.fullmatch(r"[0-9A-HJ-NP-Z]{7}", code):\n        return "ICD-10-PCS"\n'
CPT = '    if re.fullmatch(r"[0-9]{5}|[0-9]{4}[FT]", code):\n        return "CPT"\n'
HCPCS = '    if re.fullmatch(r"[A-Z][0-9]{4}", code):\n        return "HCPCS"\n'
UNKNOWN = '    return "unknown"\n'

PLOT = '''def plot_billable_by_chapter(chapters: pd.DataFrame) -> plt.Figure:
    """Bar chart of billable ICD-10-CM codes per chapter; returns the Figure."""
    fig, ax = plt.subplots(figsize=(10, 4))
'''
LABELS = ('    ax.set_title("Billable ICD-10-CM codes per chapter, FY2026")\n'
          '    ax.set_xlabel("Chapter")\n    ax.set_ylabel("Billable codes")\n')
END = '    ax.set_xticks(chapters["chapter"])\n    return fig\n'

WRONG = {
    "ex_format_mc": [
        ("a small letter", 'answer_format = "b"\n', ["capital letter"]),
        ("the letter without quotes", "answer_format = B\n",
         ["answer cell stopped with an error", "NameError", "quotes"]),
    ],
    "ex_code_system": [
        ("CPT: 5 digits only, no Category II or III",
         CODE_SYSTEM + PCS + '    if re.fullmatch(r"[0-9]{5}", code):\n        return "CPT"\n'
         + HCPCS + UNKNOWN,
         ["code_system('3044F')", "CPT Category II"]),
        ("ICD-10-PCS with the letters I and O",
         CODE_SYSTEM + '    if re.fullmatch(r"[0-9A-Z]{7}", code):\n        return "ICD-10-PCS"\n'
         + CPT + HCPCS + UNKNOWN,
         ["code_system('0DTJ4IZ')", "letter I"]),
        ("printed instead of returned",
         CODE_SYSTEM + PCS + '    if re.fullmatch(r"[0-9]{5}|[0-9]{4}[FT]", code):\n        print("CPT")\n'
         + HCPCS + UNKNOWN,
         ["code_system('99213')", "printed 'CPT'", "return"]),
        ("names in small letters",
         CODE_SYSTEM + PCS + CPT + '    if re.fullmatch(r"[A-Z][0-9]{4}", code):\n        return "hcpcs"\n'
         + UNKNOWN,
         ["code_system('E0114')", "capitals"]),
        ("no HCPCS rule",
         CODE_SYSTEM + PCS + CPT + UNKNOWN,
         ["code_system('E0114')", "HCPCS Level II"]),
        ("a regular expression without its closing quote",
         CODE_SYSTEM + '    if re.fullmatch(r"[0-9A-HJ-NP-Z]{7}, code):\n        return "ICD-10-PCS"\n'
         + CPT + HCPCS + UNKNOWN,
         ["answer cell stopped with an error", "SyntaxError"]),
    ],
    "ex_who_classifications": [
        ("names spelled another way",
         'classification_of = {1: "ICD11", 2: "ICD-10-CM", 3: "ATC", 4: "ICD11", 5: "ATC", 6: "ICD11"}\n',
         ["ICD11", "same spelling"]),
        ("keys as text", 'classification_of = {"1": "ICD-11", "2": "ICD-10-CM", "3": "ATC", "4": "ICD-11", '
         '"5": "ATC", "6": "ICD-11"}\n', ["keys 1 to 6 (numbers)"]),
    ],
    "ex_top_chapter": [
        ("a pandas column, not one number",
         'most_billable_chapter = chapters[chapters["billable"] == chapters["billable"].max()]["chapter"]\n',
         ["many values", "pick the one you need"]),
        ("the chapter with the fewest", 'most_billable_chapter = int(chapters.sort_values("billable").iloc[0]["chapter"])\n',
         ["FEWEST", "ascending=False"]),
        ("the row label of idxmax", 'most_billable_chapter = chapters["billable"].idxmax()\n',
         ["row label", "chapter column"]),
        ("the count, not the chapter", 'most_billable_chapter = int(chapters["billable"].max())\n',
         ["count of codes"]),
        ("int() of a whole column: the answer cell stopped",
         'most_billable_chapter = int(chapters["billable"])\n',
         ["answer cell stopped with an error", "TypeError", "one value"]),
    ],
    "ex_e11_billable": [
        ("headings counted too", 'e11_billable = len(codes[codes["code"].str.startswith("E11")])\n',
         ["headings"]),
        ("a column, not a count", 'e11_billable = codes[codes["code"].str.startswith("E11")]["billable"]\n',
         ["many values"]),
    ],
    "ex_injury_share": [
        ("a percentage", 'billable = codes[codes["billable"]]\n'
         'injury_share = float((billable["chapter"] == 19).mean()) * 100\n', ["percentage"]),
        ("the share of all entries, headings included", 'injury_share = float((codes["chapter"] == 19).mean())\n',
         ["ALL entries", "billable codes"]),
        ("the worked example's whole: chapter 19's entries",
         'injury_share = float(codes[codes["chapter"] == 19]["billable"].mean())\n',
         ["another whole", "ALL billable"]),
    ],
    "ex_plot": [
        ("horizontal bars",
         PLOT + '    ax.barh(chapters["chapter"], chapters["billable"])\n' + LABELS + END,
         ["on their side", "ax.bar"]),
        ("the codes column, headings included",
         PLOT + '    ax.bar(chapters["chapter"], chapters["codes"])\n' + LABELS + END,
         ["codes column", "billable"]),
        ("the table from outside the function",
         PLOT + '    table = icd10cm.chapters()\n    ax.bar(table["chapter"], table["billable"])\n'
         + LABELS + END,
         ["3 chapters", "chapters argument"]),
        ("no source year in the title",
         PLOT + '    ax.bar(chapters["chapter"], chapters["billable"])\n'
         '    ax.set_title("Billable ICD-10-CM codes per chapter")\n'
         '    ax.set_xlabel("Chapter")\n    ax.set_ylabel("Billable codes")\n' + END,
         ["2026"]),
        ("no return",
         PLOT + '    ax.bar(chapters["chapter"], chapters["billable"])\n' + LABELS
         + '    ax.set_xticks(chapters["chapter"])\n',
         ["plot_billable_by_chapter(<a DataFrame of 22 rows>) gave back None", "return"]),
        ("bars at 0, 1, 2 ... instead of the chapter numbers (benchmarks/beginner_answers)",
         PLOT + '    ax.bar(range(len(chapters)), chapters["billable"])\n' + LABELS + END,
         ["x = [0.0, 1.0, 2.0]", "chapter number"]),
    ],
}
