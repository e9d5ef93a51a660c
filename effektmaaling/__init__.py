"""Effektmåling: effect measurement of social-sector innovation trials."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("effektmaaling")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

APP_NAME = "Effektmåling"
APP_ID = "effektmaaling"
