"""Use cases that the CLI, the GUI and the tests call. See :class:`Workspace`."""

from .workspace import Change, IndicatorSnapshot, TrialBundle, TrialSnapshot, UpsertResult, Workspace

__all__ = ["Change", "IndicatorSnapshot", "TrialBundle", "TrialSnapshot", "UpsertResult", "Workspace"]
