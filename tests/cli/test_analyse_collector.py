"""``analyse`` pauses Python's cyclic garbage collector while it reads and analyses (one pass per batch of
trials instead): the text stays the same, and the collector is left as it was found."""

from __future__ import annotations

import gc

from effektmaaling.cli.commands import analyse as analyse_command
from effektmaaling.cli.main import main


def test_analyse_of_all_trials_collects_per_batch_and_restores_the_collector(demo_db, capsys, monkeypatch):
    names = ["Center for Selvstændige Boformer", "Den Sociale Hjemmepleje Valby/Vesterbro", "FriNoVa"]
    alone = []
    for name in names:
        assert main(["--db", str(demo_db), "analyse", "--trial", name]) == 0
        alone.append(capsys.readouterr().out)

    passes = []
    collect = gc.collect
    monkeypatch.setattr(analyse_command.gc, "collect", lambda *a: passes.append(gc.isenabled()) or collect(*a))
    monkeypatch.setattr(analyse_command._collected, "__defaults__", (1,))  # a pass after every trial
    assert gc.isenabled()
    assert main(["--db", str(demo_db), "analyse"]) == 0
    out = capsys.readouterr().out
    assert gc.isenabled()  # left as it was found
    assert passes == [False, False, False]  # one pass per batch, the automatic ones paused meanwhile
    assert all(text in out for text in alone)  # each trial's text as when it is analysed alone
    assert len(out) == sum(map(len, alone)) + len(alone) - 1  # and nothing else (a blank line between)


def test_analyse_leaves_a_paused_collector_paused(demo_db, capsys):
    gc.disable()
    try:
        assert main(["--db", str(demo_db), "analyse", "--json"]) == 0
        assert '"trials"' in capsys.readouterr().out
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_analyse_json_keeps_line_separators_in_names_and_is_print_json_of_the_whole(demo_db, capsys):
    """A name with U+2028 (a line separator that JSON leaves unescaped with ensure_ascii=False) reads back
    unchanged: the document is indented at its real line breaks only; byte for byte what ``print_json``
    writes for the whole document at once."""
    import json
    import sqlite3

    from effektmaaling.cli.commands.analyse import _print_json_stream
    from effektmaaling.cli.common import open_workspace, print_json
    from effektmaaling.services.analysis import analyse_trials

    name = "FriNoVa\u2028anden linje\u2029tredje\x85fjerde"
    con = sqlite3.connect(demo_db)
    con.execute("UPDATE trials SET name = ? WHERE name = 'FriNoVa'", (name,))
    con.commit()
    con.close()
    assert main(["--db", str(demo_db), "analyse", "--json"]) == 0
    out = capsys.readouterr().out
    assert name in {t["name"] for t in json.loads(out)["trials"]}

    import argparse

    ws = open_workspace(argparse.Namespace(db=str(demo_db)), readonly=True)
    try:
        analyses = analyse_trials(ws)
    finally:
        ws.close()
    print_json({"trials": [a.to_dict() for a in analyses]})
    whole = capsys.readouterr().out
    _print_json_stream(analyses)
    assert capsys.readouterr().out == whole == out
