'''Blind wrong answers of beginners to the function exercises of module 08 (issue #20).

Written on 2026-12-07 by helper-36, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_PREVALENCE = '''def chapter_prevalence(df: pd.DataFrame) -> pd.Series:
    """Share of patients with at least one code in each ICD-10-CM chapter, by chapter number."""
    table = df.assign(chapter=[icd10cm.lookup(code).chapter for code in df["icd10cm"]])
%s'''

_CHARLSON = '''def charlson_score(conditions: set[str]) -> int:
    """Charlson index of a set of condition names: weights summed after the hierarchy."""
    weights = dict(zip(analytics.charlson_table()["condition"], analytics.charlson_table()["weight"]))
%s'''

_HIGH = '''def high_risk_share(df: pd.DataFrame, threshold: int = 3) -> float:
    """Share of patients whose Charlson index is at least threshold."""
%s'''

_PTP = '''def ptp_denied(lines: pd.DataFrame, edits: pd.DataFrame) -> list[str]:
    """Sorted column 2 codes that the PTP edits deny on one claim."""
    codes = list(lines["cpt"])
    denied = []
    for edit in edits.itertuples():
%s'''

_MODS = '''            mods1 = list(lines[lines["cpt"] == edit.column1]["modifier"])
            mods2 = list(lines[lines["cpt"] == edit.column2]["modifier"])
'''

_MUE = '''def mue_violations(lines: pd.DataFrame, mues: pd.DataFrame) -> list[str]:
    """Sorted codes whose units exceed their MUE on one claim and date of service."""
    over = []
%s'''

_SHARES = '''def em_shares(df: pd.DataFrame) -> pd.DataFrame:
    """Share of each provider's visits at each E/M level, columns in EM_LEVELS order."""
%s'''

_AUDIT = '''def em_audit(df: pd.DataFrame, benchmark: pd.Series, critical: float = 9.488) -> pd.DataFrame:
    """Per provider: visits, high_share, chi2 against the benchmark, flag above critical."""
    rows = {}
    for provider, visits_of in df.groupby("provider"):
        n = len(visits_of)
%s        rows[provider] = {"visits": n, "high_share": high, "chi2": chi2, "flag": flag}
    return pd.DataFrame(rows).T
'''

_OBSERVED = '''        counts = visits_of["cpt"].value_counts()
        observed = counts.reindex(list(analytics.EM_LEVELS), fill_value=0)
'''
_HIGH_SHARE = '''        high = visits_of["cpt"].isin(["99214", "99215"]).mean()
'''

ANSWERS = {
    "ex_prevalence": [
        (
            "counted rows, not patients (no duplicates dropped)",
            _PREVALENCE
            % '''    counts = table["chapter"].value_counts().sort_index()
    return counts / df["patient_id"].nunique()
''',
        ),
        (
            "dropped duplicate (patient, code) pairs, not (patient, chapter)",
            _PREVALENCE
            % '''    table = table.drop_duplicates(["patient_id", "icd10cm"])
    counts = table["chapter"].value_counts().sort_index()
    return counts / df["patient_id"].nunique()
''',
        ),
        (
            "sorted by share, not by chapter number",
            _PREVALENCE
            % '''    table = table.drop_duplicates(["patient_id", "chapter"])
    return table["chapter"].value_counts() / df["patient_id"].nunique()
''',
        ),
        (
            "divided by the number of rows, not distinct patients",
            _PREVALENCE
            % '''    table = table.drop_duplicates(["patient_id", "chapter"])
    return table["chapter"].value_counts().sort_index() / len(df)
''',
        ),
        (
            "returned patient counts, not shares",
            _PREVALENCE
            % '''    table = table.drop_duplicates(["patient_id", "chapter"])
    return table["chapter"].value_counts().sort_index()
''',
        ),
    ],
    "ex_charlson": [
        (
            "no hierarchy: every condition's weight summed",
            _CHARLSON % '''    return sum(weights[name] for name in conditions)
''',
        ),
        (
            "hierarchy backwards: the severe condition dropped when the mild one is there",
            _CHARLSON
            % '''    kept = set(conditions)
    for severe, mild in analytics.HIERARCHY:
        if severe in kept and mild in kept:
            kept.discard(severe)
    return sum(weights[name] for name in kept)
''',
        ),
        (
            "remove(mild) whenever the severe one is there: KeyError when the mild one is not",
            _CHARLSON
            % '''    kept = set(conditions)
    for severe, mild in analytics.HIERARCHY:
        if severe in kept:
            kept.remove(mild)
    return sum(weights[name] for name in kept)
''',
        ),
        (
            "counted the conditions instead of summing their weights",
            _CHARLSON
            % '''    kept = set(conditions)
    for severe, mild in analytics.HIERARCHY:
        if severe in kept:
            kept.discard(mild)
    return len(kept)
