"""The class report: score distributions, exercise difficulty and discrimination, attention list.

One self-contained HTML page (figures embedded as PNG) at ``reports/class-report.html``.
Module scores are the final ones of each grades.csv (after any late penalty). Difficulty is
the mean share of an exercise's points that students earned; discrimination is
the correlation between an exercise's score and the student's score on the rest of the module
(the corrected item-total correlation): near 0 or negative means the exercise does not tell
strong from weak students.
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from autograder.course import Course
from autograder.export import final_scores, needing_attention


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
                    rows += [(assignment, sub.student.id, g.name, float(g.score or 0), float(g.max_score))
                             for g in nb.grades]
    return pd.DataFrame(rows, columns=["assignment", "student", "cell", "score", "max_score"])


def exercise_statistics(scores: pd.DataFrame) -> pd.DataFrame:
    """Difficulty and discrimination of every exercise, with the number of students."""
    rows = []
    for (assignment, cell), group in scores.groupby(["assignment", "cell"], sort=True):
        totals = scores[scores.assignment == assignment].groupby("student")["score"].sum()
        item = group.set_index("student")["score"]
        rest = totals.loc[item.index] - item
        usable = item.nunique() > 1 and rest.nunique() > 1
        rows.append({
            "assignment": assignment, "exercise": cell, "students": len(item),
            "difficulty": float((group.score / group.max_score).mean()),
            "discrimination": float(item.corr(rest)) if usable else float("nan"),
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
                  "<h2>Exercises</h2>", _png(_exercise_figure(stats)),
                  stats.to_html(index=False, float_format="%.2f", na_rep="n/a")]
    parts += ["<h2>Needs attention</h2>", _attention_table(course, names)]
    out.write_text(_page("\n".join(parts)), encoding="utf-8")
    return out


def module_percent(course: Course, assignments: list[str]) -> pd.DataFrame:
    """Each graded student's final score per module, in percent (columns assignment, student, percent)."""
    rows = [(assignment, student, score / top * 100 if top else float("nan"))
            for assignment in assignments
            for student, (score, top) in final_scores(course, assignment).items()]
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


def _exercise_figure(stats: pd.DataFrame) -> Figure:
    figure = Figure(figsize=(max(6, 0.35 * len(stats)), 6))
    top, bottom = figure.subplots(2, 1, sharex=True)
    labels = [f"{a.split('-')[0]}:{e}" for a, e in zip(stats.assignment, stats.exercise, strict=True)]
    top.bar(labels, stats.difficulty)
    top.set(title="Difficulty (share of points earned)", ylabel="difficulty", ylim=(0, 1))
    bottom.bar(labels, stats.discrimination.fillna(0))
    bottom.axhline(0.2, linestyle="--", color="grey")
    bottom.set(title="Discrimination (corrected item-total correlation)", ylabel="r", ylim=(-1, 1))
    bottom.tick_params(axis="x", labelrotation=90)
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
