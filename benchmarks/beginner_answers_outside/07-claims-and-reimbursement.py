# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 07, written blind on 2026-12-07 (no checks read)."""

_L = '''def line_diagnoses(diagnoses: list[str], pointers: str) -> list[str]:
    """The diagnoses a service line points to, in pointer order; ValueError if invalid."""
'''
_F = '''def pfs_payment(code: str, locality_id: str, facility: bool = False) -> float:
    """CY2025 Medicare PFS amount for one unit of code in a locality, rounded to cents."""
'''
_D = '''def denial_rate_by_payer(df: pd.DataFrame) -> pd.Series:
    """Share of each payer's lines that were denied, highest first."""
'''
_C = '''def coding_losses(df: pd.DataFrame, reasons: pd.DataFrame) -> pd.Series:
    """Expected dollars on denied lines with a coding CARC, per CARC, largest first."""
'''
_P = '''def plot_denial_rates(rates: pd.Series) -> plt.Figure:
    """Bar chart of denial rates by payer, in percent; returns the Figure."""
'''

ANSWERS = {
    'ex_pointers': [
        ('Never checked for a letter used twice on the same line.', _L + r'''    pointers = pointers.upper()
    if len(pointers) == 0 or len(pointers) > 4:
        raise ValueError("a line needs 1 to 4 pointers")
    result = []
    for letter in pointers:
        position = "ABCDEFGHIJKL".index(letter)
        if position >= len(diagnoses):
            raise ValueError(f"no diagnosis for pointer {letter}")
        result.append(diagnoses[position])
    return result'''),
        ('Forgot to make the pointers upper case, so "ba" fails.', _L + r'''    if len(pointers) < 1 or len(pointers) > 4:
        raise ValueError("a line needs 1 to 4 pointers")
    result = []
    for letter in pointers:
        if pointers.count(letter) > 1:
            raise ValueError(f"pointer {letter} repeated")
        position = "ABCDEFGHIJKL".index(letter)
        if position >= len(diagnoses):
            raise ValueError(f"no diagnosis for pointer {letter}")
        result.append(diagnoses[position])
    return result'''),
        ('Did not check that the letter has a diagnosis, so a letter past the list gives an IndexError, not a ValueError.', _L + r'''    pointers = pointers.upper()
    if pointers == "" or len(pointers) > 4:
        raise ValueError("a line needs 1 to 4 pointers")
    result = []
    for letter in pointers:
        if letter in result:
            raise ValueError("repeated pointer")
        result.append(letter)
    return [diagnoses["ABCDEFGHIJKL".index(letter)] for letter in result]'''),
    ],
    'ex_fee': [
        ('Always used the non-facility practice expense RVU, ignoring facility.', _F + r'''    rvu = fee_schedule.rvu(code)
    if rvu.status not in fee_schedule.PAYABLE:
        raise ValueError(f"{code} is not paid from RVUs")
    place = fee_schedule.locality(locality_id)
    total = (rvu.work_rvu * place.work_gpci + rvu.pe_rvu_nonfacility * place.pe_gpci
             + rvu.mp_rvu * place.mp_gpci)
    return round(total * fee_schedule.conversion_factor(), 2)'''),
        ('Forgot the status check, so non-payable codes get a number instead of a ValueError.', _F + r'''    rvu = fee_schedule.rvu(code)
    place = fee_schedule.locality(locality_id)
    if facility:
        pe = rvu.pe_rvu_facility
    else:
        pe = rvu.pe_rvu_nonfacility
    total = rvu.work_rvu * place.work_gpci + pe * place.pe_gpci + rvu.mp_rvu * place.mp_gpci
    return round(total * fee_schedule.conversion_factor(), 2)'''),
        ('Accepted only status A as payable, so R and T codes raise a ValueError.', _F + r'''    rvu = fee_schedule.rvu(code)
    if rvu.status != "A":
        raise ValueError(f"{code} has status {rvu.status}")
    place = fee_schedule.locality(locality_id)
    pe = rvu.pe_rvu_facility if facility else rvu.pe_rvu_nonfacility
    total = rvu.work_rvu * place.work_gpci + pe * place.pe_gpci + rvu.mp_rvu * place.mp_gpci
    return round(total * fee_schedule.conversion_factor(), 2)'''),
    ],
    'ex_denial_rate': [
        ('Computed the rates per payer but forgot to sort them.', _D + r'''    denied = df["status"] == "denied"
    return denied.groupby(df["payer"]).mean()'''),
        ('Divided each payer\'s denied lines by all lines of the table, not by that payer\'s lines.', _D + r'''    denied = df[df["status"] == "denied"]
    rates = denied.groupby("payer").size() / len(df)
    return rates.sort_values(ascending=False)'''),
        ('Sorted from the lowest rate to the highest.', _D + r'''    df = df.assign(denied=df["status"] == "denied")
    return df.groupby("payer")["denied"].mean().sort_values()'''),
    ],
    'ex_coding_losses': [
        ('Added up the charge column instead of expected.', _C + r'''    coding = reasons[reasons["category"] == "coding"]["code"]
    denied = df[(df["status"] == "denied") & (df["carc"].isin(coding))]
    return denied.groupby("carc")["charge"].sum().sort_values(ascending=False)'''),
        ('Forgot to keep only the coding CARCs, so every denial reason is included.', _C + r'''    denied = df[df["status"] == "denied"]
    return denied.groupby("carc")["expected"].sum().sort_values(ascending=False)'''),
        ('Sorted from the smallest loss to the largest.', _C + r'''    coding = reasons[reasons["category"] == "coding"]["code"].tolist()
    denied = df[df["status"] == "denied"]
    denied = denied[denied["carc"].isin(coding)]
    return denied.groupby("carc")["expected"].sum().sort_values()'''),
    ],
    'ex_plot': [
        ('Drew the rates as fractions, not percent.', _P + r'''    fig, ax = plt.subplots(figsize=(7, 4))
    ax.bar(rates.index, rates.values)
    ax.set_title("Denial rate by payer, synthetic claims, 2026")
    ax.set_xlabel("Payer")
    ax.set_ylabel("Denial rate (%)")
    return fig'''),
        ('Title says synthetic but leaves out the year 2026.', _P + r'''    fig, ax = plt.subplots(figsize=(7, 4))
    ax.bar(rates.index, rates.values * 100)
    ax.set_title("Denial rate by payer (synthetic data)")
    ax.set_xlabel("Payer")
    ax.set_ylabel("Denied lines (%)")
    return fig'''),
        ('Sorted the payers alphabetically instead of keeping the Series order.', _P + r'''    fig, ax = plt.subplots(figsize=(7, 4))
    rates = rates.sort_index()
    ax.bar(rates.index, rates.values * 100)
    ax.set_title("Synthetic claims 2026: denial rate by payer")
    ax.set_xlabel("Payer")
    ax.set_ylabel("Denial rate (%)")
    return fig'''),
    ],
}
