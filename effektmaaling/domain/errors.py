"""Domain errors. Each carries a bilingual message that names the field (or place) and the problem."""

from __future__ import annotations

from .i18n import Text


class DomainError(Exception):
    """Base of all errors a user can understand and act on."""

    def __init__(self, message: Text, *, field: str | None = None, location: str | None = None) -> None:
        self.message = message
        self.field = field
        self.location = location
        super().__init__(message.en)

    def text(self, lang: str | None = None) -> str:
        msg = self.message.get(lang)
        if self.location:
            return f"{self.location}: {msg}"
        return msg

    def __str__(self) -> str:
        return self.text()


class ValidationError(DomainError):
    """Input that breaks a rule of the model. ``field`` is the attribute name."""


class NotFoundError(DomainError):
    """A trial, indicator or other record that does not exist."""


class ConflictError(DomainError):
    """A change that collides with existing data (e.g. a duplicate name or date)."""


class StorageError(DomainError):
    """The database file cannot be used (not SQLite, newer schema, locked, read-only, disk full)."""




class EditConflictError(ConflictError):
    """An edit based on an older version of a record that someone else has changed meanwhile. Nothing was
    saved. ``yours`` and ``theirs`` are the edited fields' values (the user's, the stored ones); ``by`` and
    ``at`` who made the stored version and when; ``version`` its row version (edit again based on it to
    keep yours, or drop yours to keep theirs)."""

    def __init__(self, message, *, yours: dict, theirs: dict, by: str | None, at: object, version: int,  # type: ignore[no-untyped-def]
                 field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.yours = yours
        self.theirs = theirs
        self.by = by
        self.at = at
        self.version = version


class StaleRowError(StorageError):
    """The change was not saved: the record was changed or deleted by someone else since it was read (its
    row version moved on), or the login may only read it. Raised by the storage layer; the services turn
    a newer version into an :class:`EditConflictError`."""
