"""Leave a student's JupyterLab only the student parts of nbgrader, and no news pop-up.

Run with the Python of the environment to set up (its ``sys.prefix`` is where the settings go):
``binder/postBuild`` runs it on Binder, ``python3 tasks.py lab`` in ``.venv-lab``. nbgrader turns
every one of its parts on when it is installed; this keeps the Assignment List and the Validate
button and turns off the instructor tools (formgrader, create assignment, course list), locked so
that a student cannot turn them back on from JupyterLab's settings (JupyterLab 4.1+). It also
turns off JupyterLab's announcements plugin, which asks on first start whether to fetch Jupyter
news and checks for updates.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig

STUDENT_SERVER_EXTENSIONS = (
    "nbgrader.server_extensions.assignment_list",
    "nbgrader.server_extensions.validate_assignment",
)
INSTRUCTOR_SERVER_EXTENSIONS = (
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.course_list",
)
STUDENT_LAB_PLUGINS = ("@jupyter/nbgrader:assignment-list", "@jupyter/nbgrader:validate-assignment")
INSTRUCTOR_LAB_PLUGINS = (
    "@jupyter/nbgrader:formgrader",
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:course-list",
)
# JupyterLab's news and update check (https://jupyterlab.readthedocs.io/en/stable/user/announcements.html).
NEWS_PLUGIN = "@jupyterlab/apputils-extension:announcements"


def commands() -> list[list[str]]:
    """The ``jupyter`` commands that apply the settings, at the environment's ``sys-prefix`` level."""
    return [
        ["server", "extension", "enable", "--sys-prefix", *STUDENT_SERVER_EXTENSIONS],
        ["server", "extension", "disable", "--sys-prefix", *INSTRUCTOR_SERVER_EXTENSIONS],
        ["labextension", "enable", "--level=sys_prefix", *STUDENT_LAB_PLUGINS],
        ["labextension", "disable", "--level=sys_prefix", *INSTRUCTOR_LAB_PLUGINS, NEWS_PLUGIN],
        ["labextension", "lock", "--level=sys_prefix", *INSTRUCTOR_LAB_PLUGINS],
    ]


def main() -> int:
    """Apply every setting with this interpreter's ``jupyter``; stop at the first failure.

    Each command's report is shown only when it fails (it is long, and the same every time).
    ``jupyter`` finds its subcommands (``jupyter-server``, ``jupyter-labextension``) on PATH, so
    this environment's scripts go first: another environment's would change that one's settings.
    """
    scripts = sysconfig.get_path("scripts")
    env = dict(os.environ, PATH=os.pathsep.join([scripts, os.environ.get("PATH", "")]))
    for command in commands():
        done = subprocess.run([sys.executable, "-m", "jupyter", *command], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, env=env)
        if done.returncode:
            print(done.stdout, file=sys.stderr)
            print(f"student_extensions: `jupyter {' '.join(command)}` failed ({done.returncode})",
                  file=sys.stderr)
            return done.returncode
    print(f"student_extensions: {len(STUDENT_LAB_PLUGINS)} student nbgrader plugins on; "
          f"{', '.join(INSTRUCTOR_LAB_PLUGINS)} off and locked; Jupyter news off ({sys.prefix})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
