"""Network drives (with a fake mount table) and ``effektmaaling check`` as a real process on real files."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from effektmaaling.cli.main import main
from effektmaaling.services import Workspace
from effektmaaling.storage import netfs

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
srv:/export/home /home/jens nfs4 rw,vers=4.2 0 0
//fil01/afdeling /mnt/Fælles\\040drev cifs rw 0 0
tmpfs /home/jens/tmp tmpfs rw 0 0
jens@host:/data /media/ssh fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/jens/forsøg/data.db", "nfs4"),
    ("/home/jens", "nfs4"),
    ("/home/jensen/data.db", None),  # a prefix of the name is not a mount point above it
    ("/home/jens/tmp/data.db", None),  # a local file system mounted below the network one
    ("/mnt/Fælles drev/data.db", "cifs"),
    ("/media/ssh/data.db", "fuse.sshfs"),
    ("/var/lib/data.db", None),
])
def test_linux_mount_table(path: str, expected: str | None) -> None:
    mounts = netfs.parse_proc_mounts(MOUNTS)
    assert netfs.network_fs_type(path, mounts=mounts, platform="linux") == expected


def test_macos_and_windows() -> None:
    mac = netfs.parse_macos_mount("/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
                                  "//jens@fil01/Afdeling on /Volumes/Afdeling (smbfs, nodev, nosuid, mounted by jens)\n")
    assert netfs.network_fs_type("/Volumes/Afdeling/x.db", mounts=mac, platform="darwin") == "smbfs"
    assert netfs.network_fs_type("/Users/jens/x.db", mounts=mac, platform="darwin") is None
    assert netfs.network_fs_type(r"\\fil01\afdeling\data.db", platform="win32") == "smb"
    assert netfs.network_fs_type(r"C:\Users\jens\data.db", mounts=[], platform="win32") is None


def test_the_real_mount_table_says_tmp_is_local(tmp_path: Path) -> None:
    assert netfs.network_fs_type(tmp_path / "x.db") is None


def test_warning_on_opening_and_in_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.db"
    Workspace.open(db).close()
    monkeypatch.setattr(netfs, "_read_mounts", lambda platform: [("/", "ext4"), (str(tmp_path), "nfs4")])
    ws = Workspace.open(db)
    assert any("netværksdrev (nfs4)" in n.da and "udvekslingsfilen" in n.da for n in ws.notices)
    ws.close()
    assert main(["--db", str(db), "check"]) == 0
    assert "Advarsel: Databasen ligger på et netværksdrev (nfs4)" in capsys.readouterr().out


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "effektmaaling", *args], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=120)


def test_check_finds_sqlite_and_domain_problems(tmp_path: Path) -> None:
    db = tmp_path / "data.db"
    ws = Workspace.open(db)
    trial = ws.create_trial(name="Forsøg", start_date=dt.date(2014, 1, 1))
    ind = ws.create_indicator(trial.id, name="Andel", bottom_line="service", valid_min=0, valid_max=100)
    ws.add_measurement(ind.id, date=dt.date(2014, 1, 31), value=80.0)
    ws.update_indicator(ind.id, valid_max=50)  # the range changed after the value was recorded
    ws.close()
    r = _run("--db", str(db), "check")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "uden for indikatorens gyldige interval" in r.stdout and "80,0" in r.stdout

    # damage a table page behind SQLite's back: integrity_check must report it
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = DELETE")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'measurements'").fetchone()[0]
    con.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d\x00\x00\x00\x05\x0f\xff\x00" + b"\xff" * 40)
    r = _run("--db", str(db), "check")
    assert r.returncode == 1, r.stdout + r.stderr
    # integrity_check lists the damage, or (depending on where the garbage lands) SQLite gives up reading
    assert "problem(er) fundet" in r.stdout and ("SQLite: " in r.stdout or "beskadiget" in r.stdout)