''',
        ),
        (
            "hierarchy applied to diabetes only, the pair of the worked example",
            _CHARLSON
            % '''    kept = set(conditions)
    if "diabetes with chronic complication" in kept:
        kept.discard("diabetes without chronic complication")
    return sum(weights[name] for name in kept)
''',
        ),
    ],
    "ex_high_risk": [
        (
            "more than the threshold instead of at least",
            _HIGH
            % '''    scores = df.groupby("patient_id")["icd10cm"].apply(analytics.charlson_index)
    return float((scores > threshold).mean())
''',
        ),
        (
            "grouped by encounter, not by patient",
            _HIGH
            % '''    scores = df.groupby("encounter_id")["icd10cm"].apply(analytics.charlson_index)
    return float((scores >= threshold).mean())
''',
        ),
        (
            "threshold typed in as 3 instead of the argument",
            _HIGH
            % '''    scores = df.groupby("patient_id")["icd10cm"].apply(analytics.charlson_index)
    return float((scores >= 3).mean())
''',
        ),
        (
            "returned how many patients, not the share",
            _HIGH
            % '''    scores = df.groupby("patient_id")["icd10cm"].apply(analytics.charlson_index)
    return int((scores >= threshold).sum())
''',
        ),
        (
            "divided by the number of rows of the table",
            _HIGH
            % '''    scores = df.groupby("patient_id")["icd10cm"].apply(analytics.charlson_index)
    return float((scores >= threshold).sum() / len(df))
''',
        ),
    ],
    "ex_ptp": [
        (
            "only the column 2 line's modifier looked at",
            _PTP
            % (
                '''        if edit.column1 in codes and edit.column2 in codes:
'''
                + _MODS
                + '''            if edit.modifier_indicator == 0:
                denied.append(edit.column2)
            elif edit.modifier_indicator == 1:
                if not any(m in claims.NCCI_MODIFIERS for m in mods2):
                    denied.append(edit.column2)
    return sorted(set(denied))
'''
            ),
        ),
        (
            "indicator 9 denied like any other (else branch)",
            _PTP
            % (
                '''        if edit.column1 in codes and edit.column2 in codes:
'''
                + _MODS
                + '''            if edit.modifier_indicator == 1:
                if not any(m in claims.NCCI_MODIFIERS for m in mods1 + mods2):
                    denied.append(edit.column2)
            else:
                denied.append(edit.column2)
    return sorted(set(denied))
'''
            ),
        ),
        (
            "any modifier at all lets the pair through, not only NCCI-associated ones",
            _PTP
            % (
                '''        if edit.column1 in codes and edit.column2 in codes:
'''
                + _MODS
                + '''            if edit.modifier_indicator == 0:
                denied.append(edit.column2)
            elif edit.modifier_indicator == 1:
                if not any(m != "" for m in mods1 + mods2):
                    denied.append(edit.column2)
    return sorted(set(denied))
'''
            ),
        ),
        (
            "not sorted",
            _PTP
            % (
                '''        if edit.column1 in codes and edit.column2 in codes:
'''
                + _MODS
                + '''            if edit.modifier_indicator == 0:
                denied.append(edit.column2)
            elif edit.modifier_indicator == 1:
                if not any(m in claims.NCCI_MODIFIERS for m in mods1 + mods2):
                    denied.append(edit.column2)
    return denied
'''
            ),
        ),
        (
            "an edit applied when only its column 2 code is on the claim",
            _PTP
            % (
                '''        if edit.column2 in codes:
'''
                + _MODS
                + '''            if edit.modifier_indicator == 0:
                denied.append(edit.column2)
            elif edit.modifier_indicator == 1:
                if not any(m in claims.NCCI_MODIFIERS for m in mods1 + mods2):
                    denied.append(edit.column2)
    return sorted(set(denied))
'''
            ),
        ),
        (
            "a modifier also lets an indicator-0 pair through",
            _PTP
            % (
                '''        if edit.column1 in codes and edit.column2 in codes:
'''
                + _MODS
                + '''            if edit.modifier_indicator in (0, 1):
                if not any(m in claims.NCCI_MODIFIERS for m in mods1 + mods2):
                    denied.append(edit.column2)
    return sorted(set(denied))
'''
            ),
        ),
    ],
    "ex_mue": [
        (
            "MAI ignored: units always summed over the lines",
            _MUE
            % '''    totals = lines.groupby("cpt")["units"].sum()
    for row in mues.itertuples():
        if row.code in totals.index and totals[row.code] > row.mue:
            over.append(row.code)
    return sorted(over)
''',
        ),
        (
            "MAI ignored: every line checked on its own",
            _MUE
            % '''    for row in mues.itertuples():
        units = lines[lines["cpt"] == row.code]["units"]
        if (units > row.mue).any():
            over.append(row.code)
    return sorted(over)
