"""Peak resident memory of the measured process itself.

getrusage() and wait4() report a child's ru_maxrss as at least the resident size of the process
that started it (Linux keeps the pre-exec high-water mark): measured from the benchmark's parent,
which holds a built register in memory, every child looked as big as the parent. VmHWM in
/proc/self/status is the high-water mark of the process's own memory since it started.

    python bench/peak.py SCRIPT ARGS...      run SCRIPT as __main__ ...
    python bench/peak.py -c CODE ARGS...     ... or CODE, as `python` would,
and write the peak in MB to the file named by $BENCH_PEAK_FILE when the process ends.
"""
from __future__ import annotations

import atexit
import os
import runpy
import sys

ENV = "BENCH_PEAK_FILE"


def hwm_mb() -> float | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:  # elsewhere: the rusage figure (which may include the parent's, see above)
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:
        return None


def record() -> None:
    """Write this process's peak to $BENCH_PEAK_FILE (call it before os._exit, which skips atexit)."""
    path = os.environ.get(ENV)
    peak = hwm_mb()
    if path and peak is not None:
        with open(path, "w") as fh:
            fh.write(f"{peak:.1f}")


if __name__ == "__main__":
    atexit.register(record)
    if sys.argv[1] == "-c":
        code, sys.argv = sys.argv[2], ["-c"] + sys.argv[3:]
        sys.path[0] = ""
        exec(compile(code, "<string>", "exec"), {"__name__": "__main__"})
    else:
        script, sys.argv = sys.argv[1], sys.argv[1:]
        sys.path[0] = os.path.dirname(os.path.abspath(script))
        runpy.run_path(script, run_name="__main__")
