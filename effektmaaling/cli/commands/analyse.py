"""``effektmaaling analyse [--trial NAME] [--json]``: the effect analysis of every indicator.

Many trials (more than :data:`PROCESSES_FROM`) are read, analysed and rendered in worker processes
(``multiprocessing``'s ``spawn``, one per processor, at most :data:`MAX_PROCESSES`), each opening the database
itself, read-only, and answering a batch of trial ids with the batch's text (or JSON) parts; this process
prints them in the trials' order as they come, so the output is the same byte for byte as from one process."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from ...domain.i18n import Text, current_language
from ..common import CliError, open_workspace, t

if TYPE_CHECKING:
    from ...analysis import TrialAnalysis

PROCESSES_FROM = 41  # fewer trials: one process (starting one takes ~1-3 s: Python, SQLAlchemy, numpy, scipy)
MAX_PROCESSES = 4  # each holds a batch and the libraries: ~140 MB
BATCH = 25  # trials per message to a worker process (read together: five queries)
AHEAD = 2  # batches handed to each process before its first answer (it is never idle waiting for the next)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyse", help=t("effektanalyse af forsøgenes indikatorer",
                                         "effect analysis of the trials' indicators"))
    p.add_argument("--trial", action="append", metavar=t("NAVN", "NAME"),
                   help=t("kun dette forsøg (kan gentages)", "only this trial (may be repeated)"))
    p.add_argument("--json", action="store_true", help=t("skriv JSON", "print JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Trial by trial: each trial is read, analysed and printed before the next is read, so memory stays
    that of one batch of trials (the JSON document is written piece by piece, as one document); many trials
    in worker processes (:func:`_run_in_processes`)."""
    ws = open_workspace(args, readonly=True)
    # What is loaded now (modules, the workspace) lives to the end: out of the collector's full passes, which
    # otherwise walk it again and again while the trials' objects come and go (0.2 s a pass).
    gc.freeze()
    collecting = gc.isenabled()
    gc.disable()  # collected once per batch of trials instead (_collected)
    try:
        ids = [ws.find_trial(name).id for name in args.trial] if args.trial else [tr.id for tr in ws.trials()]
        lang = current_language()
        count = process_count(len(ids))
        if count > 1 and _run_in_processes(_location(ws), ids, args.json, lang, count, sys.stdout):
            return 0
        from ...services.analysis import iter_analyses  # numpy and scipy: not needed above (~1 s to import)

        _print_parts((render(a, args.json, lang) for a in _collected(iter_analyses(ws, ids))), args.json,
                     sys.stdout)
    finally:
        if collecting:
            gc.enable()
        ws.close()
    return 0


def _location(ws: Any) -> str:
    """What a worker process needs to open ``ws`` itself: as ``services.analysis.status_location`` (the
    file's path, or a shared database's URL with the password it was opened with, handed to the process
    through its pipe), without importing the analysis (numpy, scipy) into this process."""
    if ws.shared:
        return ws.db.url.render_as_string(hide_password=False)  # type: ignore[no-any-return]
    return str(ws.path)


