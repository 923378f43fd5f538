"""The class report: score distributions, how each exercise went, the attention list.

One self-contained HTML page (figures embedded as PNG) at ``reports/class-report.html``.
Module scores are the final ones of each grades.csv (after any late penalty). For each
exercise, one chart and table per module: the mean share of its points that students earned,
and how well it separates strong from weak students (the correlation between the exercise's
score and the rest of the module, the corrected item-total correlation; near 0 or negative:
it does not). An exercise graded by hand says "not graded yet" until someone grades it.
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from autograder.course import Course

if TYPE_CHECKING:
    from nbgrader.api import Grade
from autograder.export import final_scores, needing_attention, ungraded
from autograder.variant_cases import case_statistics, student_cases


def cell_scores(course: Course, assignments: list[str]) -> pd.DataFrame:
    """One row per student, module and graded cell: score and max_score (graded work only)."""
    from nbgrader.api import Gradebook

    rows = []
    with Gradebook(course.gradebook_url) as gb:
        for assignment in assignments:
            attention = needing_attention(course, assignment)
            for sub in gb.assignment_submissions(assignment):
                if sub.student.id in attention:
                    continue
                for nb in sub.notebooks:
                    rows += [(assignment, sub.student.id, g.name, _score(g), float(g.max_score))
                             for g in nb.grades]
    return pd.DataFrame(rows, columns=["assignment", "student", "cell", "score", "max_score"])


def _score(grade: Grade) -> float:
    """The cell's score, or NaN when nobody has graded it yet (a written answer)."""
    if ungraded(grade):
        return float("nan")
    return float(grade.score)


SHARE = "share of points earned"
SEPARATES = "separates strong from weak (r)"


def exercise_statistics(scores: pd.DataFrame) -> pd.DataFrame:
    """How much of each exercise's points students earned, and how well it separates them.

    Ungraded cells (written answers before grading by hand) are left out; an exercise nobody
    has graded yet says so in ``status``.
    """
    rows = []
    for (assignment, cell), group in scores.groupby(["assignment", "cell"], sort=True):
        graded = group.dropna(subset=["score"])
        totals = scores[scores.assignment == assignment].groupby("student")["score"].sum()
        item = graded.set_index("student")["score"]
        rest = totals.loc[item.index] - item
        usable = item.nunique() > 1 and rest.nunique() > 1
        rows.append({
            "assignment": assignment, "exercise": cell, "students": len(group), "graded": len(graded),
            SHARE: float((graded.score / graded.max_score).mean()) if len(graded) else float("nan"),
            SEPARATES: float(item.corr(rest)) if usable else float("nan"),
            "status": "not graded yet" if graded.empty else "",
        })
    return pd.DataFrame(rows)


def write_class_report(course: Course, assignments: list[str] | None = None) -> Path:
    """Write ``reports/class-report.html`` for ``assignments`` and return it.

    By default it covers every module graded in this workspace (those with a grades.csv).
    """
    names = assignments or [a for a in course.assignments() if (course.reports(a) / "grades.csv").exists()]
    scores = cell_scores(course, names)
    stats = exercise_statistics(scores) if not scores.empty else pd.DataFrame()
    out = course.workspace / "reports" / "class-report.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    percent = module_percent(course, names)
    parts = ["<h1>Class report</h1>", _module_table(course, percent, names)]
    if not scores.empty:
        parts += ["<h2>Score distribution per module</h2>", _png(_distribution_figure(percent)),
                  "<h2>Exercises</h2>", _EXPLAINED]
        for assignment, module in stats.groupby("assignment", sort=True):
            table = module.drop(columns="assignment").to_html(index=False, float_format="%.2f", na_rep="n/a")
            figure = _png(_exercise_figure(assignment, module))
            parts += [f"<h3>{html.escape(assignment)}</h3>", figure, table]
    parts += _variant_section(course, names, scores)
    parts += ["<h2>Needs attention</h2>", _attention_table(course, names)]
    out.write_text(_page("\n".join(parts)), encoding="utf-8")
    return out


