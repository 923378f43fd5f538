"""The library that the course notebooks import.

Code sets load lazily on first use, so ``import course`` stays fast:

- ``course.icd10cm``: ICD-10-CM, CDC tabular April 1, 2026 release (FY2026), from
  ``simple-icd-10-cm`` 1.5.0.
"""

__version__ = "0.1.0"
