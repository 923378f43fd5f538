"""Shut a forked kernel in: its own view of the file system, no network, nothing left behind.

Used by the fork server (``autograder.forkserver``) in each kernel child. Two ways (``mode()``):
as root ("root"), and as any user where the system lets unprivileged users make user
namespaces, as most Linux distributions do ("user namespace"). The child, before it becomes
the kernel:

1. takes a network namespace of its own, with no interface up and no route anywhere (the
   kernel talks to the grader over Unix sockets, ``autograder.kernels``), and a mount
   namespace of its own, and mounts fresh, empty, size-limited ``tmpfs`` over
   ``/tmp``, ``/var/tmp`` and ``/dev/shm`` (the only places any user may write), over every
   folder in ``hide`` (the course root with ``source/`` and ``.git``, the workspace and the
   gradebook's folder) and over the grader's home folder;
2. binds back what the kernel needs from those places, at the same paths: the Python
   installation and the packages the warm server has imported (``course``), read-only, and its
   working folder and its sockets' folder, writable;
3. as root, becomes a user id of its own (``UID_BASE`` + its pid), with no groups, so it can
   read only what is world-readable, write only in its working folder (made its own, if it is a
   grading task's folder) and its private scratch space, and signal no other process. In a user
   namespace it keeps the grader's user id (the only one it has), in a user namespace of its
   own in which it then drops every capability, so it cannot undo the mounts; it can still
   write where the grader's user can outside the hidden folders, and has no process limit.

The fork server is the kernels' child subreaper, so a process a kernel leaves behind, however
detached, becomes the server's child and is killed when the kernel has exited; as root,
``kill_leftovers`` also kills every process still running under the kernel's user id. Where
neither way is possible the kernel runs as the grader's user, unshut (``mode()`` is "").
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from collections.abc import Callable
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

_CLONE_NEWNS, _CLONE_NEWNET, _CLONE_NEWUSER = 0x00020000, 0x40000000, 0x10000000
_MS_RDONLY, _MS_REMOUNT, _MS_BIND, _MS_MOVE, _MS_REC, _MS_PRIVATE = 0x1, 0x20, 0x1000, 0x2000, 0x4000, 0x40000
_MS_RELATIME, _ST_RELATIME = 0x200000, 0x1000
_KEPT_FLAGS = 0x2 | 0x4 | 0x8 | 0x400 | 0x800  # nosuid, nodev, noexec, noatime, nodiratime: ST_ = MS_
_MNT_DETACH = 2
_PR_SET_NO_NEW_PRIVS, _PR_SET_CHILD_SUBREAPER = 38, 36
_CAPABILITY_VERSION_3 = 0x20080522
ROOT, USER_NAMESPACE = "root", "user namespace"


class SandboxError(RuntimeError):
    """The kernel could not be shut in."""


@cache
def mode() -> str:
    """How kernels are shut in here: ``ROOT``, ``USER_NAMESPACE``, or "" (not at all).

    A forked child tries each way once: root that may make mount and network namespaces and
    take another user id (root in a container without ``CAP_SYS_ADMIN``, or root of a user
    namespace, may not), then an unprivileged user namespace in which a ``tmpfs`` can be
    mounted (some systems refuse them, or forbid their mounts).
    """
    if not sys.platform.startswith("linux"):
        return ""
    if os.geteuid() == 0 and _tried(_try_root):
        return ROOT
    return USER_NAMESPACE if _tried(_try_user_namespace) else ""


def available() -> bool:
    """True when kernels can be shut in here (``mode()``)."""
    return bool(mode())


def _tried(way: Callable[[], None]) -> bool:
    """Whether ``way`` works, tried in a forked child so that nothing changes here."""
    child = os.fork()
    if child == 0:
        try:
            way()
            os._exit(0)
        except BaseException:
            os._exit(1)
    return os.waitpid(child, 0)[1] == 0


def _try_root() -> None:
    _check(_libc().unshare(_CLONE_NEWNS | _CLONE_NEWNET), "unshare")
    uid = kernel_uid(os.getpid())
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)


def _try_user_namespace() -> None:
    _enter_user_namespace()
    _mount("none", "/", None, _MS_REC | _MS_PRIVATE)
    _mount("tmpfs", "/tmp", "tmpfs", 0, SCRATCH_SIZE)


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


def enter(hide: tuple[str, ...], keep: list[str], writable: list[str]) -> None:
    """In a kernel child: hide ``hide``, keep ``keep`` (read-only) and ``writable``, then drop privileges.

    The current folder, the kernel's working folder, stays writable and reachable when it is in
    a grading task's temporary folder (``is_task_folder``), and is handed to the kernel's user
    as root. Any other folder stays as it is: the kernel may read it, if it is not hidden, but
    (as root) not write there.
    """
    workdir = os.getcwd()
    ours = is_task_folder(workdir)  # decided before the mounts change what paths lead to
    writable = [*writable, workdir] if ours else writable
    as_root = mode() == ROOT
    if as_root:
        _check(_libc().unshare(_CLONE_NEWNS | _CLONE_NEWNET), "unshare")
    else:
        _enter_user_namespace()
    _mount("none", "/", None, _MS_REC | _MS_PRIVATE)
    for folder, options in sorted(_covers(hide), key=lambda c: -len(Path(c[0]).parts)):
        if os.path.isdir(folder):
            inside = [k for k in (*keep, *writable) if Path(k).is_relative_to(folder)]
            cover(folder, options, inside, [w for w in writable if w in inside])
    os.makedirs(HOME, exist_ok=True)
    if not as_root:
        _drop_capabilities()
        return
    uid = kernel_uid(os.getpid())
    if ours:
        _give(uid)
    os.chown(HOME, uid, uid)
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)


def _enter_user_namespace() -> None:
    """Take user, mount and network namespaces of one's own, keeping one's user and group ids."""
    uid, gid = os.getuid(), os.getgid()
    _check(_libc().unshare(_CLONE_NEWUSER | _CLONE_NEWNS | _CLONE_NEWNET), "unshare")
    for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1")):
        with open(f"/proc/self/{name}", "w") as handle:
            handle.write(text)


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]


def _drop_capabilities() -> None:
    """Give up every capability (those of the user namespace too) for good, as a user id change would."""
    libc = _libc()
    _check(libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no new privileges")
    _check(libc.capset(ctypes.byref(_CapHeader(_CAPABILITY_VERSION_3, 0)), (_CapData * 2)()), "capset")


def become_subreaper() -> None:
    """Make the processes this one's children leave behind its own children when they are orphaned."""
    _check(_libc().prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), "subreaper")


