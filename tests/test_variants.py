"""Per-student variants: the pick, the banks, the keys, and grading a class that uses them (#23)."""

from __future__ import annotations

import ast
import importlib
import itertools
import pkgutil
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from nbformat.v4 import new_code_cell

import course as course_package
from autograder import identity, notebooks
from autograder.backends import LocalPool
from autograder.course import Course
from autograder.export import needing_attention, read_scores
from autograder.grade import GradeReport, grade
from autograder.report import write_class_report
from autograder.self_check import self_check
from autograder.variant_cases import student_cases
from builders import answer_cell, id_cell, markdown, notebook
from conftest import REPO
from course import icd10cm, variants
from course.variants import Case, Key

sys.path.insert(0, str(REPO / "benchmarks"))
from bench_grading import plain_nbgrader  # noqa: E402

N_IDS = 1000
VARIANT_MODULES = [("13-capstone", "capstone"), ("03-icd-10-cm", "icd10cm")]
COURSE_MODULES = [m.name for m in pkgutil.iter_modules(course_package.__path__)]


def synthetic_ids(n: int = N_IDS) -> list[str]:
    """``n`` logins shaped like a college's: first initial, surname, a number."""
    return [f"{chr(97 + i % 26)}{name}{i}" for i, name in zip(range(n), itertools.cycle(
        ["smith", "garcia", "nguyen", "okafor", "kim", "patel", "novak", "haddad"]), strict=False)]


@pytest.fixture
def small_bank(monkeypatch: pytest.MonkeyPatch) -> str:
    """A five-case bank: C1-C4 in version 1, C2 retired in version 2, C5 added in version 2."""
    cases = (Case("C1", 1, None, "office", "one"), Case("C2", 1, 2, "office", "two"),
             Case("C3", 1, None, "office", "three"), Case("C4", 1, None, "office", "four"),
             Case("C5", 2, None, "office", "five"))
    monkeypatch.setattr(variants, "bank", lambda exercise: cases)
    return "small"


def test_versions_keep_retired_cases_out_and_added_cases_in(small_bank: str) -> None:
    assert variants.current_version(small_bank) == 2
    assert [c.case_id for c in variants.cases(small_bank, 1)] == ["C1", "C2", "C3", "C4"]
    assert [c.case_id for c in variants.cases(small_bank)] == ["C1", "C3", "C4", "C5"]
    for student in synthetic_ids(200):
        assert "C2" not in variants.pick(student, small_bank, k=2)
        assert "C5" not in variants.pick(student, small_bank, k=2, bank_version=1)


def test_an_id_is_read_without_case_or_surrounding_spaces(small_bank: str) -> None:
    assert variants.pick(" JSmith ", small_bank, k=2) == variants.pick("jsmith", small_bank, k=2)
    assert variants.pick("", small_bank, k=2) == variants.pick("  ", small_bank, k=2) == ["C1", "C3"]


def test_a_bank_too_small_for_k_is_an_error(small_bank: str) -> None:
    with pytest.raises(variants.VariantError, match="4 cases, not 5"):
        variants.pick("jsmith", small_bank, k=5)


KEY = Key(codes=("S52.521A", "W01.0XXA|W18.30XA"), optional=("Y92.009",))


@pytest.mark.parametrize("answer", [
    ["S52.521A", "W01.0XXA"], ["s52521a", "W18.30XA"], ["S52.521A", "W01.0XXA", "Y92.009"],
])
def test_grade_case_accepts_every_answer_the_key_allows(answer: list[str]) -> None:
    variants.grade_case("demo", "X-1", answer, KEY)


@pytest.mark.parametrize(("answer", "message"), [
    ("S52.521A", "give a list"),
    (["S52.521"], "cannot go on a claim"),
    (["W01.0XXA", "S52.521A"], "W01.0XXA is not the one to list first"),
    (["S52.521A"], "1 code(s) the note supports are missing"),
    (["S52.521A", "W01.0XXA", "R52"], "the note does not support R52"),
    (["S52.521A", "S52.521A"], "listed twice"),
])
def test_grade_case_rejects_without_giving_the_key_away(answer: object, message: str) -> None:
    with pytest.raises(AssertionError) as caught:
        variants.grade_case("demo", "X-1", answer, KEY)
    text = str(caught.value)
    assert message in text
    assert "W18.30XA" not in text and "Y92.009" not in text


