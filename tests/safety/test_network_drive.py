"""Network drives: a database on NFS, SMB/CIFS, sshfs ... gets a warning (the GUI shows it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from effektmaaling.services import Workspace
from effektmaaling.storage import filesystems
from effektmaaling.storage.filesystems import (
    filesystem_type,
    fs_type_from_mounts,
    is_network_fs_type,
    network_warning,
)

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
fileserver:/export/home /home/shared nfs4 rw,relatime,vers=4.2 0 0
//kk-fil01/Forsøg /mnt/kk\\040drev cifs rw,relatime,vers=3.0 0 0
user@host:/data /mnt/ssh fuse.sshfs rw,nosuid,nodev 0 0
tmpfs /mnt/kk\\040drev/lokal tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "fs_type", "network"), [
    ("/home/shared/effekt.db", "nfs4", True),
    ("/home/sharedx/effekt.db", "ext4", False),  # a prefix of the name is not the mount point
    ("/mnt/kk drev/Forsøg/effekt.db", "cifs", True),  # \040 in the table is a space
    ("/mnt/kk drev/lokal/effekt.db", "tmpfs", False),  # the longest mount point wins
    ("/mnt/ssh/a/b.db", "fuse.sshfs", True),
    ("/boot/efi/x.db", "vfat", False),
    ("/var/lib/effekt.db", "ext4", False),
])
def test_file_system_type_from_the_mount_table(path, fs_type, network):
    assert fs_type_from_mounts(Path(path), MOUNTS) == fs_type
    assert is_network_fs_type(fs_type) is network


@pytest.mark.parametrize("fs_type", ["nfs", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "sshfs", "remote", "NFS4"])
def test_network_types(fs_type):
    assert is_network_fs_type(fs_type)


@pytest.mark.parametrize("fs_type", ["ext4", "btrfs", "xfs", "apfs", "tmpfs", "overlay", "ntfs", "fuse.portal", None])
def test_local_types(fs_type):
    assert not is_network_fs_type(fs_type)


def test_warning_text_names_the_risk_and_the_way_out():
    w = network_warning(Path("/home/shared/effekt.db"), mounts_text=MOUNTS)
    assert w is not None
    assert "netværksdrev (nfs4)" in w.da and "udvekslingsfilen" in w.da and "din egen computer" in w.da
    assert "network drive (nfs4)" in w.en and "exchange file" in w.en
    assert network_warning(Path("/var/lib/effekt.db"), mounts_text=MOUNTS) is None


def test_opening_a_database_on_a_network_drive_warns(tmp_path, monkeypatch):
    table = f"/dev/sda1 / ext4 rw 0 0\nserver:/x {tmp_path.resolve()} nfs rw 0 0\n"
    monkeypatch.setattr(filesystems, "read_mounts", lambda: table)
    monkeypatch.setattr(filesystems.sys, "platform", "linux")
    assert filesystem_type(tmp_path / "new.db") == "nfs"  # a file that does not exist yet: its folder
    ws = Workspace.open(tmp_path / "net.db")
    try:
        assert any("netværksdrev (nfs)" in w.da for w in ws.warnings)
    finally:
        ws.close()
    ro = Workspace.open(tmp_path / "net.db", readonly=True)  # reading from there is warned about too
    try:
        assert any("netværksdrev" in w.da for w in ro.warnings)
    finally:
        ro.close()


def test_local_database_has_no_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(filesystems, "read_mounts", lambda: "/dev/sda1 / ext4 rw 0 0\n")
    monkeypatch.setattr(filesystems.sys, "platform", "linux")
    ws = Workspace.open(tmp_path / "local.db")
    try:
        assert ws.warnings == []
    finally:
        ws.close()
