"""The log of unexpected errors records what and where, never the user's data, and only its owner can
read it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from effektmaaling import crashlog

SECRET_NAME = "Anna Hansen"
SECRET_NUMBER = "0101901234"

RUNNER = f"""
import sys
import effektmaaling.services.exchange as ex
from sqlalchemy import text

def failing_import(ws, incoming, **kwargs):
    with ws.db.write() as s:
        s.execute(text("INSERT INTO trials (id, name, purpose) VALUES (:i, :n, :p)"),
                  {{"i": "x", "n": "{SECRET_NAME}", "p": "kommentar {SECRET_NUMBER}"}})

ex.import_trial = failing_import
from effektmaaling.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_an_integrity_error_in_the_command_line_leaves_no_values_in_the_log(demo_db, tmp_path):
    from effektmaaling.services import Workspace
    from effektmaaling.services.exchange import export_trial

    ws = Workspace.open(demo_db)
    export_trial(ws, ws.find_trial("FriNoVa").id, tmp_path / "f.json")
    ws.close()
    data = tmp_path / "userdata"
    log = data / "logs" / "effektmaaling.log"
    log.parent.mkdir(parents=True)
    log.write_text("an older entry\n", encoding="utf-8")
    log.chmod(0o644)  # as older versions left it
    r = subprocess.run([sys.executable, "-c", RUNNER, "--db", str(demo_db), "import-trial", str(tmp_path / "f.json")],
                       capture_output=True, text=True, timeout=120,
                       env={**os.environ, "EFFEKTMAALING_DATA_DIR": str(data)})
    assert r.returncode == 70 and str(log) in r.stderr, r.stderr
    content = log.read_text(encoding="utf-8")
    assert "IntegrityError" in content and "NOT NULL constraint failed" in content  # what
    assert "failing_import" in content and ", line " in content  # where
    assert SECRET_NAME not in content and SECRET_NUMBER not in content and "kommentar" not in content
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_scrub_removes_parameters_even_when_an_engine_shows_them():
    engine = create_engine("sqlite://")  # without hide_parameters: the worst case
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (a TEXT NOT NULL UNIQUE)"))
        conn.execute(text("INSERT INTO t VALUES (:a)"), {"a": SECRET_NAME})
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (:a)"), {"a": SECRET_NAME})
    except IntegrityError as exc:
        assert SECRET_NAME in str(exc)  # what SQLAlchemy would have written
        described = crashlog.describe(type(exc), exc, exc.__traceback__)
    assert SECRET_NAME not in described and "UNIQUE constraint failed: t.a" in described
    assert crashlog.scrub(f"could not convert string to float: '{SECRET_NAME}'") == \
        "could not convert string to float: '…'"
    assert SECRET_NUMBER not in crashlog.scrub(f"value {SECRET_NUMBER} too large")


def test_the_desktop_programs_log_is_private(tmp_path):
    from effektmaaling.ui import errors

    try:
        raise ValueError(f"kunne ikke læse »{SECRET_NAME}«")
    except ValueError:
        path = errors.log_exception(*sys.exc_info())
    content = path.read_text(encoding="utf-8")
    assert "ValueError" in content and SECRET_NAME not in content
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