def _variant_section(course: Course, names: list[str], scores: pd.DataFrame) -> list[str]:
    """Per-case figures of the variant modules (``autograder.variant_cases``); none without them."""
    cases = pd.concat([student_cases(course, a) for a in names]) if names else pd.DataFrame()
    if cases.empty or scores.empty:
        return []
    stats = case_statistics(scores, cases).rename(columns={"share": SHARE})
    return ["<h2>Variant cases</h2>", _CASES_EXPLAINED,
            stats.to_html(index=False, float_format="%.2f", na_rep="n/a")]


def module_percent(course: Course, assignments: list[str]) -> pd.DataFrame:
    """Each graded student's final score per module, in percent (columns assignment, student, percent)."""
    rows = [(assignment, student, final.score / final.max_score * 100 if final.max_score else float("nan"))
            for assignment in assignments
            for student, final in final_scores(course, assignment).items()]
    return pd.DataFrame(rows, columns=["assignment", "student", "percent"])


def _module_table(course: Course, percent: pd.DataFrame, names: list[str]) -> str:
    rows = []
    for assignment in names:
        total = percent[percent.assignment == assignment].percent
        rows.append({"module": assignment, "graded": len(total),
                     "needs attention": len(needing_attention(course, assignment)),
                     "mean %": total.mean(), "median %": total.median()})
    return pd.DataFrame(rows).to_html(index=False, float_format="%.1f", na_rep="n/a")


def _attention_table(course: Course, names: list[str]) -> str:
    rows = [{"module": a, "student": s, "reason": r}
            for a in names for s, r in sorted(needing_attention(course, a).items())]
    return pd.DataFrame(rows).to_html(index=False) if rows else "<p>None: every submission was graded.</p>"


def _distribution_figure(percent: pd.DataFrame) -> Figure:
    modules = sorted(percent.assignment.unique())
    figure = Figure(figsize=(max(6, 1.2 * len(modules)), 4))
    axes = figure.subplots()
    axes.boxplot([percent[percent.assignment == m].percent for m in modules], showmeans=True)
    axes.set_xticks(range(1, len(modules) + 1), [m.split("-")[0] for m in modules])
    axes.set(title="Final score per student", xlabel="module", ylabel="score (%)", ylim=(-5, 105))
    return figure


_EXPLAINED = (
    f"<p><b>{SHARE}</b>: the mean share of the exercise's points that students earned (low: hard). "
    f"<b>{SEPARATES}</b>: the correlation between the exercise's score and the rest of the module "
    "(the corrected item-total correlation); near 0 or below, the exercise does not tell strong from "
    "weak students. An exercise graded by hand shows <i>not graded yet</i> until someone grades it.</p>")


_CASES_EXPLAINED = (
    f"<p>In a variant module each student codes cases of a bank picked from their ID. <b>{SHARE}</b>: "
    "the mean share of a case's points earned by the students who had it. A case far below the others "
    "may be unclear or keyed too narrowly: read it, and retire it in the next bank version (a released "
    "case is never edited).</p>")


def _exercise_figure(assignment: str, stats: pd.DataFrame) -> Figure:
    """One module's exercises as horizontal bars, labels readable at any count."""
    figure = Figure(figsize=(10, 1.2 + 0.3 * len(stats)))
    share, separates = figure.subplots(1, 2, sharey=True)
    labels = list(stats.exercise)
    share.barh(labels, stats[SHARE].fillna(0))
    for row, status in enumerate(stats.status):
        if status:
            share.text(0.02, row, status, va="center", style="italic")
    share.set(title=f"{assignment}: {SHARE}", xlim=(0, 1))
    share.invert_yaxis()
    separates.barh(labels, stats[SEPARATES].fillna(0))
    separates.axvline(0.2, linestyle="--", color="grey")
    separates.set(title=SEPARATES, xlim=(-1, 1))
    figure.tight_layout()
    return figure


def _png(figure: Figure) -> str:
    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    title = html.escape(figure.axes[0].get_title())
    return f'<img alt="{title}" src="data:image/png;base64,{base64.b64encode(buffer.getvalue()).decode()}">'


def _page(body: str) -> str:
    style = "body{font-family:sans-serif;max-width:1100px;margin:2em auto}table{border-collapse:collapse}" \
            "td,th{border:1px solid #ccc;padding:2px 6px}img{max-width:100%}"
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Class report</title>" \
           f"<style>{style}</style></head><body>{body}</body></html>\n"
