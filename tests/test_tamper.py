"""``autograder.tamper``: the static check of a student's code for constructs that fake grading.

The course's own code must pass clean (the instructor solutions, and the teaching and test cells a
student may copy into their own cells), and every rule of ``RULES`` must fire on a small snippet.
The rule on names the tests use is checked on the real module 1, whose tests read ``sorted``,
``CODE_SETS`` (a teaching cell's list), ``icd10cm`` and, in a hidden test only, ``plt``.
"""

from __future__ import annotations

import copy
import glob

import pytest
from nbformat import NotebookNode
from nbformat.v4 import new_code_cell, new_notebook

from autograder import notebooks
from autograder.cell_code import python_of
from autograder.repair import repair
from autograder.tamper import RULES, scan
from autograder.tested_names import protected_names
from conftest import REPO

MODULE = "01-what-is-medical-coding"
ANSWER = "ex_code_system"
SOURCES = sorted(glob.glob(str(REPO / "source" / "*" / "*.ipynb")))


@pytest.fixture(scope="module")
def release() -> NotebookNode:
    return notebooks.read(REPO / "release" / MODULE / f"{MODULE}.ipynb")


@pytest.fixture(scope="module")
def source_nb() -> NotebookNode:
    """The source notebook of the module: instructor solutions and hidden tests."""
    return notebooks.read(REPO / "source" / MODULE / f"{MODULE}.ipynb")


def answered(release: NotebookNode, source: str, gid: str = ANSWER) -> NotebookNode:
    """The release with ``source`` as the answer of ``gid``."""
    nb = copy.deepcopy(release)
    (cell,) = [c for c in nb.cells if notebooks.nbgrader_meta(c).get("grade_id") == gid]
    cell.source = source
    return nb


def findings(release: NotebookNode, source: str, source_nb: NotebookNode | None = None) -> list[str]:
    tested = None if source_nb is None else protected_names(source_nb, release)
    return scan(answered(release, source), release, tested)


def release_of(source_path: str) -> NotebookNode:
    return notebooks.read(REPO / "release" / source_path.split("/")[-2] / source_path.split("/")[-1])


def test_there_are_source_notebooks() -> None:
    assert len(SOURCES) >= 14


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.split("/")[-2])
def test_the_instructor_solutions_pass_clean(path: str) -> None:
    source = notebooks.read(path)
    solutions = notebooks.answer_cells(source)
    assert solutions and all(python_of(cell.source) is not None for cell in solutions.values())
    assert scan(source, release_of(path)) == []
    assert scan(source, release_of(path), protected_names(source, release_of(path))) == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.split("/")[-2])
def test_course_code_copied_into_student_cells_passes_clean(path: str) -> None:
    """Every code cell of the source, teaching and hidden tests included, read as the student's own.

    With the source, a copy of a teaching cell that binds a name the tests use (``CODE_SETS = [...]``,
    ``from course import icd10cm``) is fine: it repeats what the release does.
    """
    source = notebooks.read(path)
    assert scan(source, new_notebook()) == []
    copies = [new_code_cell(f"{cell.source}\n# my copy\n") for cell in source.cells
              if cell.cell_type == "code"]
    tested = protected_names(source, release_of(path))
    assert scan(new_notebook(cells=copies), release_of(path), tested) == []


def _dunder(name: str) -> str:
    return f"class Sneaky(str):\n    def {name}(self, *args):\n        return True\n"


