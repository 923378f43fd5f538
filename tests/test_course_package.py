"""The package itself: a fast import, and preload warms what the notebooks use."""

from __future__ import annotations

import subprocess
import sys

import course


def test_import_course_loads_no_code_set() -> None:
    code = "import sys, course; print('pandas' in sys.modules, 'simple_icd_10_cm' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_preload_builds_the_caches_notebooks_hit_first() -> None:
    from course import books, encoder, fee_schedule, hcpcs, icd10cm, index, versions

    course.preload()
    assert icd10cm._codes_frame.cache_info().currsize == 1
    assert encoder._index.cache_info().currsize == 1
    assert books.entries.cache_info().currsize == len(books.BOOKS)
    assert index._all_named.cache_info().currsize == 1
    assert index._pcs_rows.cache_info().currsize == 1
    assert fee_schedule._rvus.cache_info().currsize == fee_schedule._localities.cache_info().currsize == 1
    assert hcpcs._table.cache_info().currsize == hcpcs._modifiers.cache_info().currsize == 1
    assert versions._code_list.cache_info().currsize == len(versions.FISCAL_YEARS)
    assert versions._code_sets.cache_info().currsize == 1
