'''Blind wrong answers of beginners to the function exercises of module 07 (issue #20).

Written on 2026-12-07 by helper-36, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_POINTERS = '''def line_diagnoses(diagnoses: list[str], pointers: str) -> list[str]:
    """The diagnoses a service line points to, in pointer order; ValueError if invalid."""
%s'''

_FEE = '''def pfs_payment(code: str, locality_id: str, facility: bool = False) -> float:
    """CY2025 Medicare PFS amount for one unit of code in a locality, rounded to cents."""
    row = fee_schedule.rvu(code)
    place = fee_schedule.locality(locality_id)
    cf = fee_schedule.conversion_factor()
%s'''

_CHECK_STATUS = '''    if row.status not in fee_schedule.PAYABLE:
        raise ValueError(f"{code} has status {row.status}: not paid from its RVUs")
'''

_RATE = '''def denial_rate_by_payer(df: pd.DataFrame) -> pd.Series:
    """Share of each payer's lines that were denied, highest first."""
%s'''

_LOSSES = '''def coding_losses(df: pd.DataFrame, reasons: pd.DataFrame) -> pd.Series:
    """Expected dollars on denied lines with a coding CARC, per CARC, largest first."""
%s'''

_CODING = '''    coding = reasons[reasons["category"] == "coding"]["code"]
    denied = df[(df["status"] == "denied") & (df["carc"].isin(coding))]
'''

_PLOT = '''def plot_denial_rates(rates: pd.Series) -> plt.Figure:
    """Bar chart of denial rates by payer, in percent; returns the Figure."""
    fig, ax = plt.subplots()
%s'''

_AXES = '''    ax.set_xlabel("Payer")
    ax.set_ylabel("Denial rate (%)")
'''

ANSWERS = {
    "ex_pointers": [
        (
            "lower-case pointers not upper-cased ('ba' raises)",
            _POINTERS
            % '''    if len(pointers) == 0 or len(pointers) > 4:
        raise ValueError("a line needs 1 to 4 pointers")
    codes = []
    for letter in pointers:
        position = "ABCDEFGHIJKL".index(letter)
        if position >= len(diagnoses):
            raise ValueError(f"no diagnosis {letter}")
        if diagnoses[position] in codes:
            raise ValueError(f"{letter} repeated")
        codes.append(diagnoses[position])
    return codes
''',
        ),
        (
            "a repeated letter not checked ('AA' gives the code twice)",
            _POINTERS
            % '''    pointers = pointers.upper()
    if len(pointers) == 0 or len(pointers) > 4:
        raise ValueError("a line needs 1 to 4 pointers")
    codes = []
    for letter in pointers:
        position = "ABCDEFGHIJKL".index(letter)
        if position >= len(diagnoses):
            raise ValueError(f"no diagnosis {letter}")
        codes.append(diagnoses[position])
    return codes
''',
        ),
        (
            "more than four pointers not checked",
            _POINTERS
            % '''    pointers = pointers.upper()
    if pointers == "":
        raise ValueError("no pointer")
    codes = []
    for letter in pointers:
        position = "ABCDEFGHIJKL".index(letter)
        if position >= len(diagnoses):
            raise ValueError(f"no diagnosis {letter}")
        if diagnoses[position] in codes:
            raise ValueError(f"{letter} repeated")
        codes.append(diagnoses[position])
    return codes
''',
        ),
        (
            "off by one: a letter one past the last diagnosis gives an IndexError, not ValueError",
            _POINTERS
            % '''    pointers = pointers.upper()
    if len(pointers) == 0 or len(pointers) > 4:
        raise ValueError("a line needs 1 to 4 pointers")
    codes = []
    for letter in pointers:
        position = "ABCDEFGHIJKL".index(letter)
        if position > len(diagnoses):
            raise ValueError(f"no diagnosis {letter}")
        if diagnoses[position] in codes:
            raise ValueError(f"{letter} repeated")
        codes.append(diagnoses[position])
    return codes