# One snippet per rule: the rule's key, the code, and what the finding says the code does.
SNIPPETS: list[tuple[str, str, str]] = [
    *[(f"def {name}", _dunder(name), f"defines {name}") for name in (
        "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__contains__", "__bool__",
        "__instancecheck__", "__subclasscheck__", "__getattribute__", "__sub__", "__rsub__", "__abs__",
        "__float__", "__round__")],
    ("def __class__", "class Fake:\n    @property\n    def __class__(self):\n        return dict\n",
     "defines __class__"),
    ("import builtins", "import builtins\nbuiltins.isinstance = lambda *a: True\n", "imports builtins"),
    ("__builtins__", "__builtins__.len = lambda x: 6\n", "uses __builtins__"),
    ("get_ipython", "get_ipython().input_transformers_post.append(lambda lines: [])\n", "uses get_ipython"),
    ("import IPython", "from IPython import get_ipython\n", "imports IPython"),
    ("import ipykernel", "import ipykernel.kernelbase\n", "imports ipykernel.kernelbase"),
    ("sys.modules", "import sys\nsys.modules['course.icd10cm'] = None\n", "uses sys.modules"),
    ("sys.meta_path", "import sys\nsys.meta_path.insert(0, object())\n", "uses sys.meta_path"),
    ("sys.path_hooks", "import sys\nsys.path_hooks.clear()\n", "uses sys.path_hooks"),
    ("sys.settrace", "import sys\nsys.settrace(lambda *a: None)\n", "uses sys.settrace"),
    ("sys.setprofile", "from sys import setprofile\nsetprofile(print)\n", "uses sys.setprofile"),
    ("sys.*hook", "import sys as s\ns.excepthook(None, None, None)\n", "uses sys.excepthook"),
    ("import gc", "import gc\nobjects = gc.get_objects()\n", "imports gc"),
    ("import ctypes", "import ctypes\n", "imports ctypes"),
    ("sys._getframe", "import sys\nframe = sys._getframe(1)\n", "uses sys._getframe"),
    ("inspect.currentframe", "import inspect\nframe = inspect.currentframe()\n", "uses inspect.currentframe"),
    ("inspect.stack", "import inspect\ncallers = inspect.stack()\n", "uses inspect.stack"),
    ("inspect.trace", "import inspect\nframes = inspect.trace()\n", "uses inspect.trace"),
    ("inspect.getouterframes", "import inspect\nframes = inspect.getouterframes(frame)\n",
     "uses inspect.getouterframes"),
    ("*.f_back", "caller = frame.f_back\n", "uses frame.f_back"),
    ("*.f_globals", "frame.f_globals['ok'] = True\n", "uses frame.f_globals"),
    ("*.f_locals", "values = frame.f_locals\n", "uses frame.f_locals"),
    ("*.tb_frame", "frame = error.__traceback__.tb_frame\n", "uses error.__traceback__.tb_frame"),
    ("*.__code__", "code_system.__code__ = (lambda c: 'CPT').__code__\n", "uses code_system.__code__"),
    ("os.fork*", "import os\nif os.fork() == 0:\n    pass\n", "uses os.fork"),
    ("os.system", "import os\nos.system('true')\n", "uses os.system"),
    ("os.popen", "import os\nos.popen('true')\n", "uses os.popen"),
    ("os.exec*", "import os\nos.execv('x', ['x'])\n", "uses os.execv"),
    ("os.spawn*", "import os\nos.spawnl(os.P_NOWAIT, 'x')\n", "uses os.spawnl"),
    ("os.posix_spawn*", "import os\nos.posix_spawnp('x', ['x'], {})\n", "uses os.posix_spawnp"),
    ("os.kill*", "import os\nos.kill(os.getppid(), 9)\n", "uses os.kill"),
    ("import subprocess", "import subprocess\n", "imports subprocess"),
    ("import pty", "import pty\n", "imports pty"),
    ("import multiprocessing", "from multiprocessing import Process\n", "imports multiprocessing"),
    ("import threading", "import threading\n", "imports threading"),
    ("import _thread", "import _thread\n", "imports _thread"),
    ("import concurrent", "from concurrent.futures import ThreadPoolExecutor\n",
     "imports concurrent.futures"),
    ("import signal", "import signal\nsignal.alarm(1)\n", "imports signal"),
    ("import sqlite3", "import sqlite3\n", "imports sqlite3"),
    ("import sqlalchemy", "import sqlalchemy\n", "imports sqlalchemy"),
    ("exec", "exec('ok = True')\n", "uses exec"),
    ("eval", "answer = eval('1 + 1')\n", "uses eval"),
    ("compile", "code = compile('1', 'x', 'eval')\n", "uses compile"),
    ("__import__", "__import__('o' + 's')\n", "uses __import__"),
    ("import importlib", "import importlib\n", "imports importlib"),
    ("import marshal", "import marshal\n", "imports marshal"),
    ("pickle.load*", "import pickle\npickle.loads(b'')\n", "uses pickle.loads"),
    ("!", "!ls\n", "runs a shell line (!)"),
    ("!", "files = !ls\n", "runs a shell line (!)"),
    ("%system", "%system ls\n", "runs the magic %system"),
    ("%sx", "%sx ls\n", "runs the magic %sx"),
    ("%sc", "%sc x=ls\n", "runs the magic %sc"),
    ("%%!", "%%!\nls\n", "runs the magic %%!"),
    ("%%sx", "%%sx\nls\n", "runs the magic %%sx"),
    ("%%bash", "%%bash\nls\n", "runs the magic %%bash"),
    ("%%sh", "%%sh\nls\n", "runs the magic %%sh"),
    ("%%script", "%%script bash\nls\n", "runs the magic %%script"),
    ("%%python*", "%%python3\nprint(1)\n", "runs the magic %%python3"),
    ("%%pypy", "%%pypy\nprint(1)\n", "runs the magic %%pypy"),
    ("%%perl", "%%perl\nprint 1;\n", "runs the magic %%perl"),
    ("%%ruby", "%%ruby\nputs 1\n", "runs the magic %%ruby"),
    ("%run", "%run -m evil\n", "runs the magic %run"),
    ("%%writefile", "%%writefile numbers.py\nx = 1\n", "runs the magic %%writefile"),
    ("%%file", "%%file numbers.py\nx = 1\n", "runs the magic %%file"),
    ("%load_ext", "%load_ext evil\n", "runs the magic %load_ext"),
    ("%reload_ext", "%reload_ext evil\n", "runs the magic %reload_ext"),
    ("= module attribute", "icd10cm.lookup = lambda code: None\n", "assigns to course.icd10cm.lookup"),
    ("= module attribute", "pd.DataFrame.equals = lambda self, other: True\n",
     "assigns to pandas.DataFrame.equals"),
    ("= module attribute", "setattr(icd10cm, 'lookup', print)\n", "assigns to course.icd10cm.lookup"),
    ("= module attribute", "import sys\nsys.stdout = None\n", "assigns to sys.stdout"),
    ("= module attribute", "import sys\nsys.stderr, x = None, 1\n", "assigns to sys.stderr"),
    ("= module attribute", "del icd10cm.lookup\n", "assigns to course.icd10cm.lookup"),
    ("= module attribute", "icd10cm._TABLE['E11.9'] = 'CPT'\n", "assigns to course.icd10cm._TABLE[...]"),
    ("file path", "text = open('../gradebook.db', 'rb').read()\n", "touches the path '../gradebook.db'"),
    ("file path", "with open(file='/etc/passwd') as f:\n    pass\n", "touches the path '/etc/passwd'"),
    ("file path", "from pathlib import Path\nPath.cwd().parent / 'source'\n", "touches the path 'source'"),
    ("file path", "import shutil\nshutil.rmtree('autograded')\n", "touches the path 'autograded'"),
    ("file path", "import os\nos.listdir(os.path.join('..', 'x'))\n", "touches the path '..'"),
    ("file path", "pd.read_csv(f'submitted/{name}.csv')\n", "touches the path 'submitted/'"),
    ("file path", "import glob as g\ng.glob('*.py')\n", "touches the path '*.py'"),
    ("= tested name", "sorted = lambda *a, **k: []\n", "redefines sorted, which the tests use"),
]


