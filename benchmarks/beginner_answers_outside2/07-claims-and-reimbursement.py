# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 07-claims-and-reimbursement, written blind on 2026-12-07."""

ANSWERS = {
    'ex_pointers': [
        ('Forgets to upper-case the pointers, so "ba" raises an error instead of being read as "BA".', r'''def line_diagnoses(diagnoses: list[str], pointers: str) -> list[str]:
    """The diagnoses a service line points to, in pointer order; ValueError if invalid."""
    if len(pointers) == 0 or len(pointers) > 4:
        raise ValueError("a line needs 1 to 4 pointers")
    result = []
    for letter in pointers:
        if pointers.count(letter) > 1:
            raise ValueError("repeated pointer " + letter)
        position = "ABCDEFGHIJKL".index(letter)
        if position >= len(diagnoses):
            raise ValueError("no diagnosis for pointer " + letter)
        result.append(diagnoses[position])
    return result'''),
        ('Never checks for a repeated letter, so "AA" returns the same diagnosis twice.', r'''def line_diagnoses(diagnoses: list[str], pointers: str) -> list[str]:
    """The diagnoses a service line points to, in pointer order; ValueError if invalid."""
    pointers = pointers.upper()
    if pointers == "" or len(pointers) > 4:
        raise ValueError("a line needs 1 to 4 pointers")
    codes = []
    for letter in pointers:
        index = "ABCDEFGHIJKL".index(letter)
        if index >= len(diagnoses):
            raise ValueError(f"pointer {letter} has no diagnosis")
        codes.append(diagnoses[index])
    return codes'''),
        ('Writes the limit as len(pointers) >= 4, so a line with exactly four pointers is rejected.', r'''def line_diagnoses(diagnoses: list[str], pointers: str) -> list[str]:
    """The diagnoses a service line points to, in pointer order; ValueError if invalid."""
    pointers = pointers.strip().upper()
    if len(pointers) == 0:
        raise ValueError("no pointer")
    if len(pointers) >= 4:
        raise ValueError("too many pointers")
    if len(set(pointers)) != len(pointers):
        raise ValueError("a letter is repeated")
    result = []
    for letter in pointers:
        if letter not in "ABCDEFGHIJKL"[:len(diagnoses)]:
            raise ValueError(f"{letter} has no diagnosis")
        result.append(diagnoses["ABCDEFGHIJKL".index(letter)])
    return result'''),
    ],
    'ex_fee': [
        ('Always uses the non-facility practice expense RVU, ignoring the facility argument.', r'''def pfs_payment(code: str, locality_id: str, facility: bool = False) -> float:
    """CY2025 Medicare PFS amount for one unit of code in a locality, rounded to cents."""
    r = fee_schedule.rvu(code)
    if r.status not in fee_schedule.PAYABLE:
        raise ValueError(f"{code} is not paid from its RVUs")
    place = fee_schedule.locality(locality_id)
    cf = fee_schedule.conversion_factor()
    total = r.work_rvu * place.work_gpci + r.pe_rvu_nonfacility * place.pe_gpci + r.mp_rvu * place.mp_gpci
    return round(total * cf, 2)'''),
        ('Forgets the status check, so a code such as G0463 returns 0.0 instead of raising ValueError.', r'''def pfs_payment(code: str, locality_id: str, facility: bool = False) -> float:
    """CY2025 Medicare PFS amount for one unit of code in a locality, rounded to cents."""
    r = fee_schedule.rvu(code)
    loc = fee_schedule.locality(locality_id)
    if facility:
        pe = r.pe_rvu_facility
    else:
        pe = r.pe_rvu_nonfacility
    payment = (r.work_rvu * loc.work_gpci + pe * loc.pe_gpci + r.mp_rvu * loc.mp_gpci) * fee_schedule.conversion_factor()
    return round(payment, 2)'''),
        ('Returns the amount as a formatted text ("93.07") instead of a number.', r'''def pfs_payment(code: str, locality_id: str, facility: bool = False) -> float:
    """CY2025 Medicare PFS amount for one unit of code in a locality, rounded to cents."""
    r = fee_schedule.rvu(code)
    if r.status not in fee_schedule.PAYABLE:
        raise ValueError("not payable")
    loc = fee_schedule.locality(locality_id)
    pe = r.pe_rvu_facility if facility else r.pe_rvu_nonfacility
    payment = (r.work_rvu * loc.work_gpci + pe * loc.pe_gpci + r.mp_rvu * loc.mp_gpci) * fee_schedule.conversion_factor()
    return f"{payment:.2f}"'''),
    ],
    'ex_denial_rate': [
        ('Counts the denied lines per payer instead of the share of the payer\'s lines.', r'''def denial_rate_by_payer(df: pd.DataFrame) -> pd.Series:
    """Share of each payer's lines that were denied, highest first."""
    denied = df[df["status"] == "denied"]
    return denied.groupby("payer").size().sort_values(ascending=False)'''),
        ('Computes the right shares but forgets to sort them from highest to lowest.', r'''def denial_rate_by_payer(df: pd.DataFrame) -> pd.Series:
    """Share of each payer's lines that were denied, highest first."""
    df["denied"] = df["status"] == "denied"
    return df.groupby("payer")["denied"].mean()'''),
        ('Divides each payer\'s denied lines by ALL lines of the table instead of that payer\'s lines.', r'''def denial_rate_by_payer(df: pd.DataFrame) -> pd.Series:
    """Share of each payer's lines that were denied, highest first."""
    denied = df[df["status"] == "denied"]
    rates = denied.groupby("payer").size() / len(df)
    return rates.sort_values(ascending=False)'''),
    ],
    'ex_coding_losses': [
        ('Sums the charge column instead of the expected amount.', r'''def coding_losses(df: pd.DataFrame, reasons: pd.DataFrame) -> pd.Series:
    """Expected dollars on denied lines with a coding CARC, per CARC, largest first."""
    coding_carcs = reasons[reasons["category"] == "coding"]["code"]
    denied = df[(df["status"] == "denied") & (df["carc"].isin(coding_carcs))]
    return denied.groupby("carc")["charge"].sum().sort_values(ascending=False)'''),
        ('Counts the denied lines per CARC instead of summing their expected dollars.', r'''def coding_losses(df: pd.DataFrame, reasons: pd.DataFrame) -> pd.Series:
    """Expected dollars on denied lines with a coding CARC, per CARC, largest first."""
    coding = list(reasons.loc[reasons["category"] == "coding", "code"])
    denied = df[df["status"] == "denied"]
    denied = denied[denied["carc"].isin(coding)]
    return denied.groupby("carc")["expected"].count().sort_values(ascending=False)'''),
        ('Uses the notebook\'s carc_table instead of the reasons argument.', r'''def coding_losses(df: pd.DataFrame, reasons: pd.DataFrame) -> pd.Series:
    """Expected dollars on denied lines with a coding CARC, per CARC, largest first."""
    coding_codes = carc_table[carc_table["category"] == "coding"]["code"].tolist()
    lost = df[(df["status"] == "denied") & (df["carc"].isin(coding_codes))]
    totals = lost.groupby("carc")["expected"].sum()
    return totals.sort_values(ascending=False)'''),
    ],
    'ex_plot': [
        ('Draws the rates as fractions (0.08) instead of percent (8.0).', r'''def plot_denial_rates(rates: pd.Series) -> plt.Figure:
    """Bar chart of denial rates by payer, in percent; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.bar(rates.index, rates.values)
    ax.set_title("Denial rate by payer (synthetic claims, 2026)")
    ax.set_xlabel("Payer")
    ax.set_ylabel("Denial rate (%)")
    return fig'''),
        ('The title says the year but not that the data are synthetic.', r'''def plot_denial_rates(rates: pd.Series) -> plt.Figure:
    """Bar chart of denial rates by payer, in percent; returns the Figure."""
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.bar(rates.index, rates.values * 100)
    ax.set_title("Denial rate by payer, January-June 2026")
    ax.set_xlabel("Payer")
    ax.set_ylabel("Denied lines (%)")
    return fig'''),
        ('Sorts the rates lowest first before drawing, so the bars are not in the Series\' order.', r'''def plot_denial_rates(rates: pd.Series) -> plt.Figure:
    """Bar chart of denial rates by payer, in percent; returns the Figure."""
    fig, ax = plt.subplots()
    rates = rates.sort_values()
    ax.bar(rates.index, rates * 100)
    ax.set_title("Synthetic claims 2026: denial rate by payer")
    ax.set_xlabel("Payer")
    ax.set_ylabel("Percent of lines denied")
    return fig'''),
    ],
}
