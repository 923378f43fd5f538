# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 1 (issue #20): written by helper-43 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once on the notebooks of 1ce193f: 5 of 48 function
# exercises said "Visible checks passed." and then lost points. Fixed in 5f55933..f654540;
# development data since.
"""Wrong beginner answers for module 13, written blind on 2026-12-07 (no checks read)."""

_P = '''def prebill_check(claim: claims.Claim) -> list[claims.Finding]:
    """Scrubber findings, then Excludes1 conflicts, then an external cause listed first."""
'''

ANSWERS = {
    'ex_prebill_check': [
        ('Passed every diagnosis to excludes1_conflicts without skipping the invalid ones.', _P + r'''    findings = list(claims.scrub(claim))
    for conflict in conventions.excludes1_conflicts(list(claim.diagnoses)):
        findings.append(claims.Finding(rule="EXCLUDES1", code=conflict.code, other=conflict.excluded,
                                       message=f"{conflict.code} and {conflict.excluded}: Excludes1"))
    first = claim.diagnoses[0] if claim.diagnoses else None
    if first and icd10cm.is_valid(first) and icd10cm.lookup(first).chapter == 20:
        findings.append(claims.Finding(rule="FIRST_LISTED", code=first, other=None,
                                       message="external cause code listed first"))
    return findings'''),
        ('Checked for chapter 19 (injuries) instead of chapter 20 (external causes) as the first-listed trap.', _P + r'''    findings = list(claims.scrub(claim))
    valid = [code for code in claim.diagnoses if icd10cm.is_valid(code)]
    for conflict in conventions.excludes1_conflicts(valid):
        findings.append(claims.Finding("EXCLUDES1", conflict.code, conflict.excluded,
                                       "Excludes1 conflict"))
    if len(valid) > 0 and claim.diagnoses[0] in valid:
        if icd10cm.lookup(claim.diagnoses[0]).chapter == 19:
            findings.append(claims.Finding("FIRST_LISTED", claim.diagnoses[0], None,
                                           "external cause listed first"))
    return findings'''),
        ('Put the first-listed finding before the Excludes1 findings instead of after them.', _P + r'''    findings = []
    for finding in claims.scrub(claim):
        findings.append(finding)
    valid = [code for code in claim.diagnoses if icd10cm.is_valid(code)]
    if claim.diagnoses and icd10cm.is_valid(claim.diagnoses[0]):
        if icd10cm.lookup(claim.diagnoses[0]).chapter == 20:
            findings.append(claims.Finding(rule="FIRST_LISTED", code=claim.diagnoses[0], other=None,
                                           message="An external cause code cannot be listed first"))
    for conflict in conventions.excludes1_conflicts(valid):
        findings.append(claims.Finding(rule="EXCLUDES1", code=conflict.code, other=conflict.excluded,
                                       message="These two codes cannot be reported together"))
    return findings'''),
    ],
}
