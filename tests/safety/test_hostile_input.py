"""Hostile and broken input, each case run as the real command line in a process of its own.

Every case is refused with one Danish line on stderr and exit code 1, no traceback; the database and
its -wal are byte-identical afterwards; the process's peak memory stays under 500 MB and it takes
under 10 s of processor time (both measured with ``resource`` inside the process; a wall clock outside
guards against hangs); ``check`` passes
afterwards. Generated cases (hypothesis) follow at the end.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path

import pytest

from effektmaaling.services import Workspace

MAX_RSS_MB = 500
MAX_SECONDS = 10  # processor time of the process (user + system), unaffected by other load on the machine
MAX_WALL_SECONDS = 60  # a hang guard: the machine running the tests may be busy

# The peak is this process's own: VmHWM of /proc/self/status belongs to the memory of the program now running.
# getrusage's ru_maxrss is not: Linux carries it over exec from the process that was replaced, and Python
# starts a child with vfork, so a child of a big pytest process would report pytest's peak.
RUNNER = """
import json, os, resource, sys
from effektmaaling.cli.main import main

def peak_kb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    u = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return u // 1024 if sys.platform == "darwin" else u  # bytes on macOS, KiB elsewhere

try:
    code = main(sys.argv[1:])
finally:
    with open(os.environ["EM_STATS"], "w") as fh:
        u = resource.getrusage(resource.RUSAGE_SELF)
        json.dump({"maxrss_kb": peak_kb(), "cpu_s": u.ru_utime + u.ru_stime}, fh)
sys.exit(code)
"""


HOLDER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT count(*) FROM trials").fetchone()
print("holding", flush=True)
sys.stdin.read()
con.close()
"""


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


class Env:
    """A demo database with committed changes still in its -wal (a reader connection holds the WAL
    open, as a second program would), plus a folder for the hostile files."""

    def __init__(self, root: Path, template: Path) -> None:
        from effektmaaling.services.exchange import export_trial
        from effektmaaling.storage import backup_file

        self.root = root
        self.db = backup_file(template, root / "r.db")
        ws = Workspace.open(self.db)
        # Another program holds a connection (in a process of its own: this one reads the files' bytes,
        # which would drop its locks): the -wal keeps the last change.
        self.reader = subprocess.Popen([sys.executable, "-c", HOLDER, str(self.db)], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, text=True)
        assert self.reader.stdout.readline().strip() == "holding"
        ws.create_trial(name="Nyt forsøg", start_date=dt.date(2015, 1, 1))
        self.trial_doc_path = root / "frinova.json"
        export_trial(ws, ws.find_trial("FriNoVa").id, self.trial_doc_path)
        self.other_trial = ws.find_trial("Center for Selvstændige Boformer")
        self.other_measurement = ws.measurements(ws.indicators(self.other_trial.id)[0].id)[0]
        self.indicator = ws.indicators(ws.find_trial("FriNoVa").id)[0].name
        ws.close()
        self.wal = self.db.with_name("r.db-wal")
        assert self.wal.exists() and self.wal.stat().st_size > 0
        self.doc = json.loads(self.trial_doc_path.read_text(encoding="utf-8"))

    def state(self) -> tuple[str | None, str | None]:
        return digest(self.db), digest(self.wal)

    def close(self) -> None:
        self.reader.stdin.close()
        self.reader.wait(timeout=30)

    def write_doc(self, name: str, doc: object | str) -> Path:
        path = self.root / name
        path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return path

    def trial_doc(self, change) -> dict:  # type: ignore[no-untyped-def]
        doc = copy.deepcopy(self.doc)
        change(doc)
        return doc


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    # A demo file of its own: the session's demo_db_template may hold a PostgreSQL URL when tests on both
    # back-ends ran before this module (a session fixture keeps its last parameter).
    from effektmaaling.services.demo import write_demo

    template = write_demo(tmp_path_factory.mktemp("hostile-demo") / "demo.db")
    e = Env(tmp_path_factory.mktemp("hostile"), template)
    yield e
    e.close()


