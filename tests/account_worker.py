"""One worker process of the multi-process tests (tests/test_account_processes.py).

    python -m tests.account_worker --base-url URL --store URL [--login] [--tasks] [--workers N]
        [--calls N] [--rate-limit CALLS/SECONDS,...] [--hold-lock SECONDS]

It builds one client, prints READY, waits for a line on standard input (so that every process starts at
once), makes its calls from N threads (or N asyncio tasks), and prints a JSON summary. --hold-lock takes
the account's session lock in the store and then waits to be killed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any

import httpx

from optimove_client import AsyncOptimove, Optimove, RateLimit
from optimove_client.testing import DEFAULT_PASSWORD, DEFAULT_USERNAME

API_KEY = "worker-key"


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.account_worker")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--login", action="store_true", help="user name and password (else an API key)")
    parser.add_argument("--tasks", action="store_true", help="asyncio tasks (else threads)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--calls", type=int, default=1, help="calls per thread or task")
    parser.add_argument("--rate-limit", default=None)
    parser.add_argument("--hold-lock", type=float, default=None, metavar="SECONDS")
    parser.add_argument(
        "--late",
        default=None,
        metavar="EVERY:SECONDS",
        help="hold every EVERYth request this long after its slot was taken, before it is sent (a process "
        "descheduled, a pause of the collector, a slow connection); threads only",
    )
    return parser.parse_args(argv)


class _Late(httpx.HTTPTransport):
    """The client's own transport, holding back every nth request of the function before sending it."""

    def __init__(self, every: int, seconds: float) -> None:
        super().__init__()
        self._every, self._seconds, self._seen = every, seconds, 0
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.startswith("/_mock"):
            with self._lock:
                self._seen += 1
                late = self._seen % self._every == 0
            if late:
                time.sleep(self._seconds)  # the lag being simulated
        return super().handle_request(request)


def _client_options(args: argparse.Namespace) -> dict[str, Any]:
    credentials: dict[str, Any] = (
        {"username": DEFAULT_USERNAME, "password": DEFAULT_PASSWORD} if args.login else {"api_key": API_KEY}
    )
    options = {**credentials, "base_url": args.base_url, "store": args.store, "environ": {}}
    if args.late is not None:
        every, _, seconds = args.late.partition(":")
        options["transport"] = _Late(int(every), float(seconds))
    if args.rate_limit is not None:
        options["rate_limit"] = RateLimit.parse(args.rate_limit)
    return options


# Before READY each worker makes one request outside the budget: the first request of a process imports
# and connects, which on a loaded 2-core harness can hold a stamped call back longer than the window's margin.
WARM_UP = "/_mock/counters"


def _ready() -> None:
    print("READY", flush=True)
    sys.stdin.readline()


def _threads(args: argparse.Namespace) -> dict[str, Any]:
    errors: list[str] = []
    done = [0]
    lock = threading.Lock()
    with Optimove(**_client_options(args)) as opt:

        def work() -> None:
            for _ in range(args.calls):
                try:
                    opt.general.get_last_data_update()
                    with lock:
                        done[0] += 1
                except Exception as error:  # reported to the test
                    with lock:
                        errors.append(f"{type(error).__name__}: {error}")

        opt._http.get(WARM_UP).raise_for_status()
        _ready()
        threads = [threading.Thread(target=work) for _ in range(args.workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        logins = opt._parts.session.logins if opt._parts.session else 0
    return {"calls": done[0], "errors": errors, "logins": logins}


async def _tasks(args: argparse.Namespace) -> dict[str, Any]:
    async with AsyncOptimove(**_client_options(args)) as opt:
        (await opt._http.get(WARM_UP)).raise_for_status()
        _ready()
        calls = [opt.general.get_last_data_update() for _ in range(args.workers * args.calls)]
        results = await asyncio.gather(*calls, return_exceptions=True)
        logins = opt._parts.session.logins if opt._parts.session else 0
    errors = [f"{type(r).__name__}: {r}" for r in results if isinstance(r, BaseException)]
    return {"calls": len(results) - len(errors), "errors": errors, "logins": logins}


def _hold_lock(args: argparse.Namespace) -> None:
    opt = Optimove(**_client_options(args))
    if not opt._parts.store.try_lock("a-holder-that-dies", args.hold_lock):
        raise SystemExit("the lock was taken")
    print("LOCKED", flush=True)
    time.sleep(3600)  # until the test kills this process


def main(argv: Sequence[str] | None = None) -> None:
    args = _arguments(argv)
    if args.hold_lock is not None:
        _hold_lock(args)
        return
    summary = asyncio.run(_tasks(args)) if args.tasks else _threads(args)
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