''',
        ),
        (
            "no pointer at all returns an empty list instead of raising",
            _POINTERS
            % '''    pointers = pointers.upper()
    if len(pointers) > 4:
        raise ValueError("at most 4 pointers")
    codes = []
    for letter in pointers:
        position = "ABCDEFGHIJKL".index(letter)
        if position >= len(diagnoses):
            raise ValueError(f"no diagnosis {letter}")
        if diagnoses[position] in codes:
            raise ValueError(f"{letter} repeated")
        codes.append(diagnoses[position])
    return codes
''',
        ),
        (
            "letters read in alphabetical order, not pointer order",
            _POINTERS
            % '''    pointers = pointers.upper()
    if len(pointers) == 0 or len(pointers) > 4 or len(set(pointers)) != len(pointers):
        raise ValueError("1 to 4 different pointers")
    codes = []
    for letter in sorted(pointers):
        position = "ABCDEFGHIJKL".index(letter)
        if position >= len(diagnoses):
            raise ValueError(f"no diagnosis {letter}")
        codes.append(diagnoses[position])
    return codes
''',
        ),
    ],
    "ex_fee": [
        (
            "not rounded to cents",
            _FEE
            % (
                _CHECK_STATUS
                + '''    pe = row.pe_rvu_facility if facility else row.pe_rvu_nonfacility
    return (row.work_rvu * place.work_gpci + pe * place.pe_gpci + row.mp_rvu * place.mp_gpci) * cf
'''
            ),
        ),
        (
            "facility ignored: always the non-facility PE RVU",
            _FEE
            % (
                _CHECK_STATUS
                + '''    total = (row.work_rvu * place.work_gpci + row.pe_rvu_nonfacility * place.pe_gpci
             + row.mp_rvu * place.mp_gpci)
    return round(total * cf, 2)
'''
            ),
        ),
        (
            "no status check: a bundled or excluded code gets a price",
            _FEE
            % '''    pe = row.pe_rvu_facility if facility else row.pe_rvu_nonfacility
    total = row.work_rvu * place.work_gpci + pe * place.pe_gpci + row.mp_rvu * place.mp_gpci
    return round(total * cf, 2)
''',
        ),
        (
            "only status A accepted, so R and T codes raise",
            _FEE
            % '''    if row.status != "A":
        raise ValueError(f"{code} is not active")
    pe = row.pe_rvu_facility if facility else row.pe_rvu_nonfacility
    total = row.work_rvu * place.work_gpci + pe * place.pe_gpci + row.mp_rvu * place.mp_gpci
    return round(total * cf, 2)
''',
        ),
        (
            "facility and non-facility PE swapped",
            _FEE
            % (
                _CHECK_STATUS
                + '''    pe = row.pe_rvu_nonfacility if facility else row.pe_rvu_facility
    total = row.work_rvu * place.work_gpci + pe * place.pe_gpci + row.mp_rvu * place.mp_gpci
    return round(total * cf, 2)
'''
            ),
        ),
        (
            "each component rounded to cents before adding (a cent off, and float noise)",
            _FEE
            % (
                _CHECK_STATUS
                + '''    pe = row.pe_rvu_facility if facility else row.pe_rvu_nonfacility
    work = round(row.work_rvu * place.work_gpci * cf, 2)
    expense = round(pe * place.pe_gpci * cf, 2)
    malpractice = round(row.mp_rvu * place.mp_gpci * cf, 2)
    return work + expense + malpractice
'''
            ),
        ),
    ],
    "ex_denial_rate": [
        (
            "not sorted",
            _RATE % '''    return (df["status"] == "denied").groupby(df["payer"]).mean()
''',
        ),
        (
            "sorted from lowest to highest",
            _RATE % '''    return (df["status"] == "denied").groupby(df["payer"]).mean().sort_values()
''',
        ),
        (
            "counted denied lines instead of the share",
            _RATE
            % '''    denied = df[df["status"] == "denied"]
    return denied.groupby("payer").size().sort_values(ascending=False)