def run_case(env: Env, argv: list[str], tmp_path: Path) -> tuple[subprocess.CompletedProcess, float, float]:
    stats = tmp_path / "stats.json"
    start = time.monotonic()
    r = subprocess.run([sys.executable, "-c", RUNNER, *argv], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "EM_STATS": str(stats), "EFFEKTMAALING_LANG": "da"})
    wall = time.monotonic() - start
    assert wall < MAX_WALL_SECONDS, f"took {wall:.1f} s of wall-clock time (a hang?)"
    used = json.loads(stats.read_text())
    return r, used["cpu_s"], used["maxrss_kb"] / 1024


def assert_refused(env: Env, argv: list[str], expected: str, tmp_path: Path) -> None:
    before = env.state()
    r, seconds, peak_mb = run_case(env, argv, tmp_path)
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 1, (r.returncode, r.stderr[-2000:])
    assert len(lines) == 1 and lines[0].startswith("effektmaaling: "), r.stderr
    assert "Traceback" not in r.stderr and "uventet" not in r.stderr
    assert expected in lines[0], lines[0]
    assert env.state() == before, "the database or its -wal changed"
    assert peak_mb < MAX_RSS_MB, f"peak memory {peak_mb:.0f} MB"
    assert seconds < MAX_SECONDS, f"took {seconds:.1f} s of processor time"


# --- hostile files -----------------------------------------------------------------------------------

def _minimal_xlsx(sheet_xml: bytes | None = None, *, sheet_size: int | None = None, path: Path) -> Path:
    """A workbook openpyxl can read; ``sheet_size`` bytes of a highly compressible sheet (a zip bomb)."""
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        b'+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        b'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
        b'name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        if sheet_size is None:
            zf.writestr("xl/worksheets/sheet1.xml", sheet_xml or b"")
        else:
            head = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                    b'main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Dato</t></is></c></row>')
            with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
                fh.write(head)
                chunk = b"<!-- " + b"x" * (1024 * 1024 - 10) + b" -->"
                for _ in range(sheet_size // len(chunk)):
                    fh.write(chunk)
                fh.write(b"</sheetData></worksheet>")
    return path


def _wide_dimension_xlsx(path: Path) -> Path:
    """A tiny sheet that says it spans A1:XFD1048576: read as stated, every row has 16,384 cells."""
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Dato</t></is></c><c r="B1" t="inlineStr"><is><t>Værdi</t>'
            '</is></c></row>' + "".join(f'<row r="{r}"><c r="A{r}"><v>{42000 + r}</v></c><c r="B{r}"><v>{r}</v></c>'
                                        '</row>' for r in range(2, 400)))
    xml = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           f'<dimension ref="A1:XFD1048576"/><sheetData>{rows}</sheetData></worksheet>').encode()
    return _minimal_xlsx(xml, path=path)


def _nested(depth: int) -> str:
    return '{"format": "effektmaaling-trial", "version": 1, "trial": ' + "[" * depth + "]" * depth + "}"


def _set_measurement(field: str, value):  # type: ignore[no-untyped-def]
    def change(doc: dict) -> None:
        doc["trial"]["indicators"][0]["measurements"][0][field] = value
    return change


def _set_trial(field: str, value):  # type: ignore[no-untyped-def]
    def change(doc: dict) -> None:
        doc["trial"][field] = value
    return change


def _raw_number(env: Env, name: str, literal: str) -> Path:
    """An exchange file whose first measurement's value is the literal JSON number ``literal``."""
    doc = env.trial_doc(_set_measurement("value", 12345.678))
    text = json.dumps(doc, ensure_ascii=False).replace("12345.678", literal, 1)
    return env.write_doc(name, text)


def _csv(env: Env, name: str, body: bytes) -> Path:
    path = env.root / name
    path.write_bytes(body)
    return path


