"""Kernels shut in without root: an unprivileged grader's kernels, in user namespaces of their own.

The test (run as root, to make the user) starts a fork server as an unprivileged user
(``tests/learner.py``) and probes a kernel from it: the course's folders and the gradebook are
out of its sight, it has no network and no capability, what it is given of Python is read-only,
and a process it leaves behind is killed when it ends. Then the same, on a system that refuses
user namespaces: nothing is shut in, and ``mcc grade`` says so in one line.
"""

from __future__ import annotations

import json
import pwd
import shutil
import tempfile
from pathlib import Path

from conftest import give, run_as, warm_cache

PROBE = r'''
import json, os, subprocess, sys, tempfile, time
sys.path.insert(0, "tests")
from autograder import sandbox
from autograder.cli import isolation_notice
from autograder.forkserver import Limits
from autograder.kernels import ForkServer
from test_sandbox import ATTEMPT, run_in_kernel

SEEN = ATTEMPT + """
import json, os, socket, subprocess, sys
def send():
    socket.create_connection(("127.0.0.1", 9), timeout=2)
sleeper = subprocess.Popen(["sleep", "300"], start_new_session=True)
caps = [line.split()[1] for line in open("/proc/self/status") if line.startswith("CapEff")]
print(json.dumps({
    "course": sorted(os.listdir(COURSE)), "workspace": sorted(os.listdir(WORKSPACE)),
    "read_gradebook": attempt(lambda: open(WORKSPACE + "/gradebook.db", "rb").read()),
    "write_course": attempt(lambda: open(COURSE + "/evil.txt", "w").close()),
    "write_workspace": attempt(lambda: open(WORKSPACE + "/gradebook.db", "w").write("A+")),
    "write_own": attempt(lambda: open("mine.txt", "w").close()),
    "python_read_only": bool(os.statvfs(sys.prefix).f_flag & os.ST_RDONLY),
    "interfaces": [name for _, name in socket.if_nameindex()],
    "connect": attempt(send), "capabilities": caps[0], "sleeper": sleeper.pid,
}))
"""

course, workspace = sys.argv[1], sys.argv[2]
server = ForkServer(limits=Limits(hide=(course, workspace, os.getcwd())))  # the repository too, as in grading
try:
    with tempfile.TemporaryDirectory(prefix=sandbox.TASK_PREFIX) as task:
        code = f"COURSE = {course!r}\nWORKSPACE = {workspace!r}\n{SEEN}"
        seen = json.loads(run_in_kernel(server, task, code))
        seen["wrote_own"] = os.path.exists(os.path.join(task, "mine.txt"))
        for _ in range(50):  # the server kills what an ended kernel left, on its next round
            if not os.path.exists(f"/proc/{seen['sleeper']}"):
                break
            time.sleep(0.1)
        seen["sleeper_left"] = os.path.exists(f"/proc/{seen['sleeper']}")
finally:
    server.close()
seen.update(mode=sandbox.mode(), notice=isolation_notice())
print(json.dumps(seen))
'''


def probe(learner: pwd.struct_passwd, *options: str) -> dict:
    """What a kernel forked by the learner's fork server saw, did and left."""
    base = Path(tempfile.mkdtemp(prefix="mcc-unprivileged-", dir="/var/lib"))  # outside the scratch folders
    course, workspace, home = base / "course", base / "workspace", base / "home"
    for folder in (base, course, course / "source", workspace, home):
        folder.mkdir(exist_ok=True)
    (course / "source" / "hidden-tests.txt").write_text("assert answer == 'I10'")
    (workspace / "gradebook.db").write_text("grades")
    warm_cache(home)  # the grader's home: its tables built on an earlier run
    give(learner, base)
    try:
        shown = run_as(learner, home, "-c", PROBE, str(course), str(workspace), options=options, timeout=300)
        seen = json.loads(shown.strip().splitlines()[-1])
        seen["course_intact"] = sorted(p.name for p in course.iterdir()) == ["source"]
        seen["gradebook_intact"] = (workspace / "gradebook.db").read_text() == "grades"
        return seen
    finally:
        shutil.rmtree(base)


def test_an_unprivileged_graders_kernel_is_shut_in(learner: pwd.struct_passwd) -> None:
    seen = probe(learner)
    assert seen["mode"] == "user namespace" and seen["notice"] == ""
    assert seen["course"] == [] and seen["workspace"] == []  # hidden tests and gradebook out of sight
    assert seen["read_gradebook"] == "FileNotFoundError", seen
    # a write "into" the course or the workspace lands in the kernel's private, empty cover
    assert seen["course_intact"] and seen["gradebook_intact"]
    assert seen["write_own"] == "allowed" and seen["wrote_own"]
    assert seen["python_read_only"]
    assert seen["interfaces"] == ["lo"] and seen["connect"] == "OSError"
    assert int(seen["capabilities"], 16) == 0
    assert not seen["sleeper_left"]


def test_where_user_namespaces_are_refused_nothing_is_shut_in_and_grade_says_so(
        learner: pwd.struct_passwd) -> None:
    seen = probe(learner, "--no-user-namespaces")
    assert seen["mode"] == ""
    assert seen["notice"].startswith("Kernels are not shut in here") and "\n" not in seen["notice"]
    assert seen["course"] == ["source"] and seen["workspace"] == ["gradebook.db"]  # what is then not enforced
    assert not seen["sleeper_left"]  # still: the server reaps what a kernel leaves