''',
        ),
        (
            "each payer's share of all denials, not of its own lines",
            _RATE
            % '''    denied = df[df["status"] == "denied"]
    return (denied.groupby("payer").size() / len(denied)).sort_values(ascending=False)
''',
        ),
        (
            "divided each payer's denials by all lines of every payer",
            _RATE
            % '''    denied = df[df["status"] == "denied"]
    return (denied.groupby("payer").size() / len(df)).sort_values(ascending=False)
''',
        ),
        (
            "returned a DataFrame (double brackets), not a Series",
            _RATE
            % '''    table = df.assign(denied=df["status"] == "denied")
    return table.groupby("payer")[["denied"]].mean().sort_values("denied", ascending=False)
''',
        ),
    ],
    "ex_coding_losses": [
        (
            "summed the charge instead of the expected amount",
            _LOSSES
            % (_CODING + '''    return denied.groupby("carc")["charge"].sum().sort_values(ascending=False)
'''),
        ),
        (
            "coding CARCs typed in from the table instead of read from reasons",
            _LOSSES
            % '''    coding = [4, 11, 97, 146, 151, 181, 182, 234, 236]
    denied = df[(df["status"] == "denied") & (df["carc"].isin(coding))]
    return denied.groupby("carc")["expected"].sum().sort_values(ascending=False)
''',
        ),
        (
            "not sorted",
            _LOSSES % (_CODING + '''    return denied.groupby("carc")["expected"].sum()
'''),
        ),
        (
            "counted the denied lines instead of summing dollars",
            _LOSSES
            % (_CODING + '''    return denied.groupby("carc").size().sort_values(ascending=False)
'''),
        ),
        (
            "every denied CARC kept, not only the coding ones",
            _LOSSES
            % '''    denied = df[df["status"] == "denied"]
    return denied.groupby("carc")["expected"].sum().sort_values(ascending=False)
''',
        ),
        (
            "summed the paid column (zero on a denied line)",
            _LOSSES
            % (_CODING + '''    return denied.groupby("carc")["paid"].sum().sort_values(ascending=False)
'''),
        ),
    ],
    "ex_plot": [
        (
            "heights as fractions, not percent",
            _PLOT
            % (
                '''    ax.bar(rates.index, rates.values)
    ax.set_title("Denial rate by payer, synthetic claims 2026")
'''
                + _AXES
                + "    return fig\n"
            ),
        ),
        (
            "horizontal bars",
            _PLOT
            % (
                '''    ax.barh(rates.index, rates.values * 100)
    ax.set_title("Denial rate by payer, synthetic claims 2026")
'''
                + _AXES
                + "    return fig\n"
            ),
        ),
        (
            "title without the year",
            _PLOT
            % (
                '''    ax.bar(rates.index, rates.values * 100)
    ax.set_title("Denial rate by payer (synthetic data)")
'''
                + _AXES
                + "    return fig\n"
            ),
        ),
        (
            "drew the global lines table's rates, not the rates argument",
            _PLOT
            % (
                '''    mine = denial_rate_by_payer(lines)
    ax.bar(mine.index, mine.values * 100)
    ax.set_title("Denial rate by payer, synthetic claims 2026")
'''
                + _AXES
                + "    return fig\n"
            ),
        ),
        (
            "sorted the rates again, lowest first, so the bars leave the Series' order",
            _PLOT
            % (
                '''    ordered = rates.sort_values()
    ax.bar(ordered.index, ordered.values * 100)
    ax.set_title("Denial rate by payer, synthetic claims 2026")
'''
                + _AXES
                + "    return fig\n"
            ),
        ),
        (
            "plt.show() instead of return fig",
            _PLOT
            % (
                '''    ax.bar(rates.index, rates.values * 100)
    ax.set_title("Denial rate by payer, synthetic claims 2026")
'''
                + _AXES
                + "    plt.show()\n"
            ),
        ),
    ],
}
