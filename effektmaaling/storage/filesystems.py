"""Is a file on a network drive? SQLite's locking cannot be trusted there (NFS, SMB/CIFS, sshfs, ...).

Linux: the file system type of the longest mount point in ``/proc/mounts`` that contains the file.
Windows: ``GetDriveTypeW`` (a mapped or UNC path is ``DRIVE_REMOTE``). macOS: ``statfs``'s
``f_fstypename``. Every probe is best effort: when it cannot tell, the answer is "not a network drive".
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from ..domain.i18n import Text

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "ncpfs", "afs", "9p", "sshfs", "fuse.sshfs", "davfs",
    "fuse.davfs", "webdav", "afpfs", "fuse.afpfs", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph",
    "lustre", "gpfs", "fuse.rclone", "fuse.s3fs", "virtiofs", "vboxsf", "prl_fs", "vmhgfs", "fuse.vmhgfs-fuse",
})


def _unescape_mount_field(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal (\040 ...).
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and len(field[i + 1:i + 4]) == 3 and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def fs_type_from_mounts(path: Path, mounts_text: str) -> str | None:
    """The file system type that ``path`` lies on, according to a ``/proc/mounts`` table."""
    target = str(path)
    best, best_type = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = _unescape_mount_field(parts[1]), parts[2]
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type


def read_mounts() -> str | None:
    """The Linux mount table (None when it cannot be read)."""
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _real(path: Path) -> Path:
    """The absolute path with symbolic links resolved as far as it exists (a new file: its folder's)."""
    path = Path(os.path.abspath(path))
    rest: list[str] = []
    while not path.exists() and path != path.parent:
        rest.insert(0, path.name)
        path = path.parent
    return path.resolve().joinpath(*rest)


def filesystem_type(path: Path, *, mounts_text: str | None = None) -> str | None:
    """The file system type of ``path`` (Linux/macOS), ``"remote"`` for a Windows network drive, or None."""
    path = _real(Path(path))
    if mounts_text is not None or sys.platform.startswith("linux"):
        if mounts_text is None:
            mounts_text = read_mounts()
        return fs_type_from_mounts(path, mounts_text) if mounts_text is not None else None
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_drive_type(path)
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        return _macos_fs_type(path)
    return None


def _windows_drive_type(path: Path) -> str | None:  # pragma: no cover - Windows only
    try:
        text = str(path)
        if text.startswith("\\\\"):
            return "remote"
        root = os.path.splitdrive(text)[0] + "\\"
        kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    except Exception:
        return None
    return "remote" if kind == 4 else None  # DRIVE_REMOTE


def _macos_fs_type(path: Path) -> str | None:  # pragma: no cover - macOS only
    try:
        class StatFs(ctypes.Structure):
            _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32), ("f_blocks", ctypes.c_uint64),
                        ("f_bfree", ctypes.c_uint64), ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                        ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2), ("f_owner", ctypes.c_uint32),
                        ("f_type", ctypes.c_uint32), ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                        ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
                        ("f_mntfromname", ctypes.c_char * 1024), ("f_flags_ext", ctypes.c_uint32),
                        ("f_reserved", ctypes.c_uint32 * 7)]

        libc = ctypes.CDLL("/usr/lib/libc.dylib", use_errno=True)
        fn = libc["statfs$INODE64"] if hasattr(libc, "statfs$INODE64") else libc.statfs
        buf = StatFs()
        if fn(os.fsencode(str(path)), ctypes.byref(buf)) != 0:
            return None
        return buf.f_fstypename.decode("ascii", "replace")
    except Exception:
        return None


def is_network_fs_type(fs_type: str | None) -> bool:
    if not fs_type:
        return False
    fs_type = fs_type.lower()
    return fs_type == "remote" or fs_type in NETWORK_FS_TYPES or fs_type.split(".")[-1] in NETWORK_FS_TYPES


def network_warning(path: Path, *, mounts_text: str | None = None) -> Text | None:
    """A warning to show when the database lies on a network drive, else None."""
    fs_type = filesystem_type(path, mounts_text=mounts_text)
    if not is_network_fs_type(fs_type):
        return None
    kind = "netværksdrev" if fs_type == "remote" else f"netværksdrev ({fs_type})"
    kind_en = "network drive" if fs_type == "remote" else f"network drive ({fs_type})"
    return Text(
        f"Databasen ligger på et {kind}. Dér kan SQLite's låsning ikke stoles på, og samtidige ændringer eller "
        "et afbrudt netværk kan ødelægge filen. Læg databasen på din egen computer, og del forsøg med "
        "kolleger via udvekslingsfilen (Fil → Eksportér forsøg).",
        f"The database lies on a {kind_en}. SQLite's locking cannot be trusted there, and simultaneous changes "
        "or a dropped connection can damage the file. Keep the database on your own computer, and share "
        "trials with colleagues through the exchange file (File → Export trial).")
