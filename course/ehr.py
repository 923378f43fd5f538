"""The course's charts: synthetic FHIR R4 records a coder reads before coding a visit.

``data/ehr/<case>.json`` holds one FHIR R4 Bundle per case (written by
``scripts/build_ehr.py`` from the course's own cases; data card ``data/ehr.md``). The people,
practices and payers are made up. Conditions and procedures are the provider's words, never
codes: coding them is the student's work. A chart view gives what a coder looks at::

    ehr.cases()                      # the charts: case id, setting, patient, date
    ehr.timeline("uti-office")       # the patient's encounters, oldest first
    print(ehr.note("uti-office"))    # the provider's note
    ehr.observations("uti-office")   # vital signs, lab results and scores, with their flags
    ehr.problem_list("uti-office")   # ehr.medications(...), ehr.procedures(...), ehr.visit(...)

Standard library and pandas only; nothing leaves the machine. ``python -m course.ehr
--example-837p`` prints the X12 837P of the worked example of module 7b.
"""

from __future__ import annotations

import argparse
import base64
import json
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from course.claims import Claim

EXAMPLE = "knee-injection"
"""The case of module 7b's worked example."""


class ChartNotFoundError(LookupError):
    """No chart has this case id."""


def _folder():  # noqa: ANN202 - an importlib Traversable
    return resources.files("course") / "data" / "ehr"


@cache
def _text(case_id: str) -> str:
    path = _folder() / f"{case_id}.json"
    if not path.is_file():
        raise ChartNotFoundError(f"No chart {case_id!r}. The charts are: {', '.join(case_ids())}.")
    return path.read_text(encoding="utf-8")


def case_ids() -> list[str]:
    """Every chart's case id, in alphabetical order (as ``cases()`` lists them)."""
    return sorted(p.name.removesuffix(".json") for p in _folder().iterdir() if p.name.endswith(".json"))


def load(case_id: str) -> dict:
    """The chart of ``case_id``: its FHIR Bundle as a dict (a fresh copy each call)."""
    return json.loads(_text(case_id))


def resources_of(bundle: dict, kind: str) -> list[dict]:
    """The resources of type ``kind`` ("Observation", ...) in ``bundle``, in the Bundle's order."""
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def resolve(bundle: dict, reference: dict) -> dict:
    """The resource a reference such as ``{"reference": "Patient/patient"}`` points to."""
    kind, _, ident = reference["reference"].partition("/")
    for resource in resources_of(bundle, kind):
        if resource["id"] == ident:
            return resource
    raise KeyError(f"{reference['reference']} is not in Bundle {bundle['id']}")


def _one(bundle: dict, kind: str, ident: str) -> dict:
    return resolve(bundle, {"reference": f"{kind}/{ident}"})


def _name(resource: dict) -> str:
    name = resource["name"][0]
    return " ".join([*name.get("given", []), name["family"]])


def _age(born: str, on: str) -> int:
    birth, day = date.fromisoformat(born), date.fromisoformat(on[:10])
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def visit(case_id: str) -> dict:
    """The encounter to code: who, where, when, how, and who pays (a dict of short strings)."""
    bundle = load(case_id)
    encounter = _one(bundle, "Encounter", "encounter")
    patient = _one(bundle, "Patient", "patient")
    location = resolve(bundle, encounter["location"][0]["location"])
    coverage = resources_of(bundle, "Coverage")[0]
    provider = resolve(bundle, encounter["participant"][0]["individual"])
    stay = encounter.get("hospitalization", {})
    return {
        "case_id": case_id,
        "setting": bundle["meta"]["tag"][0]["code"],
        "patient": _name(patient),
        "sex": patient["gender"],
        "birth_date": patient["birthDate"],
        "age": _age(patient["birthDate"], encounter["period"]["start"]),
        "class": encounter["class"]["display"],
        "type": encounter["type"][0]["text"],
        "reason": encounter["reasonCode"][0]["text"],
        "start": encounter["period"]["start"],
        "end": encounter["period"]["end"],
        "location": location["name"],
        "location_type": location["type"][0]["text"],
        "provider": _name(provider),
        "specialty": provider["qualification"][0]["code"]["text"],
        "practice": resolve(bundle, encounter["serviceProvider"])["name"],
        "payer": resolve(bundle, coverage["payor"][0])["name"],
        "plan_type": coverage["type"]["text"],
        "member_id": coverage["subscriberId"],
        "admitted_from": stay.get("admitSource", {}).get("text", ""),
        "discharged_to": stay.get("dischargeDisposition", {}).get("text", ""),
    }