@pytest.mark.parametrize("exercise", variants.EXERCISES)
def test_the_pick_is_fair_over_a_thousand_ids(exercise: str) -> None:
    n = len(variants.cases(exercise))
    picks = [variants.pick(student, exercise) for student in synthetic_ids()]
    assert n >= 30 and all(len(set(p)) == variants.K for p in picks)
    counts = Counter(case for p in picks for case in p)
    fair = N_IDS * variants.K / n
    assert len(counts) == n and max(counts.values()) <= 2 * fair, (max(counts.values()), fair)
    sets = [set(p) for p in picks]
    shared = [len(a & b) for a, b in itertools.combinations(sets, 2)]
    assert sum(shared) / len(shared) <= 1, sum(shared) / len(shared)


PINNED = {
    "capstone": {"jsmith": ["CAP-12", "CAP-21", "CAP-20"], "amara.okafor": ["CAP-24", "CAP-16", "CAP-29"]},
    "icd10cm": {"jsmith": ["DX-09", "DX-21", "DX-01"], "amara.okafor": ["DX-27", "DX-19", "DX-10"]},
}


@pytest.mark.parametrize("exercise", variants.EXERCISES)
def test_a_pinned_id_gets_its_pinned_cases_here_and_in_a_fresh_process(exercise: str) -> None:
    for student, expected in PINNED[exercise].items():
        assert variants.pick(student, exercise, bank_version=1) == expected
        code = (f"from course import variants; print(variants.pick({student!r}, {exercise!r}, "
                "bank_version=1))")
        fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert ast.literal_eval(fresh.stdout.strip()) == expected


def _id_notebook(source: str) -> notebooks.NotebookNode:
    return notebook(id_cell(source), markdown("text"))


@pytest.mark.parametrize(("source", "expected"), [
    ('MY_ID = "jsmith"', "jsmith"), ('# a comment\nMY_ID = " JSmith "\n', "JSmith"), ('MY_ID = ""', ""),
    ("# YOUR CODE HERE\nraise NotImplementedError()", ""), ('MY_ID = "jsmith', ""), ("MY_ID = 42", ""),
])
def test_the_id_a_notebook_carries(source: str, expected: str) -> None:
    assert identity.notebook_id(_id_notebook(source)) == expected


def test_a_notebook_without_an_id_cell_carries_none() -> None:
    assert identity.notebook_id(notebook(answer_cell("code", 'code = "I10"'))) is None


def test_an_id_matches_its_folder_or_the_login_on_record() -> None:
    logins = {"smith-john": {"smith-john", "jsmith"}}
    assert identity.mismatch("smith-john", "JSmith", logins) == ""
    assert identity.mismatch("jsmith", "jsmith", {}) == ""
    assert identity.mismatch("jsmith", "", {}) == ""  # the practice set: its tests say why they fail
    why = identity.mismatch("bob", "alice", logins)
    assert why.startswith("this notebook's ID is alice; it was submitted by bob.")
    assert "--lms-user-id=alice" in why


CAPSTONE = "13-capstone"
SIGNED = ["amara.okafor", "ben.carter", "chloe.nguyen"]
COPIER, PRACTICE, UNTOUCHED, SWAPPER = "hana.sato", "practice.only", "untouched", "sly.fox"


def _hand_in(course: Course, folder: Path) -> None:
    """Three students sign the solved notebook with their own IDs; one hands in the first one's."""
    source = course.notebook_path(CAPSTONE)
    for student, my_id in [*zip(SIGNED, SIGNED, strict=True), (COPIER, SIGNED[0]), (PRACTICE, "")]:
        nb = notebooks.read(source)
        notebooks.answer_cells(nb)[identity.MY_ID_CELL].source = f'MY_ID = "{my_id}"\n'
        notebooks.write(nb, folder / student / f"{CAPSTONE}.ipynb")
    nb = notebooks.read(source)  # signs with their own ID, then sets a classmate's in a cell of their own
    cell = notebooks.answer_cells(nb)[identity.MY_ID_CELL]
    cell.source = f'MY_ID = "{SWAPPER}"\n'
    nb.cells.insert(nb.cells.index(cell) + 1, new_code_cell(f'MY_ID = "{SIGNED[1]}"'))
    notebooks.write(nb, folder / SWAPPER / f"{CAPSTONE}.ipynb")
    (folder / UNTOUCHED).mkdir(parents=True)
    shutil.copy(course.notebook_path(CAPSTONE, "release"), folder / UNTOUCHED / f"{CAPSTONE}.ipynb")


