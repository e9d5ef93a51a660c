"""Every benchmark stays runnable: the whole suite on tiny sizes (one run each, a 12-trial generated
database), its table and JSON file. No timing is judged here; ``uv run python -m bench`` measures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_suite_runs_on_tiny_sizes(tmp_path):
    out = tmp_path / "quick.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "bench", "--quick", "--json", str(out)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    doc = json.loads(out.read_text(encoding="utf-8"))
    names = [r["name"] for r in doc["results"]]
    for expected in ("analysis", "CLI trials", "CLI check", "CLI analyse", "effect report", "comparison PDF",
                     "import", "exchange read + merge", "GUI window painted", "GUI all status icons", "GUI longest event-loop stall",
                     "GUI peak memory", "GUI closing", "chart redraw"):
        assert any(n.startswith(expected) for n in names), (expected, names)
    assert all(r["runs"] and r["median"] >= 0 for r in doc["results"])
    assert "measure" in run.stdout and "median" in run.stdout and "GUI trials listed" in run.stdout
    assert doc["machine"]["cpus"] >= 1
