"""Run a command as an unprivileged user who can still reach this Python (tests run as root).

``python tests/learner.py [--no-user-namespaces] UID GID COMMAND...``: in a mount namespace of
its own, root's private home is covered by an empty, world-readable folder with only the Python
installation under it bound back (a virtual environment made by root's Python points there),
then the process drops to ``UID``/``GID`` with no groups and runs ``COMMAND``. Everything else is
as the user finds it. With ``--no-user-namespaces`` it first enters a user namespace (root and
``UID`` mapped through) in which no further user namespace may be made, as on a system that
refuses them to unprivileged users.
"""

from __future__ import annotations

import os
import pwd
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autograder import sandbox  # noqa: E402


def refuse_user_namespaces(uid: int, gid: int) -> None:
    """Enter a user namespace mapping root and ``uid``/``gid`` through, where no other may be made.

    A process can map only itself into a user namespace it made; a helper left outside, still
    root there, writes the two-line maps.
    """
    ready, mapped = os.pipe(), os.pipe()
    helper = os.fork()
    if helper == 0:
        os.read(ready[0], 1)
        for name, own in (("uid_map", uid), ("gid_map", gid)):
            with open(f"/proc/{os.getppid()}/{name}", "w") as handle:
                handle.write(f"0 0 1\n{own} {own} 1\n")
        os.write(mapped[1], b"!")
        os._exit(0)
    sandbox.unshare_user()
    os.write(ready[1], b"!")
    os.read(mapped[0], 1)
    os.waitpid(helper, 0)
    with open("/proc/sys/user/max_user_namespaces", "w") as handle:
        handle.write("0")


def main(uid: int, gid: int, command: list[str]) -> None:
    """Open root's home to the Python installation only, become ``uid``, run ``command``."""
    home = pwd.getpwuid(os.getuid()).pw_dir  # not $HOME: the caller sets it for the user
    keep = [p for p in {sys.base_prefix, sys.prefix} if Path(p).is_relative_to(home)]
    if keep:
        sandbox.unshare_mounts()
        sandbox.cover(home, "size=1m,mode=0755", keep)
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
    os.execvp(command[0], command)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[0] == "--no-user-namespaces":
        arguments.pop(0)
        refuse_user_namespaces(int(arguments[0]), int(arguments[1]))
    main(int(arguments[0]), int(arguments[1]), arguments[2:])
