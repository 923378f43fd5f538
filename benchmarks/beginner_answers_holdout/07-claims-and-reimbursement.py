"""Held-out beginners' wrong answers to the function exercises of
release/07-claims-and-reimbursement/07-claims-and-reimbursement.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_pointers': [
        (
            "Forgot to upper-case the pointers: 'ba' makes .index raise a ValueError although it is a "
            'valid pointer string.',
            r'''def line_diagnoses(diagnoses: list[str], pointers: str) -> list[str]:
    """The diagnoses a service line points to, in pointer order; ValueError if invalid."""
    # YOUR CODE HERE
    letters = "ABCDEFGHIJKL"

    if len(pointers) == 0 or len(pointers) > 4:
        raise ValueError("a line needs 1 to 4 pointers")
    if len(set(pointers)) != len(pointers):
        raise ValueError("a pointer is repeated")

    result = []
    for letter in pointers:
        position = letters.index(letter)
        if position >= len(diagnoses):
            raise ValueError(f"pointer {letter} has no diagnosis")
        result.append(diagnoses[position])
    return result''',
        ),
        (
            'No check for an empty pointer string, more than 4 pointers or a repeated letter: only a '
            'letter without a diagnosis raises.',
            r'''def line_diagnoses(diagnoses: list[str], pointers: str) -> list[str]:
    """The diagnoses a service line points to, in pointer order; ValueError if invalid."""
    # YOUR CODE HERE
    letters = "ABCDEFGHIJKL"
    pointers = pointers.upper()

    result = []
    for letter in pointers:
        position = letters.index(letter)
        if position >= len(diagnoses):
            raise ValueError(f"pointer {letter} has no diagnosis")
        result.append(diagnoses[position])
    return result''',
        ),
        (
            'Walks through the diagnoses instead of the pointers: the codes come back in claim order, '
            "so 'BA' gives ['I10', 'M17.11'].",
            r'''def line_diagnoses(diagnoses: list[str], pointers: str) -> list[str]:
    """The diagnoses a service line points to, in pointer order; ValueError if invalid."""
    # YOUR CODE HERE
    letters = "ABCDEFGHIJKL"
    pointers = pointers.upper()

    if len(pointers) == 0 or len(pointers) > 4:
        raise ValueError("a line needs 1 to 4 pointers")
    if len(set(pointers)) != len(pointers):
        raise ValueError("a pointer is repeated")

    result = []
    for position, code in enumerate(diagnoses):
        if letters[position] in pointers:
            result.append(code)
    if len(result) != len(pointers):
        raise ValueError("a pointer has no diagnosis")
    return result''',
        ),
    ],
    'ex_fee': [
        (
            'Left out the GPCIs: the national amount (RVUs x conversion factor) for every locality.',
            r'''def pfs_payment(code: str, locality_id: str, facility: bool = False) -> float:
    """CY2025 Medicare PFS amount for one unit of code in a locality, rounded to cents."""
    # YOUR CODE HERE
    values = fee_schedule.rvu(code)
    if values.status not in fee_schedule.PAYABLE:
        raise ValueError(f"{code} has status {values.status}: not paid from RVUs")
    pe = values.pe_rvu_facility if facility else values.pe_rvu_nonfacility
    total = values.work_rvu + pe + values.mp_rvu
    return round(total * fee_schedule.conversion_factor(), 2)''',
        ),
        (
            'Always uses the non-facility practice expense RVU, ignoring facility=True.',
            r'''def pfs_payment(code: str, locality_id: str, facility: bool = False) -> float:
    """CY2025 Medicare PFS amount for one unit of code in a locality, rounded to cents."""
    # YOUR CODE HERE
    values = fee_schedule.rvu(code)
    if values.status not in fee_schedule.PAYABLE:
        raise ValueError(f"{code} has status {values.status}: not paid from RVUs")
    place = fee_schedule.locality(locality_id)
    total = (values.work_rvu * place.work_gpci + values.pe_rvu_nonfacility * place.pe_gpci
             + values.mp_rvu * place.mp_gpci)
    return round(total * fee_schedule.conversion_factor(), 2)''',
        ),
        (
            'No status check: a code Medicare does not pay from RVUs gets a number instead of a '
            'ValueError.',
            r'''def pfs_payment(code: str, locality_id: str, facility: bool = False) -> float:
    """CY2025 Medicare PFS amount for one unit of code in a locality, rounded to cents."""
    # YOUR CODE HERE
    values = fee_schedule.rvu(code)
    place = fee_schedule.locality(locality_id)
    pe = values.pe_rvu_facility if facility else values.pe_rvu_nonfacility
    total = (values.work_rvu * place.work_gpci + pe * place.pe_gpci
             + values.mp_rvu * place.mp_gpci)
    return round(total * fee_schedule.conversion_factor(), 2)''',
        ),
    ],
    'ex_denial_rate': [
        (
            'Not sorted: groupby leaves the payers in alphabetical order.',
            r'''def denial_rate_by_payer(df: pd.DataFrame) -> pd.Series:
    """Share of each payer's lines that were denied, highest first."""
    # YOUR CODE HERE
    return (df["status"] == "denied").groupby(df["payer"]).mean()''',
        ),
        (
            'Sorted lowest rate first (sort_values() without ascending=False).',
            r'''def denial_rate_by_payer(df: pd.DataFrame) -> pd.Series:
    """Share of each payer's lines that were denied, highest first."""
    # YOUR CODE HERE
    return (df["status"] == "denied").groupby(df["payer"]).mean().sort_values()''',
        ),
        (
            "Counts the denied lines per payer instead of the share of the payer's lines.",
            r'''def denial_rate_by_payer(df: pd.DataFrame) -> pd.Series:
    """Share of each payer's lines that were denied, highest first."""
    # YOUR CODE HERE
    return df[df["status"] == "denied"].groupby("payer").size().sort_values(ascending=False)''',
        ),
    ],
    'ex_coding_losses': [
        (
            'Sums the charge column instead of expected.',
            r'''def coding_losses(df: pd.DataFrame, reasons: pd.DataFrame) -> pd.Series:
    """Expected dollars on denied lines with a coding CARC, per CARC, largest first."""
    # YOUR CODE HERE
    coding = reasons.loc[reasons["category"] == "coding", "code"]
    denied = df[(df["status"] == "denied") & df["carc"].isin(coding)]
    return denied.groupby("carc")["charge"].sum().sort_values(ascending=False)''',
        ),
        (
            'Reads the global carc_table instead of the reasons argument.',
            r'''def coding_losses(df: pd.DataFrame, reasons: pd.DataFrame) -> pd.Series:
    """Expected dollars on denied lines with a coding CARC, per CARC, largest first."""
    # YOUR CODE HERE
    coding = carc_table.loc[carc_table["category"] == "coding", "code"]
    denied = df[(df["status"] == "denied") & df["carc"].isin(coding)]
    return denied.groupby("carc")["expected"].sum().sort_values(ascending=False)''',
        ),
        (
            'Counts the denied lines per CARC instead of adding up their dollars.',
            r'''def coding_losses(df: pd.DataFrame, reasons: pd.DataFrame) -> pd.Series:
    """Expected dollars on denied lines with a coding CARC, per CARC, largest first."""
    # YOUR CODE HERE
    coding = reasons.loc[reasons["category"] == "coding", "code"]
    denied = df[(df["status"] == "denied") & df["carc"].isin(coding)]
    return denied.groupby("carc").size().sort_values(ascending=False)''',
        ),
    ],
    'ex_plot': [
        (
            'Bar heights are the fractions (0.08), not percent (8.0), though the axis says %.',
            r'''def plot_denial_rates(rates: pd.Series) -> plt.Figure:
    """Bar chart of denial rates by payer, in percent; returns the Figure."""
    # YOUR CODE HERE
    fig, ax = plt.subplots()
    ax.bar(rates.index, rates.values)
    ax.set_title("Denial rate by payer (synthetic claims, 2026)")
    ax.set_xlabel("Payer")
    ax.set_ylabel("Denial rate (%)")
    return fig''',
        ),
        (
            'Title gives the year but does not say the data are synthetic.',
            r'''def plot_denial_rates(rates: pd.Series) -> plt.Figure:
    """Bar chart of denial rates by payer, in percent; returns the Figure."""
    # YOUR CODE HERE
    fig, ax = plt.subplots()
    ax.bar(rates.index, rates.values * 100)
    ax.set_title("Denial rate by payer, 2026")
    ax.set_xlabel("Payer")
    ax.set_ylabel("Denial rate (%)")
    return fig''',
        ),
        (
            "Re-sorted the rates lowest first before drawing, so the bars are not in the Series' order.",
            r'''def plot_denial_rates(rates: pd.Series) -> plt.Figure:
    """Bar chart of denial rates by payer, in percent; returns the Figure."""
    # YOUR CODE HERE
    ordered = rates.sort_values()
    fig, ax = plt.subplots()
    ax.bar(ordered.index, ordered.values * 100)
    ax.set_title("Denial rate by payer (synthetic claims, 2026)")
    ax.set_xlabel("Payer")
    ax.set_ylabel("Denial rate (%)")
    return fig''',
        ),
    ],
}
