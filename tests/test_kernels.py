"""Kernels forked from the warm server: a fresh namespace each time, a warm module cache."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from collections.abc import Iterator

import pytest
import zmq
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError
from nbformat.v4 import new_code_cell, new_notebook
from traitlets.config import Config

from autograder import kernels
from autograder.forkserver import BASE_PRELOAD, DEFAULT_PRELOAD, LIGHT_PRELOAD, Limits, preload_for
from autograder.kernels import ForkKernelClient, ForkKernelManager, ForkServer
from builders import KERNELSPEC


@pytest.fixture(scope="module")
def server() -> Iterator[ForkServer]:
    """One fork server for these tests."""
    started = ForkServer(BASE_PRELOAD)
    yield started
    started.close()


def run(server: ForkServer, *sources: str) -> list[str]:
    """Run cells in a forked kernel; return each cell's printed text."""
    config = Config()
    config.ForkKernelManager.socket_path = server.socket_path
    nb = new_notebook(cells=[new_code_cell(s) for s in sources], metadata={"kernelspec": KERNELSPEC})
    NotebookClient(nb, kernel_manager_class=ForkKernelManager, config=config, allow_errors=True,
                   shutdown_kernel="immediate").execute()
    return ["".join(o.get("text", "") or o.get("ename", "") for o in cell.outputs) for cell in nb.cells]


def test_each_kernel_starts_with_an_empty_namespace_and_a_warm_cache(server: ForkServer) -> None:
    probe = ("import json, os, sys\n"
             "print(json.dumps([os.getpid(), sorted(k for k in globals() if not k.startswith('_')),"
             " 'pandas' in sys.modules]))")
    first = json.loads(run(server, "secret = 42", probe)[1])
    second = json.loads(run(server, probe)[0])
    assert first[0] != second[0], "every notebook gets its own process"
    assert "secret" in first[1] and "secret" not in second[1]
    assert second[1] == ["In", "Out", "exit", "get_ipython", "json", "open", "os", "quit", "sys"]
    assert second[2] is True, "the server's imports are shared"


FIGURE = ("import matplotlib.pyplot as plt\n"
          "fig, ax = plt.subplots(figsize=(5, 3))\n"
          "ax.bar(['J18.9', 'I10', 'E11.9'], [3, 7, 5])\n"
          "ax.set_title('Claims by code, FY2026')")


def figures(nb) -> list[str]:
    """Every PNG a notebook's cells displayed, as their base64 text."""
    return [out["data"]["image/png"] for cell in nb.cells for out in cell.outputs
            if "image/png" in out.get("data", {})]


def test_a_forked_kernel_shows_the_figure_a_fresh_kernel_shows(server: ForkServer) -> None:
    # The server draws a figure before serving (warm_up.figures); its kernels must still set up
    # IPython's inline display themselves and draw the same pixels as a kernel started afresh.
    cells = [new_code_cell(FIGURE), new_code_cell("fig")]
    fresh = new_notebook(cells=cells, metadata={"kernelspec": KERNELSPEC})
    NotebookClient(fresh).execute()
    config = Config()
    config.ForkKernelManager.socket_path = server.socket_path
    forked = new_notebook(cells=[new_code_cell(c.source) for c in cells], metadata={"kernelspec": KERNELSPEC})
    NotebookClient(forked, kernel_manager_class=ForkKernelManager, config=config).execute()
    assert len(figures(fresh)) == 2, "a fresh kernel shows the figure after its cell and as a value"
    assert figures(forked) == figures(fresh)


SETTINGS = ("import json, warnings\n"
            "import matplotlib, numpy, pandas\n"
            "warnings.simplefilter('ignore')\n"
            "known = pandas._config.config._registered_options\n"
            "now = {k: [repr(pandas.get_option(k)), repr(known[k].defval)] for k in known}\n"
            "print(json.dumps({'pandas': now,\n"
            "                  'matplotlib': {k: repr(v) for k, v in matplotlib.rcParams.items()},\n"
            "                  'numpy': repr(numpy.get_printoptions())}))")


