'''Blind wrong answers of beginners to the function exercise of module 13 (issue #20).

Written on 2026-12-07 by helper-36, a session of the course's authors, from what a student sees
before running any check (the release notebook's markdown, teaching cells and answer-cell stubs),
before the exercises' visible or hidden tests, tests/wrong_answers/, autograder/samples/ or
course/checks.py were read. Once a fix is made from them they are development data, not held out.

ANSWERS maps an answer cell's grade_id to (what the beginner did, the whole answer cell).
'''

_CHECK = '''def prebill_check(claim: claims.Claim) -> list[claims.Finding]:
    """Scrubber findings, then Excludes1 conflicts, then an external cause listed first."""
    findings = list(claims.scrub(claim))
%s    return findings
'''

_EXCLUDES = '''    valid = [code for code in claim.diagnoses if icd10cm.is_valid(code)]
    for conflict in conventions.excludes1_conflicts(valid):
        findings.append(claims.Finding("EXCLUDES1", conflict.code, conflict.excluded,
                                       f"{conflict.code} and {conflict.excluded} are Excludes1"))
'''

_FIRST = '''    first = claim.diagnoses[0] if claim.diagnoses else None
    if first and icd10cm.is_valid(first) and icd10cm.lookup(first).chapter == 20:
        findings.append(claims.Finding("FIRST_LISTED", first, None,
                                       f"{first} is an external cause: never list it first"))
'''

ANSWERS = {
    "ex_prebill_check": [
        (
            "invalid diagnoses not skipped before excludes1_conflicts",
            _CHECK
            % (
                '''    for conflict in conventions.excludes1_conflicts(list(claim.diagnoses)):
        findings.append(claims.Finding("EXCLUDES1", conflict.code, conflict.excluded,
                                       f"{conflict.code} and {conflict.excluded} are Excludes1"))
'''
                + _FIRST
            ),
        ),
        (
            "other set to the conflict's source category, not the excluded code",
            _CHECK
            % (
                '''    valid = [code for code in claim.diagnoses if icd10cm.is_valid(code)]
    for conflict in conventions.excludes1_conflicts(valid):
        findings.append(claims.Finding("EXCLUDES1", conflict.code, conflict.source,
                                       f"{conflict.code}: Excludes1 {conflict.note}"))
'''
                + _FIRST
            ),
        ),
        (
            "flagged an external cause code anywhere in the list, not only first",
            _CHECK
            % (
                _EXCLUDES
                + '''    for code in claim.diagnoses:
        if icd10cm.is_valid(code) and icd10cm.lookup(code).chapter == 20:
            findings.append(claims.Finding("FIRST_LISTED", code, None,
                                           f"{code} is an external cause: never list it first"))
'''
            ),
        ),
        (
            "first diagnosis looked up without checking it is valid (an invalid first code raises)",
            _CHECK
            % (
                _EXCLUDES
                + '''    first = claim.diagnoses[0]
    if icd10cm.lookup(first).chapter == 20:
        findings.append(claims.Finding("FIRST_LISTED", first, None,
                                       f"{first} is an external cause: never list it first"))
'''
            ),
        ),
        (
            "own findings put before the scrubber's",
            '''def prebill_check(claim: claims.Claim) -> list[claims.Finding]:
    """Scrubber findings, then Excludes1 conflicts, then an external cause listed first."""
    findings = []
'''
            + _EXCLUDES
            + _FIRST
            + '''    return findings + list(claims.scrub(claim))
''',
        ),
        (
            "the scrubber's findings left out",
            '''def prebill_check(claim: claims.Claim) -> list[claims.Finding]:
    """Scrubber findings, then Excludes1 conflicts, then an external cause listed first."""
    findings = []
'''
            + _EXCLUDES
            + _FIRST
            + '''    return findings
''',
        ),
    ],
}
