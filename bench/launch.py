"""Run one command as a child of this small process, and write its wall time and its own peak RSS.

Linux counts into a process's peak RSS (ru_maxrss) what the process that exec'd it held before the exec:
a child started straight from the bench, which holds 100 MiB or more of results and imports, would never
show less than the bench itself. Started from here (a Python without site, about 10 MiB), the peak is the
command's own. Usage: python -S bench/launch.py REPORT COMMAND [ARGS...]; REPORT gets one JSON object
{"seconds": wall time from fork to exit, "maxrss_kib": peak RSS}; the exit status is the command's.
"""

import json
import os
import sys
import time


def main() -> int:
    report, *command = sys.argv[1:]
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the command, with this process's standard streams, folder and environment
        try:
            os.execvp(command[0], command)  # noqa: S606 - the command the bench asked for, as given
        finally:
            os._exit(127)
    _pid, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    with open(report, "w", encoding="utf-8") as file:
        json.dump({"seconds": seconds, "maxrss_kib": usage.ru_maxrss}, file)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
