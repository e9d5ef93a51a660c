"""The peak memory of the process that calls it (stdlib only: imported by the benchmark child processes).

``resource.getrusage(RUSAGE_SELF).ru_maxrss`` is not that on Linux: it is carried over ``exec`` from the
process that was replaced, and Python starts a child with vfork, so a child of a benchmark process that
had generated a large database would report the parent's peak. ``VmHWM`` in ``/proc/self/status`` is the
high-water mark of the memory of the program now running.
"""

from __future__ import annotations

import resource
import sys


def peak_rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS, KiB elsewhere
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
