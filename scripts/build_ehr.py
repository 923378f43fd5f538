#!/usr/bin/env python3
"""Write the course's charts, ``course/data/ehr/<case>.json``: one FHIR R4 Bundle per case.

Run from the repository root after changing ``scripts/ehr_cases.py``::

    python3 scripts/build_ehr.py

Each Bundle (type ``collection``) holds a Patient, the payer's Organization and the Coverage, the
practice's Organization, the Practitioner, the Location, past Encounters, the Encounter to code
(class, period, location), its Conditions and the problem list (text only, no code), Procedures
(text only), Observations (LOINC), MedicationStatements and a DocumentReference carrying the
provider's note. Every id comes from the case id, so the same cases give the same files.
"""

from __future__ import annotations

import base64
import json
import sys
import zlib
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from ehr_cases import CASES  # noqa: E402

OUT = ROOT / "course" / "data" / "ehr"
BASE = "https://ehr.example.org/fhir"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
CLASS_NAMES = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter"}
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
FLAGS = {"H": "High", "L": "Low", "N": "Normal", "POS": "Positive", "NEG": "Negative"}


def npi(name: str) -> str:
    """A made-up 10-digit NPI for ``name``: 1 and 8 digits from the name, then the Luhn check
    digit of "80840" and those 9 digits, as CMS computes it."""
    body = f"1{zlib.crc32(name.encode()) % 10**8:08d}"
    digits = [int(d) for d in "80840" + body]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        doubled = digit * 2 if position % 2 == 0 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return body + str((10 - total % 10) % 10)


def ref(kind: str, ident: str) -> dict:
    """A reference to ``kind/ident`` in the same Bundle."""
    return {"reference": f"{kind}/{ident}"}


def flag(value: float | str, low: float | None, high: float | None) -> str:
    """The interpretation of a result against its range: H, L, N, POS or NEG."""
    if isinstance(value, str):
        return "POS" if value == "positive" else "NEG"
    if high is not None and value > high:
        return "H"
    if low is not None and value < low:
        return "L"
    return "N"


def observation(case: dict, number: int, row: tuple, subject: dict, encounter: dict) -> dict:
    """One Observation: a LOINC-coded vital sign, laboratory result or score."""
    name, loinc, value, unit, low, high, category, days_before = row
    when = datetime.fromisoformat(case["encounter"][2]) - timedelta(days=days_before)
    resource = {
        "resourceType": "Observation",
        "id": f"obs-{number}",
        "status": "final",
        "category": [{"coding": [{"system": OBS_CATEGORY, "code": category}]}],
        "code": {"coding": [{"system": LOINC, "code": loinc}], "text": name},
        "subject": subject,
        "effectiveDateTime": when.isoformat(),
    }
    if days_before == 0:
        resource["encounter"] = encounter
    if isinstance(value, str):
        resource["valueString"] = value
    else:
        resource["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": unit}
    if low is not None or high is not None:
        bounds = {}
        for key, bound in (("low", low), ("high", high)):
            if bound is not None:
                bounds[key] = {"value": bound, "unit": unit, "system": UCUM, "code": unit}
        resource["referenceRange"] = [bounds]
    code = flag(value, low, high)
    if isinstance(value, str) or low is not None or high is not None:
        resource["interpretation"] = [
            {"coding": [{"system": INTERPRETATION, "code": code, "display": FLAGS[code]}]}
        ]
    return resource


def encounter(
    ident: str, spec: tuple, subject: dict, location: dict, practitioner: dict, organization: dict
) -> dict:
    """An Encounter: its class, type, period, reason and location."""
    klass, kind, start, end, reason = spec
    return {
        "resourceType": "Encounter",
        "id": ident,
        "status": "finished",
        "class": {"system": ACT_CODE, "code": klass, "display": CLASS_NAMES[klass]},
        "type": [{"text": kind}],
        "subject": subject,
        "participant": [{"individual": practitioner}],
        "period": {"start": start, "end": end},
        "reasonCode": [{"text": reason}],
        "location": [{"location": location}],
        "serviceProvider": organization,
    }


def condition(ident: str, text: str, category: str, status: str, subject: dict, **extra: object) -> dict:
    """A Condition written as text only: the provider's words, no code."""
    return {
        "resourceType": "Condition",
        "id": ident,
        "clinicalStatus": {"coding": [{"system": CLINICAL, "code": status}]},
        "category": [{"coding": [{"system": CONDITION_CATEGORY, "code": category}]}],
        "code": {"text": text},
        "subject": subject,
        **extra,
    }