def test_every_rule_has_a_snippet() -> None:
    assert {key for key, _, _ in SNIPPETS} == set(RULES)


@pytest.mark.parametrize(("key", "source", "what"), SNIPPETS, ids=[f"{k}|{w}" for k, _, w in SNIPPETS])
def test_each_rule_fires(release: NotebookNode, source_nb: NotebookNode, key: str, source: str, what: str
                        ) -> None:
    assert f"cell {ANSWER} {what}: {RULES[key]}" in findings(release, source, source_nb)


@pytest.mark.parametrize("source", [
    'import re\nPATTERN = re.compile(r"[A-Z][0-9]{2}")\n',
    "from re import compile\npattern = compile('x')\n",
    "total = codes.eval('a + b')\n",
    'parts = "BA00/5A11".split("/")\n',
    'sources = codes["source"].to_list()\n',
    "share = codes['billable'].sum() / len(codes)\n",
    'plt.rcParams["figure.figsize"] = (6, 3)\npd.options.display.max_rows = 10\n',
    'fig, ax = plt.subplots()\nax.set_title("Source: CMS, FY2026")\nfig.savefig("chart.png")\n',
    "from dataclasses import dataclass\n\n@dataclass\nclass Visit:\n    code: str\n\n"
    "    def __repr__(self):\n        return self.code\n\n    def __len__(self):\n        return 1\n",
    "%matplotlib inline\ncode_system?\n",
    "%%time\nanswer = 1\n",
    "with open('my-notes.txt', 'w') as f:\n    f.write('x')\n",
    "exec('ok = True'\n",  # does not parse: fails at run time, no finding
    "def helper(frame):\n    return frame.f_lineno\n",
    "code_system.cache = {}\nsys = 1\n",
])
def test_ordinary_code_passes(release: NotebookNode, source_nb: NotebookNode, source: str) -> None:
    assert findings(release, source, source_nb) == []


