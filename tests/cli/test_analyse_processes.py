"""``analyse`` of many trials in worker processes (spawn): the same bytes as from one process, in the trials'
order (Danish and English text, JSON); a worker that dies or fails ends the command with a clear message
and a non-zero exit code, the other workers ended with it."""

from __future__ import annotations

import json
import os

import pytest

from bench.generate import generate
from effektmaaling.cli.commands import analyse as analyse_command
from effektmaaling.cli.main import main
from effektmaaling.domain.errors import NotFoundError
from effektmaaling.domain.i18n import Text


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("processes")
    return generate(folder / "g.db", trials=9, indicators=3, months=12, templates=2, quiet=True)


@pytest.fixture
def forced(monkeypatch):
    """Processes for every few trials (two processes, batches of two trials); records whether they ran."""
    used = []
    run = analyse_command._run_in_processes

    def recording(*args, **kwargs):
        used.append(run(*args, **kwargs))
        return used[-1]

    monkeypatch.setattr(analyse_command, "PROCESSES_FROM", 2)
    monkeypatch.setattr(analyse_command, "BATCH", 2)
    monkeypatch.setattr(analyse_command, "process_count", lambda n: 2)
    monkeypatch.setattr(analyse_command, "_run_in_processes", recording)
    return used


def _alone(db, extra, capsys, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(analyse_command, "process_count", lambda n: 0)
        assert main(["--db", str(db), "analyse", *extra]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("extra", [["--lang", "da"], ["--lang", "en"], ["--json"]])
def test_processes_print_the_same_bytes_as_one_process(generated, extra, capsys, monkeypatch, forced):
    alone = _alone(generated, extra, capsys, monkeypatch)
    assert main(["--db", str(generated), "analyse", *extra]) == 0
    together = capsys.readouterr().out
    assert forced == [True]  # the worker processes did it
    assert together.encode() == alone.encode()
    if "--json" in extra:
        assert len(json.loads(together)["trials"]) == 9


def test_no_processes_for_a_few_trials(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert analyse_command.process_count(analyse_command.PROCESSES_FROM - 1) == 0
    assert analyse_command.process_count(1000) == min(8, analyse_command.MAX_PROCESSES)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert analyse_command.process_count(1000) == 1  # one: the command works alone (count > 1 needed)


def dying_worker(location, conn, lang, as_json):
    """Answers its first batch like a real worker, then dies as a killed process would."""
    message = conn.recv()
    conn.send((message[0], [], None))
    conn.recv()
    os._exit(3)


def refusing_worker(location, conn, lang, as_json):
    """The real worker's first batch, then the error the storage raises for a trial deleted meanwhile."""
    from effektmaaling.cli.commands.analyse import _portable

    index, _ids = conn.recv()
    conn.send((index, ["del af forsøget\n"], _portable(NotFoundError(Text("Forsøget findes ikke (længere).",
                                                                                  "The trial does not exist.")))))
    while conn.recv() is not None:
        pass


def test_a_dying_worker_ends_the_command_with_a_clear_message(generated, capsys, monkeypatch, forced):
    monkeypatch.setattr(analyse_command, "serve_analyses", dying_worker)
    assert main(["--db", str(generated), "analyse"]) == 70
    err = capsys.readouterr().err
    assert "delprocesser stoppede uventet (kode 3)" in err, err
    assert "Traceback" not in err


def test_a_worker_error_gives_the_same_message_and_exit_code_as_one_process(generated, capsys, monkeypatch,
                                                                            forced):
    monkeypatch.setattr(analyse_command, "serve_analyses", refusing_worker)
    assert main(["--db", str(generated), "analyse"]) == 1
    out, err = capsys.readouterr()
    assert out == "del af forsøget\n"  # what came before the failure is printed first, as from one process
    assert err == "effektmaaling: Forsøget findes ikke (længere).\n"
