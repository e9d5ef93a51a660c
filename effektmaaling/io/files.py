"""Why a path cannot be read as a file: missing, a folder, a symbolic-link loop, a named pipe, no access.

The reasons are the user's words in Danish and English, not the operating system's English.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..domain.errors import os_reason
from ..domain.i18n import Text


def file_problem(path: str | Path) -> Text | None:
    """``None`` when ``path`` is a regular file that can be opened for reading, else the reason (without the path)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT and os.path.islink(path):
            return Text("er et symbolsk link til en fil, der ikke findes",
                        "is a symbolic link to a file that does not exist")
        return os_reason(exc)
    if stat.S_ISDIR(st.st_mode):
        return Text("er en mappe, ikke en fil", "is a folder, not a file")
    if stat.S_ISFIFO(st.st_mode):
        return Text("er et navngivet rør (FIFO), ikke en almindelig fil", "is a named pipe (FIFO), not a regular file")
    if stat.S_ISSOCK(st.st_mode):
        return Text("er en sokkel (socket), ikke en almindelig fil", "is a socket, not a regular file")
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        return Text("er en enhed, ikke en almindelig fil", "is a device, not a regular file")
    if not os.access(path, os.R_OK):
        return Text("du har ikke adgang til at læse filen", "you have no permission to read the file")
    return None
