"""Language selection for messages produced below the UI (errors, explanations, CLI output).

The UI uses Qt's translation system for its own strings; everything below it carries both
languages in a :class:`Text` and picks one with :func:`current_language`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Language = Literal["da", "en"]
LANGUAGES: tuple[Language, ...] = ("da", "en")

_current: Language = "da"


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    _current = lang  # type: ignore[assignment]


def current_language() -> Language:
    return _current


@dataclass(frozen=True, slots=True)
class Text:
    """A sentence in Danish and English."""

    da: str
    en: str

    def get(self, lang: str | None = None) -> str:
        return self.en if (lang or _current) == "en" else self.da

    def __str__(self) -> str:
        return self.get()

    def as_dict(self) -> dict[str, str]:
        return {"da": self.da, "en": self.en}

    def __add__(self, other: Text) -> Text:
        return Text(self.da + other.da, self.en + other.en)