def test_a_forked_kernel_has_the_display_settings_of_a_fresh_kernel(server: ForkServer) -> None:
    # pandas sets some display defaults by where it is imported (in a kernel, a DataFrame shows
    # at most 20 columns); the server imports it for its kernels, so they must match.
    fresh = new_notebook(cells=[new_code_cell(SETTINGS)], metadata={"kernelspec": KERNELSPEC})
    NotebookClient(fresh).execute()
    settings = json.loads(fresh.cells[0].outputs[0]["text"])
    assert settings["pandas"]["display.max_columns"] == ["20", "20"] and len(settings["matplotlib"]) > 300
    assert json.loads(run(server, SETTINGS)[0]) == settings


FAILED_CHECK = ("from course import checks\n"
                "checks.defined(globals(), 'hierarchy', function=True)")


def test_a_forked_kernel_shows_the_traceback_a_fresh_kernel_shows(server: ForkServer) -> None:
    # The server formats one traceback before serving (warm_up.tracebacks), through the same
    # course check a student's failed exercise passes through: the text must not change.
    fresh = new_notebook(cells=[new_code_cell(FAILED_CHECK)], metadata={"kernelspec": KERNELSPEC})
    NotebookClient(fresh, allow_errors=True).execute()
    config = Config()
    config.ForkKernelManager.socket_path = server.socket_path
    forked = new_notebook(cells=[new_code_cell(FAILED_CHECK)], metadata={"kernelspec": KERNELSPEC})
    NotebookClient(forked, kernel_manager_class=ForkKernelManager, config=config, allow_errors=True).execute()
    [error] = fresh.cells[0].outputs
    assert error["ename"] == "AssertionError" and len(error["traceback"]) >= 3
    assert forked.cells[0].outputs == fresh.cells[0].outputs


def test_a_kernel_that_exits_is_seen_as_dead(server: ForkServer) -> None:
    with pytest.raises(DeadKernelError):
        run(server, "import os\nos._exit(3)", "print('never')")
    assert run(server, "print('next')") == ["next\n"], "the server goes on forking"


def test_kernels_that_write_to_their_own_stdout_never_block(server: ForkServer) -> None:
    # ipykernel prints its connection info to the process's real stdout at start. When that
    # was the server's pipe, nobody read it: after 64 KiB in all, every new kernel blocked.
    big = "import sys\nsys.__stdout__.write('x' * 70_000)\nsys.__stdout__.flush()\nprint('done')"
    assert run(server, big) == ["done\n"]
    assert run(server, "print('next')") == ["next\n"]


def test_each_kernel_has_its_own_random_state(server: ForkServer) -> None:
    draw = "import random, numpy\nprint(random.random(), numpy.random.rand())"
    first, second = run(server, draw)[0].split(), run(server, draw)[0].split()
    assert first[0] != second[0] and first[1] != second[1]


def test_a_server_that_never_gets_ready_fails_within_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kernels, "READY_TIMEOUT_S", 0.5)
    with pytest.raises(RuntimeError, match=r"did not start within 0.5 s"):
        ForkServer(preload=("signal:pause",))  # waits for a signal forever, never "ready"


def test_one_server_per_process_replaced_when_its_limits_change_not_what_kernels_hide() -> None:
    first = kernels.server_for(Limits(cpu_seconds=100), BASE_PRELOAD)
    assert kernels.server_for(Limits(cpu_seconds=100), BASE_PRELOAD) is first
    second = kernels.server_for(Limits(cpu_seconds=200), BASE_PRELOAD)
    assert second is not first and first.process.poll() is not None
    # what to hide goes with each kernel request: another course keeps the warm server
    assert kernels.server_for(Limits(cpu_seconds=200, hide=("/srv/another-course",)), BASE_PRELOAD) is second
    kernels._close_server()  # what happens when the worker process exits
    assert second.process.poll() is not None


