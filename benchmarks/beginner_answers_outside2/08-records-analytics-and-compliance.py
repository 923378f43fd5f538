# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 08-records-analytics-and-compliance, written blind on 2026-12-07."""

ANSWERS = {
    'ex_prevalence': [
        ('Skips dropping duplicate (patient, chapter) pairs, so a patient with several codes or visits in a chapter is counted several times.', r'''def chapter_prevalence(df: pd.DataFrame) -> pd.Series:
    """Share of patients with at least one code in each ICD-10-CM chapter, by chapter number."""
    chapters = df["icd10cm"].map(lambda code: icd10cm.lookup(code).chapter)
    counts = chapters.value_counts().sort_index()
    return counts / df["patient_id"].nunique()'''),
        ('Divides by the number of rows of the table instead of the number of distinct patients.', r'''def chapter_prevalence(df: pd.DataFrame) -> pd.Series:
    """Share of patients with at least one code in each ICD-10-CM chapter, by chapter number."""
    table = df.copy()
    table["chapter"] = [icd10cm.lookup(code).chapter for code in table["icd10cm"]]
    table = table.drop_duplicates(["patient_id", "chapter"])
    counts = table.groupby("chapter").size()
    return counts / len(df)'''),
        ('Leaves the result in value_counts order (most common first) instead of sorting by chapter number.', r'''def chapter_prevalence(df: pd.DataFrame) -> pd.Series:
    """Share of patients with at least one code in each ICD-10-CM chapter, by chapter number."""
    df2 = df.assign(chapter=df["icd10cm"].map(lambda c: icd10cm.lookup(c).chapter))
    df2 = df2.drop_duplicates(["patient_id", "chapter"])
    return df2["chapter"].value_counts() / df["patient_id"].nunique()'''),
    ],
    'ex_charlson': [
        ('Sums the weights of all conditions without applying the hierarchy.', r'''def charlson_score(conditions: set[str]) -> int:
    """Charlson index of a set of condition names: weights summed after the hierarchy."""
    table = analytics.charlson_table()
    score = 0
    for _, row in table.iterrows():
        if row["condition"] in conditions:
            score += row["weight"]
    return int(score)'''),
        ('Reads the HIERARCHY pairs the wrong way round and drops the severe condition when the mild one is present.', r'''def charlson_score(conditions: set[str]) -> int:
    """Charlson index of a set of condition names: weights summed after the hierarchy."""
    keep = set(conditions)
    for severe, mild in analytics.HIERARCHY:
        if mild in keep and severe in keep:
            keep.remove(severe)
    weights = dict(zip(analytics.charlson_table()["condition"], analytics.charlson_table()["weight"]))
    return int(sum(weights[c] for c in keep))'''),
        ('Applies the hierarchy only for diabetes (the example), not for liver disease or cancer.', r'''def charlson_score(conditions: set[str]) -> int:
    """Charlson index of a set of condition names: weights summed after the hierarchy."""
    keep = set(conditions)
    if "diabetes with chronic complication" in keep:
        keep.discard("diabetes without chronic complication")
    table = analytics.charlson_table()
    return int(table[table["condition"].isin(keep)]["weight"].sum())'''),
    ],
    'ex_high_risk': [
        ('Groups by encounter instead of patient, so each visit gets its own index from only its codes.', r'''def high_risk_share(df: pd.DataFrame, threshold: int = 3) -> float:
    """Share of patients whose Charlson index is at least threshold."""
    scores = df.groupby("encounter_id")["icd10cm"].apply(lambda codes: analytics.charlson_index(list(codes)))
    return float((scores >= threshold).mean())'''),
        ('Uses "greater than" instead of "at least", so patients exactly at the threshold are left out.', r'''def high_risk_share(df: pd.DataFrame, threshold: int = 3) -> float:
    """Share of patients whose Charlson index is at least threshold."""
    scores = df.groupby("patient_id")["icd10cm"].apply(lambda codes: analytics.charlson_index(list(codes)))
    return float((scores > threshold).mean())'''),
        ('Writes the threshold 3 from the text into the comparison instead of using the argument.', r'''def high_risk_share(df: pd.DataFrame, threshold: int = 3) -> float:
    """Share of patients whose Charlson index is at least threshold."""
    index = {}
    for patient, group in df.groupby("patient_id"):
        index[patient] = analytics.charlson_index(list(group["icd10cm"]))
    high = [p for p in index if index[p] >= 3]
    return len(high) / len(index)'''),
    ],
    'ex_ptp': [
        ('For indicator 1, only looks at the modifier on the column 2 line, not the column 1 line.', r'''def ptp_denied(lines: pd.DataFrame, edits: pd.DataFrame) -> list[str]:
    """Sorted column 2 codes that the PTP edits deny on one claim."""
    codes = list(lines["cpt"])
    denied = set()
    for edit in edits.itertuples():
        if edit.column1 in codes and edit.column2 in codes:
            if edit.modifier_indicator == 0:
                denied.add(edit.column2)
            elif edit.modifier_indicator == 1:
                mods = list(lines[lines["cpt"] == edit.column2]["modifier"])
                if not any(m in claims.NCCI_MODIFIERS for m in mods):
                    denied.add(edit.column2)
    return sorted(denied)'''),
        ('Lets any modifier at all get the pair paid under indicator 1, instead of only the NCCI-associated ones.', r'''def ptp_denied(lines: pd.DataFrame, edits: pd.DataFrame) -> list[str]:
    """Sorted column 2 codes that the PTP edits deny on one claim."""
    on_claim = set(lines["cpt"])
    result = []
    for edit in edits.itertuples():
        if edit.column1 in on_claim and edit.column2 in on_claim:
            if edit.modifier_indicator == 0:
                result.append(edit.column2)
            elif edit.modifier_indicator == 1:
                both = lines[lines["cpt"].isin([edit.column1, edit.column2])]
                if (both["modifier"] == "").all():
                    result.append(edit.column2)
    return sorted(set(result))'''),
        ('Treats indicator 9 like indicator 1 (deny unless a modifier), instead of never denying.', r'''def ptp_denied(lines: pd.DataFrame, edits: pd.DataFrame) -> list[str]:
    """Sorted column 2 codes that the PTP edits deny on one claim."""
    codes = list(lines["cpt"])
    denied = []
    for edit in edits.itertuples():
        if edit.column1 in codes and edit.column2 in codes:
            if edit.modifier_indicator == 0:
                denied.append(edit.column2)
            else:
                mods = lines[lines["cpt"].isin([edit.column1, edit.column2])]["modifier"]
                has_modifier = False
                for m in mods:
                    if m in claims.NCCI_MODIFIERS:
                        has_modifier = True
                if not has_modifier:
                    denied.append(edit.column2)
    return sorted(set(denied))'''),
    ],
    'ex_mue': [
        ('Sums the units only for MAI 2 and checks MAI 3 line by line like MAI 1.', r'''def mue_violations(lines: pd.DataFrame, mues: pd.DataFrame) -> list[str]:
    """Sorted codes whose units exceed their MUE on one claim and date of service."""
    over = set()
    for row in mues.itertuples():
        code_lines = lines[lines["cpt"] == row.code]
        if len(code_lines) == 0:
            continue
        if row.mai == 2:
            if code_lines["units"].sum() > row.mue:
                over.add(row.code)
        else:
            if (code_lines["units"] > row.mue).any():
                over.add(row.code)
    return sorted(over)'''),
        ('Uses >= instead of >, so units exactly at the MUE are flagged.', r'''def mue_violations(lines: pd.DataFrame, mues: pd.DataFrame) -> list[str]:
    """Sorted codes whose units exceed their MUE on one claim and date of service."""
    over = set()
    for row in mues.itertuples():
        units = lines.loc[lines["cpt"] == row.code, "units"]
        if row.mai == 1:
            if (units >= row.mue).any():
                over.add(row.code)
        else:
            if len(units) > 0 and units.sum() >= row.mue:
                over.add(row.code)
    return sorted(over)'''),
        ('For MAI 1 appends the code once per offending line, so a code with two long lines appears twice.', r'''def mue_violations(lines: pd.DataFrame, mues: pd.DataFrame) -> list[str]:
    """Sorted codes whose units exceed their MUE on one claim and date of service."""
    limits = mues.set_index("code")
    result = []
    for line in lines.itertuples():
        if line.cpt in limits.index and limits.loc[line.cpt, "mai"] == 1:
            if line.units > limits.loc[line.cpt, "mue"]:
                result.append(line.cpt)
    totals = lines.groupby("cpt")["units"].sum()
    for code, units in totals.items():
        if code in limits.index and limits.loc[code, "mai"] in (2, 3) and units > limits.loc[code, "mue"]:
            result.append(code)
    return sorted(result)'''),
    ],
    'ex_em_shares': [
        ('Forgets normalize="index", so the cells are visit counts, not shares.', r'''def em_shares(df: pd.DataFrame) -> pd.DataFrame:
    """Share of each provider's visits at each E/M level, columns in EM_LEVELS order."""
    table = pd.crosstab(df["provider"], df["cpt"])
    return table.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)'''),
        ('Normalizes by column instead of by row, so each level (not each provider) sums to 1.', r'''def em_shares(df: pd.DataFrame) -> pd.DataFrame:
    """Share of each provider's visits at each E/M level, columns in EM_LEVELS order."""
    table = pd.crosstab(df["provider"], df["cpt"], normalize="columns")
    return table.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)'''),
        ('Divides by the total number of visits of all providers (normalize="all"), so a row does not sum to 1.', r'''def em_shares(df: pd.DataFrame) -> pd.DataFrame:
    """Share of each provider's visits at each E/M level, columns in EM_LEVELS order."""
    counts = pd.crosstab(df["provider"], df["cpt"])
    counts = counts.reindex(columns=list(analytics.EM_LEVELS), fill_value=0)
    return counts / len(df)'''),
    ],
    'ex_em_audit': [
        ('Uses the global analytics.EM_BENCHMARK and 9.488 instead of the benchmark and critical arguments.', r'''def em_audit(df: pd.DataFrame, benchmark: pd.Series, critical: float = 9.488) -> pd.DataFrame:
    """Per provider: visits, high_share, chi2 against the benchmark, flag above critical."""
    bench = pd.Series(analytics.EM_BENCHMARK)
    rows = {}
    for provider, group in df.groupby("provider"):
        observed = group["cpt"].value_counts().reindex(list(analytics.EM_LEVELS), fill_value=0)
        expected = bench * len(group)
        chi2 = ((observed - expected) ** 2 / expected).sum()
        high = group["cpt"].isin(["99214", "99215"]).mean()
        rows[provider] = {"visits": len(group), "high_share": high, "chi2": chi2, "flag": chi2 > 9.488}
    return pd.DataFrame(rows).T'''),
        ('Puts the number of 99214/99215 visits in high_share instead of their share.', r'''def em_audit(df: pd.DataFrame, benchmark: pd.Series, critical: float = 9.488) -> pd.DataFrame:
    """Per provider: visits, high_share, chi2 against the benchmark, flag above critical."""
    results = []
    for provider in sorted(df["provider"].unique()):
        one = df[df["provider"] == provider]
        observed = one["cpt"].value_counts().reindex(list(analytics.EM_LEVELS), fill_value=0)
        expected = benchmark * len(one)
        chi2 = ((observed - expected) ** 2 / expected).sum()
        high = ((one["cpt"] == "99214") | (one["cpt"] == "99215")).sum()
        results.append({"provider": provider, "visits": len(one), "high_share": high,
                        "chi2": chi2, "flag": chi2 > critical})
    return pd.DataFrame(results).set_index("provider")'''),
        ('Does not reindex the observed counts, so a level the provider never used is skipped in the chi-square sum instead of counting as 0.', r'''def em_audit(df: pd.DataFrame, benchmark: pd.Series, critical: float = 9.488) -> pd.DataFrame:
    """Per provider: visits, high_share, chi2 against the benchmark, flag above critical."""
    results = []
    for provider in sorted(df["provider"].unique()):
        one = df[df["provider"] == provider]
        observed = one["cpt"].value_counts()
        expected = benchmark * len(one)
        chi2 = ((observed - expected) ** 2 / expected).sum()
        high = one["cpt"].isin(["99214", "99215"]).mean()
        results.append({"provider": provider, "visits": len(one), "high_share": high,
                        "chi2": chi2, "flag": chi2 > critical})
    return pd.DataFrame(results).set_index("provider")'''),
    ],
}
