"""Held-out beginners' wrong answers to the function exercises of
release/13-capstone/13-capstone.ipynb.

Held out: written blind by helper-39 on 2026-12-07, before any check was read (no test
cell, no source/ notebook, no earlier answer set, no course/checks.py). Not to be used
for fixes until measured and retired.

ANSWERS maps an answer cell's nbgrader grade_id to a list of
(what the beginner did, the whole answer cell as the student leaves it).
"""

ANSWERS = {
    'ex_prebill_check': [
        (
            'Passes all the diagnoses to excludes1_conflicts without skipping the invalid ones: a '
            'malformed code makes it raise, a header adds conflicts of its own.',
            r'''def prebill_check(claim: claims.Claim) -> list[claims.Finding]:
    """Scrubber findings, then Excludes1 conflicts, then an external cause listed first."""
    # YOUR CODE HERE
    findings = list(claims.scrub(claim))
    valid = list(claim.diagnoses)

    for conflict in conventions.excludes1_conflicts(valid):
        findings.append(claims.Finding(
            rule="EXCLUDES1", code=conflict.code, other=conflict.excluded,
            message=f"{conflict.code} and {conflict.excluded} may not be coded together (Excludes1)",
        ))

    if claim.diagnoses:
        first = claim.diagnoses[0]
        if icd10cm.is_valid(first) and icd10cm.lookup(first).chapter == 20:
            findings.append(claims.Finding(
                rule="FIRST_LISTED", code=first, other=None,
                message=f"{first} is an external cause code: it may not be listed first",
            ))

    return findings''',
        ),
        (
            'Flags every external cause code on the claim, wherever it is listed, not only a '
            'first-listed one (believes chapter 20 codes may never be reported).',
            r'''def prebill_check(claim: claims.Claim) -> list[claims.Finding]:
    """Scrubber findings, then Excludes1 conflicts, then an external cause listed first."""
    # YOUR CODE HERE
    findings = list(claims.scrub(claim))
    valid = [code for code in claim.diagnoses if icd10cm.is_valid(code)]

    for conflict in conventions.excludes1_conflicts(valid):
        findings.append(claims.Finding(
            rule="EXCLUDES1", code=conflict.code, other=conflict.excluded,
            message=f"{conflict.code} and {conflict.excluded} may not be coded together (Excludes1)",
        ))

    for code in valid:
        if icd10cm.lookup(code).chapter == 20:
            findings.append(claims.Finding(
                rule="FIRST_LISTED", code=code, other=None,
                message=f"{code} is an external cause code: it may not be listed first",
            ))
    return findings''',
        ),
        (
            "Own findings first and the scrubber's findings appended after them, instead of scrub's "
            'findings first.',
            r'''def prebill_check(claim: claims.Claim) -> list[claims.Finding]:
    """Scrubber findings, then Excludes1 conflicts, then an external cause listed first."""
    # YOUR CODE HERE
    findings = []
    valid = [code for code in claim.diagnoses if icd10cm.is_valid(code)]

    for conflict in conventions.excludes1_conflicts(valid):
        findings.append(claims.Finding(
            rule="EXCLUDES1", code=conflict.code, other=conflict.excluded,
            message=f"{conflict.code} and {conflict.excluded} may not be coded together (Excludes1)",
        ))

    if claim.diagnoses:
        first = claim.diagnoses[0]
        if icd10cm.is_valid(first) and icd10cm.lookup(first).chapter == 20:
            findings.append(claims.Finding(
                rule="FIRST_LISTED", code=first, other=None,
                message=f"{first} is an external cause code: it may not be listed first",
            ))

    findings.extend(claims.scrub(claim))
    return findings''',
        ),
    ],
}