@pytest.fixture(scope="module")
def variant_class(tmp_path_factory: pytest.TempPathFactory,
                  pool: LocalPool) -> tuple[Course, Path, GradeReport]:
    """The capstone handed in by the class above and graded by ``mcc grade``."""
    work = tmp_path_factory.mktemp("variants")
    course = Course.at(REPO, work / "ws")
    _hand_in(course, work / "class")
    return course, work, grade(course, CAPSTONE, work / "class", backend=pool, progress=False)


def _variant_points(course: Course) -> float:
    nb = notebooks.read(course.notebook_path(CAPSTONE))
    return sum(p for gid, p in notebooks.points(nb).items() if gid.startswith("test_capstone_case"))


def test_each_signed_notebook_gets_its_own_cases_and_every_point(variant_class) -> None:
    course, _, report = variant_class
    for student in SIGNED:
        score = report.scores[student]
        assert score.code_score == score.max_code_score > 0, (student, score)
    cases = student_cases(course, CAPSTONE)
    picked = {s: list(cases[cases.student == s].case) for s in SIGNED}
    assert picked == {s: variants.pick(s, "capstone", bank_version=1) for s in SIGNED}
    assert len({tuple(p) for p in picked.values()}) == 3


def test_the_release_scores_zero_and_the_practice_set_earns_no_variant_points(variant_class) -> None:
    course, _, report = variant_class
    assert report.scores[UNTOUCHED].code_score == 0
    practice = report.scores[PRACTICE]
    assert practice.code_score == practice.max_code_score - _variant_points(course)


def test_a_classmates_notebook_is_flagged_with_its_score_kept(variant_class) -> None:
    course, _, report = variant_class
    reasons = {p.student: p.reason for p in report.problems}
    assert set(reasons) == {COPIER, SWAPPER}
    assert f"this notebook's ID is {SIGNED[0]}; it was submitted by {COPIER}" in reasons[COPIER]
    assert f"this notebook's ID is {SIGNED[1]}" in reasons[SWAPPER], reasons[SWAPPER]
    kept = read_scores(course, CAPSTONE)
    assert kept[COPIER].code_score == kept[SIGNED[0]].code_score == kept[SIGNED[0]].max_code_score
    assert reasons[COPIER].startswith(f"graded ({kept[COPIER].score:g} of {kept[COPIER].max_score:g} points")
    assert COPIER in needing_attention(course, CAPSTONE)


def test_feedback_shows_the_students_cases_and_no_key(variant_class) -> None:
    course, _, _ = variant_class
    page = (course.workspace / "feedback" / SIGNED[1] / CAPSTONE / f"{CAPSTONE}.html").read_text()
    assert all(case in page for case in variants.pick(SIGNED[1], "capstone", bank_version=1))
    assert "Key(" not in page and "_KEYS" not in page


def test_plain_nbgrader_gives_the_same_scores(variant_class) -> None:
    course, work, _ = variant_class
    _, plain = plain_nbgrader(course, {CAPSTONE: work / "class"}, work / "plain")
    ours = {s: score.code_score for s, score in read_scores(course, CAPSTONE).items()}
    assert plain[CAPSTONE] == ours and len(ours) == 7


def test_grading_again_gives_the_same_scores_and_cases(variant_class, pool: LocalPool) -> None:
    course, work, first = variant_class
    cases = student_cases(course, CAPSTONE)
    scores = read_scores(course, CAPSTONE)
    again = grade(course, CAPSTONE, work / "class", backend=pool, progress=False, force=True)
    assert sorted(again.regraded) == sorted(scores)
    assert read_scores(course, CAPSTONE) == scores
    assert student_cases(course, CAPSTONE).equals(cases)
    assert [p.reason for p in again.problems] == [p.reason for p in first.problems]