def build_cases(env: Env) -> dict[str, tuple[list[str], str]]:
    db = str(env.db)
    root = env.root
    ind = env.indicator
    fifo = root / "fifo"
    if not fifo.exists():
        os.mkfifo(fifo)
    other_db = root / "other.db"
    if not other_db.exists():
        with sqlite3.connect(other_db) as con:
            con.execute("CREATE TABLE kunder (id INTEGER)")
    pdf_db = root / "rapport.pdf"
    if not pdf_db.exists():
        with sqlite3.connect(pdf_db) as con:
            con.execute("CREATE TABLE t (id INTEGER)")
    big = root / "big.json"
    if not big.exists():
        with open(big, "wb") as fh:
            fh.truncate(101 * 1024 ** 2)  # sparse: 101 MB without writing them

    def imp(path: Path, *extra: str) -> list[str]:
        return ["--db", db, "import", str(path), "--trial", "FriNoVa", "--indicator", ind, *extra]

    def imp_trial(path: Path) -> list[str]:
        return ["--db", db, "import-trial", str(path), "--prefer", "theirs"]

    good_row = "Dato;Værdi\n01-01-2016;5\n"
    nul_csv = (good_row + "".join(f"0{1 + i % 9}-02-2016;{i}\n" for i in range(0)) + "x" * 70000 + "\n").encode()
    nul_csv = nul_csv[:-1] + b"\x00\n"
    foreign_id = str(env.other_measurement.id)

    return {
        "export onto the open database": (["--db", db, "export", "--trial", "FriNoVa", "-o", db], "database"),
        "export onto its -wal": (["--db", db, "export", "--trial", "FriNoVa", "-o", db + "-wal"], "r.db"),
        "export onto its -shm": (["--db", db, "export", "--trial", "FriNoVa", "--format", "csv-da", "-o",
                                  db + "-shm"], "r.db"),
        "export-trial onto the open database": (["--db", db, "export-trial", "--trial", "FriNoVa", "-o", db],
                                                "database"),
        "export onto another database": (["--db", db, "export", "--trial", "FriNoVa", "-o", str(other_db)],
                                         "er en database"),
        "report onto a database named .pdf": (["--db", db, "report", "--trial", "FriNoVa", "-o", str(pdf_db)],
                                              "er en database"),
        "xlsx bomb (350 MB unpacked)": (imp(_minimal_xlsx(sheet_size=350 * 1024 ** 2, path=root / "bomb.xlsx")),
                                       "pakker sig ud"),
        "xlsx bomb (ratio)": (imp(_minimal_xlsx(sheet_size=40 * 1024 ** 2, path=root / "ratio.xlsx")),
                              "pakker sig ud"),
        "xlsx saying it spans every cell": (imp(_wide_dimension_xlsx(root / "wide.xlsx")), "celler"),
        "FIFO as exchange file": (imp_trial(fifo), "almindelig fil"),
        "FIFO as CSV": (imp(fifo), "almindelig fil"),
        "FIFO as database": (["--db", str(fifo), "trials"], "almindelig fil"),
        "FIFO as database to check": (["--db", str(fifo), "check"], "almindelig fil"),
        "/dev/zero as exchange file": (imp_trial(Path("/dev/zero")), "almindelig fil"),
        "/dev/zero as database": (["--db", "/dev/zero", "trials"], "almindelig fil"),
        "exchange file of 101 MB": (imp_trial(big), "for stor"),
        "100,000-level nesting": (imp_trial(env.write_doc("deep.json", _nested(100_000))), "indlejret"),
        "integer of 5,000 digits": (imp_trial(_raw_number(env, "digits.json", "9" * 5000)), "cifre"),
        "1e400": (imp_trial(_raw_number(env, "e400.json", "1e400")), "for stort"),
        "integer like 1e400": (imp_trial(_raw_number(env, "i400.json", "1" + "0" * 400)), "cifre"),
        "1e308": (imp_trial(_raw_number(env, "e308.json", "1e308")), "for stort"),
        "30-digit number": (imp_trial(_raw_number(env, "d30.json", "1" * 30)), "cifre"),
        "n = 2**63": (imp_trial(env.write_doc("n63.json", env.trial_doc(_set_measurement("n", 2 ** 63)))), "cifre"),
        "n = 2**40": (imp_trial(env.write_doc("n40.json", env.trial_doc(_set_measurement("n", 2 ** 40)))),
                      "for stort"),
        "timestamp year 1 with offset": (imp_trial(env.write_doc("y1.json", env.trial_doc(
            _set_trial("updated_at", "0001-01-01T00:00:00+05:00")))), "tidspunktet"),
        "timestamp year 9999 with offset": (imp_trial(env.write_doc("y9999.json", env.trial_doc(
            _set_trial("created_at", "9999-12-31T23:59:59-05:00")))), "tidspunktet"),
        "measurement id of another trial": (imp_trial(env.write_doc("foreign.json", env.trial_doc(
            _set_measurement("id", foreign_id)))), "samme id som målingen i forsøget"),
        "--delimiter ';;'": (imp(_csv(env, "good.csv", good_row.encode()), "--delimiter", ";;"), "skilletegnet"),
        "trial name with U+202E": (imp_trial(env.write_doc("bidi.json", env.trial_doc(
            _set_trial("name", "FriNoVa\u202eavoNirF")))), "U+202E"),
        "trial name with a zero-width space": (imp_trial(env.write_doc("zw.json", env.trial_doc(
            _set_trial("name", "FriNoVa\u200b")))), "U+200B"),
        "trial name with NUL": (imp_trial(env.write_doc("nul.json", env.trial_doc(_set_trial("name", "Fri\x00NoVa")))),
                                "U+0000"),
        "description with an escape character": (imp_trial(env.write_doc("esc.json", env.trial_doc(
            _set_trial("purpose", "Formål \x1b[31m rødt")))), "U+001B"),
        "CSV with NUL after 64 KiB": (imp(_csv(env, "nul.csv", nul_csv)), "nul-tegn"),
        "CSV value 1e308": (imp(_csv(env, "e308.csv", b"Dato;V\xc3\xa6rdi\n01-01-2016;1e308\n")), "forkerte"),
        "CSV 30-digit value": (imp(_csv(env, "d30.csv", ("Dato;Værdi\n01-01-2016;" + "9" * 30 + "\n").encode())),
                               "forkerte"),
    }


