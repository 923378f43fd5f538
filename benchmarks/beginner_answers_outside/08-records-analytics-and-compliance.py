# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 08, written blind on 2026-12-07 (no checks read)."""

_PR = '''def chapter_prevalence(df: pd.DataFrame) -> pd.Series:
    """Share of patients with at least one code in each ICD-10-CM chapter, by chapter number."""
'''
_CH = '''def charlson_score(conditions: set[str]) -> int:
    """Charlson index of a set of condition names: weights summed after the hierarchy."""
'''
_HR = '''def high_risk_share(df: pd.DataFrame, threshold: int = 3) -> float:
    """Share of patients whose Charlson index is at least threshold."""
'''
_PT = '''def ptp_denied(lines: pd.DataFrame, edits: pd.DataFrame) -> list[str]:
    """Sorted column 2 codes that the PTP edits deny on one claim."""
'''
_MU = '''def mue_violations(lines: pd.DataFrame, mues: pd.DataFrame) -> list[str]:
    """Sorted codes whose units exceed their MUE on one claim and date of service."""
'''
_ES = '''def em_shares(df: pd.DataFrame) -> pd.DataFrame:
    """Share of each provider's visits at each E/M level, columns in EM_LEVELS order."""
'''
_EA = '''def em_audit(df: pd.DataFrame, benchmark: pd.Series, critical: float = 9.488) -> pd.DataFrame:
    """Per provider: visits, high_share, chi2 against the benchmark, flag above critical."""
'''

