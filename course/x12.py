"""Write a course claim as the ASC X12 5010 837P a payer receives (005010X222A1).

``claims.to_837p`` is the way in. One interchange (ISA/IEA), one functional group (GS/GE), one
transaction (ST/SE) holding one claim: the submitter and receiver, the billing provider (the
practice), the subscriber who is also the patient, the payer, the claim (CLM) with its
diagnoses (HI: ABK for the principal, ABF for the others, codes without their dot), the
rendering provider, and one LX/SV1/DTP*472 group per service line. Separators: ``*`` between
elements, ``:`` inside a composite, ``^`` for repetitions, ``~`` ends a segment.

Control numbers, dates and ids are derived from the claim and the chart, so the same claim gives
the same text. The sender, receiver and payer ids are made up, as the charts' people are.
"""

from __future__ import annotations

from datetime import date, timedelta

from course import ehr
from course.claims import DIAGNOSIS_LETTERS, Claim, ClaimError, validate

VERSION = "005010X222A1"
SENDER, RECEIVER = "MCCOURSE", "MCCLEARING"
FILING_INDICATOR = {"Medicare": "MB", "Medicaid": "MC", "Commercial": "CI"}
"""Claim filing indicator (SBR09) by the chart's plan type: Medicare Part B, Medicaid, commercial."""
SEX = {"male": "M", "female": "F"}


def _amount(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def _upper(text: str) -> str:
    return " ".join(str(text).upper().replace("*", " ").replace("~", " ").replace(":", " ")
                    .replace("^", " ").split())


def _address(address: dict) -> list[str]:
    return [f"N3*{_upper(address['line'][0])}",
            f"N4*{_upper(address['city'])}*{address['state']}*{address['postalCode']}"]


def _check(claim: Claim, plan_type: str) -> None:
    problems = validate(claim)
    for number, line in enumerate(claim.lines, start=1):
        if not line.place or not line.date:
            problems.append(f"Line {number}: the 837P needs the place of service and the date of service.")
        if line.code.startswith("D") and line.code[1:].isdigit():
            problems.append(f"Line {number}: {line.code} is a CDT code; dental claims go on the 837D.")
    if plan_type not in FILING_INDICATOR:
        problems.append(f"A {plan_type} plan is not billed on an 837P.")
    if problems:
        raise ClaimError("The claim cannot be written as an 837P: " + " ".join(problems))


def _sv1(line, claim: Claim) -> str:  # noqa: ANN001 - a claims.ServiceLine
    procedure = ":".join(["HC", line.code, *line.modifiers])
    pointers = ":".join(str(DIAGNOSIS_LETTERS.index(p) + 1) for p in line.pointers.upper())
    first_place = claim.lines[0].place
    place = line.place if line.place != first_place else ""
    return f"SV1*{procedure}*{_amount(line.charge)}*UN*{line.units}*{place}**{pointers}"


def write_837p(claim: Claim, case: str) -> str:
    """The 837P text of ``claim`` for the chart ``case``, one segment per line (see ``claims.to_837p``)."""
    who = ehr.parties(case)
    _check(claim, who["plan_type"])
    last_day = max(date.fromisoformat(line.date) for line in claim.lines)
    created = last_day + timedelta(days=1)
    control = f"{int(created.strftime('%y%m%d')) % 1_000_000_000:09d}"
    claim_id = (claim.claim_id or case.replace("-", "").upper())[:20]
    practice, provider, patient = who["practice"], who["provider"], who["patient"]
    payer_id = "".join(ch for ch in _upper(who["payer"]) if ch.isalpha())[:5] + "01"
    body = [
        f"ST*837*0001*{VERSION}",
        f"BHT*0019*00*{claim_id}*{created:%Y%m%d}*1200*CH",
        f"NM1*41*2*{_upper(practice['name'])}*****46*{SENDER}",
        "PER*IC*BILLING OFFICE*TE*5555550100",
        f"NM1*40*2*{RECEIVER}*****46*{RECEIVER}",
        "HL*1**20*1",
        f"NM1*85*2*{_upper(practice['name'])}*****XX*{practice['npi']}",
        *_address(practice["address"]),
        f"REF*EI*{practice['tax_id']}",
        "HL*2*1*22*0",
        f"SBR*P*18*******{FILING_INDICATOR[who['plan_type']]}",
        f"NM1*IL*1*{_upper(patient['family'])}*{_upper(patient['given'])}****MI*{who['member_id']}",
        *_address(patient["address"]),
        f"DMG*D8*{patient['birth_date'].replace('-', '')}*{SEX[patient['sex']]}",
        f"NM1*PR*2*{_upper(who['payer'])[:60]}*****PI*{payer_id}",
        f"CLM*{claim_id}*{_amount(sum(line.charge for line in claim.lines))}***"
        f"{claim.lines[0].place}:B:1*Y*A*Y*Y",
        "HI*" + "*".join(f"{'ABK' if i == 0 else 'ABF'}:{code.replace('.', '')}"
                         for i, code in enumerate(claim.diagnoses)),
        f"NM1*82*1*{_upper(provider['family'])}*{_upper(provider['given'])}****XX*{provider['npi']}",
    ]
    for number, line in enumerate(claim.lines, start=1):
        body += [f"LX*{number}", _sv1(line, claim), f"DTP*472*D8*{line.date.replace('-', '')}"]
    body.append(f"SE*{len(body) + 1}*0001")
    envelope = [
        f"ISA*00*{'':10}*00*{'':10}*ZZ*{SENDER:15}*ZZ*{RECEIVER:15}*{created:%y%m%d}*1200*^*00501*"
        f"{control}*0*T*:",
        f"GS*HC*{SENDER}*{RECEIVER}*{created:%Y%m%d}*1200*1*X*{VERSION}",
        *body,
        "GE*1*1",
        f"IEA*1*{control}",
    ]
    return "".join(segment + "~\n" for segment in envelope)

