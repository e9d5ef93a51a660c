"""A shared (PostgreSQL) database set up with ``setup``, and real logins for the security tests."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import pytest


@dataclass
class Shared:
    cluster: object
    dbname: str
    token: str

    def url(self, login: str | None = None) -> str:
        """The superuser's URL, or that of a login made with :meth:`login`."""
        if login is None:
            return self.cluster.url(self.dbname)
        return self.cluster.url(self.dbname, login, "pw-" + login)

    def conninfo(self, login: str) -> str:
        return self.cluster.conninfo(self.dbname, login, "pw-" + login)

    def login(self, name: str, *groups: str) -> str:
        """A new login role (unique to this test) with the program's ``groups`` (e.g. ``effektmaaling_admin``)."""
        login = f"{name}_{self.token}"
        self.cluster.create_login(login, "pw-" + login)
        for group in groups:
            self.cluster.execute(f'GRANT {group} TO "{login}"')
        return login

    def workspace(self, login: str | None = None):
        from effektmaaling.services import Workspace

        return Workspace.open(self.url(login))


@pytest.fixture
def shared(pg_cluster, pg_database) -> Shared:
    from effektmaaling.storage.postgres import setup_database

    setup_database(pg_cluster.url(pg_database))
    return Shared(pg_cluster, pg_database, secrets.token_hex(3))


@pytest.fixture
def workspace_pg(shared):
    """An empty shared database opened by an administrator's login (row-level security applies)."""
    ws = shared.workspace(shared.login("adm", "effektmaaling_admin"))
    yield ws
    ws.close()
