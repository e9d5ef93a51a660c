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
