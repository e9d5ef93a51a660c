"""Effektmåling: effect measurement of social-sector innovation trials."""

# The one place the version is written (pyproject.toml reads it: [tool.hatch.version]). A literal, not
# importlib.metadata: that import costs every start ~20 ms, and a PyInstaller bundle has no metadata.
__version__ = "0.1.0"

APP_NAME = "Effektmåling"
APP_ID = "effektmaaling"