def bundle(case: dict) -> dict:
    """The case's chart as a FHIR R4 Bundle of type collection."""
    number = CASES.index(case) + 1
    first, last, sex, born, line, city, state, postal = case["patient"]
    patient = {
        "resourceType": "Patient",
        "id": "patient",
        "identifier": [{"system": "https://ehr.example.org/mrn", "value": f"MRN{number:04d}7"}],
        "name": [{"family": last, "given": [first]}],
        "gender": sex,
        "birthDate": born,
        "address": [{"line": [line], "city": city, "state": state, "postalCode": postal}],
    }
    subject = ref("Patient", "patient")
    payer_name, plan_kind, member = case["payer"]
    payer = {
        "resourceType": "Organization",
        "id": "payer",
        "name": payer_name,
        "type": [{"text": "Insurance company"}],
    }
    coverage = {
        "resourceType": "Coverage",
        "id": "coverage",
        "status": "active",
        "type": {"text": plan_kind},
        "subscriberId": member,
        "beneficiary": subject,
        "relationship": {
            "coding": [
                {"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "self"}
            ]
        },
        "payor": [ref("Organization", "payer")],
    }
    given, family, specialty = case["provider"]
    practitioner = {
        "resourceType": "Practitioner",
        "id": "provider",
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi(f"{given} {family}")}],
        "name": [{"family": family, "given": [given]}],
        "qualification": [{"code": {"text": specialty}}],
    }
    tax_id = f"{zlib.crc32(case['organization'].encode()) % 10**9:09d}"  # made up, 9 digits
    practice = {
        "resourceType": "Organization",
        "id": "practice",
        "name": case["organization"],
        "identifier": [
            {"system": "http://hl7.org/fhir/sid/us-npi", "value": npi(case["organization"])},
            {"system": "urn:oid:2.16.840.1.113883.4.4", "value": tax_id},
        ],
        "address": [
            {"line": [f"{100 + int(tax_id[:3])} Main Street"], "city": city, "state": state,
             "postalCode": postal}
        ],
    }
    place_name, place_kind = case["location"]
    location = {
        "resourceType": "Location",
        "id": "location",
        "name": place_name,
        "type": [{"text": place_kind}],
        "managingOrganization": ref("Organization", "practice"),
    }
    refs = {
        "location": ref("Location", "location"),
        "practitioner": ref("Practitioner", "provider"),
        "organization": ref("Organization", "practice"),
    }
    visit = encounter("encounter", case["encounter"], subject, **refs)
    if "hospitalization" in case:
        admitted_from, disposition = case["hospitalization"]
        visit["hospitalization"] = {
            "admitSource": {"text": admitted_from},
            "dischargeDisposition": {"text": disposition},
        }
    this_visit = ref("Encounter", "encounter")
    resources = [patient, payer, coverage, practitioner, practice, location]
    offset = case["encounter"][2][-6:]
    for index, (day, klass, kind, reason, *times) in enumerate(case["past"], start=1):
        start, end = times[0] if times else ("09:00", "09:30")
        period = (f"{day}T{start}:00{offset}", f"{day}T{end}:00{offset}")
        resources.append(encounter(f"past-{index}", (klass, kind, *period, reason), subject, **refs))
    resources.append(visit)
    for index, text in enumerate(case["assessment"], start=1):
        resources.append(
            condition(
                f"dx-{index}",
                text,
                "encounter-diagnosis",
                "active",
                subject,
                encounter=this_visit,
                recordedDate=case["encounter"][2][:10],
            )
        )
    for index, (text, status, onset) in enumerate(case["problems"], start=1):
        resources.append(
            condition(f"problem-{index}", text, "problem-list-item", status, subject, onsetDateTime=onset)
        )
    for index, (text, site) in enumerate(case["procedures"], start=1):
        procedure = {
            "resourceType": "Procedure",
            "id": f"procedure-{index}",
            "status": "completed",
            "code": {"text": text},
            "subject": subject,
            "encounter": this_visit,
            "performedDateTime": case["encounter"][2]
            if case["setting"] != "inpatient"
            else "2026-01-21T10:15:00-08:00",
            "performer": [{"actor": refs["practitioner"]}],
        }
        if site:
            procedure["bodySite"] = [{"text": site}]
        resources.append(procedure)
    for index, row in enumerate(case["observations"], start=1):
        resources.append(observation(case, index, row, subject, this_visit))
    for index, (text, dosage, status) in enumerate(case["medications"], start=1):
        resources.append(
            {
                "resourceType": "MedicationStatement",
                "id": f"medication-{index}",
                "status": status,
                "medicationCodeableConcept": {"text": text},
                "subject": subject,
                "dosage": [{"text": dosage}],
            }
        )
    resources.append(
        {
            "resourceType": "DocumentReference",
            "id": "note",
            "status": "current",
            "type": {"text": case["note_title"]},
            "subject": subject,
            "date": case["encounter"][3],
            "author": [refs["practitioner"]],
            "content": [
                {
                    "attachment": {
                        "contentType": "text/plain; charset=utf-8",
                        "language": "en-US",
                        "data": base64.b64encode(case["note"].encode()).decode("ascii"),
                        "title": case["note_title"],
                    }
                }
            ],
            "context": {"encounter": [this_visit]},
        }
    )
    return {
        "resourceType": "Bundle",
        "id": case["id"],
        "type": "collection",
        "meta": {
            "tag": [{"code": case["setting"], "display": "setting"}],
            "source": f"Medical Coding as a Career, synthetic chart from {case['source']}",
        },
        "timestamp": f"{date(2026, 6, 30).isoformat()}T00:00:00Z",
        "entry": [{"fullUrl": f"{BASE}/{r['resourceType']}/{r['id']}", "resource": r} for r in resources],
    }


def main() -> None:
    """Write every case's Bundle; remove charts of cases that no longer exist."""
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = {f"{case['id']}.json" for case in CASES}
    for old in OUT.glob("*.json"):
        if old.name not in wanted:
            old.unlink()
    for case in CASES:
        text = json.dumps(bundle(case), indent=1, ensure_ascii=False) + "\n"
        (OUT / f"{case['id']}.json").write_text(text, encoding="utf-8")
    print(f"{len(CASES)} charts in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