@pytest.mark.parametrize(("source", "what"), [
    ("%time exec('ok = True')\n", "uses exec"),
    ("%%capture\nimport os\nos.system('true')\n", "uses os.system"),
    ("/exec 'ok = True'\n", "uses exec"),
    ("import asyncio\nawait asyncio.sleep(0)\nexec('ok = True')\n", "uses exec"),
    ("if True:\n    !ls\n    import ctypes\n", "imports ctypes"),
    ("class Sneaky(str):\n    __eq__ = lambda self, other: True\n", "defines __eq__"),
    ("Sneaky = type('Sneaky', (str,), {'__eq__': lambda a, b: True})\n", "defines __eq__"),
    ("import os as o\no.system('true')\n", "uses os.system"),
    ("import os\ngetattr(os, 'system')('true')\n", "uses os.system"),
    ("from os import system\n", "imports os.system"),
    ("from sys import modules as m\nm.clear()\n", "uses sys.modules"),
])
def test_hidden_forms_are_found(release: NotebookNode, source: str, what: str) -> None:
    assert any(f.startswith(f"cell {ANSWER} {what}:") for f in findings(release, source))


def test_one_finding_per_construct(release: NotebookNode) -> None:
    found = findings(release, "exec('a')\nexec('b')\nexec('c')\n")
    assert found == [f"cell {ANSWER} uses exec: {RULES['exec']}"]


def test_the_student_s_own_cells_are_read(release: NotebookNode) -> None:
    nb = copy.deepcopy(release)
    nb.cells.insert(3, new_code_cell("import subprocess\n"))
    assert scan(nb, release) == [f"cell 4 imports subprocess: {RULES['import subprocess']}"]


def test_release_cells_and_the_graded_test_cell_are_skipped(release: NotebookNode) -> None:
    nb = copy.deepcopy(release)
    # A copy of a teaching cell, and an edited graded test cell (nbgrader restores its source).
    nb.cells.append(copy.deepcopy(nb.cells[1]))
    (test,) = [c for c in nb.cells if notebooks.nbgrader_meta(c).get("grade_id") == "test_plot"]
    test.source = "exec('ok = True')\n"
    assert scan(nb, release) == []


def test_an_earlier_copy_of_a_test_cell_is_read(release: NotebookNode) -> None:
    """nbgrader keeps the last copy of a grade id; an earlier copy runs as the student wrote it."""
    nb = copy.deepcopy(release)
    index = [notebooks.nbgrader_meta(c).get("grade_id") for c in nb.cells].index("test_plot")
    early = copy.deepcopy(nb.cells[index])
    early.source, early.id = "exec('ok = True')\n", "early"
    nb.cells.insert(index, early)
    assert scan(nb, release) == [f"cell test_plot uses exec: {RULES['exec']}"]
    repaired, _ = repair(nb, release)
    assert scan(repaired, release) == [f"cell {index + 1} uses exec: {RULES['exec']}"]


def test_an_answer_turned_into_markdown_is_read_once_repaired(release: NotebookNode) -> None:
    nb = answered(release, "import ctypes\n")
    (cell,) = [c for c in nb.cells if notebooks.nbgrader_meta(c).get("grade_id") == ANSWER]
    cell.cell_type = "markdown"
    del cell["outputs"], cell["execution_count"]
    assert scan(nb, release) == []
    repaired, _ = repair(nb, release)
    assert scan(repaired, release) == [f"cell {ANSWER} imports ctypes: {RULES['import ctypes']}"]


def _tested(name: str) -> str:
    return f"cell {ANSWER} redefines {name}, which the tests use: {RULES['= tested name']}"


def test_the_names_module_1_s_tests_use(release: NotebookNode, source_nb: NotebookNode) -> None:
    protected = protected_names(source_nb, release).names
    assert {"sorted", "isinstance", "CODE_SETS", "icd10cm", "plt"} <= protected
    # Names the answers bind, names the tests bind, and names no test reads.
    assert not {"code_set_for", "plot_billable_by_chapter", "ok", "_key", "wrong", "fig"} & protected
    assert not {"sum", "codes", "chapters"} & protected


