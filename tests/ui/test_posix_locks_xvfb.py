"""The lock test once more on a real X server (Xvfb, Qt's xcb platform), where Qt's file dialog runs as
on a Linux desktop. Skipped, with the reason, where Xvfb is not installed (``.ci/run`` installs it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks")
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb is not installed (Debian: apt-get install xvfb)")
def test_locks_hold_with_every_file_dialog_under_xvfb():
    display = os.environ.get("EFFEKTMAALING_XVFB_DISPLAY")  # a fixed server number, else the first free one
    server = ["-n", display] if display else ["-a"]
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "EFFEKTMAALING_EXPECT_PLATFORM": "xcb"}
    probe = subprocess.run(["xvfb-run", *server, sys.executable, "-c",
                            "from PySide6.QtWidgets import QApplication; QApplication([])"],
                           capture_output=True, text=True, env=env, timeout=120)
    if probe.returncode != 0:
        pytest.skip("Qt's X11 (xcb) platform cannot start under Xvfb here (X11 libraries missing?): "
                    + (probe.stderr.strip().splitlines() or ["?"])[-1])
    r = subprocess.run(["xvfb-run", *server, "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "pytest",
                        "tests/ui/test_posix_locks.py", "-p", "no:cacheprovider", "-v"],
                       cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert "3 passed" in r.stdout and "skipped" not in r.stdout, r.stdout[-2000:]