def test_the_class_report_shows_how_each_case_went(variant_class) -> None:
    course, _, _ = variant_class
    page = write_class_report(course, [CAPSTONE]).read_text()
    assert "Variant cases" in page
    assert all(case in page for s in SIGNED for case in variants.pick(s, "capstone", bank_version=1))


def test_a_login_on_record_clears_the_flag_without_a_regrade(variant_class, pool: LocalPool) -> None:
    from nbgrader.api import Gradebook

    course, work, _ = variant_class
    with Gradebook(course.gradebook_url) as gb:  # as `nbgrader db student add hana.sato --lms-user-id=...`
        gb.update_or_create_student(COPIER, lms_user_id=SIGNED[0])
    again = grade(course, CAPSTONE, work / "class", backend=pool, progress=False)
    assert [p.student for p in again.problems] == [SWAPPER] and again.regraded == {}
    assert again.scores[COPIER].code_score == again.scores[COPIER].max_code_score


def test_a_self_learner_checks_a_variant_notebook_under_its_own_id(tmp_path: Path) -> None:
    nb = notebooks.read(Course.at(REPO).notebook_path(CAPSTONE))
    notebooks.answer_cells(nb)[identity.MY_ID_CELL].source = 'MY_ID = "Self.Learner"\n'
    notebooks.write(nb, tmp_path / "mine.ipynb")
    result = self_check(Course.at(REPO), tmp_path / "mine.ipynb")
    assert result.problem == "" and result.score == result.max_score > 0
    assert all(case in result.feedback.read_text() for case in variants.pick("self.learner", "capstone"))


def _exercise_keys(module: str, exercise: str) -> tuple[dict, dict]:
    """The source notebook's hidden keys and its solution's answers, by case id."""
    nb = notebooks.read(Course.at(REPO).notebook_path(module))
    hidden = re.findall(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS",
                        notebooks.test_cells(nb)[f"test_{exercise}_case1"].source, re.S)
    namespace = {name: importlib.import_module(f"course.{name}") for name in COURSE_MODULES}
    exec(hidden[0], namespace)  # noqa: S102 (the course's own hidden test)
    keys = next(v for k, v in namespace.items() if k.startswith("_KEYS"))
    solution = notebooks.solution_text(notebooks.answer_cells(nb)[f"ex_{exercise}_cases"].source)
    exec(solution.split("\ncase_a")[0], namespace)  # noqa: S102 (the course's own solution)
    return keys, namespace["_ANSWERS"]


@pytest.mark.parametrize(("module", "exercise"), VARIANT_MODULES)
def test_every_case_has_a_valid_key_that_the_solution_meets(module: str, exercise: str) -> None:
    keys, answers = _exercise_keys(module, exercise)
    bank_ids = [c.case_id for c in variants.cases(exercise, 1)]
    assert sorted(keys) == sorted(answers) == sorted(bank_ids)
    for case_id, key in keys.items():
        for code in {c for entry in key.codes for c in entry.split("|")} | set(key.first) | set(key.optional):
            assert icd10cm.validate(code).code == code, (case_id, code)
        variants.grade_case(exercise, case_id, answers[case_id], key)


@pytest.mark.parametrize(("module", "exercise"), VARIANT_MODULES)
def test_keys_never_reach_the_release_or_the_installed_package(module: str, exercise: str) -> None:
    keys, _ = _exercise_keys(module, exercise)
    files = [p for p in [*(REPO / "release" / module).rglob("*"), *Path(variants.__file__).parent.rglob("*")]
             if p.is_file() and p.suffix != ".gz" and "__pycache__" not in p.parts]
    texts = {p: p.read_text(errors="ignore") for p in files}
    assert any(p.suffix == ".ipynb" for p in texts) and any(p.suffix == ".csv" for p in texts)
    for path, text in texts.items():
        assert "_KEYS" not in text and "variants.Key(" not in text, path
        for case_id, key in keys.items():
            listed = ", ".join(f'"{c}"' for c in key.codes)
            spelled = {repr(key.codes), f"({listed},)" if len(key.codes) == 1 else f"({listed})"}
            assert not any(form in text for form in spelled), (path, case_id)
