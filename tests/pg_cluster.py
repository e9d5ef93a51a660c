"""A throwaway PostgreSQL cluster for the tests (and bench/): Debian's ``initdb``/``pg_ctl`` run as a
non-root OS user, listening on a free loopback port, with its data folder in a temp folder that is removed
when the cluster stops.

PostgreSQL refuses to run as root. When the tests run as root (CI, the developers' machines), the cluster
runs as the OS user ``effekt-pg`` (created with ``useradd`` if missing) through ``runuser -u``; otherwise as
the current user. ``find_bin_dir()`` returns None when PostgreSQL is not installed: the tests that need it
are then skipped with that reason.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

OS_USER = "effekt-pg"
SUPERUSER = "postgres"


class ClusterUnavailable(RuntimeError):
    """PostgreSQL is not installed or cannot be started here (the reason is the message)."""


def find_bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` that has initdb and pg_ctl (or ``$PG_BIN_DIR``)."""
    env = os.environ.get("PG_BIN_DIR")
    candidates = [env] if env else sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                                          key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                                          reverse=True)
    for cand in candidates:
        if cand and (Path(cand) / "initdb").exists() and (Path(cand) / "pg_ctl").exists():
            return Path(cand)
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ensure_os_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(OS_USER)
    except KeyError:
        pass
    useradd = shutil.which("useradd")
    if useradd is None:
        raise ClusterUnavailable(f"running as root and there is no OS user {OS_USER} nor useradd to create it")
    proc = subprocess.run([useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OS_USER],
                          capture_output=True, text=True)
    if proc.returncode != 0 and "already exists" not in proc.stderr:
        raise ClusterUnavailable(f"useradd {OS_USER} failed: {proc.stderr.strip()}")
    return pwd.getpwnam(OS_USER)


@dataclass
class Cluster:
    bin_dir: Path
    folder: Path
    port: int
    password: str
    run_as: str | None = None  # OS user name when started from root
    _running: bool = field(default=False, repr=False)

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def log_file(self) -> Path:
        return self.folder / "server.log"

    # --- commands -------------------------------------------------------------------------------

    def _cmd(self, tool: str, *args: str) -> list[str]:
        cmd = [str(self.bin_dir / tool), *args]
        if self.run_as is not None:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return cmd

    def _run(self, tool: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        proc = subprocess.run(self._cmd(tool, *args), capture_output=True, text=True, timeout=timeout,
                              cwd=self.folder, env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
        if proc.returncode != 0:
            log = self.log_file.read_text(errors="replace")[-2000:] if self.log_file.exists() else ""
            raise ClusterUnavailable(f"{tool} {' '.join(args)} failed: {proc.stderr.strip()} {proc.stdout.strip()}\n{log}")
        return proc

    def init(self) -> None:
        pwfile = self.folder / "pwfile"
        pwfile.write_text(self.password + "\n")
        if self.run_as is not None:
            _chown(pwfile, self.run_as)
        self._run("initdb", "-D", str(self.data_dir), "-U", SUPERUSER, f"--pwfile={pwfile}",
                  "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        pwfile.unlink()

    def start(self) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_file), "-w", "-t", "60", "-o", options, "start")
        self._running = True

    def restart(self, mode: str = "fast") -> None:
        # -l again: without it the new server would write to (and hold open) pg_ctl's own output
        self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_file), "-m", mode, "-w", "-t", "60", "restart")

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server. ``immediate`` (the teardown's) skips the shutdown checkpoint: with
        ``synchronous_commit=off`` the last commits (a login just created) are lost if the cluster is started
        again, so a test that starts it again stops it with ``fast``."""
        if self._running:
            with contextlib.suppress(Exception):
                self._run("pg_ctl", "-D", str(self.data_dir), "-m", mode, "-w", "stop", timeout=60)
            self._running = False

    # --- connecting -----------------------------------------------------------------------------

    def url(self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        """A SQLAlchemy URL (psycopg 3) for ``user`` on ``dbname``; the superuser's password by default."""
        pw = self.password if password is None and user == SUPERUSER else password
        auth = quote(user, safe="") + (f":{quote(pw, safe='')}" if pw else "")
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{dbname}"

    def conninfo(self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        pw = self.password if password is None and user == SUPERUSER else password
        return f"host=127.0.0.1 port={self.port} dbname={dbname} user={user} password={pw}"

    def execute(self, sql: str, dbname: str = "postgres") -> list[tuple]:
        """Run ``sql`` as the superuser (autocommit; for CREATE DATABASE, CREATE ROLE …)."""
        import psycopg

        with psycopg.connect(self.conninfo(dbname), autocommit=True) as con:
            cur = con.execute(sql)
            return cur.fetchall() if cur.description else []

    def create_database(self, prefix: str = "t", template: str | None = None) -> str:
        name = f"{prefix}_{secrets.token_hex(6)}"
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create_login(self, name: str, password: str) -> None:
        """A login role (created, or its password reset when it exists)."""
        self.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN "
            f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'; ELSE ALTER ROLE \"{name}\" LOGIN PASSWORD '{password}'; "
            "END IF; END $$")

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def _chown(path: Path, user: str) -> None:
    pw = pwd.getpwnam(user)
    os.chown(path, pw.pw_uid, pw.pw_gid)


def start_cluster() -> Cluster:
    """Create and start a cluster; raise :class:`ClusterUnavailable` saying why when that is impossible."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise ClusterUnavailable("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; "
                                 "apt-get install postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise ClusterUnavailable(f"psycopg is not installed: {exc}") from None
    run_as = None
    folder = Path(tempfile.mkdtemp(prefix="effekt-pg-"))
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            shutil.rmtree(folder, ignore_errors=True)
            raise ClusterUnavailable("running as root without runuser: cannot start PostgreSQL as another user")
        run_as = _ensure_os_user().pw_name
        _chown(folder, run_as)
    os.chmod(folder, 0o700)
    cluster = Cluster(bin_dir=bin_dir, folder=folder, port=free_port(), password=secrets.token_hex(12), run_as=run_as)
    try:
        cluster.init()
        for attempt in range(3):
            try:
                cluster.start()
                break
            except ClusterUnavailable:
                if attempt == 2:
                    raise
                cluster.port = free_port()  # someone took the port in between
                time.sleep(0.5)
    except BaseException:
        cluster.remove()
        raise
    return cluster
