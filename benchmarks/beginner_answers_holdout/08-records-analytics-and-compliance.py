"""Held-out beginners' wrong answers to the function exercises of
release/08-records-analytics-and-compliance/08-records-analytics-and-compliance.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_prevalence': [
        (
            'Counts diagnosis rows, not patients: no drop_duplicates, so a patient seen four times '
            'counts four times (shares can pass 1).',
            r'''def chapter_prevalence(df: pd.DataFrame) -> pd.Series:
    """Share of patients with at least one code in each ICD-10-CM chapter, by chapter number."""
    # YOUR CODE HERE
    chapters = df["icd10cm"].map(lambda code: icd10cm.lookup(code).chapter)
    return (chapters.value_counts() / df["patient_id"].nunique()).sort_index()''',
        ),
        (
            'Not sorted by chapter number: value_counts leaves the most common chapter first.',
            r'''def chapter_prevalence(df: pd.DataFrame) -> pd.Series:
    """Share of patients with at least one code in each ICD-10-CM chapter, by chapter number."""
    # YOUR CODE HERE
    chapters = df["icd10cm"].map(lambda code: icd10cm.lookup(code).chapter)
    pairs = df.assign(chapter=chapters).drop_duplicates(["patient_id", "chapter"])

    return pairs["chapter"].value_counts() / df["patient_id"].nunique()''',
        ),
        (
            'Divides by the number of rows of the table instead of the number of distinct patients.',
            r'''def chapter_prevalence(df: pd.DataFrame) -> pd.Series:
    """Share of patients with at least one code in each ICD-10-CM chapter, by chapter number."""
    # YOUR CODE HERE
    chapters = df["icd10cm"].map(lambda code: icd10cm.lookup(code).chapter)
    pairs = df.assign(chapter=chapters).drop_duplicates(["patient_id", "chapter"])

    return (pairs["chapter"].value_counts() / len(df)).sort_index()''',
        ),
    ],
    'ex_charlson': [
        (
            'No hierarchy: adds the weights of all the conditions, the mild form next to the severe '
            'one.',
            r'''def charlson_score(conditions: set[str]) -> int:
    """Charlson index of a set of condition names: weights summed after the hierarchy."""
    # YOUR CODE HERE
    table = analytics.charlson_table()
    weights = dict(zip(table["condition"], table["weight"]))
    return int(sum(weights[condition] for condition in conditions))''',
        ),
        (
            'Unpacked the hierarchy pairs the wrong way round (mild, severe), so the severe condition '
            'is dropped and the mild one kept.',
            r'''def charlson_score(conditions: set[str]) -> int:
    """Charlson index of a set of condition names: weights summed after the hierarchy."""
    # YOUR CODE HERE
    table = analytics.charlson_table()
    weights = dict(zip(table["condition"], table["weight"]))
    kept = set(conditions)

    for mild, severe in analytics.HIERARCHY:
        if severe in kept:
            kept.discard(mild)
    return int(sum(weights[condition] for condition in kept))''',
        ),
        (
            "Applied the hierarchy only to the example's diabetes pair, typed in: liver disease and "
            'malignancy pairs are both counted.',
            r'''def charlson_score(conditions: set[str]) -> int:
    """Charlson index of a set of condition names: weights summed after the hierarchy."""
    # YOUR CODE HERE
    table = analytics.charlson_table()
    weights = dict(zip(table["condition"], table["weight"]))
    kept = set(conditions)

    if "diabetes with chronic complication" in kept:
        kept.discard("diabetes without chronic complication")
    return int(sum(weights[condition] for condition in kept))''',
        ),
    ],
    'ex_high_risk': [
        (
            "Computes the index per encounter (group by encounter_id), not from all of a patient's "
            'codes.',
            r'''def high_risk_share(df: pd.DataFrame, threshold: int = 3) -> float:
    """Share of patients whose Charlson index is at least threshold."""
    # YOUR CODE HERE
    scores = df.groupby("encounter_id")["icd10cm"].apply(analytics.charlson_index)
    return float((scores >= threshold).mean())''',
        ),
        (
            "'Above' instead of 'at least': > threshold leaves out the patients whose index equals it.",
            r'''def high_risk_share(df: pd.DataFrame, threshold: int = 3) -> float:
    """Share of patients whose Charlson index is at least threshold."""
    # YOUR CODE HERE
    scores = df.groupby("patient_id")["icd10cm"].apply(analytics.charlson_index)
    return float((scores > threshold).mean())''',
        ),
        (
            'Typed in 3 instead of using the threshold argument.',
            r'''def high_risk_share(df: pd.DataFrame, threshold: int = 3) -> float:
    """Share of patients whose Charlson index is at least threshold."""
    # YOUR CODE HERE
    scores = df.groupby("patient_id")["icd10cm"].apply(analytics.charlson_index)
    return float((scores >= 3).mean())''',
        ),
    ],
    'ex_ptp': [
        (
            'Treats indicator 9 like indicator 1: a deleted edit still denies the column 2 code when no '
            'modifier is there.',
            r'''def ptp_denied(lines: pd.DataFrame, edits: pd.DataFrame) -> list[str]:
    """Sorted column 2 codes that the PTP edits deny on one claim."""
    # YOUR CODE HERE
    codes = set(lines["cpt"])
    denied = set()
    for edit in edits.itertuples():
        if edit.column1 in codes and edit.column2 in codes:

            if edit.modifier_indicator == 0:
                denied.add(edit.column2)
                continue
            mods = set(lines.loc[lines["cpt"].isin([edit.column1, edit.column2]), "modifier"])
            if not mods & claims.NCCI_MODIFIERS:
                denied.add(edit.column2)
    return sorted(denied)''',
        ),
        (
            'Looks for the modifier only on the column 2 line; a modifier on the column 1 line does not '
            'save the pair.',
            r'''def ptp_denied(lines: pd.DataFrame, edits: pd.DataFrame) -> list[str]:
    """Sorted column 2 codes that the PTP edits deny on one claim."""
    # YOUR CODE HERE
    codes = set(lines["cpt"])
    denied = set()
    for edit in edits.itertuples():
        if edit.column1 in codes and edit.column2 in codes:

            if edit.modifier_indicator == 9:
                continue
            if edit.modifier_indicator == 0:
                denied.add(edit.column2)
                continue
            mods = set(lines.loc[lines["cpt"] == edit.column2, "modifier"])
            if not mods & claims.NCCI_MODIFIERS:
                denied.add(edit.column2)
    return sorted(denied)''',
        ),
        (
            'Any modifier at all lets indicator-1 pairs through, not only the NCCI-associated ones.',
            r'''def ptp_denied(lines: pd.DataFrame, edits: pd.DataFrame) -> list[str]:
    """Sorted column 2 codes that the PTP edits deny on one claim."""
    # YOUR CODE HERE
    codes = set(lines["cpt"])
    denied = set()
    for edit in edits.itertuples():
        if edit.column1 in codes and edit.column2 in codes:

            if edit.modifier_indicator == 9:
                continue
            if edit.modifier_indicator == 0:
                denied.add(edit.column2)
                continue
            mods = lines.loc[lines["cpt"].isin([edit.column1, edit.column2]), "modifier"]
            if (mods == "").all():
                denied.add(edit.column2)
    return sorted(denied)''',
        ),
    ],
    'ex_mue': [
        (
            'Always adds up the units over the lines, MAI 1 too.',
            r'''def mue_violations(lines: pd.DataFrame, mues: pd.DataFrame) -> list[str]:
    """Sorted codes whose units exceed their MUE on one claim and date of service."""
    # YOUR CODE HERE
    over = set()
    for row in mues.itertuples():
        units = lines.loc[lines["cpt"] == row.code, "units"]
        if units.sum() > row.mue:
            over.add(row.code)
    return sorted(over)''',
        ),
        (
            'Always compares each line on its own, MAI 2 and 3 too.',
            r'''def mue_violations(lines: pd.DataFrame, mues: pd.DataFrame) -> list[str]:
    """Sorted codes whose units exceed their MUE on one claim and date of service."""
    # YOUR CODE HERE
    over = set()
    for row in mues.itertuples():
        units = lines.loc[lines["cpt"] == row.code, "units"]
        if (units > row.mue).any():
            over.add(row.code)
    return sorted(over)''',
        ),
        (
            "Off by one: 'at least the MUE' (>=) counts as over, so a code billed exactly at its MUE is "
            'flagged.',
            r'''def mue_violations(lines: pd.DataFrame, mues: pd.DataFrame) -> list[str]:
    """Sorted codes whose units exceed their MUE on one claim and date of service."""
    # YOUR CODE HERE
    over = set()
    for row in mues.itertuples():
        units = lines.loc[lines["cpt"] == row.code, "units"]
        if units.empty:
            continue
        if row.mai == 1:
            if (units >= row.mue).any():
                over.add(row.code)
        elif units.sum() >= row.mue:
            over.add(row.code)
    return sorted(over)''',
        ),
    ],
    'ex_em_shares': [
        (
            'Counts of visits instead of shares (no normalize).',
            r'''def em_shares(df: pd.DataFrame) -> pd.DataFrame:
    """Share of each provider's visits at each E/M level, columns in EM_LEVELS order."""
    # YOUR CODE HERE
    table = pd.crosstab(df["provider"], df["cpt"])
    return table.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)''',
        ),
        (
            "normalize='columns': each level's visits are split between providers, so the columns sum "
            'to 1, not the rows.',
            r'''def em_shares(df: pd.DataFrame) -> pd.DataFrame:
    """Share of each provider's visits at each E/M level, columns in EM_LEVELS order."""
    # YOUR CODE HERE
    table = pd.crosstab(df["provider"], df["cpt"], normalize="columns")
    return table.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)''',
        ),
        (
            'normalize=True: shares of all visits of all providers, so the whole table sums to 1.',
            r'''def em_shares(df: pd.DataFrame) -> pd.DataFrame:
    """Share of each provider's visits at each E/M level, columns in EM_LEVELS order."""
    # YOUR CODE HERE
    table = pd.crosstab(df["provider"], df["cpt"], normalize=True)
    return table.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)''',
        ),
    ],
    'ex_em_audit': [
        (
            "Uses the course's analytics.EM_BENCHMARK instead of the benchmark argument.",
    r'''def em_audit(df: pd.DataFrame, benchmark: pd.Series, critical: float = 9.488) -> pd.DataFrame:
    """Per provider: visits, high_share, chi2 against the benchmark, flag above critical."""
    # YOUR CODE HERE
    levels = list(analytics.EM_LEVELS)
    rows = {}
    for provider, group in df.groupby("provider"):
        observed = group["cpt"].value_counts().reindex(levels, fill_value=0)
        expected = pd.Series(analytics.EM_BENCHMARK).reindex(levels) * len(group)
        chi2 = ((observed - expected) ** 2 / expected).sum()
        rows[provider] = {
            "visits": len(group),
            "high_share": group["cpt"].isin(["99214", "99215"]).mean(),
            "chi2": chi2,
            "flag": chi2 > critical,
        }
    return pd.DataFrame.from_dict(rows, orient="index")''',
        ),
        (
            'Typed in 9.488 instead of using the critical argument.',
    r'''def em_audit(df: pd.DataFrame, benchmark: pd.Series, critical: float = 9.488) -> pd.DataFrame:
    """Per provider: visits, high_share, chi2 against the benchmark, flag above critical."""
    # YOUR CODE HERE
    levels = list(analytics.EM_LEVELS)
    rows = {}
    for provider, group in df.groupby("provider"):
        observed = group["cpt"].value_counts().reindex(levels, fill_value=0)
        expected = benchmark.reindex(levels) * len(group)
        chi2 = ((observed - expected) ** 2 / expected).sum()
        rows[provider] = {
            "visits": len(group),
            "high_share": group["cpt"].isin(["99214", "99215"]).mean(),
            "chi2": chi2,
            "flag": chi2 > 9.488,
        }
    return pd.DataFrame.from_dict(rows, orient="index")''',
        ),
        (
            'high_share is the number of 99214 and 99215 visits, not their share.',
    r'''def em_audit(df: pd.DataFrame, benchmark: pd.Series, critical: float = 9.488) -> pd.DataFrame:
    """Per provider: visits, high_share, chi2 against the benchmark, flag above critical."""
    # YOUR CODE HERE
    levels = list(analytics.EM_LEVELS)
    rows = {}
    for provider, group in df.groupby("provider"):
        observed = group["cpt"].value_counts().reindex(levels, fill_value=0)
        expected = benchmark.reindex(levels) * len(group)
        chi2 = ((observed - expected) ** 2 / expected).sum()
        rows[provider] = {
            "visits": len(group),
            "high_share": group["cpt"].isin(["99214", "99215"]).sum(),
            "chi2": chi2,
            "flag": chi2 > critical,
        }
    return pd.DataFrame.from_dict(rows, orient="index")''',
        ),
    ],
}
