# ruff: noqa: E501 - answer cells as the beginner wrote them
# Outside set 2 (issue #20): written by helper-45 from the release notebooks with every test cell
# hidden, kept outside the repository (in /tmp) and measured once at f654540, after the fixes set 1
# called for: 3 of 48 function exercises said "Visible checks passed." and then lost points, and 2
# wrong answers earned full points. Development data since.
"""Wrong beginner answers for 13-capstone, written blind on 2026-12-07."""

ANSWERS = {
    'ex_prebill_check': [
        ('Passes all the diagnoses to excludes1_conflicts without skipping the invalid ones.', r'''def prebill_check(claim: claims.Claim) -> list[claims.Finding]:
    """Scrubber findings, then Excludes1 conflicts, then an external cause listed first."""
    findings = list(claims.scrub(claim))
    for conflict in conventions.excludes1_conflicts(list(claim.diagnoses)):
        findings.append(claims.Finding(rule="EXCLUDES1", code=conflict.code, other=conflict.excluded,
                                       message=f"{conflict.code} and {conflict.excluded}: Excludes1"))
    if claim.diagnoses and icd10cm.is_valid(claim.diagnoses[0]):
        first = claim.diagnoses[0]
        if icd10cm.lookup(first).chapter == 20:
            findings.append(claims.Finding(rule="FIRST_LISTED", code=first, other=None,
                                           message="external cause code listed first"))
    return findings'''),
        ('Flags an external cause code anywhere in the diagnoses, not only when it is listed first.', r'''def prebill_check(claim: claims.Claim) -> list[claims.Finding]:
    """Scrubber findings, then Excludes1 conflicts, then an external cause listed first."""
    findings = claims.scrub(claim)
    valid = [code for code in claim.diagnoses if icd10cm.is_valid(code)]
    for c in conventions.excludes1_conflicts(valid):
        findings.append(claims.Finding("EXCLUDES1", c.code, c.excluded, "Excludes1 conflict: " + c.note))
    for code in valid:
        if icd10cm.lookup(code).chapter == 20:
            findings.append(claims.Finding("FIRST_LISTED", code, None, "external cause code on the claim"))
    return findings'''),
        ('Puts its own Excludes1 and first-listed findings before the scrubber\'s findings instead of after them.', r'''def prebill_check(claim: claims.Claim) -> list[claims.Finding]:
    """Scrubber findings, then Excludes1 conflicts, then an external cause listed first."""
    results = []
    valid = [d for d in claim.diagnoses if icd10cm.is_valid(d)]
    for conflict in conventions.excludes1_conflicts(valid):
        results.append(claims.Finding(rule="EXCLUDES1", code=conflict.code, other=conflict.excluded,
                                      message="these two codes may not be reported together"))
    if len(claim.diagnoses) > 0 and claim.diagnoses[0] in valid:
        if icd10cm.lookup(claim.diagnoses[0]).chapter == 20:
            results.append(claims.Finding(rule="FIRST_LISTED", code=claim.diagnoses[0], other=None,
                                          message="an external cause code cannot be listed first"))
    results = results + list(claims.scrub(claim))
    return results'''),
    ],
}
