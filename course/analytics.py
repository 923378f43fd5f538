"""Codes in analytics: the Charlson comorbidity index and seeded synthetic encounter and E/M data.

Charlson comorbidity index: Charlson's original index had 19 conditions (Charlson ME, Pompei P,
Ales KL, MacKenzie CR, *Journal of Chronic Diseases* 40(5):373-383, 1987); Deyo, Cherkin and Ciol
adapted it to administrative codes with 17, leukemia and lymphoma folded into any malignancy
(*Journal of Clinical Epidemiology* 45(6):613-619, 1992). The 17 conditions and their ICD-10
codes here follow Quan H, Sundararajan V, Halfon P, et al., "Coding algorithms for defining
comorbidities in ICD-9-CM and ICD-10 administrative data", *Medical Care* 43(11):1130-1139
(2005), table 1 (the ICD-10 column); the weights are Charlson's original ones. A code counts
for a condition when its undotted form starts with one of the condition's prefixes. Quan mapped
WHO ICD-10; a few prefixes (F00, E14, C97) have no ICD-10-CM code and never match, as expected.
When a mild and a severe form of the same disease are both present, only the severe one counts
(diabetes, liver disease, cancer), the usual convention.

The encounter and E/M datasets are **synthetic**: made by this module from a fixed seed, with no
real patients and no real rates.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

SOURCE = ("Quan et al., Medical Care 2005 (ICD-10 coding algorithm); Deyo et al., J Clin Epidemiol "
          "1992 (the 17 conditions); Charlson et al., J Chronic Dis 1987 (weights)")


def _r(prefix: str, first: int, last: int) -> tuple[str, ...]:
    return tuple(f"{prefix}{n}" for n in range(first, last + 1))


CHARLSON: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("myocardial infarction", 1, ("I21", "I22", "I252")),
    ("congestive heart failure", 1, ("I099", "I110", "I130", "I132", "I255", "I420", "I425",
                                     "I426", "I427", "I428", "I429", "I43", "I50", "P290")),
    ("peripheral vascular disease", 1, ("I70", "I71", "I731", "I738", "I739", "I771", "I790",
                                        "I792", "K551", "K558", "K559", "Z958", "Z959")),
    ("cerebrovascular disease", 1, ("G45", "G46", "H340", *_r("I6", 0, 9))),
    ("dementia", 1, ("F00", "F01", "F02", "F03", "F051", "G30", "G311")),
    ("chronic pulmonary disease", 1, ("I278", "I279", *_r("J4", 0, 7), *_r("J6", 0, 7), "J684",
                                      "J701", "J703")),
    ("rheumatic disease", 1, ("M05", "M06", "M315", "M32", "M33", "M34", "M351", "M353", "M360")),
    ("peptic ulcer disease", 1, ("K25", "K26", "K27", "K28")),
    ("mild liver disease", 1, ("B18", "K700", "K701", "K702", "K703", "K709", "K713", "K714",
                               "K715", "K717", "K73", "K74", "K760", "K762", "K763", "K764",
                               "K768", "K769", "Z944")),
    ("diabetes without chronic complication", 1,
     tuple(f"E1{t}{d}" for t in "01234" for d in "01689")),
    ("diabetes with chronic complication", 2, tuple(f"E1{t}{d}" for t in "01234" for d in "23457")),
    ("hemiplegia or paraplegia", 2, ("G041", "G114", "G801", "G802", "G81", "G82", "G830",
                                     "G831", "G832", "G833", "G834", "G839")),
    ("renal disease", 2, ("I120", "I131", *_r("N03", 2, 7), *_r("N05", 2, 7), "N18", "N19",
                          "N250", "Z490", "Z491", "Z492", "Z940", "Z992")),
    ("any malignancy", 2, (*(f"C{n:02d}" for n in range(0, 27)), *_r("C3", 0, 4),
                           "C37", "C38", "C39", "C40", "C41", "C43", *_r("C4", 5, 9),
                           *_r("C5", 0, 8), *_r("C6", 0, 9), *_r("C7", 0, 6), *_r("C8", 1, 5),
                           "C88", *_r("C9", 0, 7))),
    ("moderate or severe liver disease", 3, ("I850", "I859", "I864", "I982", "K704", "K711",
                                             "K721", "K729", "K765", "K766", "K767")),
    ("metastatic solid tumor", 6, ("C77", "C78", "C79", "C80")),
    ("AIDS/HIV", 6, ("B20", "B21", "B22", "B24")),
)
"""(condition, Charlson weight, ICD-10 prefixes without dots) in the order of Quan 2005."""

HIERARCHY: tuple[tuple[str, str], ...] = (
    ("diabetes with chronic complication", "diabetes without chronic complication"),
    ("moderate or severe liver disease", "mild liver disease"),
    ("metastatic solid tumor", "any malignancy"),
)
"""(severe, mild): when both are present only the severe condition counts."""

EM_LEVELS: tuple[str, ...] = ("99211", "99212", "99213", "99214", "99215")
"""Established-patient office visit codes (CPT code numbers only)."""

EM_BENCHMARK: dict[str, float] = {"99211": 0.04, "99212": 0.11, "99213": 0.44, "99214": 0.36,
                                  "99215": 0.05}
"""An **illustrative** benchmark distribution of established office visit levels, made up by
the course (2026) for practice; not CMS data. A real audit compares with the CMS Medicare Part B
utilization data for the provider's specialty and year."""


class AnalyticsError(ValueError):
    """A bad argument to an analytics function."""


def _undotted(code: str) -> str:
    return str(code).strip().upper().replace(".", "")


