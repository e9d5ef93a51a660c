"""The test fixture's PostgreSQL cluster: not run by root, only on loopback, removed afterwards."""

from __future__ import annotations

import os
import pwd
import socket

import pytest
from pg_cluster import start_cluster


def test_cluster_runs_as_a_non_root_user_on_loopback(pg_cluster, pg_database):
    assert pg_cluster.execute("SELECT 1") == [(1,)]
    pid_line = (pg_cluster.data_dir / "postmaster.pid").read_text().splitlines()[0]
    uid = os.stat(f"/proc/{pid_line}").st_uid
    assert uid != 0
    if os.geteuid() == 0:
        assert pwd.getpwuid(uid).pw_name == "effekt-pg"
    assert pg_cluster.execute("SHOW listen_addresses") == [("127.0.0.1",)]
    with socket.create_connection(("127.0.0.1", pg_cluster.port), timeout=5):
        pass
    assert pg_database in {r[0] for r in pg_cluster.execute("SELECT datname FROM pg_database")}


def test_a_cluster_is_removed_with_its_folder(pg_cluster):
    cluster = start_cluster()  # a second one, on another port
    assert cluster.port != pg_cluster.port
    folder = cluster.folder
    assert (folder / "data" / "PG_VERSION").exists()
    cluster.remove()
    assert not folder.exists()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", cluster.port), timeout=2):
        pass
