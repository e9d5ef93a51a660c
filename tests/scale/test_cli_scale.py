"""The command line on many trials: ``trials`` counts with aggregate queries (the same number of queries
for 3 trials as for 30), ``analyse`` reads measurements as light rows and gives the same analysis as the
ORM objects, trial by trial."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest
from sqlalchemy import event

from bench.generate import generate
from effektmaaling.cli.main import main as cli_main
from effektmaaling.services import Workspace
from effektmaaling.services.analysis import analyse_bundle, iter_analyses


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale")
    return {n: generate(folder / f"g{n}.db", trials=n, indicators=3, months=12, templates=2, quiet=True)
            for n in (3, 30)}


def _queries(ws: Workspace, call) -> int:
    seen = []
    event.listen(ws.db.engine, "before_cursor_execute", lambda *a, **k: seen.append(a[2]))
    call()
    return len(seen)


def test_trials_counts_with_a_fixed_number_of_queries(generated, capsys):
    small, big = (Workspace.open(generated[n], readonly=True) for n in (3, 30))
    try:
        assert _queries(small, small.trial_overview) == _queries(big, big.trial_overview) <= 4
        overview = big.trial_overview()
    finally:
        small.close()
        big.close()
    con = sqlite3.connect(generated[30])
    expected = dict(con.execute("SELECT t.name, count(m.id) FROM trials t JOIN indicators i ON i.trial_id = t.id "
                                "JOIN measurements m ON m.indicator_id = i.id GROUP BY t.id").fetchall())
    con.close()
    assert {t.name: n_meas for t, n_ind, n_meas in overview} == expected
    assert {n_ind for _t, n_ind, _m in overview} == {3}
    assert cli_main(["--db", str(generated[30]), "trials", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["trials"]
    assert len(rows) == 30 and {r["name"]: r["measurements"] for r in rows} == expected


def test_light_rows_give_the_same_analysis_as_orm_objects(demo_db):
    ws = Workspace.open(demo_db, readonly=True)
    try:
        light = [a.to_dict() for a in iter_analyses(ws)]
        full = [analyse_bundle(ws.bundle(t.id)).to_dict() for t in ws.trials()]
        bundle = ws.values_bundle(ws.trials()[0].id)
    finally:
        ws.close()
    assert light == full and len(light) == 3
    rows = next(iter(bundle.measurements.values()))
    assert type(rows[0]).__name__ == "MeasurementValues"  # not ORM objects


def test_analyse_json_of_all_trials_is_one_document(generated, capsys):
    assert cli_main(["--db", str(generated[30]), "analyse", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["trials"]) == 30
    assert all(len(t["indicators"]) == 3 for t in doc["trials"])


def test_trials_read_in_batches_give_the_same_analysis_as_orm_objects(generated):
    """``values_bundles`` reads several trials per query (measurements as columns): the same indicators in
    the same order and the same analysis as each trial read alone with ORM objects, across batch borders."""
    from effektmaaling.domain.entities import MeasurementColumns
    from effektmaaling.domain.errors import NotFoundError

    ws = Workspace.open(generated[30], readonly=True)
    try:
        ids = [t.id for t in ws.trials()]
        batched = list(ws.values_bundles(ids, batch=7))
        assert [b.trial.id for b in batched] == ids
        for b in batched:
            alone = ws.bundle(b.trial.id)
            assert [i.id for i in b.indicators] == [i.id for i in alone.indicators]
            for ind_id, rows in alone.measurements.items():
                cols = b.measurements[ind_id]
                assert isinstance(cols, MeasurementColumns)
                assert [(m.date, m.value, m.n, m.sd, m.numerator, m.denominator) for m in rows] == \
                    [tuple(r[:6]) for r in cols] == list(zip(cols.dates, cols.values, cols.n, cols.sd,
                                                            cols.numerator, cols.denominator, strict=True))
            assert analyse_bundle(b).to_dict() == analyse_bundle(alone).to_dict()
        with pytest.raises(NotFoundError):
            list(ws.values_bundles([ids[0], uuid.uuid4()]))
    finally:
        ws.close()


def test_columns_read_the_one_query_way_when_the_counts_do_not_add_up(generated, monkeypatch):
    """The counts per indicator and the values are two queries in one read transaction; were the counts ever
    not those of the values (they cannot be, within a transaction), the columns are read the old way, with
    the indicator's id per row: the same columns either way, each distinct date one shared object."""
    from effektmaaling.storage import repository as repo

    ran = []
    raw = repo._raw
    monkeypatch.setattr(repo, "_raw", lambda session, sql, params=(): ran.append(sql) or raw(session, sql, params))
    ws = Workspace.open(generated[30], readonly=True)
    try:
        ids = [t.id for t in ws.trials()][:9]
        with ws.db.read() as s:
            two_queries = repo.measurement_columns(s, ids)
        assert [sql.split(" FROM ")[0] for sql in ran] == ["SELECT m.indicator_id, count(*)",
                                                           "SELECT m.date, m.value, m.n, m.sd, m.numerator, m.denominator"]
        ran.clear()
        monkeypatch.setattr(repo, "_COUNTS_SQL", repo._COUNTS_SQL.replace("count(*)", "count(*) + 1"))
        with ws.db.read() as s:
            one_query = repo.measurement_columns(s, ids)
        assert len(ran) == 3 and ran[-1].startswith("SELECT m.indicator_id, m.date, m.value")  # read again
    finally:
        ws.close()

    def plain(columns):
        return {k: [list(c.dates), list(c.values), list(c.n), list(c.sd), list(c.numerator), list(c.denominator)]
                for k, c in columns.items()}

    assert sum(map(len, two_queries.values())) == 9 * 3 * 12 and len(two_queries) == 9 * 3
    assert plain(one_query) == plain(two_queries)
    for columns in (two_queries, one_query):
        dates = [d for c in columns.values() for d in c.dates]
        assert len({id(d) for d in dates}) == len(set(dates)) < len(dates)