def charlson_table() -> pd.DataFrame:
    """The Charlson conditions: condition, weight, prefixes (comma-separated, undotted)."""
    import pandas as pd

    return pd.DataFrame([(name, weight, ", ".join(prefixes)) for name, weight, prefixes in CHARLSON],
                        columns=["condition", "weight", "prefixes"])


def charlson_conditions(codes: Iterable[str]) -> set[str]:
    """The Charlson conditions that any of ``codes`` (ICD-10-CM, dotted or not) falls in."""
    if isinstance(codes, str):
        raise AnalyticsError("Pass a list of codes, not one string: ['E11.22', 'N18.30'].")
    found = set()
    for code in map(_undotted, codes):
        for name, _, prefixes in CHARLSON:
            if code.startswith(prefixes):
                found.add(name)
    return found


def charlson_index(codes: Iterable[str]) -> int:
    """The Charlson comorbidity index of one patient's codes (weights summed, hierarchy applied)."""
    found = charlson_conditions(codes)
    for severe, mild in HIERARCHY:
        if severe in found:
            found.discard(mild)
    weights = {name: weight for name, weight, _ in CHARLSON}
    return sum(weights[name] for name in found)


# ---------------------------------------------------------------------------------------------
# Synthetic encounters

_ACUTE = ("J06.9", "J02.9", "N39.0", "A09", "R51.9", "R10.9", "H66.90", "L03.115", "S52.521A",
          "S93.401A", "T78.40XA", "M54.50", "H52.4", "K52.9", "R05.9", "Z00.00", "Z23", "B34.9",
          "F41.1", "F32.A", "D64.9", "E78.5", "I10", "K21.9", "G43.909", "O80")
_CHRONIC = (  # code, chance per patient at age 40 (grows with age)
    ("E11.9", 0.10), ("E11.22", 0.03), ("N18.30", 0.04), ("I50.9", 0.03), ("J44.9", 0.05),
    ("J45.909", 0.06), ("I25.10", 0.05), ("I25.2", 0.02), ("I63.9", 0.01), ("F03.90", 0.01),
    ("G30.9", 0.01), ("M06.9", 0.02), ("K25.9", 0.01), ("K70.30", 0.01), ("K74.60", 0.01),
    ("B18.2", 0.01), ("C50.911", 0.01), ("C34.90", 0.01), ("C78.00", 0.005), ("B20", 0.004),
    ("G81.90", 0.004), ("I73.9", 0.02), ("Z99.2", 0.005),
)

_ELDERLY = frozenset({"G30.9", "F03.90"})  # dementia codes only from age 65 in this dataset


def synthetic_encounters(n_patients: int = 1500, seed: int = 2026) -> pd.DataFrame:
    """A seeded, **synthetic** encounter set, one row per encounter diagnosis.

    Columns: patient_id, encounter_id, age, sex ("F" or "M"), position (1 = first-listed),
    icd10cm (dotted). Chronic conditions grow likelier with age; made-up rates, not prevalence.
    """
    import pandas as pd

    if n_patients < 1:
        raise AnalyticsError("n_patients must be at least 1.")
    rng = random.Random(seed)
    rows = []
    encounter = 0
    for number in range(1, n_patients + 1):
        age = min(95, int(rng.triangular(18, 95, 62)))
        sex = rng.choice("FM")
        factor = 0.5 + age / 40
        chronic = [c for c, p in _CHRONIC if rng.random() < p * factor and (age >= 65 or c not in _ELDERLY)]
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
            encounter += 1
            acute = [c for c in rng.sample(_ACUTE, 2) if _fits(c, sex, age)][:1]
            codes = list(dict.fromkeys(acute + rng.sample(chronic, min(len(chronic), 3))))
            if not codes:
                codes = ["Z00.00"]
            for position, code in enumerate(codes, start=1):
                rows.append((f"P{number:05d}", f"E{encounter:06d}", age, sex, position, code))
    return pd.DataFrame(rows, columns=["patient_id", "encounter_id", "age", "sex", "position",
                                       "icd10cm"])


def _fits(code: str, sex: str, age: int) -> bool:
    return code != "O80" or (sex == "F" and age < 45)


# ---------------------------------------------------------------------------------------------
# Synthetic E/M visits

_PROVIDER_MIX: dict[str, tuple[float, ...]] = {
    "PRV1": (0.04, 0.12, 0.45, 0.34, 0.05),
    "PRV2": (0.03, 0.10, 0.43, 0.38, 0.06),
    "PRV3": (0.02, 0.05, 0.25, 0.43, 0.25),
    "PRV4": (0.05, 0.12, 0.42, 0.36, 0.05),
    "PRV5": (0.10, 0.30, 0.45, 0.13, 0.02),
    "PRV6": (0.04, 0.10, 0.40, 0.39, 0.07),
}


def synthetic_em_visits(seed: int = 2026) -> pd.DataFrame:
    """A seeded, **synthetic** set of established office visits: provider, visit_id, cpt.

    Six providers with 150 to 400 visits each; their level mixes are made up for an audit
    exercise (one codes high levels far more often than the others, one far less).
    """
    import pandas as pd

    rng = random.Random(seed)
    rows = []
    for provider, mix in _PROVIDER_MIX.items():
        for _ in range(rng.randint(150, 400)):
            rows.append((provider, rng.choices(EM_LEVELS, weights=mix)[0]))
    frame = pd.DataFrame(rows, columns=["provider", "cpt"])
    frame.insert(1, "visit_id", [f"V{n:05d}" for n in range(1, len(frame) + 1)])
    return frame