def cases() -> pd.DataFrame:
    """One row per chart: case_id, setting, patient, age, sex, date, location_type, plan_type."""
    import pandas as pd

    columns = ["case_id", "setting", "patient", "age", "sex", "location_type", "plan_type"]
    rows = []
    for case_id in case_ids():
        row = visit(case_id)
        rows.append({**{c: row[c] for c in columns}, "date": row["start"][:10]})
    return pd.DataFrame(rows)[columns[:5] + ["date"] + columns[5:]]


def timeline(case_id: str) -> pd.DataFrame:
    """The patient's encounters, oldest first: start, end, class, type, reason, to_code.

    ``to_code`` is True on the encounter the note documents, the one to code.
    """
    import pandas as pd

    rows = [{"start": e["period"]["start"][:16].replace("T", " "),
             "end": e["period"]["end"][:16].replace("T", " "),
             "class": e["class"]["display"], "type": e["type"][0]["text"],
             "reason": e["reasonCode"][0]["text"], "to_code": e["id"] == "encounter"}
            for e in resources_of(load(case_id), "Encounter")]
    return pd.DataFrame(rows).sort_values("start", ignore_index=True)


def note(case_id: str) -> str:
    """The provider's note of the encounter to code, decoded from its DocumentReference."""
    document = resources_of(load(case_id), "DocumentReference")[0]
    attachment = document["content"][0]["attachment"]
    return f"{attachment['title']}\n\n" + base64.b64decode(attachment["data"]).decode("utf-8")


def _value(observation: dict) -> tuple[object, str]:
    if "valueQuantity" in observation:
        quantity = observation["valueQuantity"]
        return quantity["value"], quantity["unit"]
    return observation["valueString"], ""


def _range(observation: dict) -> str:
    if "referenceRange" not in observation:
        return ""
    bounds = observation["referenceRange"][0]
    low, high = bounds.get("low", {}).get("value"), bounds.get("high", {}).get("value")
    if low is not None and high is not None:
        return f"{low}-{high}"
    return f">= {low}" if low is not None else f"<= {high}"