CASE_NAMES = [
    "export onto the open database", "export onto its -wal", "export onto its -shm",
    "export-trial onto the open database", "export onto another database", "report onto a database named .pdf",
    "xlsx bomb (350 MB unpacked)", "xlsx bomb (ratio)", "xlsx saying it spans every cell",
    "FIFO as exchange file", "FIFO as CSV", "FIFO as database", "FIFO as database to check",
    "/dev/zero as exchange file", "/dev/zero as database", "exchange file of 101 MB", "100,000-level nesting",
    "integer of 5,000 digits", "1e400", "integer like 1e400", "1e308", "30-digit number", "n = 2**63", "n = 2**40",
    "timestamp year 1 with offset", "timestamp year 9999 with offset", "measurement id of another trial",
    "--delimiter ';;'", "trial name with U+202E", "trial name with a zero-width space", "trial name with NUL",
    "description with an escape character", "CSV with NUL after 64 KiB", "CSV value 1e308", "CSV 30-digit value",
]


@pytest.fixture(scope="module")
def cases(env):
    return build_cases(env)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_hostile_case_is_refused_in_one_line_and_changes_nothing(env, cases, name, tmp_path):
    argv, expected = cases[name]
    assert_refused(env, argv, expected, tmp_path)


def test_check_passes_after_all_cases(env, cases, tmp_path):
    r, _seconds, _peak = run_case(env, ["--db", str(env.db), "check"], tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Ingen fejl fundet." in r.stdout
    assert set(cases) == set(CASE_NAMES)


def test_the_numbers_refused_at_entry_would_have_broken_the_outputs(tmp_path):
    """Why the caps: before them, 1e308 reached the database and broke analyse/report/export. Every
    entry path refuses it now, and the largest accepted number still goes through all outputs."""
    from effektmaaling.domain.errors import ValidationError
    from effektmaaling.domain.validation import MAX_ABS_NUMBER
    from effektmaaling.services.exporting import export_measurements

    ws = Workspace.open(tmp_path / "n.db")
    try:
        t = ws.create_trial(name="Tal", start_date=dt.date(2014, 1, 1))
        ind = ws.create_indicator(t.id, name="Beløb", bottom_line="productivity")
        for bad in (1e308, 10.0 ** 29, -1e13, float("inf")):
            with pytest.raises(ValidationError):
                ws.add_measurement(ind.id, date=dt.date(2014, 2, 1), value=bad)
        with pytest.raises(ValidationError):
            ws.update_indicator(ind.id, target_value=1e308)
        for i, value in enumerate((MAX_ABS_NUMBER, 1.0, MAX_ABS_NUMBER / 3, 2.5)):
            ws.add_measurement(ind.id, date=dt.date(2014, 2 + i, 1), value=value)
        export_measurements(ws, t.id, tmp_path / "n.xlsx")
        export_measurements(ws, t.id, tmp_path / "n.csv", "csv-da")
    finally:
        ws.close()
    for argv in (["analyse", "--trial", "Tal"], ["report", "--trial", "Tal", "-o", str(tmp_path / "n.pdf")]):
        r = subprocess.run([sys.executable, "-m", "effektmaaling", "--db", str(tmp_path / "n.db"), *argv],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr


# --- generated cases ---------------------------------------------------------------------------------

def test_generated_exchange_documents_never_crash(env, tmp_path):
    """Random hostile values in random places of a valid exchange file: each is either imported or
    refused with a DomainError; never another exception (the command line's exit 70)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from effektmaaling.domain.errors import DomainError
    from effektmaaling.io.exchange import parse_document
    from effektmaaling.services.exchange import MergeConflicts, import_trial
    from effektmaaling.storage import backup_file

    db = backup_file(env.db, tmp_path / "gen.db")
    ws = Workspace.open(db, daily_backup=False)
    hostile = st.one_of(
        st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
        st.sampled_from(["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "2014-13-01", "", None,
                         "\u202e", "\x00", str(uuid.uuid4()), "1e400", [], {}, [[[]]], True]),
    )
    places = st.sampled_from([
        ("trial", "name"), ("trial", "start_date"), ("trial", "created_at"), ("trial", "purpose"),
        ("indicator", "valid_max"), ("indicator", "decimals"), ("indicator", "target_value"), ("indicator", "name"),
        ("indicator", "rate_per"), ("indicator", "measure_type"), ("measurement", "value"), ("measurement", "n"),
        ("measurement", "sd"), ("measurement", "numerator"), ("measurement", "date"), ("measurement", "comment"),
        ("measurement", "id"), ("measurement", "updated_at"),
    ])

    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    @given(changes=st.lists(st.tuples(places, hostile), min_size=1, max_size=3))
    def check(changes):  # type: ignore[no-untyped-def]
        doc = copy.deepcopy(env.doc)
        for (where, field), value in changes:
            target = {"trial": doc["trial"], "indicator": doc["trial"]["indicators"][0],
                      "measurement": doc["trial"]["indicators"][0]["measurements"][0]}[where]
            target[field] = value
        data = json.dumps(doc, ensure_ascii=False)
        try:
            incoming = parse_document(data)
            import_trial(ws, incoming, prefer="mine")
        except (DomainError, MergeConflicts):
            pass

    try:
        check()
        from effektmaaling.services.maintenance import check_database

        assert check_database(ws).ok
    finally:
        ws.close()


def test_generated_csv_cells_never_crash(env, tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from effektmaaling.domain.errors import DomainError
    from effektmaaling.io.measurement_rows import detect_mapping
    from effektmaaling.io.tabular import open_table
    from effektmaaling.services.importing import import_measurements
    from effektmaaling.storage import backup_file

    db = backup_file(env.db, tmp_path / "gen.db")
    ws = Workspace.open(db, daily_backup=False)
    trial = ws.find_trial("FriNoVa")
    ind = ws.find_indicator(trial.id, env.indicator)
    cell = st.one_of(st.text(max_size=40), st.integers(min_value=-(10 ** 40), max_value=10 ** 40).map(str),
                     st.floats().map(lambda f: repr(f).replace(".", ",")),
                     st.sampled_from(["1e308", "9" * 30, "\u202e5", "5\u200b", "01-01-2016", "29-02-2015", "NaN"]))

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(rows=st.lists(st.tuples(cell, cell, cell), min_size=1, max_size=5))
    def check(rows):  # type: ignore[no-untyped-def]
        buf = io.StringIO()
        buf.write("Dato;Værdi;Kommentar\n")
        for r in rows:
            buf.write(";".join(c.replace(";", ",").replace("\n", " ").replace("\r", " ").replace('"', "'")
                               for c in r) + "\n")
        path = tmp_path / "gen.csv"
        path.write_text(buf.getvalue(), encoding="utf-8")
        try:
            source = open_table(path)
            import_measurements(ws, source, detect_mapping(source.header, {}), trial.id, ind.id,
                                on_duplicate="skip")
        except DomainError:
            pass

    try:
        check()
    finally:
        ws.close()