def test_a_server_loads_the_course_tables_only_for_notebooks_that_import_the_course() -> None:
    assert preload_for("import pandas as pd\nimport json, course") == DEFAULT_PRELOAD
    assert preload_for("from course.icd10cm import lookup") == DEFAULT_PRELOAD
    assert preload_for("courses = ['CPC']\nimport pandas") == BASE_PRELOAD
    assert preload_for("%matplotlib inline") == preload_for("from matplotlib import pyplot") == BASE_PRELOAD
    assert preload_for("import math\nplan = 'pandas'") == LIGHT_PRELOAD
    probe = "import sys\nprint('course' in sys.modules, 'course.index' in sys.modules)"
    light = kernels.server_for(Limits(), BASE_PRELOAD)
    assert run(light, probe) == ["True False\n"]
    full = kernels.server_for(Limits(), DEFAULT_PRELOAD)  # it needs more: replaced
    assert full is not light and light.process.poll() is not None
    assert run(full, probe) == ["True True\n"]
    assert kernels.server_for(Limits(), BASE_PRELOAD) is full  # it has more than enough: kept
    kernels._close_server()


def test_a_server_for_notebooks_without_pandas_skips_it_and_its_kernels_still_import_it() -> None:
    plain = kernels.server_for(Limits(), LIGHT_PRELOAD)
    probe = ("import sys\nprint('pandas' in sys.modules)\n"
             "import pandas\nprint(pandas.DataFrame({'a': [1]}).shape)")
    assert run(plain, probe) == ["False\n(1, 1)\n"]
    assert kernels.server_for(Limits(), BASE_PRELOAD) is not plain  # it needs more: replaced
    kernels._close_server()


def test_a_client_retries_soon_and_reports_a_kernel_that_died_before_answering(server: ForkServer) -> None:
    """``ForkKernelClient`` replaces jupyter_client's ``wait_for_ready``: it keeps its failures.

    The client's sockets and the manager's (its control socket carries the shutdown request)
    retry a connection every ``RECONNECT_MS``, not ZeroMQ's 100 ms.
    """
    async def start_kill_and_wait() -> None:
        manager = ForkKernelManager(socket_path=server.socket_path)
        await manager.start_kernel()
        client = manager.client()
        assert isinstance(client, ForkKernelClient)
        assert client.context.getsockopt(zmq.RECONNECT_IVL) == kernels.RECONNECT_MS  # ZeroMQ's is 100 ms
        assert manager.context.getsockopt(zmq.RECONNECT_IVL) == kernels.RECONNECT_MS  # its shutdown request
        os.kill(manager.provisioner.pid, signal.SIGKILL)
        client.start_channels()
        try:
            with pytest.raises(RuntimeError, match="Kernel died before replying to kernel_info"):
                await client.wait_for_ready(timeout=30)
        finally:
            client.stop_channels()
            await manager.shutdown_kernel(now=True)

    asyncio.run(start_kill_and_wait())


def test_each_kernel_watches_its_server(server: ForkServer) -> None:
    # ipykernel exits when the process named here is gone: without it, kernels outlived a server
    probe = "from ipykernel.kernelapp import IPKernelApp\nprint(IPKernelApp.instance().parent_handle)"
    assert run(server, probe) == [f"{server.process.pid}\n"]



def test_the_course_tools_kernels_talk_over_unix_sockets(tmp_path) -> None:
    """The site's and validate's kernels (``ipc_config``): IPC transport, so no port and no TCP warning."""
    code = "import ipykernel, json\nprint(json.load(open(ipykernel.get_connection_file()))['transport'])"
    nb = new_notebook(cells=[new_code_cell(code)])
    NotebookClient(nb, timeout=60, kernel_name="python3", config=kernels.ipc_config(),
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert nb.cells[0].outputs[0]["text"].strip() == "ipc"