def cover(folder: str, options: str, keep: list[str], writable: list[str] = ()) -> None:
    """Mount an empty tmpfs over ``folder``, with the folders ``keep`` (inside it) bound back in.

    They are bound read-only, except those also in ``writable``. The tmpfs is prepared at a
    staging point, while ``keep`` is still visible, then moved.
    """
    stage = tempfile.mkdtemp(prefix="mcc-stage-")
    parent = os.open(os.path.dirname(stage), os.O_RDONLY | os.O_DIRECTORY)  # still reachable once covered
    try:
        _mount("tmpfs", stage, "tmpfs", 0, options)
        for path in keep:
            target = os.path.join(stage, os.path.relpath(path, folder))
            os.makedirs(target, exist_ok=True)
            _mount(path, target, None, _MS_BIND | _MS_REC)
            if path not in writable:
                _read_only(target)
        _mount(stage, folder, None, _MS_MOVE)
    except BaseException:
        _libc().umount2(stage.encode(), _MNT_DETACH)
        raise
    finally:
        os.rmdir(os.path.basename(stage), dir_fd=parent)
        os.close(parent)


def _read_only(target: str) -> None:
    """Remount the bind mount at ``target`` read-only, keeping the flags a user namespace may not drop."""
    flags = os.statvfs(target).f_flag
    kept = (flags & _KEPT_FLAGS) | (_MS_RELATIME if flags & _ST_RELATIME else 0)
    _mount("none", target, None, _MS_REMOUNT | _MS_BIND | _MS_RDONLY | kept)


def unshare_user() -> None:
    """Take a user namespace of one's own, with no ids mapped yet (for a test's set-up)."""
    _check(_libc().unshare(_CLONE_NEWUSER), "unshare")


def unshare_mounts() -> None:
    """Take a mount namespace of one's own (root only), whose mounts never reach the rest of the system."""
    _check(_libc().unshare(_CLONE_NEWNS), "unshare")
    _mount("none", "/", None, _MS_REC | _MS_PRIVATE)


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
