"""``mcc``: the instructor's command line. Each command parses arguments and calls the API.

Exit codes: 0 done; 1 nbgrader itself failed, or ``validate`` found failing tests; 2 bad
input (unknown assignment, missing or empty submissions folder, a stale release, a broken
nbgrader_config.py); 3 grading finished but some submissions need attention; 130 stopped by
Ctrl-C or SIGTERM (what was recorded is kept; run the command again to go on).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import warnings
from pathlib import Path

from autograder import notebooks, stop_request
from autograder.course import Course
from autograder.errors import CourseError, GradingStopped
from autograder.sample_class import DEMO_SIZE, NAMES

EXIT_NEEDS_ATTENTION = 3
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _root(args: argparse.Namespace) -> Path:
    """The course folder: ``--course``, else the current folder."""
    return Path(args.course or ".")


def _course(args: argparse.Namespace) -> Course:
    return Course.at(_root(args), getattr(args, "workspace", None))


def cmd_release(args: argparse.Namespace) -> int:
    """Regenerate release/ from source/."""
    from autograder.release import release

    for name in release(_course(args), args.assignment):
        print(f"released {name} -> release/{name}/")
    return 0


def cmd_check_release(args: argparse.Namespace) -> int:
    """Compare release/ with a fresh generation."""
    from autograder.release import check_release

    problems = check_release(_course(args))
    for problem in problems:
        print(problem)
    if problems:
        print("release/ is out of date: run `mcc release` and commit it.", file=sys.stderr)
        return 1
    print("release/ equals a fresh generation from source/.")
    return 0


def isolation_notice() -> str:
    """One line saying that kernels are not shut in on this machine, or "" when they are."""
    from autograder import sandbox

    if sandbox.available():
        return ""
    return ("Kernels are not shut in here (not root, and no user namespaces): student code can read "
            "source/ and the gradebook and use the network; see the README's isolation table.")


def cmd_grade(args: argparse.Namespace) -> int:
    """Grade a folder of submissions."""
    from autograder.grade import grade

    if notice := isolation_notice():
        print(notice, file=sys.stderr)
    course = _course(args)
    report = grade(course, args.assignment, Path(args.submissions), workers=args.workers,
                   scheduler=args.scheduler, force=args.force, due=args.due, progress=not args.quiet)
    for student, score in sorted(report.scores.items()):
        print(f"{student:<30} {score.score:g} / {score.max_score:g}")
    for problem in report.problems:
        print(f"NEEDS ATTENTION {problem}", file=sys.stderr)
    print(f"graded {len(report.scores)} ({len(report.skipped)} unchanged since the last run), "
          f"needs attention {len(report.problems)}")
    if report.regraded:
        print(f"graded this time: {len(report.regraded)} ({report.reasons()})")
    print(f"grades: {report.grades_csv}\nfeedback: {report.feedback}")
    return 0 if report.ok else EXIT_NEEDS_ATTENTION


def cmd_feedback(args: argparse.Namespace) -> int:
    """Write feedback again from the gradebook, e.g. after grading by hand in the formgrader."""
    from autograder.feedback import write_feedback

    course = _course(args)
    folder = write_feedback(course, course.require(args.assignment), args.student)
    print(f"feedback: {folder}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write each module's grades.csv again from the gradebook, the class report and the Canvas file."""
    from autograder.export import last_grading
    from autograder.lms import export_canvas, export_module
    from autograder.report import write_class_report

    course = _course(args)
    graded = [a for a in course.assignments() if (course.reports(a) / "grades.csv").exists()]
    for assignment in args.assignments or graded:  # with the grades given by hand since grading
        export_module(course, course.require(assignment), *last_grading(course, assignment))
    page = write_class_report(course, args.assignments or None)
    canvas = export_canvas(course, args.assignments or graded, course.workspace / "reports" / "canvas.csv")
    print(f"class report: {page}\nCanvas import file: {canvas}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Release everything and grade the sample class."""
    from autograder.demo import run_demo, score_table, where

    root = _root(args).resolve()
    course = Course.at(root, root / args.workspace)  # a relative workspace is inside the course
    reports = run_demo(course, size=args.students, progress=not args.quiet)
    print(score_table(reports))
    print()
    print(where(reports, course.workspace, args.students))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Grade one of your notebooks with the hidden tests (for self-learners); nothing is recorded."""
    from autograder.self_check import course_of, self_check, summary

    notebook = Path(args.notebook)
    course = Course.at(args.course) if args.course else course_of(notebook)
    result = self_check(course, notebook, Path(args.out) if args.out else None)
    print(summary(result))
    return EXIT_NEEDS_ATTENTION if result.problem else 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Run a notebook top to bottom and check its tests, as the Validate button does."""
    from autograder.validate import validate

    findings = validate(Path(args.notebook))
    for finding in findings:
        print(f"{finding.kind}: {finding.source}" + (f"\n    {finding.detail}" if finding.detail else ""))
    print("valid: every test cell passes." if not findings else f"NOT valid: {len(findings)} problem(s).")
    return 1 if findings else 0


def cmd_site(args: argparse.Namespace) -> int:
    """Build the static course site: every module as HTML, and an index page."""
    from autograder.site import build_site

    out = Path(args.out)
    pages = build_site(_course(args), out)
    print(f"wrote {len(pages)} pages; open {out / 'index.html'}")
    return 0


def cmd_format_source(args: argparse.Namespace) -> int:
    """Rewrite every source notebook in normalised form (no outputs, sorted keys)."""
    course = Course.at(_root(args))
    for assignment in course.assignments():
        path = course.notebook_path(assignment)
        notebooks.write(notebooks.read(path), path)
        print(f"normalised {path.relative_to(course.root)}")
    return 0


def cmd_binder_link(args: argparse.Namespace) -> int:
    """Print the Binder badge and launch link of this repository's GitHub origin."""
    from autograder.binder_link import binder_link

    link = binder_link(Course.at(_root(args)), args.branch)
    print(f"Binder badge (Markdown, for the README or your LMS page):\n{link.badge}\n\n"
          f"Launch link (opens {link.path} in JupyterLab):\n{link.url}")
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser, with help text for every command and option."""
    top = argparse.ArgumentParser(prog="mcc", description=__doc__,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--course", help="the course folder, holding source/ and "
                     "release/ (default: the current folder; for check, the one the notebook is in)")
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("release", help=cmd_release.__doc__)
    p.add_argument("assignment", nargs="?", help="one assignment id (default: all of them)")
    p.set_defaults(func=cmd_release)

    p = sub.add_parser("check-release", help=cmd_check_release.__doc__)
    p.set_defaults(func=cmd_check_release)

    p = sub.add_parser("grade", help=cmd_grade.__doc__)
    p.add_argument("assignment", help="the assignment id, a folder name in source/")
    p.add_argument("--submissions", required=True, help="a folder with one sub-folder per "
                   "student, or a flat folder of LMS downloads")
    p.add_argument("--workspace", help="where submitted/, autograded/, feedback/, "
                   "gradebook.db and reports/ go (default: the course folder)")
    p.add_argument("--workers", type=int, help="grading processes on this machine "
                   "(default: one per core)")
    p.add_argument("--scheduler", default="", help="grade on the Dask cluster whose scheduler is "
                   "at this address (e.g. tcp://10.0.0.5:8786) instead of local processes")
    p.add_argument("--force", action="store_true", help="grade every submission again (by default "
                   "only those whose notebook, hand-in time, due date or tests changed since their "
                   "last grade)")
    p.add_argument("--due", default="", help="set the assignment's due date first, as `nbgrader db "
                   "assignment add ID --duedate=...` does (e.g. '2026-09-14 23:59:00 America/Chicago'); "
                   "late submissions are then penalised by the late plugin in nbgrader_config.py")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_grade)

    p = sub.add_parser("feedback", help=cmd_feedback.__doc__)
    p.add_argument("assignment", help="the assignment id")
    p.add_argument("--student", default="*", help="one student id (default: every graded student)")
    p.add_argument("--workspace", help="the grading workspace (default: the course folder)")
    p.set_defaults(func=cmd_feedback)

    p = sub.add_parser("report", help=cmd_report.__doc__)
    p.add_argument("assignments", nargs="*", help="modules to cover (default: every graded one)")
    p.add_argument("--workspace", help="the grading workspace (default: the course folder)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("demo", help=cmd_demo.__doc__)
    p.add_argument("--workspace", default="build/demo", help="where the sample class is "
                   "written and graded, relative to the course; emptied first if an earlier demo "
                   "made it (default: build/demo)")
    p.add_argument("--students", type=int, default=DEMO_SIZE,
                   help=f"class size (default {DEMO_SIZE}; the full sample class is {len(NAMES)})")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", help=cmd_check.__doc__)
    p.add_argument("notebook", help="your .ipynb file, e.g. release/05-outpatient-and-professional-coding/"
                   "05-outpatient-and-professional-coding.ipynb")
    p.add_argument("--out", help="where to write the feedback page (default: beside the notebook, "
                   "NAME-feedback.html)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("validate", help=cmd_validate.__doc__)
    p.add_argument("notebook", help="the .ipynb file to validate")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("site", help=cmd_site.__doc__)
    p.add_argument("--out", default="build/site", help="the folder the site is written to "
                   "(default: build/site)")
    p.set_defaults(func=cmd_site)

    p = sub.add_parser("format-source", help=cmd_format_source.__doc__)
    p.set_defaults(func=cmd_format_source)

    p = sub.add_parser("binder-link", help=cmd_binder_link.__doc__)
    p.add_argument("--branch", help="the branch Binder builds (default: origin's default branch, "
                   "else main)")
    p.set_defaults(func=cmd_binder_link)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run ``mcc`` with ``argv``; returns the exit code."""
    args = parser().parse_args(argv)
    # nbgrader's gradebook triggers SQLAlchemy autoflush warnings that mean nothing to a user.
    warnings.filterwarnings("ignore", message=".*not in session.*")
    main_thread = threading.current_thread() is threading.main_thread()
    # Ctrl-C and a scheduler's time limit (SIGTERM) stop grading, and the request is remembered
    stop_request.forget()
    previous = {sig: signal.signal(sig, stop_request.ask) for sig in STOP_SIGNALS} if main_thread else {}
    try:
        return args.func(args)
    except GradingStopped as exc:
        print(exc, file=sys.stderr)
        return exc.exit_code
    except CourseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


if __name__ == "__main__":
    sys.exit(main())