@pytest.mark.parametrize(("source", "name"), [
    ("sorted = lambda *a, **k: []\n", "sorted"),  # empties the hidden `_wrong = sorted(...)`
    ('CODE_SETS = ["ICD-10-CM", "ICD-10-PCS", "CPT", "HCPCS", "CDT", "ICD-9"]\n', "CODE_SETS"),
    ("class Fake:\n    def chapters(self):\n        return None\n\nicd10cm = Fake()\n", "icd10cm"),
    ("plt = None\n", "plt"),  # read by a hidden test only
    ("isinstance, n = (lambda *a: True), 1\n", "isinstance"),
    ("[*CODE_SETS] = ['CPT']\n", "CODE_SETS"),
    ("len += 0\n", "len"),
    ("abs: object = lambda x: 0\n", "abs"),
    ("def isinstance(*args):\n    return True\n", "isinstance"),
    ("class set(frozenset):\n    pass\n", "set"),
    ("for sorted in [list]:\n    pass\n", "sorted"),
    ("with open('my-notes.txt') as CODE_SETS:\n    pass\n", "CODE_SETS"),
    ("try:\n    pass\nexcept Exception as CODE_SETS:\n    pass\n", "CODE_SETS"),
    ("def setup():\n    global sorted\n    sorted = list\n\nsetup()\n", "sorted"),
    ("del CODE_SETS\n", "CODE_SETS"),
    ("if (sorted := list):\n    pass\n", "sorted"),
    ("_ = [(sorted := list) for _ in range(1)]\n", "sorted"),  # a comprehension's walrus binds outside
    ("import numpy as plt\n", "plt"),  # imported, but not what the release imports as plt
    ("from numpy import abs\n", "abs"),
    ("if True:\n    from course import icd10cm as CODE_SETS\n", "CODE_SETS"),
    ("%time sorted = list\n", "sorted"),
    ("%%capture\nCODE_SETS = []\n", "CODE_SETS"),
])
def test_redefining_a_name_the_tests_use_is_found(
        release: NotebookNode, source_nb: NotebookNode, source: str, name: str) -> None:
    assert _tested(name) in findings(release, source, source_nb)


@pytest.mark.parametrize("source", [
    # What a teaching cell imports, imported again (also in another form).
    "import re\n\nimport matplotlib.pyplot as plt\nimport pandas as pd\n\nfrom course import icd10cm\n",
    "from matplotlib import pyplot as plt\nfrom course import icd10cm as icd10cm\n",
    # A teaching cell's statement, repeated as it is.
    'CODE_SETS = ["ICD-10-CM", "ICD-10-PCS", "CPT", "HCPCS", "CDT"]\nmy_sets = list(CODE_SETS)\n',
    # Locals, parameters, class attributes and comprehension variables are not the notebook's names.
    "def helper(codes):\n    sorted = list(codes)\n    len = 0\n    return sorted, len\n",
    "def outer():\n    set = 1\n\n    def inner():\n        nonlocal set\n        set = 2\n",
    "class Table:\n    sorted = True\n    CODE_SETS = []\n",
    "pick = lambda sorted, isinstance=1: sorted\nsquares = [abs * abs for abs in range(3)]\n",
    "pairs = {sorted: len for sorted, len in [(1, 2)]}\n",
    # A bare annotation binds nothing; names the answers or the tests bind are the student's to bind.
    "sorted: object\n",
    'code_set_for = {1: "ICD-10-CM"}\nok = True\n_key = {}\nfig = None\n',
    # No test of module 1 reads sum.
    "sum = 0\nfor n in [1, 2, 3]:\n    sum += n\n",
])
def test_rebinding_what_the_tests_do_not_depend_on_passes(
        release: NotebookNode, source_nb: NotebookNode, source: str) -> None:
    assert findings(release, source, source_nb) == []


def test_a_builtin_no_test_reads_may_be_rebound(release: NotebookNode, source_nb: NotebookNode) -> None:
    assert "sum" not in protected_names(source_nb, release).names
    assert findings(release, "sum = 0\n", source_nb) == []


def test_names_the_tests_use_are_not_checked_without_the_source(release: NotebookNode) -> None:
    assert findings(release, "sorted = lambda *a, **k: []\nCODE_SETS = []\n") == []


def test_a_redefinition_in_the_student_s_own_cell(release: NotebookNode, source_nb: NotebookNode) -> None:
    nb = copy.deepcopy(release)
    nb.cells.insert(3, new_code_cell("import pandas as pd\nsorted = lambda *a, **k: []\n"))
    found = f"cell 4 redefines sorted, which the tests use: {RULES['= tested name']}"
    assert scan(nb, release, protected_names(source_nb, release)) == [found]