ANSWERS = {
    'ex_prevalence': [
        ('Did not drop duplicate (patient, chapter) pairs, so patients with several codes are counted several times.', _PR + r'''    chapters = df["icd10cm"].map(lambda code: icd10cm.lookup(code).chapter)
    counts = chapters.value_counts()
    return (counts / df["patient_id"].nunique()).sort_index()'''),
        ('Divided by the number of rows instead of the number of distinct patients.', _PR + r'''    df = df.assign(chapter=df["icd10cm"].map(lambda code: icd10cm.lookup(code).chapter))
    pairs = df.drop_duplicates(["patient_id", "chapter"])
    counts = pairs.groupby("chapter").size()
    return (counts / len(df)).sort_index()'''),
        ('Left the result in value_counts order (largest first) instead of sorting by chapter number.', _PR + r'''    df = df.assign(chapter=df["icd10cm"].map(lambda code: icd10cm.lookup(code).chapter))
    pairs = df.drop_duplicates(["patient_id", "chapter"])
    return pairs["chapter"].value_counts() / df["patient_id"].nunique()'''),
    ],
    'ex_charlson': [
        ('Summed the weights of all conditions without applying the hierarchy.', _CH + r'''    table = analytics.charlson_table()
    total = 0
    for condition in conditions:
        weight = table[table["condition"] == condition]["weight"]
        total += int(weight.iloc[0])
    return total'''),
        ('Read the hierarchy pairs backwards and dropped the severe condition instead of the mild one.', _CH + r'''    table = analytics.charlson_table()
    kept = set(conditions)
    for severe, mild in analytics.HIERARCHY:
        if severe in kept and mild in kept:
            kept.remove(severe)
    weights = dict(zip(table["condition"], table["weight"]))
    return int(sum(weights[c] for c in kept))'''),
        ('Applied the hierarchy only to diabetes, forgetting liver disease and malignancy.', _CH + r'''    table = analytics.charlson_table()
    kept = set(conditions)
    if "diabetes with chronic complication" in kept:
        kept.discard("diabetes without chronic complication")
    weights = dict(zip(table["condition"], table["weight"]))
    return int(sum(weights[c] for c in kept))'''),
    ],
    'ex_high_risk': [
        ('Computed the index per encounter instead of per patient.', _HR + r'''    scores = df.groupby("encounter_id")["icd10cm"].apply(analytics.charlson_index)
    return float((scores >= threshold).mean())'''),
        ('Used "more than" threshold instead of "at least".', _HR + r'''    scores = df.groupby("patient_id")["icd10cm"].apply(lambda codes: analytics.charlson_index(codes))
    return float((scores > threshold).mean())'''),
        ('Hard-coded 3 instead of using the threshold argument.', _HR + r'''    scores = df.groupby("patient_id")["icd10cm"].apply(analytics.charlson_index)
    high = scores[scores >= 3]
    return len(high) / len(scores)'''),
    ],
    'ex_ptp': [
        ('For indicator 1 only looked at the modifier on the column 2 line, not the column 1 line.', _PT + r'''    codes = lines["cpt"].tolist()
    modifiers = dict(zip(lines["cpt"], lines["modifier"]))
    denied = []
    for edit in edits.itertuples():
        if edit.column1 in codes and edit.column2 in codes:
            if edit.modifier_indicator == 0:
                denied.append(edit.column2)
            elif edit.modifier_indicator == 1:
                if modifiers[edit.column2] not in claims.NCCI_MODIFIERS:
                    denied.append(edit.column2)
    return sorted(set(denied))'''),
        ('Treated indicator 9 like indicator 1, so those pairs are denied when no modifier is present.', _PT + r'''    codes = list(lines["cpt"])
    denied = []
    for edit in edits.itertuples():
        if edit.column1 in codes and edit.column2 in codes:
            mods = lines[lines["cpt"].isin([edit.column1, edit.column2])]["modifier"]
            has_modifier = any(m in claims.NCCI_MODIFIERS for m in mods)
            if edit.modifier_indicator == 0:
                denied.append(edit.column2)
            elif not has_modifier:
                denied.append(edit.column2)
    return sorted(set(denied))'''),
        ('Let any modifier at all bypass an indicator-1 edit instead of only the NCCI-associated ones.', _PT + r'''    codes = list(lines["cpt"])
    denied = []
    for edit in edits.itertuples():
        if edit.column1 in codes and edit.column2 in codes:
            mods = lines[lines["cpt"].isin([edit.column1, edit.column2])]["modifier"]
            has_modifier = any(m != "" for m in mods)
            if edit.modifier_indicator == 0:
                denied.append(edit.column2)
            elif edit.modifier_indicator == 1 and not has_modifier:
                denied.append(edit.column2)
    return sorted(set(denied))'''),
    ],
    'ex_mue': [
        ('Used >= instead of >, so units exactly at the MUE are flagged.', _MU + r'''    over = []
    for row in mues.itertuples():
        units = lines[lines["cpt"] == row.code]["units"]
        if len(units) == 0:
            continue
        if row.mai == 1:
            if units.max() >= row.mue:
                over.append(row.code)
        else:
            if units.sum() >= row.mue:
                over.append(row.code)
    return sorted(set(over))'''),
        ('Summed units only for MAI 2 and checked MAI 3 line by line like MAI 1.', _MU + r'''    over = []
    for row in mues.itertuples():
        units = lines[lines["cpt"] == row.code]["units"]
        if len(units) == 0:
            continue
        if row.mai == 2:
            if units.sum() > row.mue:
                over.append(row.code)
        elif units.max() > row.mue:
            over.append(row.code)
    return sorted(set(over))'''),
        ('Appended a code once per offending line, so a code can appear twice.', _MU + r'''    limits = mues.set_index("code")
    over = []
    totals = lines.groupby("cpt")["units"].sum()
    for line in lines.itertuples():
        if line.cpt not in limits.index:
            continue
        mue = limits.loc[line.cpt, "mue"]
        mai = limits.loc[line.cpt, "mai"]
        if mai == 1 and line.units > mue:
            over.append(line.cpt)
        elif mai != 1 and totals[line.cpt] > mue:
            over.append(line.cpt)
    return sorted(over)'''),
    ],
    'ex_em_shares': [
        ('Forgot normalize, so the table holds counts, not shares.', _ES + r'''    table = pd.crosstab(df["provider"], df["cpt"])
    return table.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)'''),
        ('Normalised by column (share of each level) instead of by provider row.', _ES + r'''    table = pd.crosstab(df["provider"], df["cpt"], normalize="columns")
    return table.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)'''),
        ('Normalised over all visits, so rows do not sum to 1.', _ES + r'''    table = pd.crosstab(df["provider"], df["cpt"], normalize="all")
    return table.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)'''),
    ],
    'ex_em_audit': [
        ('Used the global analytics.EM_BENCHMARK instead of the benchmark argument.', _EA + r'''    levels = list(analytics.EM_LEVELS)
    bench = pd.Series(analytics.EM_BENCHMARK)
    rows = {}
    for provider, group in df.groupby("provider"):
        observed = group["cpt"].value_counts().reindex(levels, fill_value=0)
        expected = bench[levels] * len(group)
        chi2 = ((observed - expected) ** 2 / expected).sum()
        rows[provider] = {
            "visits": len(group),
            "high_share": group["cpt"].isin(["99214", "99215"]).mean(),
            "chi2": chi2,
            "flag": chi2 > critical,
        }
    return pd.DataFrame(rows).T'''),
        ('Counted only 99215 in high_share.', _EA + r'''    levels = list(analytics.EM_LEVELS)
    rows = []
    for provider, group in df.groupby("provider"):
        observed = group["cpt"].value_counts().reindex(levels, fill_value=0)
        expected = benchmark[levels] * len(group)
        chi2 = float(((observed - expected) ** 2 / expected).sum())
        rows.append({"provider": provider, "visits": len(group),
                     "high_share": (group["cpt"] == "99215").mean(),
                     "chi2": chi2, "flag": chi2 > critical})
    return pd.DataFrame(rows).set_index("provider")'''),
        ('Did not reindex the observed counts, so a level the provider never used is left out of chi-square.', _EA + r'''    rows = []
    for provider, group in df.groupby("provider"):
        observed = group["cpt"].value_counts()
        expected = benchmark[observed.index] * len(group)
        chi2 = float(((observed - expected) ** 2 / expected).sum())
        rows.append({"provider": provider, "visits": len(group),
                     "high_share": group["cpt"].isin(["99214", "99215"]).mean(),
                     "chi2": chi2, "flag": chi2 > critical})
    return pd.DataFrame(rows).set_index("provider")'''),
    ],
}