def observations(case_id: str) -> pd.DataFrame:
    """Vital signs, lab results and scores, newest first.

    Columns: date, category (vital-signs, laboratory, survey), name, value, unit, range (the
    reference range), flag (High, Low, Normal, Positive, Negative; empty when none), loinc.
    """
    import pandas as pd

    rows = []
    for obs in resources_of(load(case_id), "Observation"):
        value, unit = _value(obs)
        flag = obs.get("interpretation", [{"coding": [{"display": ""}]}])[0]["coding"][0]["display"]
        rows.append({"date": obs["effectiveDateTime"][:10],
                     "category": obs["category"][0]["coding"][0]["code"], "name": obs["code"]["text"],
                     "value": value, "unit": unit, "range": _range(obs),
                     "flag": flag, "loinc": obs["code"]["coding"][0]["code"]})
    columns = ["date", "category", "name", "value", "unit", "range", "flag", "loinc"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values("date", ascending=False, kind="stable", ignore_index=True)


def _conditions(case_id: str, category: str) -> list[dict]:
    return [c for c in resources_of(load(case_id), "Condition")
            if c["category"][0]["coding"][0]["code"] == category]


def problem_list(case_id: str) -> pd.DataFrame:
    """The problem list: problem (the words, no code), status (active or resolved), onset."""
    import pandas as pd

    rows = [{"problem": c["code"]["text"], "status": c["clinicalStatus"]["coding"][0]["code"],
             "onset": c.get("onsetDateTime", "")} for c in _conditions(case_id, "problem-list-item")]
    return pd.DataFrame(rows, columns=["problem", "status", "onset"])


def diagnoses(case_id: str) -> list[str]:
    """The diagnoses the provider listed for the encounter to code, in the provider's words."""
    return [c["code"]["text"] for c in _conditions(case_id, "encounter-diagnosis")]


def procedures(case_id: str) -> pd.DataFrame:
    """The procedures of the encounter to code: procedure (the words), body_site, date."""
    import pandas as pd

    rows = [{"procedure": p["code"]["text"], "body_site": p.get("bodySite", [{"text": ""}])[0]["text"],
             "date": p["performedDateTime"][:10]} for p in resources_of(load(case_id), "Procedure")]
    return pd.DataFrame(rows, columns=["procedure", "body_site", "date"])


def medications(case_id: str) -> pd.DataFrame:
    """The medication list: medication, dosage, status."""
    import pandas as pd

    rows = [{"medication": m["medicationCodeableConcept"]["text"], "dosage": m["dosage"][0]["text"],
             "status": m["status"]} for m in resources_of(load(case_id), "MedicationStatement")]
    return pd.DataFrame(rows, columns=["medication", "dosage", "status"])


def summary(case_id: str) -> str:
    """A few lines that head the chart: patient, visit, place, provider, payer."""
    v = visit(case_id)
    lines = [f"{v['patient']}, {v['age']}-year-old {v['sex']} | {v['payer']} ({v['plan_type']}), "
             f"member {v['member_id']}",
             f"{v['type']} ({v['class']}), {v['start'][:16].replace('T', ' ')} to "
             f"{v['end'][:16].replace('T', ' ')}",
             f"Where: {v['location']} ({v['location_type']}) | Provider: {v['provider']}, {v['specialty']}",
             f"Reason: {v['reason']}"]
    if v["admitted_from"]:
        lines.append(f"Admitted from: {v['admitted_from']} | Discharged to: {v['discharged_to']}")
    return "\n".join(lines)


def parties(case_id: str) -> dict:
    """What a claim needs besides the codes: patient, subscriber, payer, billing and rendering provider."""
    bundle = load(case_id)
    patient, practice = _one(bundle, "Patient", "patient"), _one(bundle, "Organization", "practice")
    provider, coverage = _one(bundle, "Practitioner", "provider"), resources_of(bundle, "Coverage")[0]
    ids = {i["system"]: i["value"] for i in practice["identifier"]}
    return {
        "patient": {"family": patient["name"][0]["family"], "given": patient["name"][0]["given"][0],
                    "birth_date": patient["birthDate"], "sex": patient["gender"],
                    "address": patient["address"][0]},
        "member_id": coverage["subscriberId"], "plan_type": coverage["type"]["text"],
        "payer": resolve(bundle, coverage["payor"][0])["name"],
        "practice": {"name": practice["name"], "npi": ids["http://hl7.org/fhir/sid/us-npi"],
                     "tax_id": ids["urn:oid:2.16.840.1.113883.4.4"], "address": practice["address"][0]},
        "provider": {"family": provider["name"][0]["family"], "given": provider["name"][0]["given"][0],
                     "npi": provider["identifier"][0]["value"]},
        "date_of_service": _one(bundle, "Encounter", "encounter")["period"]["start"][:10],
    }


def example_claim() -> Claim:
    """The claim of module 7b's worked example (the knee-injection chart), as the module builds it."""
    from course.claims import Claim, ServiceLine

    return Claim(
        diagnoses=("E11.65", "I10", "M17.11", "Z79.84"),
        lines=(
            ServiceLine("99214", pointers="ABD", modifiers=("25",), charge=185.0, place="11",
                        date="2026-03-10"),
            ServiceLine("20610", pointers="C", modifiers=("RT",), charge=140.0, place="11",
                        date="2026-03-10"),
            ServiceLine("J3301", pointers="C", units=4, charge=16.0, place="11", date="2026-03-10"),
        ),
        payer="Medicare",
        claim_id="KNEE0310",
    )


def main(argv: list[str] | None = None) -> None:
    """``python -m course.ehr``: list the charts, or print one chart or the worked example's 837P."""
    parser = argparse.ArgumentParser(prog="python -m course.ehr", description=main.__doc__)
    parser.add_argument("case_id", nargs="?", help="print this chart's summary, note and results")
    parser.add_argument("--example-837p", action="store_true",
                        help="print the X12 837P of module 7b's worked example")
    args = parser.parse_args(argv)
    if args.example_837p:
        from course import claims

        print(claims.to_837p(example_claim(), EXAMPLE), end="")
    elif args.case_id:
        print(summary(args.case_id), "", note(args.case_id), "", observations(args.case_id).to_string(),
              sep="\n")
    else:
        print(cases().to_string(index=False))


if __name__ == "__main__":
    main()