''',
        ),
        (
            "at or above the MUE counted as over (>=)",
            _MUE
            % '''    for row in mues.itertuples():
        units = lines[lines["cpt"] == row.code]["units"]
        if len(units) == 0:
            continue
        if row.mai == 1:
            if (units >= row.mue).any():
                over.append(row.code)
        elif units.sum() >= row.mue:
            over.append(row.code)
    return sorted(over)
''',
        ),
        (
            "a code over on two lines listed twice",
            _MUE
            % '''    for line in lines.itertuples():
        limit = mues[mues["code"] == line.cpt]
        if len(limit) == 0:
            continue
        mue, mai = limit["mue"].iloc[0], limit["mai"].iloc[0]
        if mai == 1 and line.units > mue:
            over.append(line.cpt)
        elif mai != 1 and lines[lines["cpt"] == line.cpt]["units"].sum() > mue:
            over.append(line.cpt)
    return sorted(over)
''',
        ),
        (
            "a code without an MUE row raises (iloc[0] on an empty selection)",
            _MUE
            % '''    for code, units in lines.groupby("cpt")["units"]:
        limit = mues[mues["code"] == code]
        mue, mai = limit["mue"].iloc[0], limit["mai"].iloc[0]
        if (mai == 1 and (units > mue).any()) or (mai != 1 and units.sum() > mue):
            over.append(code)
    return sorted(over)
''',
        ),
        (
            "only MAI 2 summed per day; MAI 3 checked per line",
            _MUE
            % '''    for row in mues.itertuples():
        units = lines[lines["cpt"] == row.code]["units"]
        if row.mai == 2:
            if units.sum() > row.mue:
                over.append(row.code)
        elif (units > row.mue).any():
            over.append(row.code)
    return sorted(over)
''',
        ),
    ],
    "ex_em_shares": [
        (
            "counts instead of shares (no normalize)",
            _SHARES
            % '''    table = pd.crosstab(df["provider"], df["cpt"])
    return table.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)
''',
        ),
        (
            "normalize='columns': each level sums to 1, not each provider",
            _SHARES
            % '''    table = pd.crosstab(df["provider"], df["cpt"], normalize="columns")
    return table.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)
''',
        ),
        (
            "not reindexed: a level nobody used is missing, not 0",
            _SHARES % '''    return pd.crosstab(df["provider"], df["cpt"], normalize="index")
''',
        ),
        (
            "reindexed without fill_value: a level a provider never used is NaN",
            _SHARES
            % '''    table = pd.crosstab(df["provider"], df["cpt"], normalize="index")
    return table.reindex(columns=list(analytics.EM_LEVELS))
''',
        ),
        (
            "transposed: levels as rows, providers as columns",
            _SHARES
            % '''    table = pd.crosstab(df["cpt"], df["provider"], normalize="columns")
    return table.reindex(list(analytics.EM_LEVELS), fill_value=0)
''',
        ),
    ],
    "ex_em_audit": [
        (
            "the global benchmark used instead of the argument",
            _AUDIT
            % (
                _OBSERVED
                + '''        expected = pd.Series(analytics.EM_BENCHMARK) * n
        chi2 = ((observed - expected) ** 2 / expected).sum()
'''
                + _HIGH_SHARE
                + "        flag = chi2 > critical\n"
            ),
        ),
        (
            "flag against 9.488 typed in, not the critical argument",
            _AUDIT
            % (
                _OBSERVED
                + '''        expected = benchmark * n
        chi2 = ((observed - expected) ** 2 / expected).sum()
'''
                + _HIGH_SHARE
                + "        flag = chi2 > 9.488\n"
            ),
        ),
        (
            "high_share counts 99213 to 99215",
            _AUDIT
            % (
                _OBSERVED
                + '''        expected = benchmark * n
        chi2 = ((observed - expected) ** 2 / expected).sum()
        high = visits_of["cpt"].isin(["99213", "99214", "99215"]).mean()
        flag = chi2 > critical
'''
            ),
        ),
        (
            "chi-square on shares instead of counts",
            _AUDIT
            % (
                '''        observed = visits_of["cpt"].value_counts(normalize=True).reindex(
            list(analytics.EM_LEVELS), fill_value=0)
        chi2 = ((observed - benchmark) ** 2 / benchmark).sum()
'''
                + _HIGH_SHARE
                + "        flag = chi2 > critical\n"
            ),
        ),
        (
            "levels the provider never used left out of the sum (value_counts not reindexed)",
            _AUDIT
            % (
                '''        observed = visits_of["cpt"].value_counts()
        expected = benchmark * n
        chi2 = ((observed - expected) ** 2 / expected).sum()
'''
                + _HIGH_SHARE
                + "        flag = chi2 > critical\n"
            ),
        ),
        (
            "divided by the observed count instead of the expected one",
            _AUDIT
            % (
                _OBSERVED
                + '''        expected = benchmark * n
        chi2 = ((observed - expected) ** 2 / observed).sum()
'''
                + _HIGH_SHARE
                + "        flag = chi2 > critical\n"
            ),
        ),
    ],
}
