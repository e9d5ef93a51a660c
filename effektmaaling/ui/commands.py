"""Undoable user actions: each :class:`QUndoCommand` wraps service calls.

The first execution happens in :func:`execute` *before* the command is pushed, so that a
rejected action (a :class:`DomainError`) raises to the caller and never lands on the stack.
Redo and undo use what the services return (values before, snapshots of deleted records) so
that ids stay the same across undo and redo.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.errors import DomainError

if TYPE_CHECKING:
    from ..domain.entities import Indicator, Measurement, Trial
    from ..services import Workspace
    from ..services.workspace import UpsertResult


class ServiceCommand(QUndoCommand):
    """Base: ``do()`` runs the action the first time, ``redo_()`` again after an undo."""

    def __init__(self, ws: Workspace, text: str, *, trial_id: uuid.UUID | None = None,
                 indicator_id: uuid.UUID | None = None) -> None:
        super().__init__(text)
        self.ws = ws
        self._done_once = False
        self._skip_next = False  # a refused undo or redo: the stack's move back must not run anything
        self.error: BaseException | None = None  # the refusal of the last undo or redo
        # what the step touched: undo and redo show it (the window selects it)
        self.where_trial: uuid.UUID | None = trial_id
        self.where_indicator: uuid.UUID | None = indicator_id

    def do(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def where(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """(trial, indicator) the step touched, as far as known."""
        trial = self.where_trial or getattr(self, "trial_id", None) or getattr(getattr(self, "trial", None), "id", None)
        ind = self.where_indicator or getattr(self, "indicator_id", None) \
            or getattr(getattr(self, "indicator", None), "id", None)
        return trial, ind

    def touched_rows(self) -> tuple[set[uuid.UUID], list[Any]]:
        """The measurements the step changed (ids) and their dates: undo and redo select those rows, or the
        row nearest the first date when they are gone."""
        return set(), []

    def redo_(self) -> None:
        self.do()

    def undo_(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def based_on(self, current: Any, wrote: Mapping[str, Any], version: int | None) -> int:
        """The version an undo or redo of this step is based on: the stored one when the record still holds
        what this step wrote (this user's own later steps may have raised its version and been undone), else
        the version this step left, which the services refuse with both values (someone else changed it)."""
        from .conflict_dialog import same_value

        forced, self._forced_version = getattr(self, "_forced_version", None), None
        if forced is not None:  # the user chose to overwrite the version shown in the conflict
            return forced
        if all(same_value(getattr(current, k), v) for k, v in wrote.items()):
            return int(current.row_version)
        return version if version is not None and version != current.row_version else -1

    def overwrite(self, exc: Any) -> None:
        """The user chose to overwrite someone else's newer change (``exc``, an EditConflictError) with this
        step's undo or redo: the next run is based on the stored version."""

    def redo(self) -> None:
        if not self._done_once:  # the first run already happened in execute()
            self._done_once = True
            return
        self._run(self.redo_)

    def undo(self) -> None:
        self._run(self.undo_)

    def _run(self, action: Callable[[], None]) -> None:
        if self._skip_next:  # the stack is being put back after this command's refused run
            self._skip_next = False
            return
        self.error = None
        try:
            action()
        except DomainError as exc:  # Qt cannot take an exception here: noted for undo_step()/redo_step()
            self.error = exc
            self._skip_next = True
            _refused.append((self, exc))


def _push(stack: QUndoStack, command: ServiceCommand) -> None:
    """Push a command whose first run succeeded; one that changed nothing (an import of a file already merged)
    is not pushed: there is nothing to undo, and a push would throw away what the user can redo."""
    if getattr(command, "changed", None) == 0:
        return
    stack.setProperty("pushing", True)  # the window tells a push from a redo by this
    try:
        stack.push(command)
    finally:
        stack.setProperty("pushing", False)


_refused: list[tuple[ServiceCommand, DomainError]] = []  # undo or redo runs refused since the last look


def undo_step(stack: QUndoStack) -> None:
    """Undo the newest step. When its service call is refused (someone else has changed what it would take
    back: an EditConflictError with both values), the stack is put back where it was (the step is not undone)
    and the refusal is raised: the caller asks and may call ``step.overwrite(exc)`` and try again. The step
    is ``exc.step``."""
    _move(stack, stack.undo, stack.redo)


def redo_step(stack: QUndoStack) -> None:
    """:func:`undo_step` for redo."""
    _move(stack, stack.redo, stack.undo)


def _move(stack: QUndoStack, move: Callable[[], None], back: Callable[[], None]) -> None:
    _refused.clear()
    move()
    if not _refused:
        return
    step, exc = _refused[0]
    _refused.clear()
    stack.setProperty("pushing", True)  # not a step of the user's: the window shows nothing for it
    try:
        back()  # the refused command skips this run (it did nothing); any other of a macro is run again
    finally:
        stack.setProperty("pushing", False)
    exc.step = step  # type: ignore[attr-defined]
    raise exc


def execute(stack: QUndoStack, command: ServiceCommand) -> Any:
    """Run the command's action; if it succeeds, push it on the stack. Errors propagate."""
    result = command.do()
    _push(stack, command)
    return result


def execute_in_background(stack: QUndoStack, command: ServiceCommand, parent: Any, *, title: str, text: str,
                          on_success: Callable[[Any], None], on_error: Callable[[BaseException], None],
                          on_cancel: Callable[[], None] | None = None, cancellable: bool = True,
                          started: Callable[[Any], None] | None = None, name: str = "command") -> Any:
    """:func:`execute` with the command's first run off the GUI thread, under a progress dialog (see
    ``background.run_with_progress``); ``started(job)`` is called in the worker first (the action reports its
    progress and reaches its commit point through the job). On success the command is pushed on the stack
    on the GUI thread, so it lands as one named undo step exactly as :func:`execute` pushes it; an error or a
    cancel pushes nothing. Returns the job."""
    from .background import run_with_progress

    def work(job: Any) -> Any:
        if started is not None:
            started(job)
        return command.do()

    def done(result: Any) -> None:
        _push(stack, command)
        on_success(result)

    return run_with_progress(parent, title, text, work, on_success=done, on_error=on_error, on_cancel=on_cancel,
                             cancellable=cancellable, name=name)


# --- trials ---------------------------------------------------------------------------------------


class CreateTrial(ServiceCommand):
    def __init__(self, ws: Workspace, text: str, values: Mapping[str, Any]) -> None:
        super().__init__(ws, text)
        self.values = dict(values)
        self.trial: Trial | None = None
        self.snapshot = None

    def do(self) -> Trial:
        self.trial = self.ws.create_trial(**self.values)
        return self.trial

    def undo_(self) -> None:
        assert self.trial is not None
        self.snapshot = self.ws.delete_trial(self.trial.id)

    def redo_(self) -> None:
        self.ws.restore_trial(self.snapshot)


class UpdateTrial(ServiceCommand):
    """``expected_version``: the row version the edit is based on (the first run is refused with an
    EditConflictError when someone else saved the trial since; redo and undo are this user's own steps)."""

    def __init__(self, ws: Workspace, text: str, trial_id: uuid.UUID, changes: Mapping[str, Any], *,
                 expected_version: int | None = None) -> None:
        super().__init__(ws, text)
        self.trial_id, self.changes, self.before = trial_id, dict(changes), {}
        self.expected_version = expected_version

    def do(self) -> dict[str, Any]:
        self.before = self.ws.update_trial(self.trial_id, expected_version=self.expected_version, **self.changes)
        self.expected_version = getattr(self.before, "version", None)  # undo and redo: based on what this wrote
        return self.before

    def undo_(self) -> None:
        version = self.based_on(self.ws.trial(self.trial_id), self.changes, self.expected_version)
        done = self.ws.update_trial(self.trial_id, expected_version=version, **self.before)
        self.expected_version = getattr(done, "version", None)

    def redo_(self) -> None:
        version = self.based_on(self.ws.trial(self.trial_id), self.before, self.expected_version)
        done = self.ws.update_trial(self.trial_id, expected_version=version, **self.changes)
        self.expected_version = getattr(done, "version", None)

    def overwrite(self, exc: Any) -> None:
        self._forced_version = exc.version


class Together(ServiceCommand):
    """Several steps as one undo step (the start date moved with the baselines that followed it): run in
    order, undone in reverse; a refused part undoes the parts already run, so nothing is half done."""

    def __init__(self, ws: Workspace, text: str, parts: Sequence[ServiceCommand], *,
                 trial_id: uuid.UUID | None = None) -> None:
        super().__init__(ws, text, trial_id=trial_id)
        self.parts = list(parts)

    def do(self) -> Any:
        self._each([p.do for p in self.parts], [p.undo_ for p in self.parts])

    def undo_(self) -> None:
        self._each([p.undo_ for p in reversed(self.parts)], [p.redo_ for p in reversed(self.parts)])

    def redo_(self) -> None:
        self._each([p.redo_ for p in self.parts], [p.undo_ for p in self.parts])

    @staticmethod
    def _each(actions: list[Callable[[], Any]], backs: list[Callable[[], Any]]) -> None:
        done = 0
        try:
            for action in actions:
                action()
                done += 1
        except BaseException:
            for back in reversed(backs[:done]):
                back()
            raise


class DeleteTrial(ServiceCommand):
    def __init__(self, ws: Workspace, text: str, trial_id: uuid.UUID) -> None:
        super().__init__(ws, text)
        self.trial_id, self.snapshot = trial_id, None

    def do(self) -> Any:
        self.snapshot = self.ws.delete_trial(self.trial_id)
        return self.snapshot

    def undo_(self) -> None:
        self.ws.restore_trial(self.snapshot)


# --- indicators -----------------------------------------------------------------------------------


class CreateIndicator(ServiceCommand):
    def __init__(self, ws: Workspace, text: str, trial_id: uuid.UUID, values: Mapping[str, Any]) -> None:
        super().__init__(ws, text)
        self.trial_id, self.values = trial_id, dict(values)
        self.indicator: Indicator | None = None
        self.snapshot = None

    def do(self) -> Indicator:
        self.indicator = self.ws.create_indicator(self.trial_id, **self.values)
        return self.indicator

    def undo_(self) -> None:
        assert self.indicator is not None
        self.snapshot = self.ws.delete_indicator(self.indicator.id)

    def redo_(self) -> None:
        self.ws.restore_indicator(self.snapshot)


class UpdateIndicator(ServiceCommand):
    def __init__(self, ws: Workspace, text: str, indicator_id: uuid.UUID, changes: Mapping[str, Any], *,
                 expected_version: int | None = None) -> None:
        super().__init__(ws, text)
        self.indicator_id, self.changes, self.before = indicator_id, dict(changes), {}
        self.expected_version = expected_version

    def do(self) -> dict[str, Any]:
        self.before = self.ws.update_indicator(self.indicator_id, expected_version=self.expected_version,
                                               **self.changes)
        self.expected_version = getattr(self.before, "version", None)
        return self.before

    def undo_(self) -> None:
        version = self.based_on(self.ws.indicator(self.indicator_id), self.changes, self.expected_version)
        done = self.ws.update_indicator(self.indicator_id, expected_version=version, **self.before)
        self.expected_version = getattr(done, "version", None)

    def redo_(self) -> None:
        version = self.based_on(self.ws.indicator(self.indicator_id), self.before, self.expected_version)
        done = self.ws.update_indicator(self.indicator_id, expected_version=version, **self.changes)
        self.expected_version = getattr(done, "version", None)

    def overwrite(self, exc: Any) -> None:
        self._forced_version = exc.version


class DeleteIndicator(ServiceCommand):
    def __init__(self, ws: Workspace, text: str, indicator_id: uuid.UUID) -> None:
        super().__init__(ws, text)
        self.indicator_id, self.snapshot = indicator_id, None

    def do(self) -> Any:
        self.snapshot = self.ws.delete_indicator(self.indicator_id)
        return self.snapshot

    def undo_(self) -> None:
        self.ws.restore_indicator(self.snapshot)


class ReorderIndicators(ServiceCommand):
    def __init__(self, ws: Workspace, text: str, trial_id: uuid.UUID, ordered: Sequence[uuid.UUID]) -> None:
        super().__init__(ws, text)
        self.trial_id, self.ordered, self.before = trial_id, list(ordered), []

    def do(self) -> list[uuid.UUID]:
        self.before = self.ws.reorder_indicators(self.trial_id, self.ordered)
        return self.before

    def undo_(self) -> None:
        self.ws.reorder_indicators(self.trial_id, self.before)


# --- measurements ---------------------------------------------------------------------------------


class AddMeasurement(ServiceCommand):
    def __init__(self, ws: Workspace, text: str, indicator_id: uuid.UUID, values: Mapping[str, Any],
                 **where: Any) -> None:
        super().__init__(ws, text, indicator_id=indicator_id, **where)
        self.indicator_id, self.values = indicator_id, dict(values)
        self.measurement: Measurement | None = None
        self.copies: list[Measurement] = []

    def do(self) -> Measurement:
        self.measurement = self.ws.add_measurement(self.indicator_id, **self.values)
        return self.measurement

    def undo_(self) -> None:
        """Delete the added measurement, unless someone else has changed it since (then both values)."""
        from ..services.workspace import clone

        assert self.measurement is not None
        mine = self.copies[0] if self.copies else self.measurement  # as this step left it
        current = self.ws.measurement(mine.id)
        keys = ("date", "value", "n", "sd", "numerator", "denominator", "comment")
        version = self.based_on(current, {k: getattr(mine, k) for k in keys}, None)
        seen = clone(mine)
        seen.row_version = version  # type: ignore[attr-defined]
        self.copies = self.ws.delete_measurements([mine.id], seen=[seen])

    def overwrite(self, exc: Any) -> None:
        self._forced_version = exc.version

    def touched_rows(self) -> tuple[set[uuid.UUID], list[Any]]:
        m = self.measurement
        return ({m.id}, [m.date]) if m is not None else (set(), [])

    def redo_(self) -> None:
        self.ws.restore_measurements(self.copies)


class UpdateMeasurement(ServiceCommand):
    def __init__(self, ws: Workspace, text: str, measurement_id: uuid.UUID, changes: Mapping[str, Any], *,
                 expected_version: int | None = None, **where: Any) -> None:
        super().__init__(ws, text, **where)
        self.measurement_id, self.changes, self.before = measurement_id, dict(changes), {}
        self.expected_version = expected_version

    def do(self) -> dict[str, Any]:
        self.before = self.ws.update_measurement(self.measurement_id, expected_version=self.expected_version,
                                                 **self.changes)
        self.expected_version = getattr(self.before, "version", None)
        return self.before

    def undo_(self) -> None:
        version = self.based_on(self.ws.measurement(self.measurement_id), self.changes, self.expected_version)
        done = self.ws.update_measurement(self.measurement_id, expected_version=version,
                                          **self.before)
        self.expected_version = getattr(done, "version", None)

    def redo_(self) -> None:
        version = self.based_on(self.ws.measurement(self.measurement_id), self.before, self.expected_version)
        done = self.ws.update_measurement(self.measurement_id, expected_version=version,
                                          **self.changes)
        self.expected_version = getattr(done, "version", None)

    def overwrite(self, exc: Any) -> None:
        self._forced_version = exc.version

    def touched_rows(self) -> tuple[set[uuid.UUID], list[Any]]:
        dates = [d for d in (self.before.get("date"), self.changes.get("date")) if d is not None]
        return {self.measurement_id}, dates


class DeleteMeasurements(ServiceCommand):
    def __init__(self, ws: Workspace, text: str, ids: Sequence[uuid.UUID]) -> None:
        super().__init__(ws, text)
        self.ids, self.copies = list(ids), []

    def do(self) -> list[Measurement]:
        self.copies = self.ws.delete_measurements(self.ids)
        return self.copies

    def undo_(self) -> None:
        self.ws.restore_measurements(self.copies)

    def touched_rows(self) -> tuple[set[uuid.UUID], list[Any]]:
        return set(self.ids), sorted(m.date for m in self.copies)

    def where(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        trial, ind = super().where()
        return trial, ind or (self.copies[0].indicator_id if self.copies else None)


class PasteMeasurements(ServiceCommand):
    """A pasted block: one all-or-nothing upsert; undo removes what it added and puts back what it changed."""

    def __init__(self, ws: Workspace, text: str, indicator_id: uuid.UUID, rows: Sequence[Mapping[str, Any]]) -> None:
        super().__init__(ws, text)
        self.indicator_id, self.rows = indicator_id, [dict(r) for r in rows]
        self.result: UpsertResult | None = None
        self.after: dict[uuid.UUID, dict[str, Any]] = {}
        self.copies: list[Measurement] = []

    def do(self) -> UpsertResult:
        self.result = self.ws.upsert_measurements(self.indicator_id, self.rows, on_duplicate="update")
        if self.result.updated:
            now = {m.id: m for m in self.ws.measurements(self.indicator_id)}
            self.after = {mid: {k: getattr(now[mid], k) for k in before} for mid, before in self.result.updated}
        return self.result

    def undo_(self) -> None:
        assert self.result is not None
        self.copies = self.ws.delete_measurements(self.result.inserted)
        for mid, before in self.result.updated:
            self.ws.update_measurement(mid, **before)

    def redo_(self) -> None:
        self.ws.restore_measurements(self.copies)
        for mid, after in self.after.items():
            self.ws.update_measurement(mid, **after)

    def touched_rows(self) -> tuple[set[uuid.UUID], list[Any]]:
        if self.result is None:
            return set(), []
        ids = set(self.result.inserted) | {mid for mid, _before in self.result.updated}
        return ids, sorted(r["date"] for r in self.rows if hasattr(r.get("date"), "toordinal"))


# --- milestones and assessments -------------------------------------------------------------------


class AddMilestone(ServiceCommand):
    def __init__(self, ws: Workspace, text: str, trial_id: uuid.UUID, date: Any, body: str,
                 phase_change: bool = False) -> None:
        super().__init__(ws, text)
        self.trial_id, self.date, self.body, self.phase_change = trial_id, date, body, phase_change
        self.milestone = None
        self.snapshot = None

    def do(self) -> Any:
        self.milestone = self.ws.add_milestone(self.trial_id, self.date, self.body, self.phase_change)
        return self.milestone

    def undo_(self) -> None:
        self.snapshot = self.ws.delete_milestone(self.milestone.id)

    def redo_(self) -> None:
        self.ws.restore_milestone(self.snapshot)


class UpdateMilestone(ServiceCommand):
    """``expected_version``: the version of the milestone the edit is based on (as shown)."""

    def __init__(self, ws: Workspace, text: str, milestone_id: uuid.UUID, changes: Mapping[str, Any], *,
                 expected_version: int | None = None) -> None:
        super().__init__(ws, text)
        self.milestone_id, self.changes, self.before = milestone_id, dict(changes), {}
        self.expected_version = expected_version

    def _current(self) -> Any:
        return self.ws.milestone(self.milestone_id)

    def do(self) -> dict[str, Any]:
        self.before = self.ws.update_milestone(self.milestone_id, expected_version=self.expected_version,
                                               **self.changes)
        self.expected_version = getattr(self.before, "version", None)
        return self.before

    def undo_(self) -> None:
        version = self.based_on(self._current(), self.changes, self.expected_version)
        done = self.ws.update_milestone(self.milestone_id, expected_version=version, **self.before)
        self.expected_version = getattr(done, "version", None)

    def redo_(self) -> None:
        version = self.based_on(self._current(), self.before, self.expected_version)
        done = self.ws.update_milestone(self.milestone_id, expected_version=version, **self.changes)
        self.expected_version = getattr(done, "version", None)

    def overwrite(self, exc: Any) -> None:
        self._forced_version = exc.version


class DeleteMilestone(ServiceCommand):
    """``seen``: the milestone as shown; one changed by someone else since is not deleted (nor by a redo)."""

    def __init__(self, ws: Workspace, text: str, milestone_id: uuid.UUID, *, seen: Any = None) -> None:
        super().__init__(ws, text)
        self.milestone_id, self.snapshot, self.seen = milestone_id, None, seen

    def do(self) -> Any:
        self.snapshot = self.ws.delete_milestone(self.milestone_id, seen=self.seen,
                                                 expected_version=getattr(self.seen, "row_version", None))
        return self.snapshot

    def redo_(self) -> None:
        keys = ("date", "text", "phase_change")
        version = self.based_on(self.ws.milestone(self.milestone_id),
                                {k: getattr(self.snapshot, k) for k in keys}, None)
        self.snapshot = self.ws.delete_milestone(self.milestone_id, seen=self.snapshot, expected_version=version)

    def overwrite(self, exc: Any) -> None:
        self._forced_version = exc.version

    def undo_(self) -> None:
        self.ws.restore_milestone(self.snapshot)


class SetAssessment(ServiceCommand):
    """Set (verdict given) or remove (verdict None) the assessment of one bottom line. ``expected_version``:
    the version of the assessment the edit is based on (0: none was shown). Undo and redo are refused with
    both values when someone else has changed the assessment since."""

    FIELDS = ("verdict", "justification", "evidence")

    def __init__(self, ws: Workspace, text: str, trial_id: uuid.UUID, line: Any, verdict: Any,
                 justification: str = "", evidence: str = "", *, expected_version: int | None = None) -> None:
        super().__init__(ws, text)
        self.trial_id, self.line = trial_id, line
        self.verdict, self.justification, self.evidence = verdict, justification, evidence
        self.expected_version = expected_version
        self.previous = None

    def do(self) -> Any:
        self.previous = self._write(self.verdict, self.justification, self.evidence, None, self.expected_version)
        return self.previous

    def _write(self, verdict: Any, justification: str, evidence: str, date: Any, version: int | None) -> Any:
        if verdict is None:
            return self.ws.delete_assessment(self.trial_id, self.line, expected_version=version)
        return self.ws.set_assessment(self.trial_id, self.line, verdict, justification, evidence, date,
                                      expected_version=version)

    def _based(self, wrote: Mapping[str, Any] | None) -> int:
        """The stored version when the assessment is still as this step left it, else one that is refused."""
        from ..domain.enums import BottomLine

        forced, self._forced_version = getattr(self, "_forced_version", None), None
        if forced is not None:
            return forced
        line = BottomLine(getattr(self.line, "value", self.line))
        current = next((a for a in self.ws.assessments(self.trial_id) if a.bottom_line == line), None)
        if wrote is None:
            return 0 if current is None else -1
        if current is None:
            return -1
        return self.based_on(current, wrote, -1)

    def _mine(self) -> dict[str, Any] | None:
        from ..domain.enums import Verdict

        if self.verdict is None:
            return None
        return {"verdict": Verdict(getattr(self.verdict, "value", self.verdict)),
                "justification": self.justification, "evidence": self.evidence}

    def undo_(self) -> None:
        p = self.previous
        version = self._based(self._mine())
        if p is None:
            self._write(None, "", "", None, version)
        else:
            self._write(p.verdict, p.justification, p.evidence, p.date, version)

    def redo_(self) -> None:
        p = self.previous
        version = self._based(None if p is None else {k: getattr(p, k) for k in self.FIELDS})
        self._write(self.verdict, self.justification, self.evidence, None, version)

    def overwrite(self, exc: Any) -> None:
        self._forced_version = exc.version


# --- bulk changes: the trial's exact state before and after -------------------------------------------


class TrialStateCommand(ServiceCommand):
    """A bulk change of one trial (an import, a paste, a bulk delete, a merge): ``action`` runs it the first
    time; undo puts back the trial's exact state from before it, redo the exact state after it (what was
    chosen then, not what a new run would choose). The state is read by the services (rows as stored)."""

    def __init__(self, ws: Workspace, text: str, trial_id: uuid.UUID, action: Callable[[], Any],
                 describe: Callable[[Any, int], str] | None = None, **where: Any) -> None:
        super().__init__(ws, text, trial_id=trial_id, **where)
        self.trial_id, self.action, self.describe = trial_id, action, describe
        self.before: Any = None
        self.after: Any = None
        self.left: Any = None
        self.rows: dict[str, set] | None = None
        self._overwrite = False
        self.changed: int | None = None  # records added, removed or changed by the first run

    def do(self) -> Any:
        # the states are read inside the action's own write transaction: exactly the rows this step wrote
        result, self.before, self.after, self.rows = self.ws.record_step(self.trial_id, self.action)
        self.changed = self.ws.state_differences(self.before, self.after)
        if self.describe is not None:  # a name that says how much changed (known only now)
            self.setText(self.describe(result, self.changed))
        self.action = self.describe = None  # type: ignore[assignment]  # what they held can go
        self.left = self.after  # the trial as this command's last run left it (undo and redo write self.rows only)
        return result

    def undo_(self) -> None:
        """Take back the rows this step changed, unless someone else has changed one of them since."""
        self.left = self.ws.take_back(self.before, self.left, reason="undo", rows=self.rows,
                                     overwrite=self._overwrite)
        self._overwrite = False

    def redo_(self) -> None:
        self.left = self.ws.take_back(self.after, self.left, reason="redo", rows=self.rows,
                                     overwrite=self._overwrite)
        self._overwrite = False

    def overwrite(self, exc: Any) -> None:
        self._overwrite = True