def process_count(trials: int) -> int:
    """How many worker processes for ``trials`` trials: none (0) for a few; else one per processor."""
    import os

    if trials < PROCESSES_FROM:
        return 0
    return max(0, min(os.cpu_count() or 1, MAX_PROCESSES, -(-trials // BATCH)))


def render(analysis: TrialAnalysis, as_json: bool, lang: str) -> str:
    """A trial's part of the output: its text, or its JSON indented as in the whole document."""
    if as_json:
        text = json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2, allow_nan=False)
        # Every line four spaces in, as at its depth in the whole document. Only at "\n": the one line break
        # JSON writes (textwrap.indent also broke lines inside strings at U+2028, U+2029 and U+0085, which
        # ensure_ascii=False leaves as they are, and put spaces into the text; and took ~3 ms a trial).
        return "    " + text.replace("\n", "\n    ")
    from ...analysis.render import analyses_to_text

    return analyses_to_text([analysis], lang)  # type: ignore[arg-type]


class _Printer:
    """Writes the trials' parts (:func:`render`) as one output: a blank line between texts; the JSON
    document ``{"trials": [...]}`` exactly as :func:`print_json` writes it."""

    def __init__(self, as_json: bool, out: IO[str]) -> None:
        self.as_json, self.out, self.first = as_json, out, True

    def add(self, part: str) -> None:
        if self.as_json:
            self.out.write(('{\n  "trials": [\n' if self.first else ",\n") + part)
        else:
            self.out.write(part if self.first else "\n" + part)
        self.first = False

    def end(self) -> None:
        if self.as_json:
            self.out.write('{\n  "trials": []\n}\n' if self.first else "\n  ]\n}\n")


def _print_parts(parts: Iterable[str], as_json: bool, out: IO[str]) -> None:
    printer = _Printer(as_json, out)
    for part in parts:
        printer.add(part)
    printer.end()


def _collected(analyses: Iterable[TrialAnalysis], every: int = 50) -> Iterator[TrialAnalysis]:
    """``analyses``, with one pass of the cyclic garbage collector after every ``every`` trials (as many as
    a read holds). Reading and analysing makes millions of short-lived objects without reference cycles
    (rows, tuples, arrays, results), which reference counting frees; the collector's automatic passes,
    started by every 700 new objects, walked the live ones again and again (2-4 s of the command's CPU
    time). The few cycles (~2,000 objects in all 1,000 trials) are freed by these passes instead."""
    for i, analysis in enumerate(analyses, 1):
        yield analysis
        if i % every == 0:
            gc.collect()


def _print_json_stream(analyses: Iterable[TrialAnalysis]) -> None:
    """``{"trials": [...]}`` exactly as :func:`print_json` writes it, one trial at a time."""
    _print_parts((render(a, True, "da") for a in analyses), True, sys.stdout)


# --- worker processes ------------------------------------------------------------------------------------

def serve_analyses(location: str, conn: Any, lang: str, as_json: bool) -> None:
    """The main function of a worker process: opens the database at ``location`` read-only (a file's path,
    or a shared database's URL with its password: given through the process's pipe, never its command line
    or environment), then answers each ``(index, trial ids)`` received on ``conn`` with ``(index, parts, failure)``
    (:func:`render` of each trial in turn) and the exception that stopped the batch, if any, until it receives
    None or the pipe closes. A database it cannot open is answered with ``("error", exception)``; Ctrl+C is left to the main process, which ends the workers."""
    import contextlib
    import signal
    import uuid

    from ...domain.i18n import set_language
    from ...services import Workspace
    from ...services.analysis import analyse_bundle

    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    set_language(lang)
    try:
        ws = Workspace.open(location, readonly=True, daily_backup=False, verify=False)
    except Exception as exc:
        with contextlib.suppress(OSError):
            conn.send(("error", _portable(exc)))
        return
    from ...analysis import render as _render  # noqa: F401  (imported now: frozen below with the rest)

    # The modules and the workspace live to the end: out of the collector's passes (one per batch instead).
    gc.freeze()
    gc.disable()
    try:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                return
            if message is None:
                return
            index, ids = message
            parts: list[str] = []
            failure: Any = None
            try:
                chosen = [uuid.UUID(str(i)) for i in ids]
                for bundle in ws.values_bundles(chosen, batch=max(len(chosen), 1)):
                    parts.append(render(analyse_bundle(bundle), as_json, lang))
            except Exception as exc:  # the parts made before it are printed first, as from one process
                failure = _portable(exc)
            gc.collect()
            answer = (index, parts, failure)
            try:
                conn.send(answer)
            except OSError:
                return
    finally:
        ws.close()


def _portable(exc: BaseException) -> Any:
    """What of ``exc`` survives the pipe (pickled): the exception; else its class, arguments and attributes
    (a :class:`DomainError` takes a :class:`Text`, which ``pickle`` cannot give back to it), rebuilt by
    :func:`_restored`; else a RuntimeError with its traceback as text."""
    import pickle
    import traceback

    for candidate in (exc, ("carried", type(exc), exc.args, dict(vars(exc)))):
        try:
            pickle.loads(pickle.dumps(candidate))
            return candidate
        except Exception:
            continue
    return RuntimeError("".join(traceback.format_exception(exc)))


def _restored(failure: Any) -> BaseException:
    """The exception :func:`_portable` sent."""
    if isinstance(failure, tuple):
        _, cls, args, attributes = failure
        exc = cls.__new__(cls)
        exc.args = args
        exc.__dict__.update(attributes)
        return exc  # type: ignore[no-any-return]
    return failure  # type: ignore[no-any-return]


class WorkerStopped(CliError):
    """A worker process ended without answering (killed, out of memory, crashed)."""


def _run_in_processes(location: str, ids: Sequence[Any], as_json: bool, lang: str, count: int, out: IO[str],
                      target: Callable[..., None] | None = None) -> bool:
    """Print the parts of ``ids`` made by ``count`` worker processes, in the trials' order, as they come.
    False (nothing printed) when the processes cannot be started: the caller then works alone. An error in
    a worker is raised here (the same message and exit code as from one process); the workers are ended in
    every case, Ctrl+C included."""
    import multiprocessing
    import signal
    from multiprocessing.connection import wait

    size = max(1, BATCH // 2) if as_json else BATCH  # a trial's JSON is ~300 kB (its text ~2.4 kB)
    batches = [[str(i) for i in ids[k:k + size]] for k in range(0, len(ids), size)]
    ctx = multiprocessing.get_context("spawn")
    procs: list[Any] = []
    conns: list[Any] = []
    try:
        # Started with Ctrl+C ignored (kept across the new program's start on POSIX): the main process
        # handles it and ends them; a worker importing its modules would otherwise print a traceback.
        old = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            for k in range(count):
                mine, theirs = ctx.Pipe()
                proc = ctx.Process(target=target or serve_analyses, args=(location, theirs, lang, as_json), daemon=True,
                                   name=f"effektmaaling-analyse-{k + 1}")
                proc.start()
                theirs.close()
                procs.append(proc)
                conns.append(mine)
        finally:
            signal.signal(signal.SIGINT, old)
    except (OSError, ValueError, RuntimeError):  # cannot start processes here: one process does it all
        _stop(procs, conns)
        return False
    printer = _Printer(as_json, out)
    finished = False
    try:
        done: dict[int, tuple[list[str], Any]] = {}
        given = 0  # batches handed out
        printed = 0  # batches printed
        busy: dict[Any, list[int]] = {c: [] for c in conns}

        def hand_out(conn: Any) -> None:
            nonlocal given
            # Bounded: never more than AHEAD batches per process beyond what is printed (memory).
            while (given < len(batches) and len(busy[conn]) < AHEAD
                   and given < printed + AHEAD * len(conns)):
                conn.send((given, batches[given]))
                busy[conn].append(given)
                given += 1

        for conn in conns:
            hand_out(conn)
        while printed < len(batches):
            for conn in wait([c for c in conns if busy[c]]):
                try:
                    answer = conn.recv()
                except (EOFError, OSError):
                    proc = procs[conns.index(conn)]
                    proc.join(1.0)
                    raise WorkerStopped(Text(
                        f"En af analysens delprocesser stoppede uventet (kode {proc.exitcode}); intet efter "
                        "de viste forsøg er analyseret.",
                        f"One of the analysis's worker processes stopped unexpectedly (code {proc.exitcode}); "
                        "nothing after the trials shown was analysed."), code=70) from None
                if answer[0] == "error":  # the database could not be opened
                    raise _restored(answer[1])
                index, parts, failure = answer
                busy[conn].remove(index)
                done[index] = (parts, failure)
                while printed in done:
                    parts, failure = done.pop(printed)
                    for part in parts:
                        printer.add(part)
                    if failure is not None:  # where one process would have stopped, with the same error
                        raise _restored(failure)
                    printed += 1
            for conn in conns:
                hand_out(conn)
        printer.end()
        finished = True
    finally:
        _stop(procs, conns, ask_first=finished)  # else (Ctrl+C, an error) at once: they are mid-batch
    return True


def _stop(procs: list[Any], conns: list[Any], *, ask_first: bool = False) -> None:
    """End the workers: with ``ask_first`` (they are idle) asked to end, closing their database connection
    themselves, for up to a second; then those still running terminated. The pipes closed."""
    import contextlib
    import time

    if ask_first:
        for conn in conns:
            with contextlib.suppress(Exception):
                conn.send(None)
        deadline = time.monotonic() + 1.0
        for proc in procs:
            with contextlib.suppress(Exception):
                proc.join(max(0.0, deadline - time.monotonic()))
    for proc in procs:
        with contextlib.suppress(Exception):
            if proc.exitcode is None:
                proc.terminate()
                proc.join(1.0)
            if proc.exitcode is None:
                proc.kill()
                proc.join(0.5)
    for conn in conns:
        with contextlib.suppress(Exception):
            conn.close()
