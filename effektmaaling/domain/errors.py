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


# The operating system's reasons, in both languages (``strerror`` is in the system's own language).
_OS_REASONS: dict[str, tuple[str, str]] = {
    "ENOENT": ("findes ikke", "does not exist"),
    "EISDIR": ("er en mappe, ikke en fil", "is a folder, not a file"),
    "ENOTDIR": ("en del af stien er ikke en mappe", "a part of the path is not a folder"),
    "EACCES": ("du har ikke adgang til filen", "you have no access to the file"),
    "EPERM": ("handlingen er ikke tilladt", "the operation is not permitted"),
    "ELOOP": ("stien er et symbolsk link, der peger i ring", "the path is a symbolic link that points in a loop"),
    "ENOSPC": ("der er ikke mere plads på disken", "there is no space left on the disk"),
    "EROFS": ("drevet er skrivebeskyttet", "the drive is read-only"),
    "EEXIST": ("findes allerede", "already exists"),
    "ENAMETOOLONG": ("filnavnet er for langt", "the file name is too long"),
    "EBUSY": ("filen er i brug", "the file is in use"),
    "ENXIO": ("er ikke en almindelig fil (fx et navngivet rør uden afsender)",
              "is not a regular file (e.g. a named pipe without a writer)"),
    "EIO": ("læse- eller skrivefejl på drevet", "read or write error on the drive"),
}


def os_reason(exc: OSError, *, writing: bool = False) -> Text:
    """The reason of an operating-system error in Danish and English (never the system's own English)."""
    import errno as _errno

    name = _errno.errorcode.get(exc.errno or -1, "")
    if writing and name == "ENOENT":
        return Text("mappen findes ikke", "the folder does not exist")
    if name in _OS_REASONS:
        return Text(*_OS_REASONS[name])
    return Text(f"systemfejl {name or exc.errno}", exc.strerror or str(exc))


def os_error_text(exc: OSError) -> Text:
    """``path: reason`` for an operating-system error (the path once, the reason in the user's language)."""
    reason = os_reason(exc)
    if exc.filename is None:
        return reason
    return Text(f"{exc.filename}: {reason.da}", f"{exc.filename}: {reason.en}")


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
