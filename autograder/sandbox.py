"""Shut a forked kernel in: its own user id, its own view of the file system, nothing left behind.

Used by the fork server (``autograder.forkserver``) in each kernel child, when the server runs
as root. The child, before it becomes the kernel:

1. takes a network namespace of its own, with no interface up and no route anywhere (the
   kernel talks to the grader over Unix sockets, ``autograder.kernels``), and a mount
   namespace of its own, and mounts fresh, empty, size-limited ``tmpfs`` over
   ``/tmp``, ``/var/tmp`` and ``/dev/shm`` (the only places any user may write), over every
   folder in ``hide`` (the course root with ``source/`` and ``.git``, the workspace and the
   gradebook's folder) and over the grader's home folder;
2. binds back what the kernel needs from those places: the Python installation and the
   packages the warm server has imported (``course``), readable but not writable to it, its
   working folder and its sockets' folder, at the same paths;
3. becomes a user id of its own (``UID_BASE`` + its pid), with no groups, so it can read only
   what is world-readable, write only in its working folder (made its own, if it is a grading
   task's folder) and its private scratch space, and signal no other process.

When the kernel has exited, ``kill_leftovers`` kills every process still running under its
user id, however it was detached. Without root none of this is possible; the kernel then runs
as the grader's user (``available()`` says which).
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from functools import cache
from pathlib import Path

UID_BASE = 200_000
"""Kernel user ids are ``UID_BASE + pid``: unique among running kernels, owned by nobody."""
SCRATCH = ("/tmp", "/var/tmp", "/dev/shm")
TASK_PREFIX = "mcc-task-"
"""Grading tasks work in temporary folders named so; a kernel owns its working folder only there."""
HOME = "/tmp/home"
"""The kernel's home folder, in its private ``/tmp``."""
SCRATCH_SIZE = "size=64m,mode=1777"
HIDDEN_SIZE = "size=1m,mode=0755"

_CLONE_NEWNS, _CLONE_NEWNET = 0x00020000, 0x40000000
_MS_BIND, _MS_MOVE, _MS_REC, _MS_PRIVATE = 0x1000, 0x2000, 0x4000, 0x40000
_MNT_DETACH = 2


class SandboxError(RuntimeError):
    """The kernel could not be shut in."""


@cache
def available() -> bool:
    """True when kernels can be isolated here: root on Linux, allowed to make mount and network namespaces.

    Root in a container without ``CAP_SYS_ADMIN`` cannot; a forked child tries once.
    """
    if not (sys.platform.startswith("linux") and os.geteuid() == 0):
        return False
    child = os.fork()
    if child == 0:
        os._exit(0 if _libc().unshare(_CLONE_NEWNS | _CLONE_NEWNET) == 0 else 1)
    return os.waitpid(child, 0)[1] == 0


def kernel_uid(pid: int) -> int:
    """The user id of the kernel process ``pid``."""
    return UID_BASE + pid


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise SandboxError(f"{what}: {os.strerror(errno)}")


def _mount(source: str, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    libc = _libc()
    encoded = [None if s is None else s.encode() for s in (source, target, fstype, data)]
    _check(libc.mount(encoded[0], encoded[1], encoded[2], flags, encoded[3]), f"mount {target}")


def _covers(hide: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each folder to cover, with its tmpfs options: scratch space, ``hide`` and the grader's home."""
    return [(f, SCRATCH_SIZE) for f in SCRATCH] + [(f, HIDDEN_SIZE) for f in (*hide, str(Path.home()))]


def needed_paths(hide: tuple[str, ...]) -> list[str]:
    """The folders inside ``hide`` or the scratch folders that a kernel must still see.

    These are the Python installation and the top-level package folder of every module the
    warm server has imported from such a place (``course``, ``autograder``), never a whole
    course root.
    """
    covered = [Path(folder).resolve() for folder, _ in _covers(hide)]
    found = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    for name, module in list(sys.modules.items()):
        if "." not in name:
            found |= {Path(f).resolve() for f in getattr(module, "__path__", None) or [] if Path(f).is_dir()}
    inside = [p for p in found if any(p.is_relative_to(c) for c in covered)]
    return sorted(str(p) for p in inside if not any(p != q and p.is_relative_to(q) for q in inside))


def enter(hide: tuple[str, ...], keep: list[str]) -> None:
    """In a kernel child running as root: hide ``hide``, keep ``keep``, and drop to the kernel's uid.

    The current folder, the kernel's working folder, is handed to the kernel's user when it is
    in a grading task's temporary folder (``is_task_folder``), and its path stays reachable.
    Any other folder stays as it is: the kernel may read it, if it is not hidden, but not write
    there.
    """
    workdir = os.getcwd()
    ours = is_task_folder(workdir)  # decided before the mounts change what paths lead to
    keep = [*keep, workdir] if ours else keep
    _check(_libc().unshare(_CLONE_NEWNS | _CLONE_NEWNET), "unshare")
    _mount("none", "/", None, _MS_REC | _MS_PRIVATE)
    for folder, options in sorted(_covers(hide), key=lambda c: -len(Path(c[0]).parts)):
        if os.path.isdir(folder):
            _cover(folder, options, [k for k in keep if Path(k).is_relative_to(folder)])
    uid = kernel_uid(os.getpid())
    if ours:
        _give(uid)
    os.makedirs(HOME, exist_ok=True)
    os.chown(HOME, uid, uid)
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)


def _cover(folder: str, options: str, keep: list[str]) -> None:
    """Mount an empty tmpfs over ``folder``, with the folders ``keep`` (inside it) bound back in.

    The tmpfs is prepared at a staging point, while ``keep`` is still visible, then moved.
    """
    stage = tempfile.mkdtemp(prefix="mcc-stage-")
    parent = os.open(os.path.dirname(stage), os.O_RDONLY | os.O_DIRECTORY)  # still reachable once covered
    try:
        _mount("tmpfs", stage, "tmpfs", 0, options)
        for path in keep:
            target = os.path.join(stage, os.path.relpath(path, folder))
            os.makedirs(target, exist_ok=True)
            _mount(path, target, None, _MS_BIND | _MS_REC)
        _mount(stage, folder, None, _MS_MOVE)
    except BaseException:
        _libc().umount2(stage.encode(), _MNT_DETACH)
        raise
    finally:
        os.rmdir(os.path.basename(stage), dir_fd=parent)
        os.close(parent)


def is_task_folder(folder: str) -> bool:
    """True for a folder in a grading task's temporary folder (``TASK_PREFIX``), the only kind handed over."""
    path = Path(folder).resolve()
    scratch = Path(tempfile.gettempdir()).resolve()
    return path.is_relative_to(scratch) and path != scratch and \
        path.relative_to(scratch).parts[0].startswith(TASK_PREFIX)


def _give(uid: int) -> None:
    """Make the current folder, and the files and folders directly in it, belong to ``uid``.

    Only one level: the working folder is a fresh copy made for this kernel; nothing deeper is
    handed over, and nothing outside a grading task's folder ever is (see ``enter``).
    """
    os.chown(".", uid, uid)
    for entry in os.scandir("."):
        if not entry.is_symlink():
            os.chown(entry.name, uid, uid, follow_symlinks=False)


def kill_leftovers(pid: int) -> None:
    """Kill every process still running as the user id of the kernel that was ``pid``."""
    child = os.fork()
    if child == 0:
        try:
            uid = kernel_uid(pid)
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            os.kill(-1, 9)  # every process this uid may signal: exactly its own
        except (OSError, ProcessLookupError):
            pass
        finally:
            os._exit(0)
    os.waitpid(child, 0)
