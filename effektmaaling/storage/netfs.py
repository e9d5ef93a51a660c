"""Is a database file on a network drive? SQLite's file locking cannot be trusted on network file
systems (NFS, SMB/CIFS, sshfs, ...): two computers may both believe they hold the write lock, and the
file can be damaged. We warn and recommend a local copy plus the exchange file for sharing.

- Linux: the file system type of the longest mount point above the file, from ``/proc/mounts``;
- Windows: a UNC path (``\\\\server\\share``) or a drive whose type is ``DRIVE_REMOTE``;
- macOS: best effort, from the output of ``mount`` (``... on /Volumes/x (smbfs, ...)``).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

from ..domain.i18n import Text

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "fuse.sshfs", "sshfs", "9p", "afs", "davfs", "fuse.davfs",
    "webdav", "ncpfs", "coda", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "fuse.rclone",
    "fuse.s3fs", "afpfs", "nfs3",
})


def _unescape(field: str) -> str:
    """``/proc/mounts`` writes spaces and tabs in mount points as octal escapes (``\\040``)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 4 <= len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from the text of ``/proc/mounts``."""
    pairs = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            pairs.append((_unescape(parts[1]), parts[2]))
    return pairs


def parse_macos_mount(text: str) -> list[tuple[str, str]]:
    """(mount point, type) pairs from macOS ``mount`` output: ``//u@srv/share on /Volumes/share (smbfs, ...)``."""
    pairs = []
    for line in text.splitlines():
        if " on " not in line or "(" not in line:
            continue
        rest = line.split(" on ", 1)[1]
        point, _, opts = rest.rpartition(" (")
        pairs.append((point, opts.split(",", 1)[0].strip(" )")))
    return pairs


def fs_type_of(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the file system holding ``path``: the longest mount point that contains it."""
    target = str(path)
    best, best_len = None, -1
    for point, fstype in mounts:
        norm = point.rstrip("/") or "/"
        if (target == norm or target.startswith(norm + "/") or norm == "/") and len(norm) > best_len:
            best, best_len = fstype, len(norm)
    return best


def network_fs_type(path: str | Path, *, mounts: list[tuple[str, str]] | None = None,
                    platform: str | None = None) -> str | None:
    """The network file system ``path`` lies on (e.g. ``"nfs4"``, ``"smb"``), or ``None`` if local/unknown."""
    platform = platform or sys.platform
    p = Path(os.path.abspath(Path(path).expanduser()))
    if platform == "win32":
        win = PureWindowsPath(str(path))
        if str(win).startswith("\\\\"):
            return "smb"
        return "remote drive" if mounts is None and _windows_drive_is_remote(win.drive) else None
    if mounts is None:
        mounts = _read_mounts(platform)
    with contextlib.suppress(OSError):
        p = p.resolve()
    fstype = fs_type_of(p, mounts)
    if fstype is not None and (fstype in NETWORK_FS_TYPES or fstype.split(".")[-1] in NETWORK_FS_TYPES):
        return fstype
    return None


def _read_mounts(platform: str) -> list[tuple[str, str]]:
    try:
        if platform.startswith("linux"):
            return parse_proc_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
        if platform == "darwin":
            done = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False)
            return parse_macos_mount(done.stdout)
    except (OSError, subprocess.SubprocessError):
        pass
    return []


def _windows_drive_is_remote(drive: str) -> bool:
    if not drive:
        return False
    try:
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # type: ignore[attr-defined]  # DRIVE_REMOTE
    except Exception:
        return False


def network_warning(path: str | Path, **kwargs: object) -> Text | None:
    """A warning for the user when ``path`` is on a network drive, else ``None``."""
    fstype = network_fs_type(path, **kwargs)  # type: ignore[arg-type]
    if fstype is None:
        return None
    return Text(
        f"Databasen ligger på et netværksdrev ({fstype}). Her kan SQLite's låsning ikke stoles på, og filen "
        "kan blive beskadiget, hvis to computere skriver samtidig. Arbejd i en lokal kopi, og del forsøg med "
        "andre via udvekslingsfilen (Fil → Eksportér forsøg …).",
        f"The database is on a network drive ({fstype}), where SQLite's locking cannot be trusted; the file can "
        "be damaged if two computers write at once. Work on a local copy and share trials through the exchange "
        "file (File → Export trial …).",
    )
